#pragma once

#include "domain/outcome.h"

namespace Taktline {

class Workspace;

// Batches at the subcontractors (外协): for the running orders whose next step is outsourced,
// one batch came back on time, one is late, one came back short (a receipt, the rest awaited,
// a piece written off) and one went out today. Written through SubcontractService, each at its
// own moment of the last week.
Outcome buildDemoSubcontracting(Workspace &workspace);

} // namespace Taktline
