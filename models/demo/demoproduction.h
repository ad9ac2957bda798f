#pragma once

#include "demo/demostatushistory.h"
#include "domain/outcome.h"

#include <QHash>
#include <QString>

namespace Taktline {

class Workspace;

// Fills the demo factory's shop-floor history over the last DAYS days: production reports for
// every order that has started (finished orders fully reported, running ones part way, each
// step never ahead of the one before it). WORK, when given, gets each machine's job and ideal
// time of each day ("machine id|yyyy-MM-dd") for the status history. REPORTS < 0 makes as many reports as the orders
// call for; otherwise exactly REPORTS (more, smaller batches or fewer, larger ones).
// Deterministic (fixed seed). Returns the number of reports written.
Result<int> buildDemoProduction(Workspace &workspace, int days, int reports,
                                QHash<QString, DemoMachineDay> *work = nullptr);

} // namespace Taktline
