// Upgrading a factory saved by an earlier Taktline: the saved schema-1 file (the demo factory
// before work orders) opens at the latest schema with every record kept, opening it again
// changes nothing, it ends up with the same tables as a new file, and an upgrade that fails
// half way leaves the file at its old version.
#include "accesscontrol.h"
#include "database.h"
#include "masterdataservice.h"
#include "migrations.h"
#include "uuid.h"
#include "workorderservice.h"
#include "workspace.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Taktline;

class TstMigrations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void upgradeKeepsEveryRecord();
    void upgradeAddsWorkOrdersAndDeviceCode();
    void openingAgainChangesNothing();
    void upgradedSchemaMatchesNewFile();
    void upgradedFactoryTakesWorkOrders();
    void failedStepLeavesOldVersion();

private:
    QString copyOfV1(const QString &name) const;
    QTemporaryDir m_dir;
};

namespace {

// The tables of schema 1; an upgrade must keep every row of each.
const char *const V1Tables[] = {"products", "machines", "employees", "downtime_reasons", "defect_reasons",
                                "routing_operations", "users", "settings", "audit_log", "meta"};

QString sourceFile()
{
    return qEnvironmentVariable("TAKTLINE_SOURCE_DIR") + QStringLiteral("/tests/data/schema-v1-demo.sqlite");
}

// Looks at the file through a plain SQLite connection of its own, without any Taktline code.
template<typename T>
T inspect(const QString &path, const std::function<T(const QSqlDatabase &)> &look)
{
    const QString name = QStringLiteral("inspect-") + newUuidV7();
    T result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("inspect %s: cannot open", qPrintable(path));
        result = look(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QStringList rows(const QSqlDatabase &db, const QString &sql)
{
    QStringList rows;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {QStringLiteral("error: ") + sql};
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells << query.value(i).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

QString value(const QSqlDatabase &db, const QString &sql)
{
    const QStringList found = rows(db, sql);
    return found.isEmpty() ? QString() : found.first();
}

QStringList schemaObjects(const QString &path)
{
    return inspect<QStringList>(path, [](const QSqlDatabase &db) {
        return rows(db, QStringLiteral("SELECT type || ' ' || name FROM sqlite_master ORDER BY type, name"));
    });
}

// Every column of every table, so a schema that only shares names would still differ.
QStringList schemaColumns(const QString &path)
{
    return inspect<QStringList>(path, [](const QSqlDatabase &db) {
        QStringList columns;
        for (const QString &table :
             rows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
            for (const QString &column :
                 rows(db, QStringLiteral("SELECT name || ' ' || type || ' ' || \"notnull\" FROM "
                                         "pragma_table_info('%1')").arg(table)))
                columns << table + QLatin1Char('.') + column;
        }
        return columns;
    });
}

// All rows of the schema-1 tables, as text.
QStringList v1Content(const QString &path)
{
    return inspect<QStringList>(path, [](const QSqlDatabase &db) {
        QStringList content;
        for (const char *table : V1Tables) {
            if (QLatin1String(table) == QLatin1String("meta")) // gains device_code and a version
                continue;
            for (const QString &row : rows(db, QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table))))
                content << QLatin1String(table) + QStringLiteral(": ") + row;
        }
        return content;
    });
}

QString meta(const QString &path, const char *key)
{
    return inspect<QString>(path, [key](const QSqlDatabase &db) {
        return value(db, QStringLiteral("SELECT value FROM meta WHERE key = '%1'").arg(QLatin1String(key)));
    });
}

QString allMeta(const QString &path)
{
    return inspect<QString>(path, [](const QSqlDatabase &db) {
        return rows(db, QStringLiteral("SELECT key || '=' || value FROM meta ORDER BY key")).join(QLatin1Char(';'));
    });
}

int count(const QString &path, const QString &table)
{
    return inspect<QString>(path, [&](const QSqlDatabase &db) {
        return value(db, QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table));
    }).toInt();
}

// Opens PATH the way the app does and closes it again; returns the refusal, if any.
QString openAndClose(const QString &path)
{
    const Result<std::shared_ptr<Database>> opened = Database::open(path);
    return opened ? QString() : opened.error();
}

} // namespace

QString TstMigrations::copyOfV1(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    if (!QFile::copy(sourceFile(), path))
        qFatal("cannot copy %s", qPrintable(sourceFile()));
    QFile::setPermissions(path, QFile::permissions(path) | QFile::WriteOwner);
    return path;
}

void TstMigrations::initTestCase()
{
    QVERIFY2(QFile::exists(sourceFile()), qPrintable(sourceFile() + QStringLiteral(" is missing; run through ctest")));
    QVERIFY(m_dir.isValid());
    QCOMPARE(meta(sourceFile(), "schema_version"), QStringLiteral("1"));
}

void TstMigrations::upgradeKeepsEveryRecord()
{
    const QString path = copyOfV1(QStringLiteral("keep.sqlite"));
    const QStringList before = v1Content(path);
    QCOMPARE(count(path, QStringLiteral("products")), 40);
    QCOMPARE(count(path, QStringLiteral("machines")), 12);
    QCOMPARE(count(path, QStringLiteral("users")), 4);
    {
        const Result<std::shared_ptr<Database>> db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    }
    QCOMPARE(count(path, QStringLiteral("products")), 40);
    QCOMPARE(count(path, QStringLiteral("machines")), 12);
    QCOMPARE(count(path, QStringLiteral("users")), 4);
    QCOMPARE(v1Content(path), before);
}

void TstMigrations::upgradeAddsWorkOrdersAndDeviceCode()
{
    const QString path = copyOfV1(QStringLiteral("adds.sqlite"));
    const QString deviceId = meta(path, "device_id");
    QVERIFY(!deviceId.isEmpty());
    QVERIFY(meta(path, "device_code").isEmpty());
    QCOMPARE(openAndClose(path), QString());
    QCOMPARE(meta(path, "schema_version"), QString::number(Migrations::latestVersion()));
    QCOMPARE(meta(path, "device_code"), QStringLiteral("A"));
    QCOMPARE(meta(path, "device_id"), deviceId); // the same device as before the upgrade
    const QStringList objects = schemaObjects(path);
    for (const char *table : {"work_orders", "work_order_operations", "number_series"})
        QVERIFY2(objects.contains(QStringLiteral("table ") + QLatin1String(table)), table);
    QCOMPARE(count(path, QStringLiteral("work_orders")), 0);
}

void TstMigrations::openingAgainChangesNothing()
{
    const QString path = copyOfV1(QStringLiteral("again.sqlite"));
    QCOMPARE(openAndClose(path), QString());
    const QStringList objects = schemaObjects(path);
    const QStringList content = v1Content(path);
    const QString metaRows = allMeta(path);
    QCOMPARE(openAndClose(path), QString());
    QCOMPARE(schemaObjects(path), objects);
    QCOMPARE(v1Content(path), content);
    QCOMPARE(meta(path, "schema_version"), QString::number(Migrations::latestVersion()));
    QCOMPARE(allMeta(path), metaRows);
}

void TstMigrations::upgradedSchemaMatchesNewFile()
{
    const QString upgraded = copyOfV1(QStringLiteral("upgraded.sqlite"));
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    QCOMPARE(openAndClose(upgraded), QString());
    QCOMPARE(openAndClose(fresh), QString());
    QCOMPARE(schemaObjects(upgraded), schemaObjects(fresh));
    QCOMPARE(schemaColumns(upgraded), schemaColumns(fresh));
    QVERIFY(schemaObjects(fresh).contains(QStringLiteral("index work_orders_number")));
}

void TstMigrations::upgradedFactoryTakesWorkOrders()
{
    // After the upgrade the planner makes and releases a work order for an old product.
    const QString path = copyOfV1(QStringLiteral("use.sqlite"));
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Workspace &ws = *opened.value();
    ws.access()->signIn({QStringLiteral("test-user"), QStringLiteral("planner"), QStringLiteral("Planner"),
                         Role::Planner});
    WorkOrder order;
    order.productId = ws.masterData()->idForCode(MasterDataKind::Product, QStringLiteral("FL-DN25")).value();
    QVERIFY(!order.productId.isEmpty());
    order.quantity = 500;
    order.dueDate = QDate::currentDate().addDays(10);
    const Result<QString> id = ws.workOrders()->create(order);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY(ws.workOrders()->find(id.value()).value().number.startsWith(QLatin1String("WO-")));
    const Outcome released = ws.workOrders()->apply(id.value(), WorkOrderAction::Release, 1);
    QVERIFY2(released.ok(), qPrintable(released.error()));
    QCOMPARE(ws.workOrders()->operations(id.value()).value().size(), 3);
}

void TstMigrations::failedStepLeavesOldVersion()
{
    // A view where step 2 wants its operations table: CREATE TABLE IF NOT EXISTS skips it, and
    // the index on it that follows fails for real, after work_orders was already created.
    const QString path = copyOfV1(QStringLiteral("fails.sqlite"));
    const QString blocker = QStringLiteral("CREATE VIEW work_order_operations AS SELECT id AS work_order_id, "
                                           "0 AS seq, 0 AS machine_id, 0 AS queue_rank, deleted FROM products");
    QCOMPARE(inspect<QString>(path, [&](const QSqlDatabase &db) { return rows(db, blocker).join(QString()); }),
             QString());
    const QStringList objects = schemaObjects(path);
    const QStringList content = v1Content(path);

    const QString refusal = openAndClose(path);
    QVERIFY2(!refusal.isEmpty(), "the upgrade should have failed");
    QVERIFY2(refusal.contains(QLatin1String("version 2")), qPrintable(refusal));
    QCOMPARE(meta(path, "schema_version"), QStringLiteral("1"));
    QVERIFY(meta(path, "device_code").isEmpty());
    QCOMPARE(schemaObjects(path), objects); // no work_orders, no half of step 2
    QCOMPARE(v1Content(path), content);

    // With the obstacle gone the same file upgrades.
    inspect<QString>(path, [](const QSqlDatabase &db) {
        return rows(db, QStringLiteral("DROP VIEW work_order_operations")).join(QString());
    });
    QCOMPARE(openAndClose(path), QString());
    QCOMPARE(meta(path, "schema_version"), QString::number(Migrations::latestVersion()));
    QCOMPARE(v1Content(path), content);
}

QTEST_GUILESS_MAIN(TstMigrations)
#include "tst_migrations.moc"
