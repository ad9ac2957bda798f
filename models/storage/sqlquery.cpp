#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Taktline::Sql {

QString failureMessage(const QString &purpose, const QSqlError &error)
{
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    return QCoreApplication::translate("Taktline::Database", "Could not %1: %2").arg(purpose, detail);
}

Outcome exec(QSqlQuery &query, const QString &purpose)
{
    if (query.exec())
        return Outcome::success();
    return Outcome::failure(failureMessage(purpose, query.lastError()));
}

Outcome exec(const QSqlDatabase &db, const QString &statement, const QString &purpose)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return Outcome::success();
    return Outcome::failure(failureMessage(purpose, query.lastError()));
}

Outcome prepare(QSqlQuery &query, const QString &statement, const QString &purpose)
{
    if (query.prepare(statement))
        return Outcome::success();
    return Outcome::failure(failureMessage(purpose, query.lastError()));
}

bool isUniqueViolation(const QSqlError &error)
{
    // SQLite extended codes 2067 (SQLITE_CONSTRAINT_UNIQUE) and 1555 (PRIMARYKEY).
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("2067") || code == QLatin1String("1555")
        || error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

} // namespace Taktline::Sql
