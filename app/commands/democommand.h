#pragma once

#include <QStringList>

namespace Taktline {

// `taktline demo --db PATH [--days N] [--work-orders N] [--reports N]`
int runDemoCommand(const QStringList &args);

} // namespace Taktline
