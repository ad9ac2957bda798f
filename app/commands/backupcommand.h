#pragma once

#include <QStringList>

namespace Taktline {

// `taktline backup [--out DIR] [--db PATH] [--passphrase-env VAR]` writes a verified backup;
// `taktline backup --verify FILE [--passphrase-env VAR]` checks one (exit 0 only when good).
int runBackupCommand(const QStringList &args);
// `taktline restore FILE [--db PATH] [--passphrase-env VAR]`: the current file is backed up
// first, then replaced by the backup's content.
int runRestoreCommand(const QStringList &args);

} // namespace Taktline
