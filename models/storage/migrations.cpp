#include "storage/migrations.h"

#include "storage/schema/schemastepv7.h"
#include "storage/schema/schemastepv8.h"
#include "storage/schema/schemastepv9.h"
#include "storage/schema/schemastepv10.h"
#include "storage/schema/schemastepv11.h"
#include "storage/schema/schemastepv12.h"
#include "storage/schema/schemastepv13.h"
#include "storage/schema/schemasteps.h"
#include "storage/sqlquery.h"
#include "storage/uuid.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace Taktline {

// Columns every mutable (master data or plan) table carries.
QString Schema::mutableColumns()
{
    return QStringLiteral("active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),\n"
                          "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),\n"
                          "created_at INTEGER NOT NULL,\n"
                          "updated_at INTEGER NOT NULL");
}

namespace {

using Schema::mutableColumns;

QStringList schemaV1()
{
    const QString common = mutableColumns();
    QStringList sql = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS products (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "part_no TEXT NOT NULL CHECK (length(trim(part_no)) > 0),\n"
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
                       "name_en TEXT NOT NULL DEFAULT '',\n"
                       "unit TEXT NOT NULL DEFAULT 'PCS',\n"
                       "spec TEXT NOT NULL DEFAULT '',\n")
            + common + QStringLiteral(")"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS products_part_no "
                       "ON products(part_no) WHERE deleted = 0"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS machines (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "code TEXT NOT NULL CHECK (length(trim(code)) > 0),\n"
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
                       "name_en TEXT NOT NULL DEFAULT '',\n"
                       "workshop TEXT NOT NULL DEFAULT '',\n"
                       "line TEXT NOT NULL DEFAULT '',\n"
                       "capacity INTEGER NOT NULL DEFAULT 1 CHECK (capacity >= 1),\n")
            + common + QStringLiteral(")"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS machines_code "
                       "ON machines(code) WHERE deleted = 0"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS employees (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "badge TEXT NOT NULL CHECK (length(trim(badge)) > 0),\n"
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
                       "team TEXT NOT NULL DEFAULT '',\n")
            + common + QStringLiteral(")"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS employees_badge "
                       "ON employees(badge) WHERE deleted = 0"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS downtime_reasons (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "code TEXT NOT NULL CHECK (length(trim(code)) > 0),\n"
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
                       "name_en TEXT NOT NULL DEFAULT '',\n"
                       "planned INTEGER NOT NULL DEFAULT 0 CHECK (planned IN (0, 1)),\n")
            + common + QStringLiteral(")"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS downtime_reasons_code "
                       "ON downtime_reasons(code) WHERE deleted = 0"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS defect_reasons (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "code TEXT NOT NULL CHECK (length(trim(code)) > 0),\n"
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
                       "name_en TEXT NOT NULL DEFAULT '',\n")
            + common + QStringLiteral(")"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS defect_reasons_code "
                       "ON defect_reasons(code) WHERE deleted = 0"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS routing_operations (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "product_id TEXT NOT NULL REFERENCES products(id),\n"
                       "seq INTEGER NOT NULL,\n"
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
                       "standard_seconds REAL NOT NULL CHECK (standard_seconds > 0),\n"
                       "machine_id TEXT REFERENCES machines(id),\n")
            + common + QStringLiteral(")"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS routing_operations_product "
                       "ON routing_operations(product_id, seq) WHERE deleted = 0"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS users (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "username TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(username)) > 0),\n"
                       "display_name TEXT NOT NULL DEFAULT '',\n"
                       "role TEXT NOT NULL CHECK (role IN ('owner', 'planner', 'supervisor', "
                       "'operator')),\n"
                       "password_hash TEXT NOT NULL,\n"
                       "employee_id TEXT REFERENCES employees(id),\n")
            + common + QStringLiteral(")"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS users_username "
                       "ON users(username) WHERE deleted = 0"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS settings (\n"
                       "key TEXT PRIMARY KEY NOT NULL,\n"
                       "value TEXT NOT NULL,\n"
                       "updated_at INTEGER NOT NULL)"),
        // Facts: who did what to which record, when and on which device. Insert-only.
        QStringLiteral("CREATE TABLE IF NOT EXISTS audit_log (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "at_ms INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT,\n"
                       "entity TEXT NOT NULL,\n"
                       "entity_id TEXT NOT NULL,\n"
                       "action TEXT NOT NULL,\n"
                       "detail TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS audit_log_entity ON audit_log(entity_id, at_ms)"),
    };
    sql += Migrations::appendOnlyTriggers(QStringLiteral("audit_log"));
    return sql;
}

// Work orders, their operations and the per-device number series.
QStringList schemaV2()
{
    const QString common = mutableColumns();
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS work_orders (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "number TEXT NOT NULL,\n"
                       "product_id TEXT NOT NULL REFERENCES products(id),\n"
                       "quantity REAL NOT NULL CHECK (quantity > 0),\n"
                       "due_date TEXT NOT NULL,\n"
                       "customer TEXT NOT NULL DEFAULT '',\n"
                       "sales_order TEXT NOT NULL DEFAULT '',\n"
                       "priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal', 'urgent')),\n"
                       "lot_no TEXT NOT NULL DEFAULT '',\n"
                       "notes TEXT NOT NULL DEFAULT '',\n"
                       "state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'released', "
                       "'in_progress', 'on_hold', 'completed', 'closed', 'cancelled')),\n"
                       "version INTEGER NOT NULL DEFAULT 1,\n")
            + common + QStringLiteral(")"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS work_orders_number ON work_orders(number)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS work_orders_state_due ON work_orders(state, due_date) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS work_orders_due ON work_orders(due_date) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS work_orders_product ON work_orders(product_id, due_date) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS work_orders_customer ON work_orders(customer COLLATE NOCASE) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS work_order_operations (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "work_order_id TEXT NOT NULL REFERENCES work_orders(id),\n"
                       "seq INTEGER NOT NULL,\n"
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
                       "standard_seconds REAL NOT NULL CHECK (standard_seconds > 0),\n"
                       "machine_id TEXT REFERENCES machines(id),\n"
                       "queue_rank REAL NOT NULL DEFAULT 0,\n"
                       "planned_start INTEGER NOT NULL DEFAULT 0,\n"
                       "planned_end INTEGER NOT NULL DEFAULT 0,\n")
            + common + QStringLiteral(")"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS work_order_operations_order "
                       "ON work_order_operations(work_order_id, seq) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS work_order_operations_queue "
                       "ON work_order_operations(machine_id, queue_rank) WHERE deleted = 0"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS number_series (\n"
                       "series TEXT PRIMARY KEY NOT NULL,\n"
                       "last_value INTEGER NOT NULL)"),
        // Which device this copy is, for number series ("A" is the first, or only, device).
        QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES ('device_code', 'A')"),
    };
}

struct Step
{
    int version;
    // The statements of the step for the database as it is (most steps do not need to look).
    std::function<QStringList(const QSqlDatabase &)> statements;
};

template<QStringList (*Statements)()>
QStringList fixed(const QSqlDatabase &)
{
    return Statements();
}

const QList<Step> &steps()
{
    static const QList<Step> all = {{1, fixed<schemaV1>},
                                      {2, fixed<schemaV2>},
                                      {3, fixed<Schema::shopFloorV3>},
                                      {4, fixed<Schema::traceabilityV4>},
                                      {5, fixed<Schema::materialsV5>},
                                      {6, fixed<Schema::indexesV6>},
                                      {7, Schema::unitsAndCodesV7},
                                      {8, fixed<Schema::stationPinsV8>},
                                      {9, Schema::factChainV9},
                                      {10, Schema::syncV10},
                                      {11, Schema::oeeAndonV11},
                                      {12, Schema::qualityV12},
                                      {13, Schema::placesV13}};
    return all;
}

Outcome ensureMetaTable(const QSqlDatabase &db)
{
    return Sql::exec(db,
                     QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY NOT "
                                    "NULL, value TEXT NOT NULL)"),
                     Migrations::tr("create the meta table"));
}

Outcome setMeta(const QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (:key, :value) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), value);
    return Sql::exec(query, Migrations::tr("record the schema version"));
}

Outcome applyStep(QSqlDatabase db, const Step &step)
{
    if (!db.transaction())
        return Outcome::failure(Sql::failureMessage(Migrations::tr("start a transaction"), db.lastError()));
    for (const QString &statement : step.statements(db)) {
        if (Outcome done = Sql::exec(db, statement, Migrations::tr("upgrade the database to version %1")
                                                        .arg(step.version));
            !done) {
            db.rollback();
            return done;
        }
    }
    Outcome recorded = setMeta(db, QStringLiteral("schema_version"), QString::number(step.version));
    if (recorded && step.version == 1) {
        // The device id names this copy of the database in every fact and sync clock.
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) "
                                     "VALUES ('device_id', :id)"));
        query.bindValue(QStringLiteral(":id"), newUuidV7());
        recorded = Sql::exec(query, Migrations::tr("record the device id"));
    }
    if (!recorded || !db.commit()) {
        db.rollback();
        return recorded ? Outcome::failure(Sql::failureMessage(Migrations::tr("save the upgrade"), db.lastError()))
                        : recorded;
    }
    return Outcome::success();
}

} // namespace

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

int Migrations::schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
        return 0;
    return query.next() ? query.value(0).toInt() : 0;
}

Outcome Migrations::migrate(const QSqlDatabase &db)
{
    const int current = schemaVersion(db);
    if (current > latestVersion()) {
        return Outcome::failure(
            tr("This database was saved by a newer version of Taktline (schema %1; this version "
               "reads up to %2). It was not changed. Update Taktline to open it.")
                .arg(current)
                .arg(latestVersion()));
    }
    if (current == latestVersion())
        return Outcome::success();
    if (Outcome meta = ensureMetaTable(db); !meta)
        return meta;
    for (const Step &step : steps()) {
        if (step.version <= current)
            continue;
        if (Outcome applied = applyStep(db, step); !applied)
            return applied;
    }
    return Outcome::success();
}

QStringList Migrations::appendOnlyTriggers(const QString &table)
{
    const QString message = table + QStringLiteral(" is append-only: add a correcting record instead");
    return {
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_no_update BEFORE UPDATE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, '%2'); END")
            .arg(table, message),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_no_delete BEFORE DELETE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, '%2'); END")
            .arg(table, message),
    };
}

bool Migrations::hasColumn(const QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info(:table) WHERE name = :column"));
    query.bindValue(QStringLiteral(":table"), table);
    query.bindValue(QStringLiteral(":column"), column);
    return query.exec() && query.next();
}

} // namespace Taktline
