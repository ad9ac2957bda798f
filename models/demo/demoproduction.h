#pragma once

#include "domain/outcome.h"

#include <QHash>
#include <QString>

namespace Taktline {

class Workspace;

// Fills the demo factory's shop-floor history over the last DAYS days: production reports for
// every order that has started (finished orders fully reported, running ones part way, each
// step never ahead of the one before it). JOBOF, when given, gets each machine's job of each
// day ("machine id|yyyy-MM-dd" → operation id) for the status history. REPORTS < 0 makes as many reports as the orders
// call for; otherwise exactly REPORTS (more, smaller batches or fewer, larger ones).
// Deterministic (fixed seed). Returns the number of reports written.
Result<int> buildDemoProduction(Workspace &workspace, int days, int reports,
                                QHash<QString, QString> *jobOf = nullptr);

} // namespace Taktline
