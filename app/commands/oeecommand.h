#pragma once

#include <QStringList>

namespace Taktline {

// `taktline oee --from D --to D [--machine CODE] [--by machine|line|workshop|product|shift|day]
// [--json] [--db PATH]`: OEE and its time elements for scripts, the same figures as
// OeeService::compute; --to is an inclusive day.
int runOeeCommand(const QStringList &args);

} // namespace Taktline
