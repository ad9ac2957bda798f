#pragma once

#include "domain/outcome.h"

namespace Taktline {

class Workspace;

// Fills the demo factory with work orders in every state: due dates from DAYS ago to 30 days
// ahead, the past ones mostly finished, some overdue, some urgent. Deterministic (fixed seed).
Outcome buildDemoWorkOrders(Workspace &workspace, int count, int days);

} // namespace Taktline
