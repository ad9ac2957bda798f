#include "storage/backup/backupinspector.h"

#include "storage/backup/sqlitecopy.h"
#include "storage/uuid.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

namespace Taktline {

namespace {

// Runs LOOK on a connection of its own to PATH, closed and removed afterwards.
template<typename T>
T withConnection(const QString &path, bool readOnly, const std::function<T(QSqlDatabase &)> &look)
{
    const QString name = QStringLiteral("taktline-backup-") + newUuidV7();
    std::optional<T> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        result.emplace(look(db));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return std::move(*result);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql) && query.next())
        return query.value(0);
    return {};
}

bool hasTable(const QSqlDatabase &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                     "name = '%1'")
                          .arg(table))
               .toInt() > 0;
}

QString unreadable(const QString &path)
{
    return BackupInspector::tr("%1 is not a Taktline database copy, or it is damaged.")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace

Result<BackupContents> BackupInspector::inspect(const QString &sqlitePath)
{
    {
        QFile file(sqlitePath);
        if (!file.open(QIODevice::ReadOnly) || file.read(16) != QByteArray("SQLite format 3\0", 16))
            return Outcome::failure(unreadable(sqlitePath));
    }
    return withConnection<Result<BackupContents>>(
        sqlitePath, true, [&](QSqlDatabase &db) -> Result<BackupContents> {
            if (!db.open())
                return Outcome::failure(unreadable(sqlitePath));
            const QString check = SqliteCopy::integrityCheck(db);
            if (check != QLatin1String("ok")) {
                return Outcome::failure(tr("SQLite's check of the copy %1 found \"%2\".")
                                            .arg(QDir::toNativeSeparators(sqlitePath), check));
            }
            if (!hasTable(db, QStringLiteral("meta")) || !hasTable(db, QStringLiteral("settings")))
                return Outcome::failure(unreadable(sqlitePath));
            return contentsOf(db);
        });
}

BackupContents BackupInspector::contentsOf(const QSqlDatabase &db)
{
    BackupContents contents;
    contents.schemaVersion =
        scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
            .toInt();
    // The factory's identity: its own id once sync gives one, else the id of the device that
    // created the file — the same in every backup of it, different in any other factory.
    contents.factoryId =
        scalar(db, QStringLiteral("SELECT coalesce((SELECT value FROM meta WHERE key = "
                                  "'factory_id'), (SELECT value FROM meta WHERE key = "
                                  "'device_id'))"))
            .toString();
    contents.factoryName =
        scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'factory_name'"))
            .toString();
    if (hasTable(db, QStringLiteral("work_orders"))) {
        contents.workOrders =
            scalar(db, QStringLiteral("SELECT count(*) FROM work_orders WHERE deleted = 0"))
                .toInt();
    }
    if (hasTable(db, QStringLiteral("production_reports"))) {
        contents.reports =
            scalar(db, QStringLiteral("SELECT count(*) FROM production_reports")).toInt();
        const QVariant last =
            scalar(db, QStringLiteral("SELECT max(reported_at) FROM production_reports"));
        if (!last.isNull() && last.isValid())
            contents.lastReportAt =
                QDateTime::fromMSecsSinceEpoch(last.toLongLong(), Qt::UTC);
    }
    return contents;
}

Outcome BackupInspector::makeSelfContained(const QString &sqlitePath)
{
    return withConnection<Outcome>(sqlitePath, false, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")))
            return Outcome::failure(unreadable(sqlitePath));
        return Outcome::success();
    });
}

} // namespace Taktline
