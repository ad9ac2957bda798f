#pragma once

#include "domain/outcome.h"

namespace Taktline {

class Workspace;

// The demo factory's materials: raw materials and purchased parts, a bill of materials for
// every product, lots received from named suppliers over the last DAYS (one blocked, one
// expired with stock left) and feeds (投料) matching the production already reported, so some
// open orders are covered and some are short. Call after the reports are built.
Outcome buildDemoMaterials(Workspace &workspace, int days);

} // namespace Taktline
