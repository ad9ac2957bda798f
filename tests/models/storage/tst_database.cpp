// The factory database file: schema and durability settings, and the promise that a file
// Taktline cannot use is refused with a message and left exactly as it was.
#include "storage/database.h"
#include "filebytes.h"
#include "sqlinspection.h"
#include "storage/migrations.h"
#include "storage/uuid.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;

class TstDatabase : public QObject
{
    Q_OBJECT
private slots:
    void newFileHasLatestSchemaVersion();
    void pragmasAreDurable();
    void migratingAgainChangesNothing();
    void reopeningKeepsData();
    void deviceIdIsStableAcrossReopen();
    void refusesRandomBytesUnchanged();
    void refusesTextFileUnchanged();
    void refusesGarbageAfterSqliteHeader();
    void refusesReadOnlyFileUnchanged();
    void refusesNewerSchemaUnchanged();
    void auditLogIsAppendOnly();
    void appendOnlyTriggersAreTwoWorkingStatements();
    void uuidV7HasTheRightFormat();
    void uuidV7IsUniqueAndIncreasing();

private:
    QString newPath(const QString &name) const { return m_dir.filePath(name); }
    static std::shared_ptr<Database> openOrFail(const QString &path);
    enum class Naming { FileName, NotRequired };
    static void expectRefusedUnchanged(const QString &path, const QString &mustMention = {},
                                       Naming naming = Naming::FileName);

    QTemporaryDir m_dir;
};

namespace {

using FileBytes::fileHash;
using FileBytes::writeFile;
using SqlInspection::RawConnection;
using SqlInspection::scalar;

int schemaObjectCount(const QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
}

} // namespace

std::shared_ptr<Database> TstDatabase::openOrFail(const QString &path)
{
    Result<std::shared_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        qWarning("Database::open(%s): %s", qPrintable(path), qPrintable(opened.error()));
        return nullptr;
    }
    return opened.value();
}

// Opens PATH, expects a refusal (naming the file unless told otherwise), and checks that not
// a byte of it changed and that no journal or WAL file was left beside it.
void TstDatabase::expectRefusedUnchanged(const QString &path, const QString &mustMention,
                                         Naming naming)
{
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QFileInfo(path).dir().entryList(QDir::Files);

    const Result<std::shared_ptr<Database>> opened = Database::open(path);
    QVERIFY2(!opened.ok(), "the file was accepted");
    QVERIFY2(!opened.error().trimmed().isEmpty(), "no message for the user");
    if (naming == Naming::FileName)
        QVERIFY2(opened.error().contains(QFileInfo(path).fileName()), qPrintable(opened.error()));
    if (!mustMention.isEmpty())
        QVERIFY2(opened.error().contains(mustMention, Qt::CaseInsensitive),
                 qPrintable(opened.error()));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).dir().entryList(QDir::Files), filesBefore);
}

void TstDatabase::newFileHasLatestSchemaVersion()
{
    const QString path = newPath(QStringLiteral("new.sqlite"));
    const std::shared_ptr<Database> db = openOrFail(path);
    QVERIFY(db);
    QVERIFY(db->isNew());
    QVERIFY(Migrations::latestVersion() >= 1);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(scalar(db->connection(),
                    QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
                 .toInt(),
             Migrations::latestVersion());
    for (const char *table :
         {"products", "machines", "employees", "downtime_reasons", "defect_reasons",
          "routing_operations", "users", "settings", "audit_log"}) {
        const QString sql =
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                           "AND name = '%1'")
                .arg(QLatin1String(table));
        QVERIFY2(scalar(db->connection(), sql).toInt() == 1, table);
    }
}

void TstDatabase::pragmasAreDurable()
{
    const std::shared_ptr<Database> db = openOrFail(newPath(QStringLiteral("pragmas.sqlite")));
    QVERIFY(db);
    const QSqlDatabase c = db->connection();
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA journal_mode")).toString().toLower(),
             QStringLiteral("wal"));
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
}

void TstDatabase::migratingAgainChangesNothing()
{
    const std::shared_ptr<Database> db = openOrFail(newPath(QStringLiteral("again.sqlite")));
    QVERIFY(db);
    const int objects = schemaObjectCount(db->connection());
    const QString deviceId = db->deviceId();
    const int metaRows = scalar(db->connection(), QStringLiteral("SELECT count(*) FROM meta")).toInt();
    QVERIFY(objects > 10);

    const Outcome migrated = Migrations::migrate(db->connection());
    QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
    QCOMPARE(schemaObjectCount(db->connection()), objects);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(db->deviceId(), deviceId);
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM meta")).toInt(), metaRows);
}

void TstDatabase::reopeningKeepsData()
{
    const QString path = newPath(QStringLiteral("keep.sqlite"));
    {
        const std::shared_ptr<Database> db = openOrFail(path);
        QVERIFY(db);
        QSqlQuery insert(db->connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) "
                                           "VALUES ('factory_name', '精工 Works', 1)")));
    }
    const std::shared_ptr<Database> db = openOrFail(path);
    QVERIFY(db);
    QVERIFY(!db->isNew());
    QCOMPARE(scalar(db->connection(),
                    QStringLiteral("SELECT value FROM settings WHERE key = 'factory_name'"))
                 .toString(),
             QStringLiteral("精工 Works"));
}

void TstDatabase::deviceIdIsStableAcrossReopen()
{
    const QString path = newPath(QStringLiteral("device.sqlite"));
    QString first;
    {
        const std::shared_ptr<Database> db = openOrFail(path);
        QVERIFY(db);
        first = db->deviceId();
    }
    QCOMPARE(first.size(), 36);
    const std::shared_ptr<Database> db = openOrFail(path);
    QVERIFY(db);
    QCOMPARE(db->deviceId(), first);

    // Another new file is another device copy.
    const std::shared_ptr<Database> other = openOrFail(newPath(QStringLiteral("device2.sqlite")));
    QVERIFY(other);
    QVERIFY(other->deviceId() != first);
}

void TstDatabase::refusesRandomBytesUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("random.sqlite"));
    QRandomGenerator random(20240601);
    QByteArray bytes(8192, Qt::Uninitialized);
    for (char &b : bytes)
        b = static_cast<char>(random.bounded(256));
    writeFile(path, bytes);
    expectRefusedUnchanged(path);
}

void TstDatabase::refusesTextFileUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.txt"));
    writeFile(path, "Work orders for Monday\nFL-DN25, 200 pcs\nBS-20, 500 pcs\n");
    expectRefusedUnchanged(path);
}

void TstDatabase::refusesGarbageAfterSqliteHeader()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    writeFile(path, QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\xAB'));
    expectRefusedUnchanged(path);
}

void TstDatabase::refusesReadOnlyFileUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
    QVERIFY(openOrFail(path)); // a good database, closed again at once
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther));
    expectRefusedUnchanged(path, QStringLiteral("read-only"));
    QVERIFY(!(QFileInfo(path).permissions() & QFileDevice::WriteOwner));
}

void TstDatabase::refusesNewerSchemaUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    QVERIFY(openOrFail(path));
    {
        RawConnection raw(path);
        QSqlQuery query(raw.db());
        QVERIFY2(
            query.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                           .arg(Migrations::latestVersion() + 1)),
            qPrintable(query.lastError().text()));
    }
    // The user has just chosen this file; the message says why, not which.
    expectRefusedUnchanged(path, QStringLiteral("newer"), Naming::NotRequired);
    RawConnection raw(path);
    QCOMPARE(Migrations::schemaVersion(raw.db()), Migrations::latestVersion() + 1);
}

void TstDatabase::auditLogIsAppendOnly()
{
    const std::shared_ptr<Database> db = openOrFail(newPath(QStringLiteral("audit.sqlite")));
    QVERIFY(db);
    QSqlQuery query(db->connection());
    QVERIFY2(query.exec(QStringLiteral(
                 "INSERT INTO audit_log (id, at_ms, device_id, user_id, entity, entity_id, action) "
                 "VALUES ('a1', 1, 'dev', 'u', 'machine', 'm1', 'create')")),
             qPrintable(query.lastError().text()));

    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET action = 'forged'")));
    QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")),
             qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")),
             qPrintable(query.lastError().text()));

    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 1);
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT action FROM audit_log")).toString(),
             QStringLiteral("create"));
}

void TstDatabase::appendOnlyTriggersAreTwoWorkingStatements()
{
    const QStringList statements = Migrations::appendOnlyTriggers(QStringLiteral("scan_facts"));
    QCOMPARE(statements.size(), 2);
    QVERIFY(statements.at(0).contains(QStringLiteral("scan_facts")));
    QVERIFY(statements.at(1).contains(QStringLiteral("scan_facts")));

    const std::shared_ptr<Database> db = openOrFail(newPath(QStringLiteral("triggers.sqlite")));
    QVERIFY(db);
    QSqlQuery query(db->connection());
    QVERIFY(
        query.exec(QStringLiteral("CREATE TABLE scan_facts (id TEXT PRIMARY KEY, qty INTEGER)")));
    for (int round = 0; round < 2; ++round) { // safe to run twice, like every migration step
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    }
    QVERIFY(query.exec(QStringLiteral("INSERT INTO scan_facts VALUES ('s1', 5)")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE scan_facts SET qty = 6")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM scan_facts")));
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT qty FROM scan_facts")).toInt(), 5);
}

void TstDatabase::uuidV7HasTheRightFormat()
{
    static const QRegularExpression format(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (int i = 0; i < 100; ++i) {
        const QString id = newUuidV7();
        QCOMPARE(id.size(), 36);
        QVERIFY2(format.match(id).hasMatch(), qPrintable(id));
    }
    // The first 48 bits are the creation time in milliseconds.
    const qint64 before = nowUtcMs();
    const QString id = newUuidV7();
    const qint64 stamp = QStringView(id).left(8).toLongLong(nullptr, 16) << 16 |
                         QStringView(id).mid(9, 4).toLongLong(nullptr, 16);
    QVERIFY2(stamp >= before && stamp <= nowUtcMs() + 1000, qPrintable(id));
}

void TstDatabase::uuidV7IsUniqueAndIncreasing()
{
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 10000; ++i) {
        const QString id = newUuidV7();
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        QVERIFY2(previous < id, qPrintable(previous + QStringLiteral(" !< ") + id));
        previous = id;
    }
    QCOMPARE(seen.size(), 10000);
}

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
