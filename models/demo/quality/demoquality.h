#pragma once

#include "domain/outcome.h"

namespace Taktline {

class Workspace;

// The demo's quality history (质检) over the last DAYS days, through the quality services with
// the workspace's clock set to each moment: inspection plans for every product; a first-article
// request and inspection at each start of a first step (a few failing first); patrols every N
// pieces whose readings scatter normally, with the busiest first step's first figure drifting up
// (a wearing tool) so the SPC chart shows it and a few patrols fail; final inspections of finished orders (AQL 1.0, level
// II) and incoming inspections of purchased castings, gears and seals; nonconformances for the
// failures with every disposition (scrap, rework, repair, concession approved by the owner,
// return to supplier) and one still open; one first article waiting now. Deterministic.
Outcome buildDemoQuality(Workspace &workspace, int days);

} // namespace Taktline
