// Schema v10 (docs/sync.md, "Client side"): the allow-list covers every table and column, local
// changes reach the outbox in their own transaction (all columns on insert, only changed ones on
// update, per-device settings never), the clocks of the fields are recorded, facts are chained
// under the device that made them, and human codes stay unique locally with the old message
// while remote changes may still bring a duplicate.
#include "services/masterdata/masterdataservice.h"
#include "services/workspace.h"
#include "sqlinspection.h"
#include "storage/chain/chainverifier.h"
#include "storage/chain/facttables.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/settingsrepository.h"
#include "sync/syncallowlist.h"
#include "sync/syncfunctions.h"
#include "sync/syncoutbox.h"
#include "testshop.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;
using namespace Taktline::SqlInspection;

class TstSyncSchema : public QObject
{
    Q_OBJECT
private slots:
    void everyTableIsAllowListedOrLocal();
    void everyColumnOfASyncedTableTravels();
    void nothingIsQueuedBeforeTheFirstSync();
    void insertQueuesAllColumnsAndClocks();
    void updateQueuesOnlyChangedColumns();
    void rolledBackChangeLeavesNoOutboxRow();
    void perDeviceSettingsAreNotQueued();
    void applyingQuietsTheOutbox();
    void localDuplicateCodeIsRefusedWithTheOldMessage();
    void remoteDuplicateCodeIsKept();
    void factsChainUnderTheirOwnDevice();
    void upgradedFilesChainsStayWhole_data();
    void upgradedFilesChainsStayWhole();
    void clocksNeverGoBackAcrossReopen();
};

namespace {

QSet<QString> columnsOf(const QSqlDatabase &db, const QString &table)
{
    const QStringList names =
        rows(db, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
    return QSet<QString>(names.cbegin(), names.cend());
}

QJsonObject lastOutboxColumns(const QSqlDatabase &db, const QString &table)
{
    const QString cols = value(
        db,
        QStringLiteral("SELECT cols FROM sync_outbox WHERE tbl = '%1' ORDER BY seq DESC LIMIT 1")
            .arg(table));
    return QJsonDocument::fromJson(cols.toUtf8()).object();
}

int outboxRows(const QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt();
}

// The file's first sync: the whole file is queued and the outbox is on from then.
void startSync(TestShop &shop)
{
    const Result<int> queued = SyncOutbox(shop.ws->database().connection()).enqueueEverything();
    if (!queued || queued.value() == 0)
        qFatal("first sync: %s", qPrintable(queued.error()));
}

} // namespace

void TstSyncSchema::everyTableIsAllowListedOrLocal()
{
    TestShop shop;
    const QSqlDatabase db = shop.ws->database().connection();
    QCOMPARE(Migrations::latestVersion(), 13);
    const QStringList tables = rows(
        db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList unplaced;
    for (const QString &table : tables) {
        if (!SyncAllowList::find(table) && !SyncAllowList::localOnly().contains(table))
            unplaced << table;
    }
    QVERIFY2(unplaced.isEmpty(),
             qPrintable(QStringLiteral("neither synced nor local-only: ") + unplaced.join(u',')));
    for (const SyncAllowList::Table &table : SyncAllowList::tables())
        QVERIFY2(tables.contains(table.name), qPrintable(table.name));
    // Every fact table of the hash chain is a synced fact, and only those.
    for (const FactTables::Table &fact : FactTables::all())
        QVERIFY2(SyncAllowList::find(fact.name) && SyncAllowList::find(fact.name)->fact,
                 qPrintable(fact.name));
}

void TstSyncSchema::everyColumnOfASyncedTableTravels()
{
    TestShop shop;
    const QSqlDatabase db = shop.ws->database().connection();
    for (const SyncAllowList::Table &table : SyncAllowList::tables()) {
        const QSet<QString> listed(table.columns.cbegin(), table.columns.cend());
        QCOMPARE(listed.size(), table.columns.size()); // no column twice
        QVERIFY2(columnsOf(db, table.name) == listed, qPrintable(table.name));
        QCOMPARE(table.columns.first(), table.key);
    }
}

void TstSyncSchema::nothingIsQueuedBeforeTheFirstSync()
{
    TestShop shop; // a factory with history and no server
    const QSqlDatabase db = shop.ws->database().connection();
    shop.report(shop.request(0, 5));
    QCOMPARE(outboxRows(db), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sync_clock")).toInt(), 0);
    startSync(shop);
    const int queued = outboxRows(db);
    QVERIFY(queued > 0);
    shop.machine("LATHE-2", "二号车床");
    QVERIFY(outboxRows(db) > queued);
}

void TstSyncSchema::insertQueuesAllColumnsAndClocks()
{
    TestShop shop;
    startSync(shop);
    const QSqlDatabase db = shop.ws->database().connection();
    const QString id = shop.machine("LATHE-9", "车床九");
    const QJsonObject cols = lastOutboxColumns(db, QStringLiteral("machines"));
    const SyncAllowList::Table *machines = SyncAllowList::find(QStringLiteral("machines"));
    QCOMPARE(cols.size(), machines->columns.size() - 1); // all but the key, which is the row id
    QCOMPARE(cols.value(QStringLiteral("code")).toString(), QStringLiteral("LATHE-9"));
    QCOMPARE(cols.value(QStringLiteral("capacity")).toInt(), 1);
    QCOMPARE(value(db, QStringLiteral("SELECT row_id || kind FROM sync_outbox WHERE tbl = "
                                      "'machines' ORDER BY seq DESC LIMIT 1")),
             id + QStringLiteral("m"));
    // The new row's clock (every field's until it changes) is the outbox row's clock.
    const QString hlc = value(db, QStringLiteral("SELECT hlc FROM sync_outbox WHERE tbl = "
                                                 "'machines' ORDER BY seq DESC LIMIT 1"));
    QVERIFY(Hlc::isValid(hlc));
    QCOMPARE(Hlc::parse(hlc)->node, shop.ws->database().deviceId());
    QCOMPARE(rows(db, QStringLiteral("SELECT col FROM sync_clock WHERE tbl = 'machines' AND "
                                     "row_id = '%1' AND hlc = '%2'")
                          .arg(id, hlc)),
             QStringList{QStringLiteral("*")});
    // A fact queues all its columns too, once.
    const QString report = shop.report(shop.request(0, 5));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE tbl = "
                                       "'production_reports' AND row_id = '%1' AND kind = 'f'")
                            .arg(report))
                 .toInt(),
             1);
    QCOMPARE(lastOutboxColumns(db, QStringLiteral("production_reports"))
                 .value(QStringLiteral("good"))
                 .toDouble(),
             5.0);
}

void TstSyncSchema::updateQueuesOnlyChangedColumns()
{
    TestShop shop;
    startSync(shop);
    const QSqlDatabase db = shop.ws->database().connection();
    const int before = scalar(db, QStringLiteral("SELECT max(seq) FROM sync_outbox")).toInt();
    QVERIFY(shop.ws->masterData()->updateField(MasterDataKind::Machine, shop.lathe,
                                               QStringLiteral("name"), QStringLiteral("大车床")));
    // What the edit queued for the machine: its name (and its time stamp), nothing else.
    QStringList queued;
    for (const QString &cols :
         rows(db, QStringLiteral("SELECT cols FROM sync_outbox WHERE seq > %1 "
                                 "AND tbl = 'machines'")
                      .arg(before)))
        queued += QJsonDocument::fromJson(cols.toUtf8()).object().keys();
    queued.sort();
    QCOMPARE(queued, QStringList({QStringLiteral("name"), QStringLiteral("updated_at")}));
    const QString hlc =
        value(db, QStringLiteral("SELECT hlc FROM sync_outbox WHERE seq > %1 AND tbl = "
                                 "'machines' AND cols LIKE '%\"name\"%'")
                      .arg(before));
    QCOMPARE(
        value(db, QStringLiteral("SELECT hlc FROM sync_clock WHERE tbl = 'machines' AND row_id "
                                 "= '%1' AND col = 'name'")
                      .arg(shop.lathe)),
        hlc);
    QVERIFY(value(db, QStringLiteral("SELECT hlc FROM sync_clock WHERE tbl = 'machines' AND row_id "
                                     "= '%1' AND col = '*'")
                          .arg(shop.lathe)) < hlc);
    QCOMPARE(value(db, QStringLiteral("SELECT count(*) FROM sync_clock WHERE tbl = 'machines' AND "
                                      "row_id = '%1' AND col = 'code'")
                           .arg(shop.lathe)),
             QStringLiteral("0"));
    // An update that changes nothing queues nothing.
    const int now = outboxRows(db);
    QSqlQuery query(db);
    QVERIFY(query.exec(
        QStringLiteral("UPDATE machines SET name = name WHERE id = '%1'").arg(shop.lathe)));
    QCOMPARE(outboxRows(db), now);
}

void TstSyncSchema::rolledBackChangeLeavesNoOutboxRow()
{
    TestShop shop;
    startSync(shop);
    const QSqlDatabase db = shop.ws->database().connection();
    const int before = outboxRows(db);
    const QString name =
        value(db, QStringLiteral("SELECT name FROM machines WHERE id = '%1'").arg(shop.lathe));
    const Outcome failed = shop.ws->database().inTransaction([&] {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("UPDATE machines SET name = '改了' WHERE id = '%1'")
                            .arg(shop.lathe)))
            return Outcome::failure(QStringLiteral("update"));
        return Outcome::failure(QStringLiteral("the use case fails after its first write"));
    });
    QVERIFY(!failed);
    QCOMPARE(outboxRows(db), before);
    QCOMPARE(value(db, QStringLiteral("SELECT name FROM machines WHERE id = '%1'").arg(shop.lathe)),
             name);
}

void TstSyncSchema::perDeviceSettingsAreNotQueued()
{
    TestShop shop;
    startSync(shop);
    const QSqlDatabase db = shop.ws->database().connection();
    SettingsRepository settings(db);
    const int before = outboxRows(db);
    for (const char *key : {"backup.x.folder", "sync.cursor", "device.language"})
        QVERIFY(settings.setValue(QString::fromLatin1(key), QStringLiteral("1")));
    QCOMPARE(outboxRows(db), before);
    QVERIFY(settings.setValue(QStringLiteral("factory.name"), QStringLiteral("红星机械")));
    QCOMPARE(outboxRows(db), before + 1);
    QCOMPARE(value(db, QStringLiteral("SELECT row_id FROM sync_outbox ORDER BY seq DESC LIMIT 1")),
             QStringLiteral("factory.name"));
}

void TstSyncSchema::applyingQuietsTheOutbox()
{
    TestShop shop;
    startSync(shop);
    const QSqlDatabase db = shop.ws->database().connection();
    const int before = outboxRows(db);
    QVERIFY(SyncFunctions::setApplying(db, true));
    QSqlQuery query(db);
    QVERIFY(query.exec(
        QStringLiteral("UPDATE machines SET name = '远程' WHERE id = '%1'").arg(shop.lathe)));
    QVERIFY(SyncFunctions::setApplying(db, false));
    QCOMPARE(outboxRows(db), before);
    QVERIFY(query.exec(
        QStringLiteral("UPDATE machines SET name = '本地' WHERE id = '%1'").arg(shop.lathe)));
    QCOMPARE(outboxRows(db), before + 1);
}

void TstSyncSchema::localDuplicateCodeIsRefusedWithTheOldMessage()
{
    TestShop shop;
    MasterRecord record;
    record.values.insert(QStringLiteral("code"), QStringLiteral("lathe-1")); // LATHE-1, other case
    record.values.insert(QStringLiteral("name"), QStringLiteral("又一台"));
    record.values.insert(QStringLiteral("capacity"), 1);
    const Result<QString> created = shop.ws->masterData()->create(MasterDataKind::Machine, record);
    QVERIFY(!created);
    QSqlQuery query(shop.ws->database().connection());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO work_orders (id, number, product_id, quantity, "
                                       "due_date, created_at, updated_at) SELECT 'x', number, "
                                       "product_id, 1, due_date, 0, 0 FROM work_orders LIMIT 1")));
    QCOMPARE(query.lastError().databaseText(),
             QStringLiteral("UNIQUE constraint failed: work_orders.number"));
    QVERIFY(!query.exec(
        QStringLiteral("UPDATE machines SET code = 'mill-1' WHERE id = '%1'").arg(shop.lathe)));
    QCOMPARE(query.lastError().databaseText(),
             QStringLiteral("UNIQUE constraint failed: machines.code"));
}

void TstSyncSchema::remoteDuplicateCodeIsKept()
{
    TestShop shop;
    const QSqlDatabase db = shop.ws->database().connection();
    QVERIFY(SyncFunctions::setApplying(db, true));
    QSqlQuery query(db);
    const bool inserted = query.exec(
        QStringLiteral("INSERT INTO machines (id, code, name, created_at, updated_at) VALUES "
                       "('0192f3a4-0000-7000-8000-0000000000aa', 'LATHE-1', '另一台车床', 1, 1)"));
    QVERIFY(SyncFunctions::setApplying(db, false));
    QVERIFY2(inserted, qPrintable(query.lastError().text()));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM machines WHERE code = 'LATHE-1'")).toInt(),
        2);
}

void TstSyncSchema::factsChainUnderTheirOwnDevice()
{
    TestShop shop;
    const QSqlDatabase db = shop.ws->database().connection();
    shop.report(shop.request(0, 5));
    const QString other = QStringLiteral("0192f3a4-0000-7000-8000-0000000000bb");
    QVERIFY(SyncFunctions::setApplying(db, true));
    QSqlQuery query(db);
    const bool inserted = query.exec(
        QStringLiteral("INSERT INTO audit_log (id, at_ms, device_id, entity, entity_id, action) "
                       "VALUES ('0192f3a4-0000-7000-8000-0000000000cc', 5, '%1', 'x', 'y', 'z')")
            .arg(other));
    QVERIFY(SyncFunctions::setApplying(db, false));
    QVERIFY2(inserted, qPrintable(query.lastError().text()));
    QCOMPARE(value(db, QStringLiteral("SELECT device || '/' || seq FROM fact_chain WHERE row_key = "
                                      "'0192f3a4-0000-7000-8000-0000000000cc'")),
             other + QStringLiteral("/1"));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM fact_chain c JOIN production_reports r "
                                  "ON r.id = c.row_key WHERE c.device <> r.device_id"))
            .toInt(),
        0);
    const Result<ChainVerifier::Report> report = ChainVerifier::verifyFile(shop.ws.path());
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(report.value().holds());
    QCOMPARE(report.value().devices, 2);
}

void TstSyncSchema::upgradedFilesChainsStayWhole_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version <= 5; ++version)
        QTest::addRow("v%d", version) << version;
}

// Old files were chained under this device's id; their facts carry the same id, so the chain
// made from v10 on (under NEW.device_id) continues the same chain and still verifies.
void TstSyncSchema::upgradedFilesChainsStayWhole()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(qEnvironmentVariable("TAKTLINE_SOURCE_DIR") +
                            QStringLiteral("/tests/data/schema-v%1-demo.sqlite").arg(version),
                        path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        const Result<std::unique_ptr<Workspace>> ws =
            Workspace::open(path, Database::IfMissing::Refuse);
        QVERIFY2(ws, qPrintable(ws.error()));
        const QSqlDatabase db = ws.value()->database().connection();
        QCOMPARE(ws.value()->database().schemaVersion(), Migrations::latestVersion());
        for (const FactTables::Table &table : FactTables::all()) {
            QCOMPARE(scalar(db, QStringLiteral(
                                    "SELECT count(*) FROM fact_chain c JOIN %1 t ON t.id = "
                                    "c.row_key AND c.tbl = '%1' WHERE c.device <> t.device_id")
                                    .arg(table.name))
                         .toInt(),
                     0);
        }
        // A new fact continues the device's chain.
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral(
                                "INSERT INTO audit_log (id, at_ms, device_id, entity, "
                                "entity_id, action) VALUES ('new-fact', 9, '%1', 'x', 'y', 'z')")
                                .arg(ws.value()->database().deviceId())),
                 qPrintable(query.lastError().text()));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(DISTINCT device) FROM fact_chain")).toInt(), 1);
    }
    const Result<ChainVerifier::Report> report = ChainVerifier::verifyFile(path);
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(report.value().holds());
}

void TstSyncSchema::clocksNeverGoBackAcrossReopen()
{
    TestShop shop;
    startSync(shop);
    const QString path = shop.ws.path();
    // The tablet's clock runs 10 minutes behind what the file already holds.
    const qint64 wall = QDateTime::currentMSecsSinceEpoch() - 10 * 60 * 1000;
    SyncFunctions::setWallClock(path, [wall] { return wall; });
    const QSqlDatabase db = shop.ws->database().connection();
    const QString before = value(db, QStringLiteral("SELECT max(hlc) FROM sync_outbox"));
    shop.machine("SLOW-1", "慢");
    const QString after = value(db, QStringLiteral("SELECT max(hlc) FROM sync_outbox"));
    QVERIFY2(after > before, qPrintable(before + QStringLiteral(" / ") + after));
    SyncFunctions::setWallClock(path, {});
}

QTEST_GUILESS_MAIN(TstSyncSchema)
#include "tst_syncschema.moc"
