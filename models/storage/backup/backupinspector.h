#pragma once

#include <QCoreApplication>

#include "domain/backup/backupentry.h"
#include "domain/outcome.h"

#include <QSqlDatabase>
#include <QString>

namespace Taktline {

// Opens a plain database copy read-only, on a connection of its own, and reads what it holds
// after SQLite's integrity_check passes.
class BackupInspector final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::BackupInspector)

public:
    static Result<BackupContents> inspect(const QString &sqlitePath);
    // What the open factory database DB holds, read the same way (no integrity check).
    static BackupContents contentsOf(const QSqlDatabase &db);
    // Switches a fresh copy at SQLITE_PATH out of WAL mode, so it is one self-contained file
    // that opens read-only anywhere.
    static Outcome makeSelfContained(const QString &sqlitePath);
};

} // namespace Taktline
