#include "storage/database.h"

#include "storage/chain/chainhash.h"
#include "storage/migrations.h"
#include "storage/schema/schematriggers.h"
#include "storage/sqlquery.h"
#include "storage/uuid.h"
#include "sync/syncfunctions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace Taktline {

namespace {

QString damagedMessage(const QString &path)
{
    return Database::tr("The file %1 is not a Taktline database or it is damaged. It was not changed. "
              "Open another file, or restore your latest backup.")
        .arg(QDir::toNativeSeparators(path));
}

QString inUseMessage(const QString &path)
{
    return Database::tr("The database %1 is in use by another program, which holds it locked. It "
              "was not changed and nothing is lost. Close that program or wait until it has "
              "finished, then try again.")
        .arg(QDir::toNativeSeparators(path));
}

QString checkFailedMessage(const QString &path, const QString &finding)
{
    return Database::tr("The database %1 is damaged: SQLite's check of its pages found \"%2\". It "
              "was not changed. Open another file, or restore your latest backup.")
        .arg(QDir::toNativeSeparators(path), finding);
}

// Refuses to start a factory where the user named an existing one: a typo in --db must not
// quietly become an empty factory.
Outcome refuseMissing(const QFileInfo &info)
{
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return Outcome::failure(
            Database::tr("The folder %1 does not exist. Nothing was created. Check the path, or "
                         "start Taktline with --new to set up a new factory there.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    if (!info.exists()) {
        return Outcome::failure(
            Database::tr("There is no database at %1. Nothing was created. Check the path, or "
                         "start Taktline with --new to set up a new factory there.")
                .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    }
    return Outcome::failure(
        Database::tr("The file %1 is empty (0 bytes) and holds no factory. It was not changed. "
                     "Check the path, or start Taktline with --new to set up a new factory in it.")
            .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
}

// SQLITE_BUSY or SQLITE_LOCKED, with any extended code: another connection holds the lock.
bool isBusyError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() % 256;
    return code == 5 || code == 6 || error.databaseText().contains(QLatin1String("locked"));
}

QString readOnlyMessage(const QString &path)
{
    return Database::tr("The database %1 is read-only, and Taktline must be able to save to it. Nothing "
              "was changed. Make the file and its folder writable, or copy it somewhere "
              "writable.")
        .arg(QDir::toNativeSeparators(path));
}

// Refuses files that are not SQLite databases before SQLite gets to touch them. A file SQLite
// already holds in this process was checked then and is not read again (HELD): closing that
// read would drop SQLite's locks on it.
Outcome checkExistingFile(const QFileInfo &info, bool held)
{
    if (!held) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly)) {
            return Outcome::failure(Database::tr("Cannot read %1: %2")
                                        .arg(QDir::toNativeSeparators(info.absoluteFilePath()),
                                             file.errorString()));
        }
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            return Outcome::failure(damagedMessage(info.absoluteFilePath()));
    }
    // WriteUser alone is always set for root; a file nobody may write is read-only for root too.
    const QFileDevice::Permissions anyWrite =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    const QFileDevice::Permissions permissions = info.permissions();
    if (!(permissions & QFileDevice::WriteUser) || !(permissions & anyWrite)
        || !QFileInfo(info.absolutePath()).isWritable()) {
        return Outcome::failure(readOnlyMessage(info.absoluteFilePath()));
    }
    return Outcome::success();
}

// The canonical paths of the database files open in this process, with how often.
QMutex openFilesMutex;
QHash<QString, int> openFiles;

bool isReadOnlyError(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("8")
        || error.databaseText().contains(QLatin1String("readonly"));
}

} // namespace

Database::Database(QString path, QString connectionName, bool created)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_created(created)
{}

bool Database::isOpenHere(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return false;
    QStringList candidates{canonical};
    for (const QLatin1String suffix :
         {QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal")}) {
        if (canonical.endsWith(suffix))
            candidates << canonical.chopped(suffix.size());
    }
    const QMutexLocker lock(&openFilesMutex);
    for (const QString &candidate : std::as_const(candidates)) {
        if (openFiles.contains(candidate))
            return true;
    }
    return false;
}

Database::~Database()
{
    if (!m_canonicalPath.isEmpty()) {
        const QMutexLocker lock(&openFilesMutex);
        if (--openFiles[m_canonicalPath] <= 0)
            openFiles.remove(m_canonicalPath);
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, IfMissing ifMissing)
{
    if (path.trimmed().isEmpty())
        return Outcome::failure(tr("No database file was given."));
    const QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    if (info.exists() && info.isDir())
        return Outcome::failure(damagedMessage(path));
    if (!exists && ifMissing == IfMissing::Refuse)
        return refuseMissing(info);
    if (info.exists()) {
        if (Outcome checked = checkExistingFile(info, isOpenHere(info.absoluteFilePath()));
            !checked)
            return checked;
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Outcome::failure(tr("Cannot create the folder %1.")
                                    .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Outcome::failure(tr("The SQLite driver for Qt is missing. Reinstall Taktline."));

    const QString connectionName = QStringLiteral("taktline-") + newUuidV7();
    std::shared_ptr<Database> database(new Database(info.absoluteFilePath(), connectionName, !exists));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        if (!db.open())
            return Outcome::failure(Sql::failureMessage(tr("open the database"), db.lastError()));
        // The chain triggers call it: without it no fact can be recorded.
        if (!ChainHash::install(db))
            return Outcome::failure(tr("Taktline cannot prepare the database connection (the hash "
                                       "chain's function). Reinstall Taktline."));
        // The sync triggers call them: the clock and "applying other devices' changes".
        if (!SyncFunctions::install(db))
            return Outcome::failure(tr("Taktline cannot prepare the database connection (the sync "
                                       "functions). Reinstall Taktline."));
        database->m_canonicalPath = QFileInfo(info.absoluteFilePath()).canonicalFilePath();
        const QMutexLocker lock(&openFilesMutex);
        ++openFiles[database->m_canonicalPath];
    }
    if (Outcome configured = database->configure(); !configured)
        return configured;
    if (Outcome migrated = Migrations::migrate(database->connection()); !migrated)
        return migrated;
    if (Outcome protectedFacts = database->checkProtectingTriggers(); !protectedFacts)
        return protectedFacts;
    return database;
}

Outcome Database::configure()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    // A damaged or locked file fails here, before anything is written to it.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        if (isBusyError(query.lastError()))
            return Outcome::failure(inUseMessage(m_path));
        return Outcome::failure(damagedMessage(m_path));
    }
    query.finish();
    if (Outcome sound = checkStructure(); !sound)
        return sound;
    // A file from a newer Taktline is refused before any setting is written to it.
    if (Migrations::schemaVersion(db) > Migrations::latestVersion())
        return Migrations::migrate(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()) {
        if (isBusyError(query.lastError()))
            return Outcome::failure(inUseMessage(m_path));
        if (isReadOnlyError(query.lastError()))
            return Outcome::failure(readOnlyMessage(m_path));
        return Outcome::failure(Sql::failureMessage(tr("switch the database to WAL mode"),
                                                    query.lastError()));
    }
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Outcome::failure(readOnlyMessage(m_path));
    // recursive_triggers: the row an INSERT OR REPLACE deletes fires the delete trigger too, so
    // REPLACE cannot rewrite a fact of an append-only table.
    for (const char *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL",
                               "PRAGMA busy_timeout=5000", "PRAGMA recursive_triggers=ON"}) {
        if (Outcome done = Sql::exec(db, QString::fromLatin1(pragma), tr("configure the database"));
            !done) {
            return done;
        }
    }
    return Outcome::success();
}

// PRAGMA quick_check reads every page and checks its structure (not the indexes' contents):
// a damaged page is refused at open, with what SQLite found, instead of failing a use case
// later with a confusing error.
Outcome Database::checkStructure()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check(3)"))) {
        if (isBusyError(query.lastError()))
            return Outcome::failure(inUseMessage(m_path));
        return Outcome::failure(checkFailedMessage(m_path, query.lastError().databaseText()));
    }
    QStringList findings;
    while (query.next())
        findings << query.value(0).toString();
    if (query.lastError().isValid()) {
        if (isBusyError(query.lastError()))
            return Outcome::failure(inUseMessage(m_path));
        findings << query.lastError().databaseText();
    }
    if (findings == QStringList{QStringLiteral("ok")})
        return Outcome::success();
    if (findings.isEmpty())
        findings << tr("no answer");
    return Outcome::failure(checkFailedMessage(m_path, findings.join(QLatin1String("; "))));
}

// The triggers keep reports, approvals, movements and the audit log append-only. A file whose
// trigger was dropped or rewritten by another program is refused rather than repaired: that
// protection gone means someone could have rewritten facts that wages and recalls rely on, and
// silently recreating it would hide that.
Outcome Database::checkProtectingTriggers()
{
    const Result<QStringList> found = SchemaTriggers::missingOrAltered(connection());
    if (!found)
        return found.outcome();
    const QStringList &missing = found.value();
    if (missing.isEmpty())
        return Outcome::success();
    return Outcome::failure(
        tr("The database %1 was changed outside Taktline: the protection that keeps recorded "
           "facts from being rewritten is missing or altered (%2). It was not changed. Restore "
           "your latest backup, and find out who edited the file.")
            .arg(QDir::toNativeSeparators(m_path), missing.join(QLatin1String(", "))));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Migrations::schemaVersion(connection());
}

QString Database::deviceId() const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'device_id'"));
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

QString Database::deviceCode() const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'device_code'"));
    if (query.exec() && query.next() && !query.value(0).toString().isEmpty())
        return query.value(0).toString();
    return QStringLiteral("A");
}

Outcome Database::inTransaction(const std::function<Outcome()> &work)
{
    // Nested calls join the outer transaction: a service may call another service's helper.
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Outcome result = work();
        --m_transactionDepth;
        return result;
    }
    QSqlDatabase db = connection();
    // IMMEDIATE takes the write lock first: what the work reads before it writes (stock left,
    // pieces still reportable) cannot be changed by another device's tablet in between.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (isReadOnlyError(begin.lastError()))
            return Outcome::failure(readOnlyMessage(m_path));
        return Outcome::failure(Sql::failureMessage(tr("start a transaction"), begin.lastError()));
    }
    ++m_transactionDepth;
    Outcome result = work();
    --m_transactionDepth;
    if (!result) {
        db.rollback();
        m_afterCommit.clear();
        return result;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        m_afterCommit.clear();
        if (isReadOnlyError(error))
            return Outcome::failure(readOnlyMessage(m_path));
        return Outcome::failure(Sql::failureMessage(tr("save the changes"), error));
    }
    // A listener may start a transaction of its own: hand over the list before running it.
    const std::vector<std::function<void()>> committed = std::exchange(m_afterCommit, {});
    for (const std::function<void()> &notify : committed)
        notify();
    if (m_commitListener)
        m_commitListener();
    return Outcome::success();
}

void Database::afterCommit(std::function<void()> notify)
{
    if (m_transactionDepth > 0)
        m_afterCommit.push_back(std::move(notify));
    else
        notify();
}

} // namespace Taktline
