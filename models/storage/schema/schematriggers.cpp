#include "storage/schema/schematriggers.h"

#include "storage/migrations.h"
#include "storage/sqlquery.h"
#include "storage/uuid.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlQuery>

namespace Taktline {

namespace {

QMutex expectedMutex;

} // namespace

QHash<QString, QString> SchemaTriggers::expected()
{
    static QHash<QString, QString> triggers;
    const QMutexLocker lock(&expectedMutex);
    if (!triggers.isEmpty())
        return triggers;
    const QString name = QStringLiteral("taktline-schema-") + newUuidV7();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open() && Migrations::migrate(db)) {
            QSqlQuery query(db);
            query.exec(
                QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"));
            while (query.next())
                triggers.insert(query.value(0).toString(), query.value(1).toString().simplified());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return triggers;
}

Result<QStringList> SchemaTriggers::missingOrAltered(const QSqlDatabase &db)
{
    QHash<QString, QString> present;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))) {
        return Outcome::failure(Sql::failureMessage(
            QCoreApplication::translate("Taktline::Database", "check the database"),
            query.lastError()));
    }
    while (query.next())
        present.insert(query.value(0).toString(), query.value(1).toString().simplified());
    const QHash<QString, QString> wanted = expected();
    if (wanted.isEmpty()) {
        return Outcome::failure(QCoreApplication::translate(
            "Taktline::Database",
            "Taktline cannot build its own schema to check the database. Reinstall Taktline."));
    }
    QStringList missing;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (present.value(it.key()) != it.value())
            missing << it.key();
    }
    missing.sort();
    return missing;
}

} // namespace Taktline
