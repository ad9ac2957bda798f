#pragma once

#include "domain/outcome.h"

namespace Taktline {

class Workspace;

// Fills the demo factory's shop-floor history over the last DAYS days: production reports for
// every order that has started (finished orders fully reported, running ones part way, each
// step never ahead of the one before it) and machine status events (set-up, running, the odd
// breakdown, idle at the end of the shift). REPORTS < 0 makes as many reports as the orders
// call for; otherwise exactly REPORTS (more, smaller batches or fewer, larger ones).
// Deterministic (fixed seed). Returns the number of reports written.
Result<int> buildDemoProduction(Workspace &workspace, int days, int reports);

} // namespace Taktline
