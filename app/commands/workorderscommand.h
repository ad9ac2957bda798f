#pragma once

#include <QStringList>

namespace Taktline {

// `taktline workorders [--db PATH] [--state S] [--overdue] [--json]`: lists work orders.
int runWorkOrdersCommand(const QStringList &args);

} // namespace Taktline
