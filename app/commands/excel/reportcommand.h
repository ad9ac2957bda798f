#pragma once

#include <QStringList>

namespace Taktline {

// `taktline report KIND --from D [--to D] --out F.xlsx [--lang zh_CN|en] [--db PATH]
// [--machine CODE] [--workshop NAME]`: writes one of the report centre's reports as an Excel
// workbook without a display, for a scheduled task. Days are yyyy-MM-dd, today, yesterday or
// today-N; --out may hold {date}, {from}, {to} and {kind}. Exit 0 written, 1 refused, 2 bad usage.
int runReportCommand(const QStringList &args);

} // namespace Taktline
