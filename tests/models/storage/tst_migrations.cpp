// Upgrading the schema-1 file (the demo factory before work orders) in the ways only it can be:
// it gains the device code while keeping its device id, and an upgrade that fails half way
// leaves the file at its old version. What every saved version must do on upgrade is in
// tst_schemaupgrades.
#include "sqlinspection.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>


using namespace Taktline;
using namespace Taktline::SqlInspection;

class TstMigrations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void upgradeAddsWorkOrdersAndDeviceCode();
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

QStringList schemaObjects(const QString &path)
{
    return inspect<QStringList>(path, [](const QSqlDatabase &db) {
        return rows(db, QStringLiteral("SELECT type || ' ' || name FROM sqlite_master ORDER BY type, name"));
    });
}

// All rows of the schema-1 tables, as text.
// Every row of the v1 tables, read by the columns the tables have in the file at PATH when
// COLUMNS_OF is empty, else by the columns it lists (a later step may add columns to a v1 table).
QStringList v1Content(const QString &path, const QHash<QString, QString> &columnsOf = {})
{
    return inspect<QStringList>(path, [&](const QSqlDatabase &db) {
        QStringList content;
        for (const char *table : V1Tables) {
            if (QLatin1String(table) == QLatin1String("meta")) // gains device_code and a version
                continue;
            const QString name = QLatin1String(table);
            const QString columns = columnsOf.value(
                name, rows(db, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(name))
                          .join(QStringLiteral(", ")));
            for (const QString &row : rows(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(columns, name)))
                content << name + QStringLiteral(": ") + row;
        }
        return content;
    });
}

QHash<QString, QString> v1Columns(const QString &path)
{
    return inspect<QHash<QString, QString>>(path, [](const QSqlDatabase &db) {
        QHash<QString, QString> columns;
        for (const char *table : V1Tables) {
            const QString name = QLatin1String(table);
            columns.insert(name, rows(db, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(name))
                                     .join(QStringLiteral(", ")));
        }
        return columns;
    });
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
    QCOMPARE(inspect<QString>(path, [](const QSqlDatabase &db) {
                 return value(db, QStringLiteral("SELECT count(*) FROM work_orders"));
             }),
             QStringLiteral("0"));
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
    const QHash<QString, QString> columns = v1Columns(path);

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
    QCOMPARE(v1Content(path, columns), content);
}

QTEST_GUILESS_MAIN(TstMigrations)
#include "tst_migrations.moc"
