#pragma once

#include <QCoreApplication>

#include "domain/outcome.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Taktline {

// The schema's history: numbered cumulative steps, each applied in one transaction and
// recorded in meta.schema_version, so running them again changes nothing.
class Migrations final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::Migrations)

public:
    static int latestVersion();
    static int schemaVersion(const QSqlDatabase &db); // 0 for an empty file
    static Outcome migrate(const QSqlDatabase &db);
    // The two triggers that make TABLE insert-only; used for every fact table.
    static QStringList appendOnlyTriggers(const QString &table);
    // Whether TABLE has COLUMN already: a step that adds a column runs again unchanged.
    static bool hasColumn(const QSqlDatabase &db, const QString &table, const QString &column);
};

} // namespace Taktline
