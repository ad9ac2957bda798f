// Opening a factory file honestly: a damaged page, a file another program holds locked, a
// path with no factory yet and a file whose append-only protection was removed each get their
// own message and leave the file as it was; REPLACE cannot rewrite a recorded fact.
#include "storage/database.h"
#include "filebytes.h"
#include "sqlinspection.h"
#include "storage/uuid.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Taktline;

class TstDatabaseOpening : public QObject
{
    Q_OBJECT
private slots:
    void refusesDamagedPageNamingTheCheck();
    void lockedFileIsInUseNotDamaged();
    void refusesEmptyFileUnlessNewWasAsked();
    void refusesMissingFolderUnlessNewWasAsked();
    void refusesMissingFileUnlessNewWasAsked();
    void replaceCannotRewriteAFact_data();
    void replaceCannotRewriteAFact();
    void refusesFileWithDroppedTrigger();

private:
    QString newPath(const QString &name) const { return m_dir.filePath(name); }
    static std::shared_ptr<Database> openOrFail(const QString &path);
    static void expectRefusedUnchanged(const QString &path, const QString &mustMention);

    QTemporaryDir m_dir;
};

namespace {

using FileBytes::fileHash;
using FileBytes::writeFile;
using SqlInspection::RawConnection;
using SqlInspection::scalar;

} // namespace

std::shared_ptr<Database> TstDatabaseOpening::openOrFail(const QString &path)
{
    Result<std::shared_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        qWarning("Database::open(%s): %s", qPrintable(path), qPrintable(opened.error()));
        return nullptr;
    }
    return opened.value();
}

// Opens PATH, expects a refusal naming the file and MUST_MENTION, and checks that not a byte
// of it changed and that no journal or WAL file was left beside it.
void TstDatabaseOpening::expectRefusedUnchanged(const QString &path, const QString &mustMention)
{
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QFileInfo(path).dir().entryList(QDir::Files);

    const Result<std::shared_ptr<Database>> opened = Database::open(path);
    QVERIFY2(!opened.ok(), "the file was accepted");
    QVERIFY2(opened.error().contains(QFileInfo(path).fileName()), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(mustMention, Qt::CaseInsensitive), qPrintable(opened.error()));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).dir().entryList(QDir::Files), filesBefore);
}

// A factory file with a table of many pages that nothing reads at open: damage there is only
// found by checking the file, not by the first queries.
void TstDatabaseOpening::refusesDamagedPageNamingTheCheck()
{
    const QString path = newPath(QStringLiteral("damaged.sqlite"));
    QVERIFY(openOrFail(path));
    {
        RawConnection raw(path);
        QSqlQuery query(raw.db());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)")));
        QVERIFY(query.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
            "INSERT INTO filler (text) SELECT printf('%0500d', i) FROM n")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    const int pageSize = 4096;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / pageSize;
    QVERIFY(pages > 100);
    // The header and cell pointers of a leaf page of the filler table, near the end.
    QVERIFY(file.seek((pages - 10) * pageSize));
    QCOMPARE(file.write(QByteArray(64, '\xff')), 64);
    file.close();

    expectRefusedUnchanged(path, QStringLiteral("check of its pages found"));
}

namespace {

const char *const HoldLockArgument = "--hold-exclusive-lock";

// The second process: another program that opened the file and holds it locked until its
// standard input closes.
int holdExclusiveLock(const char *path)
{
    static int argc = 1;
    static char program[] = "locker";
    static char *argv[] = {program, nullptr};
    QCoreApplication app(argc, argv);
    {
        RawConnection raw(QString::fromLocal8Bit(path));
        QSqlQuery query(raw.db());
        if (!query.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"))
            || !query.exec(QStringLiteral("BEGIN EXCLUSIVE"))
            || !query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return 3;
        query.finish();
        std::fputs("locked\n", stdout);
        std::fflush(stdout);
        char line[16];
        while (std::fgets(line, sizeof line, stdin)) {}
        raw.db().rollback();
    }
    return 0;
}

} // namespace

void TstDatabaseOpening::lockedFileIsInUseNotDamaged()
{
    const QString path = newPath(QStringLiteral("locked.sqlite"));
    QVERIFY(openOrFail(path));
    QProcess locker;
    locker.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(HoldLockArgument), path});
    QVERIFY(locker.waitForStarted());
    QVERIFY(locker.waitForReadyRead(60000));
    QCOMPARE(locker.readLine().trimmed(), QByteArray("locked"));

    const Result<std::shared_ptr<Database>> opened = Database::open(path);
    locker.closeWriteChannel();
    QVERIFY(locker.waitForFinished(60000));
    QCOMPARE(locker.exitCode(), 0);
    QVERIFY2(!opened.ok(), "a file locked by another program was opened");
    QVERIFY2(opened.error().contains(QStringLiteral("in use by another program")), qPrintable(opened.error()));
    QVERIFY2(!opened.error().contains(QStringLiteral("damaged")), qPrintable(opened.error()));
    QVERIFY2(!opened.error().contains(QStringLiteral("backup")), qPrintable(opened.error()));
    // Once the other program lets go, the same file opens.
    QVERIFY(openOrFail(path));
}

void TstDatabaseOpening::refusesEmptyFileUnlessNewWasAsked()
{
    const QString path = newPath(QStringLiteral("empty.sqlite"));
    writeFile(path, {});
    const QStringList filesBefore = QFileInfo(path).dir().entryList(QDir::Files);
    const Result<std::shared_ptr<Database>> refused = Database::open(path, Database::IfMissing::Refuse);
    QVERIFY2(!refused.ok(), "a 0-byte file became a factory");
    QVERIFY2(refused.error().contains(QStringLiteral("empty.sqlite")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("--new")), qPrintable(refused.error()));
    QCOMPARE(QFileInfo(path).size(), 0);
    QCOMPARE(QFileInfo(path).dir().entryList(QDir::Files), filesBefore);

    const std::shared_ptr<Database> created = openOrFail(path); // IfMissing::Create: asked for
    QVERIFY(created);
    QVERIFY(created->isNew());
}

void TstDatabaseOpening::refusesMissingFolderUnlessNewWasAsked()
{
    const QString folder = newPath(QStringLiteral("no-such-folder"));
    const QString path = folder + QStringLiteral("/factory.sqlite");
    const Result<std::shared_ptr<Database>> refused = Database::open(path, Database::IfMissing::Refuse);
    QVERIFY2(!refused.ok(), "a typed path in a missing folder became a factory");
    QVERIFY2(refused.error().contains(QStringLiteral("no-such-folder")), qPrintable(refused.error()));
    QVERIFY(!QFileInfo::exists(folder));

    QVERIFY(openOrFail(path)); // the first start on the default location creates it
    QVERIFY(QFileInfo::exists(path));
}

void TstDatabaseOpening::refusesMissingFileUnlessNewWasAsked()
{
    const QString path = newPath(QStringLiteral("typo.sqlite"));
    const Result<std::shared_ptr<Database>> refused = Database::open(path, Database::IfMissing::Refuse);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("typo.sqlite")), qPrintable(refused.error()));
    QVERIFY(!QFileInfo::exists(path));
}

void TstDatabaseOpening::replaceCannotRewriteAFact_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("replace");
    QTest::addColumn<QString>("look");
    QTest::addColumn<QString>("expected");
    QTest::newRow("production report 240 -> 99999 good")
        << QStringLiteral("INSERT INTO production_reports (id, work_order_id, operation_id, good, "
                          "reported_at, device_id) VALUES ('r1', 'wo', 'op', 240, 1, 'd')")
        << QStringLiteral("INSERT OR REPLACE INTO production_reports (id, work_order_id, "
                          "operation_id, good, reported_at, device_id) "
                          "VALUES ('r1', 'wo', 'op', 99999, 1, 'd')")
        << QStringLiteral("SELECT group_concat(good) FROM production_reports") << QStringLiteral("240.0");
    QTest::newRow("audit row")
        << QStringLiteral("INSERT INTO audit_log (id, at_ms, device_id, entity, entity_id, action) "
                          "VALUES ('a1', 1, 'd', 'work_order', 'wo', 'created')")
        << QStringLiteral("REPLACE INTO audit_log (id, at_ms, device_id, entity, entity_id, action) "
                          "VALUES ('a1', 1, 'd', 'work_order', 'wo', 'nothing happened')")
        << QStringLiteral("SELECT group_concat(action) FROM audit_log WHERE id = 'a1'")
        << QStringLiteral("created");
}

// INSERT OR REPLACE deletes the old row before inserting: the delete trigger must see it.
void TstDatabaseOpening::replaceCannotRewriteAFact()
{
    QFETCH(QString, seed);
    QFETCH(QString, replace);
    QFETCH(QString, look);
    QFETCH(QString, expected);
    const std::shared_ptr<Database> db = openOrFail(newPath(QStringLiteral("replace-%1.sqlite")
                                                                .arg(QTest::currentDataTag()[0] == 'a')));
    QVERIFY(db);
    QSqlQuery query(db->connection());
    // Only the trigger may refuse here, not a missing work order.
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys=OFF")));
    QVERIFY2(query.exec(seed), qPrintable(query.lastError().text()));
    QVERIFY2(!query.exec(replace), "REPLACE rewrote a fact");
    QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")),
             qPrintable(query.lastError().text()));
    QCOMPARE(scalar(db->connection(), look).toString(), expected);
}

void TstDatabaseOpening::refusesFileWithDroppedTrigger()
{
    const QString path = newPath(QStringLiteral("tampered.sqlite"));
    QVERIFY(openOrFail(path));
    {
        RawConnection raw(path);
        QSqlQuery query(raw.db());
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    }
    expectRefusedUnchanged(path, QStringLiteral("audit_log_no_delete"));

    const QString rewritten = newPath(QStringLiteral("rewritten.sqlite"));
    QVERIFY(openOrFail(rewritten));
    {
        RawConnection raw(rewritten);
        QSqlQuery query(raw.db());
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER production_reports_no_update")));
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER production_reports_no_update BEFORE "
                                          "UPDATE ON production_reports BEGIN SELECT 1; END")));
    }
    expectRefusedUnchanged(rewritten, QStringLiteral("production_reports_no_update"));
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], HoldLockArgument) == 0)
        return holdExclusiveLock(argv[2]);
    QCoreApplication app(argc, argv);
    TstDatabaseOpening test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_databaseopening.moc"
