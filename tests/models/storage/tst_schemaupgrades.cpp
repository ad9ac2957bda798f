// Every released schema, upgraded: tests/data holds a demo factory saved by the Taktline that
// wrote each schema version (v1 … v5, made by that version's own `taktline demo`). Each opens
// at the latest schema with every row of every old table kept, ends up with exactly the tables,
// columns, indexes and triggers of a new file, changes nothing when opened again, and goes on
// working: a work order released and reported on.
#include "domain/masterdata/masterrecord.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/reportingservice.h"
#include "services/workspace.h"
#include "sqlinspection.h"
#include "storage/chain/chainhash.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "sync/syncfunctions.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Taktline;
using namespace Taktline::SqlInspection;

namespace {
void addVersions(); // one data row per saved file: v1 … the last released schema
} // namespace

class TstSchemaUpgrades : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void upgradeKeepsEveryRow_data() { addVersions(); }
    void upgradeKeepsEveryRow();
    void upgradedSchemaMatchesNewFile_data() { addVersions(); }
    void upgradedSchemaMatchesNewFile();
    void openingAgainChangesNothing_data() { addVersions(); }
    void openingAgainChangesNothing();
    void upgradedFactoryGoesOnWorking_data() { addVersions(); }
    void upgradedFactoryGoesOnWorking();
    void v5UnitsBecomeMasterData();
    void v5CodesThatDifferInCaseStillUpgrade();

private:
    QString copyOf(int version, const QString &name) const;
    QTemporaryDir m_dir;
};

namespace {

// The schema of the latest release (0.3.0). A release with a new schema adds its saved file.
constexpr int LastReleasedSchema = 5;

QString savedFile(int version)
{
    return qEnvironmentVariable("TAKTLINE_SOURCE_DIR")
        + QStringLiteral("/tests/data/schema-v%1-demo.sqlite").arg(version);
}

QStringList tables(const QSqlDatabase &db)
{
    return rows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    return rows(db, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
}

// Every row of every table of the old file, read by the old file's columns only (an upgrade
// may add columns; it may not change or drop what was there). meta gains keys and a version.
QStringList content(const QString &path, const QHash<QString, QStringList> &columns)
{
    return inspect<QStringList>(path, [&](const QSqlDatabase &db) {
        QStringList all;
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            if (it.key() == QLatin1String("meta"))
                continue;
            const QString sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                                    .arg(it.value().join(QStringLiteral(", ")), it.key());
            for (const QString &row : rows(db, sql))
                all << it.key() + QStringLiteral(": ") + row;
        }
        all.sort();
        return all;
    });
}

QHash<QString, QStringList> oldColumns(const QString &path)
{
    return inspect<QHash<QString, QStringList>>(path, [](const QSqlDatabase &db) {
        QHash<QString, QStringList> columns;
        for (const QString &table : tables(db))
            columns.insert(table, columnsOf(db, table));
        return columns;
    });
}

// Tables, indexes, triggers and views by name and SQL, and every column with its type: a
// schema that only shares names would still differ.
QStringList schema(const QString &path)
{
    return inspect<QStringList>(path, [](const QSqlDatabase &db) {
        QStringList found = rows(db, QStringLiteral("SELECT type || ' ' || name FROM sqlite_master "
                                                    "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
        for (const QString &table : tables(db)) {
            for (const QString &column :
                 rows(db, QStringLiteral("SELECT name || ' ' || type || ' ' || \"notnull\" || ' ' || "
                                         "coalesce(dflt_value, '') || ' ' || pk FROM pragma_table_info('%1')")
                              .arg(table)))
                found << table + QLatin1Char('.') + column;
        }
        return found;
    });
}

QString openAndClose(const QString &path)
{
    const Result<std::shared_ptr<Database>> opened = Database::open(path);
    return opened ? QString() : opened.error();
}

void addVersions()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version <= LastReleasedSchema; ++version)
        QTest::addRow("v%d", version) << version;
}

} // namespace

QString TstSchemaUpgrades::copyOf(int version, const QString &name) const
{
    const QString path = m_dir.filePath(QStringLiteral("v%1-%2.sqlite").arg(version).arg(name));
    if (!QFile::copy(savedFile(version), path))
        qFatal("cannot copy %s", qPrintable(savedFile(version)));
    QFile::setPermissions(path, QFile::permissions(path) | QFile::WriteOwner);
    return path;
}

void TstSchemaUpgrades::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // One saved file per released schema, each at the version it is named after.
    for (int version = 1; version <= LastReleasedSchema; ++version) {
        QVERIFY2(QFile::exists(savedFile(version)), qPrintable(savedFile(version) + QStringLiteral(" is missing")));
        QCOMPARE(meta(savedFile(version), "schema_version"), QString::number(version));
    }
}

void TstSchemaUpgrades::upgradeKeepsEveryRow()
{
    QFETCH(int, version);
    const QString path = copyOf(version, QStringLiteral("keep"));
    const QHash<QString, QStringList> columns = oldColumns(path);
    const QStringList before = content(path, columns);
    QVERIFY(before.size() > 100); // a whole demo factory, not an empty file
    const QString deviceId = meta(path, "device_id");
    QCOMPARE(openAndClose(path), QString());
    QCOMPARE(meta(path, "schema_version"), QString::number(Migrations::latestVersion()));
    QCOMPARE(meta(path, "device_id"), deviceId); // the same device as before the upgrade
    QCOMPARE(content(path, columns), before);
}

void TstSchemaUpgrades::upgradedSchemaMatchesNewFile()
{
    QFETCH(int, version);
    const QString upgraded = copyOf(version, QStringLiteral("schema"));
    const QString fresh = m_dir.filePath(QStringLiteral("fresh-%1.sqlite").arg(version));
    QCOMPARE(openAndClose(upgraded), QString());
    QCOMPARE(openAndClose(fresh), QString());
    QCOMPARE(schema(upgraded), schema(fresh));
}

void TstSchemaUpgrades::openingAgainChangesNothing()
{
    QFETCH(int, version);
    const QString path = copyOf(version, QStringLiteral("again"));
    QCOMPARE(openAndClose(path), QString());
    const QHash<QString, QStringList> columns = oldColumns(path);
    const QStringList upgraded = content(path, columns);
    const QStringList objects = schema(path);
    QCOMPARE(openAndClose(path), QString());
    QCOMPARE(schema(path), objects);
    QCOMPARE(content(path, columns), upgraded);
}

void TstSchemaUpgrades::upgradedFactoryGoesOnWorking()
{
    // After the upgrade the planner releases an order for an old product and an operator
    // reports its first step: every table a report touches exists and takes rows.
    QFETCH(int, version);
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(copyOf(version, QStringLiteral("use")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Workspace &ws = *opened.value();
    ws.access()->signIn({QStringLiteral("test-user"), QStringLiteral("owner"), QStringLiteral("Owner"), Role::Owner});
    WorkOrder order;
    order.productId = ws.masterData()->idForCode(MasterDataKind::Product, QStringLiteral("FL-DN25")).value();
    QVERIFY(!order.productId.isEmpty());
    order.quantity = 50;
    order.dueDate = ws.clock().today().addDays(10);
    const Result<QString> id = ws.workOrders()->create(order);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY2(ws.workOrders()->apply(id.value(), WorkOrderAction::Release, 1).ok(), "release");
    const QList<WorkOrderOperation> steps = ws.workOrders()->operations(id.value()).value();
    QVERIFY(!steps.isEmpty());
    ReportRequest report;
    report.operationId = steps.constFirst().id;
    report.employeeId = ws.masterData()->idForCode(MasterDataKind::Employee, QStringLiteral("E001")).value();
    report.good = 10;
    const Result<ReportReceipt> receipt = ws.reporting()->report(report);
    QVERIFY2(receipt.ok(), qPrintable(receipt.error()));
    QCOMPARE(ws.workOrders()->find(id.value()).value().state, WorkOrderState::InProgress);
}

namespace {

// Runs SQL on the file at PATH as the old version would have: a plain connection, no upgrade.
bool change(const QString &path, const QStringList &statements)
{
    return inspect<bool>(path, [&](const QSqlDatabase &db) {
        // A program with Taktline's SQL functions (the triggers call them).
        ChainHash::install(db);
        SyncFunctions::install(db);
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                return false;
            }
        }
        return true;
    });
}

} // namespace

void TstSchemaUpgrades::v5UnitsBecomeMasterData()
{
    // The v5 demo's free-text units (PCS, kg, m), plus what people typed by hand in old files.
    const QString path = copyOf(5, QStringLiteral("units"));
    QVERIFY(change(path, {QStringLiteral("UPDATE products SET unit = 'pcs' WHERE part_no = 'FL-DN32'"),
                          QStringLiteral("UPDATE products SET unit = '件' WHERE part_no = 'FL-DN40'"),
                          QStringLiteral("UPDATE products SET unit = ' 千克 ' WHERE part_no = 'RM-OIL-AR'"),
                          QStringLiteral("UPDATE products SET unit = 'box' WHERE part_no = 'WS-M6'"),
                          QStringLiteral("UPDATE products SET unit = 'BOX' WHERE part_no = 'WS-M8'"),
                          QStringLiteral("UPDATE products SET unit = '卷' WHERE part_no = 'RM-CU-15'")}));
    QCOMPARE(openAndClose(path), QString());
    const auto unitOf = [&](const char *partNo) {
        return inspect<QString>(path, [partNo](const QSqlDatabase &db) {
            return value(db, QStringLiteral("SELECT u.code || '|' || u.name || '|' || u.name_en FROM products p "
                                            "JOIN units u ON u.id = p.unit_id WHERE p.part_no = '%1'")
                                 .arg(QLatin1String(partNo)));
        });
    };
    QCOMPARE(unitOf("FL-DN25"), QStringLiteral("PCS|件|pcs"));
    QCOMPARE(unitOf("FL-DN32"), QStringLiteral("PCS|件|pcs"));
    QCOMPARE(unitOf("FL-DN40"), QStringLiteral("PCS|件|pcs"));
    QCOMPARE(unitOf("RM-PL-Q235"), QStringLiteral("KG|kg|kg"));
    QCOMPARE(unitOf("RM-OIL-AR"), QStringLiteral("KG|kg|kg"));
    QCOMPARE(unitOf("WS-M6"), QStringLiteral("box|box|"));   // an unknown text: a unit of its own,
    QCOMPARE(unitOf("WS-M8"), QStringLiteral("box|box|"));   // one for both spellings
    QCOMPARE(unitOf("RM-CU-15"), QStringLiteral("卷|卷|"));
    QCOMPARE(inspect<QString>(path, [](const QSqlDatabase &db) {
                 return value(db, QStringLiteral("SELECT count(*) FROM products WHERE unit_id IS NULL"));
             }),
             QStringLiteral("0"));
    QCOMPARE(inspect<QStringList>(path, [](const QSqlDatabase &db) {
                 return rows(db, QStringLiteral("SELECT code FROM units ORDER BY code"));
             }),
             QStringList({QStringLiteral("EA"), QStringLiteral("KG"), QStringLiteral("M"),
                          QStringLiteral("PCS"), QStringLiteral("SET"), QStringLiteral("box"),
                          QStringLiteral("卷")}));

    // The upgraded factory names units in the UI language and takes a unit by code or name.
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Workspace &ws = *opened.value();
    ws.access()->signIn({QStringLiteral("test-user"), QStringLiteral("owner"), QStringLiteral("Owner"), Role::Owner});
    const QString id = ws.masterData()->idForCode(MasterDataKind::Product, QStringLiteral("fl-dn25")).value();
    QVERIFY(!id.isEmpty());
    QCOMPARE(ws.masterData()->find(MasterDataKind::Product, id).value().text(QStringLiteral("unit")),
             QStringLiteral("pcs")); // the tests run in English
    QVERIFY(ws.masterData()->updateField(MasterDataKind::Product, id, QStringLiteral("unit_id"),
                                         QStringLiteral("个")));
    QCOMPARE(ws.masterData()->find(MasterDataKind::Product, id).value().text(QStringLiteral("unit")),
             QStringLiteral("ea"));
    const Outcome unknown = ws.masterData()->updateField(MasterDataKind::Product, id,
                                                         QStringLiteral("unit_id"), QStringLiteral("桶"));
    QVERIFY2(unknown.error().contains(QStringLiteral("桶")), qPrintable(unknown.error()));
}

void TstSchemaUpgrades::v5CodesThatDifferInCaseStillUpgrade()
{
    // Before v7 "cnc-01" could stand beside "CNC-01". The older keeps its code; the younger is
    // renamed with an audit entry, and from then on the database refuses such twins itself.
    const QString path = copyOf(5, QStringLiteral("twins"));
    QVERIFY(change(path, {QStringLiteral("UPDATE machines SET code = 'cnc-01', created_at = created_at + 1 "
                                         "WHERE code = 'MC-01'"),
                          QStringLiteral("UPDATE employees SET badge = 'e001', created_at = created_at + 1 "
                                         "WHERE badge = 'E002'")}));
    QCOMPARE(openAndClose(path), QString());
    QCOMPARE(inspect<QStringList>(path, [](const QSqlDatabase &db) {
                 return rows(db, QStringLiteral("SELECT code FROM machines WHERE code LIKE 'cnc-01%' "
                                                "ORDER BY code"));
             }),
             QStringList({QStringLiteral("CNC-01"), QStringLiteral("cnc-01~2")}));
    QCOMPARE(inspect<QStringList>(path, [](const QSqlDatabase &db) {
                 return rows(db, QStringLiteral("SELECT entity, action, detail FROM audit_log "
                                                "WHERE action = 'rename' ORDER BY entity"));
             }),
             QStringList({QStringLiteral("employee|rename|badge e001 -> e001~2: the same code as an "
                                         "older one apart from letter case"),
                          QStringLiteral("machine|rename|code cnc-01 -> cnc-01~2: the same code as an "
                                         "older one apart from letter case")}));
    // The database itself refuses a twin, whatever writes it.
    QVERIFY(!change(path, {QStringLiteral("UPDATE machines SET code = 'Cnc-02' WHERE code = 'PR-01'")}));
    QVERIFY(!change(path, {QStringLiteral("UPDATE products SET part_no = 'fl-dn25' WHERE part_no = 'FL-DN32'")}));
    // A tombstoned row does not hold its code.
    QVERIFY(change(path, {QStringLiteral("UPDATE machines SET deleted = 1 WHERE code = 'CNC-02'"),
                          QStringLiteral("UPDATE machines SET code = 'cnc-02' WHERE code = 'PR-01'")}));
}

QTEST_GUILESS_MAIN(TstSchemaUpgrades)
#include "tst_schemaupgrades.moc"
