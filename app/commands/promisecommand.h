#pragma once

#include <QStringList>

namespace Taktline {

// `taktline promise PRODUCT QTY [--by yyyy-MM-dd] [--json] [--lang zh_CN|en] [--db PATH]`:
// capable-to-promise (交期承诺) for scripts and the sales office — the earliest ship date taken
// normally and as a rush order, the orders a rush would make late, BOM shortages. Writes
// nothing. Exit 0 when it can ship by --by taken normally (or no date is asked), 1 when it
// cannot, 2 on bad input or an error.
int runPromiseCommand(const QStringList &args);

} // namespace Taktline
