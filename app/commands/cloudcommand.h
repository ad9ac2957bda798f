#pragma once

#include <QStringList>

namespace Taktline {

// `taktline cloud init|add-device|revoke-device|devices`: sets up a PostgreSQL server for sync
// and its device logins, as the server's admin (password from an environment variable, never
// the command line). Exit 0 done, 1 refused (with the reason), 2 wrong usage.
int runCloudCommand(const QStringList &args);

} // namespace Taktline
