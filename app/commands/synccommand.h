#pragma once

#include <QStringList>

namespace Taktline {

// `taktline sync [--db PATH]`: one sync round for Windows Task Scheduler or cron; exit 0 when
// synced, 1 when the server cannot be reached (the changes wait), 3 when this file has no sync
// server, 4 when the server refused (password, clock, revoked login, …), 2 on bad arguments.
// `--status [--json]` says what is queued and how the last round went; `--connect INVITE` sets
// the device up from the invitation `taktline cloud add-device` printed.
int runSyncCommand(const QStringList &args);

} // namespace Taktline
