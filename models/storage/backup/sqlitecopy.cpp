#include "storage/backup/sqlitecopy.h"

#include "storage/sqlquery.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace Taktline {

Outcome SqliteCopy::vacuumInto(const QSqlDatabase &source, const QString &targetPath)
{
    QSqlQuery query(source);
    query.prepare(QStringLiteral("VACUUM INTO :target"));
    query.bindValue(QStringLiteral(":target"), targetPath);
    return Sql::exec(query,
                     tr("copy the database to %1").arg(QDir::toNativeSeparators(targetPath)));
}

Outcome SqliteCopy::replaceContent(const QSqlDatabase &source, const QSqlDatabase &target)
{
    sqlite3 *from = Sql::handle(source);
    sqlite3 *to = Sql::handle(target);
    if (!from || !to)
        return Outcome::failure(tr("The SQLite connection for the copy is not open."));
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        return Outcome::failure(tr("Cannot start copying into the database: %1")
                                    .arg(QString::fromUtf8(sqlite3_errmsg(to))));
    }
    const int stepped = sqlite3_backup_step(backup, -1); // all pages at once: one change
    const int finished = sqlite3_backup_finish(backup);
    if (stepped == SQLITE_BUSY || stepped == SQLITE_LOCKED) {
        return Outcome::failure(tr("The database is in use by another program, which holds it "
                                   "locked. Nothing was changed. Close Taktline everywhere this "
                                   "file is open, then try again."));
    }
    if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
        return Outcome::failure(tr("Copying into the database failed: %1")
                                    .arg(QString::fromUtf8(sqlite3_errstr(
                                        stepped != SQLITE_DONE ? stepped : finished))));
    }
    return Outcome::success();
}

QString SqliteCopy::integrityCheck(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return query.lastError().text().isEmpty() ? QStringLiteral("?") : query.lastError().text();
    return query.value(0).toString();
}

} // namespace Taktline
