#pragma once

#include <QCoreApplication>

#include "domain/outcome.h"

#include <QSqlDatabase>
#include <QString>

namespace Taktline {

// Copies a whole database through SQLite itself, so a copy taken while others write is one
// consistent moment and a file SQLite holds is never read or written behind its back.
class SqliteCopy final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SqliteCopy)

public:
    // VACUUM INTO: SOURCE's committed state (the -wal included) into the new file TARGET_PATH.
    static Outcome vacuumInto(const QSqlDatabase &source, const QString &targetPath);
    // SQLite's online backup API: replaces all of TARGET's content with SOURCE's, in one step
    // that other connections see as one change.
    static Outcome replaceContent(const QSqlDatabase &source, const QSqlDatabase &target);
    // PRAGMA integrity_check of DB: "ok", or the first finding.
    static QString integrityCheck(const QSqlDatabase &db);
};

} // namespace Taktline
