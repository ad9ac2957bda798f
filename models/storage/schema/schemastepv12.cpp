#include "storage/schema/schemastepv12.h"

#include "storage/chain/chainhash.h"
#include "storage/chain/facttables.h"
#include "storage/migrations.h"
#include "storage/schema/schemasteps.h"
#include "storage/schema/schemastepv9.h"
#include "sync/syncallowlist.h"
#include "sync/syncfunctions.h"
#include "sync/synctriggers.h"

#include <QSqlQuery>

namespace Taktline::Schema {

namespace {

const QStringList NewMutable = {QStringLiteral("inspection_plans"),
                                QStringLiteral("inspection_characteristics")};
const QStringList NewFacts = {QStringLiteral("inspection_requests"), QStringLiteral("inspections"),
                              QStringLiteral("inspection_values"),
                              QStringLiteral("nonconformances"),
                              QStringLiteral("nc_dispositions")};

QStringList plans()
{
    return {
        // What is inspected on a product at one routing step (operation_seq > 0) or on the
        // product as a whole (operation_seq 0: final and incoming inspection), and when.
        QStringLiteral("CREATE TABLE IF NOT EXISTS inspection_plans (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "product_id TEXT NOT NULL REFERENCES products(id),\n"
                       "operation_seq INTEGER NOT NULL DEFAULT 0 CHECK (operation_seq >= 0),\n"
                       "name TEXT NOT NULL DEFAULT '',\n"
                       // 首检: the first piece after a start or set-up; gate: no good quantity
                       // is accepted for the step until it passed.
                       "first_article INTEGER NOT NULL DEFAULT 0 CHECK (first_article IN (0, 1)),\n"
                       "first_article_gate INTEGER NOT NULL DEFAULT 1 "
                       "CHECK (first_article_gate IN (0, 1)),\n"
                       // 巡检: every N good pieces and/or every N minutes of the step (0: not).
                       "patrol_pieces INTEGER NOT NULL DEFAULT 0 CHECK (patrol_pieces >= 0),\n"
                       "patrol_minutes INTEGER NOT NULL DEFAULT 0 CHECK (patrol_minutes >= 0),\n"
                       // 终检 of a finished order's lot, 来料检验 of purchased lots: sampled.
                       "final INTEGER NOT NULL DEFAULT 0 CHECK (final IN (0, 1)),\n"
                       "incoming INTEGER NOT NULL DEFAULT 0 CHECK (incoming IN (0, 1)),\n"
                       "aql REAL NOT NULL DEFAULT 1.0 CHECK (aql > 0),\n"
                       "inspection_level TEXT NOT NULL DEFAULT 'II' CHECK (inspection_level IN "
                       "('S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III')),\n"
                       // Whether the switching rules may go to reduced inspection (GB/T 2828.1
                       // 9.3.3 d: the responsible authority allows it).
                       "allow_reduced INTEGER NOT NULL DEFAULT 0 CHECK (allow_reduced IN (0, 1)),\n"
                       "note TEXT NOT NULL DEFAULT '',\n") +
            mutableColumns() + QStringLiteral(")"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS inspection_plans_key "
                       "ON inspection_plans(product_id, operation_seq) WHERE deleted = 0"),
        // One thing to check (检验项目): a measured value with nominal and limits, pass/fail, a
        // choice among CHOICES ('|'-separated; PASS_CHOICES are the acceptable ones) or a photo.
        QStringLiteral("CREATE TABLE IF NOT EXISTS inspection_characteristics (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "plan_id TEXT NOT NULL REFERENCES inspection_plans(id),\n"
                       "seq INTEGER NOT NULL CHECK (seq > 0),\n"
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
                       "kind TEXT NOT NULL CHECK (kind IN ('measured', 'pass_fail', 'choice', "
                       "'photo')),\n"
                       "nominal REAL,\n"
                       "lower_limit REAL,\n"
                       "upper_limit REAL,\n"
                       "unit TEXT NOT NULL DEFAULT '',\n"
                       "choices TEXT NOT NULL DEFAULT '',\n"
                       "pass_choices TEXT NOT NULL DEFAULT '',\n"
                       "gauge TEXT NOT NULL DEFAULT '',\n"
                       "method TEXT NOT NULL DEFAULT '',\n"
                       "required INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),\n") +
            mutableColumns() +
            QStringLiteral(",\nCHECK (lower_limit IS NULL OR upper_limit IS NULL OR "
                           "lower_limit <= upper_limit))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS inspection_characteristics_plan "
                       "ON inspection_characteristics(plan_id, seq)"),
    };
}

QStringList facts()
{
    return {
        // A station's call for an inspection (the first article is ready); waiting time runs
        // from here to the inspection that answers it.
        QStringLiteral("CREATE TABLE IF NOT EXISTS inspection_requests (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "kind TEXT NOT NULL CHECK (kind IN ('first_article', 'patrol', 'final', "
                       "'incoming')),\n"
                       "work_order_id TEXT REFERENCES work_orders(id),\n"
                       "operation_id TEXT REFERENCES work_order_operations(id),\n"
                       "machine_id TEXT REFERENCES machines(id),\n"
                       "employee_id TEXT REFERENCES employees(id),\n"
                       "at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS inspection_requests_operation "
                       "ON inspection_requests(operation_id, at)"),
        // One inspection's verdict (检验记录) with its sampling plan when sampled; a correction
        // is a new inspection voiding this one.
        QStringLiteral("CREATE TABLE IF NOT EXISTS inspections (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "kind TEXT NOT NULL CHECK (kind IN ('first_article', 'patrol', 'final', "
                       "'incoming')),\n"
                       "plan_id TEXT NOT NULL REFERENCES inspection_plans(id),\n"
                       "work_order_id TEXT REFERENCES work_orders(id),\n"
                       "operation_id TEXT REFERENCES work_order_operations(id),\n"
                       "machine_id TEXT REFERENCES machines(id),\n"
                       "lot_id TEXT REFERENCES material_lots(id),\n"
                       "serial_id TEXT REFERENCES serials(id),\n"
                       "supplier TEXT NOT NULL DEFAULT '',\n"
                       "lot_size REAL NOT NULL DEFAULT 0 CHECK (lot_size >= 0),\n"
                       "sample_size INTEGER NOT NULL DEFAULT 0 CHECK (sample_size >= 0),\n"
                       "code_letter TEXT NOT NULL DEFAULT '',\n"
                       "severity TEXT NOT NULL DEFAULT '' CHECK (severity IN ('', 'normal', "
                       "'tightened', 'reduced')),\n"
                       "accept_number INTEGER,\n"
                       "reject_number INTEGER,\n"
                       "nonconforming INTEGER NOT NULL DEFAULT 0 CHECK (nonconforming >= 0),\n"
                       "result TEXT NOT NULL CHECK (result IN ('pass', 'fail')),\n"
                       "request_id TEXT REFERENCES inspection_requests(id),\n"
                       "voids_inspection_id TEXT REFERENCES inspections(id),\n"
                       "note TEXT NOT NULL DEFAULT '',\n"
                       "employee_id TEXT REFERENCES employees(id),\n"
                       "at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS inspections_operation "
                       "ON inspections(operation_id, kind, at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS inspections_at ON inspections(at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS inspections_lot ON inspections(lot_id)"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS inspections_voids ON "
                       "inspections(voids_inspection_id) WHERE voids_inspection_id IS NOT NULL"),
        // What was found for one characteristic on one sample piece: a number (VALUE), or the
        // text of a choice / 'pass' / 'fail' / a photo (base64 JPEG) in TEXT; OK as judged.
        QStringLiteral("CREATE TABLE IF NOT EXISTS inspection_values (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "inspection_id TEXT NOT NULL REFERENCES inspections(id),\n"
                       "characteristic_id TEXT NOT NULL REFERENCES inspection_characteristics(id),\n"
                       "sample_no INTEGER NOT NULL DEFAULT 1 CHECK (sample_no > 0),\n"
                       "value REAL,\n"
                       "text TEXT NOT NULL DEFAULT '',\n"
                       "ok INTEGER NOT NULL CHECK (ok IN (0, 1)),\n"
                       "at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS inspection_values_inspection "
                       "ON inspection_values(inspection_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS inspection_values_characteristic "
                       "ON inspection_values(characteristic_id, at)"),
        // Pieces found nonconforming (不合格品), from an inspection or reported on their own.
        QStringLiteral("CREATE TABLE IF NOT EXISTS nonconformances (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "number TEXT NOT NULL UNIQUE,\n"
                       "product_id TEXT NOT NULL REFERENCES products(id),\n"
                       "inspection_id TEXT REFERENCES inspections(id),\n"
                       "work_order_id TEXT REFERENCES work_orders(id),\n"
                       "operation_id TEXT REFERENCES work_order_operations(id),\n"
                       "machine_id TEXT REFERENCES machines(id),\n"
                       "lot_id TEXT REFERENCES material_lots(id),\n"
                       "serial_id TEXT REFERENCES serials(id),\n"
                       "quantity REAL NOT NULL CHECK (quantity > 0),\n"
                       "defect_reason_id TEXT REFERENCES defect_reasons(id),\n"
                       "description TEXT NOT NULL DEFAULT '',\n"
                       "employee_id TEXT REFERENCES employees(id),\n"
                       "at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS nonconformances_at ON nonconformances(at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS nonconformances_order "
                       "ON nonconformances(work_order_id)"),
        // What is done with (part of) a nonconformance (不合格品处理): rework (into
        // REWORK_WORK_ORDER_ID), repair, scrap, concession (让步接收, APPROVER_USER_ID required)
        // or return to supplier; DEDUCT_WAGES: the pieces come off the piece-rate wages.
        QStringLiteral("CREATE TABLE IF NOT EXISTS nc_dispositions (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "nonconformance_id TEXT NOT NULL REFERENCES nonconformances(id),\n"
                       "disposition TEXT NOT NULL CHECK (disposition IN ('rework', 'repair', "
                       "'scrap', 'concession', 'return_to_supplier')),\n"
                       "quantity REAL NOT NULL CHECK (quantity > 0),\n"
                       "rework_work_order_id TEXT REFERENCES work_orders(id),\n"
                       "approver_user_id TEXT NOT NULL DEFAULT '',\n"
                       "deduct_wages INTEGER NOT NULL DEFAULT 0 CHECK (deduct_wages IN (0, 1)),\n"
                       "note TEXT NOT NULL DEFAULT '',\n"
                       "at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '',\n"
                       "CHECK (disposition <> 'concession' OR approver_user_id <> ''))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS nc_dispositions_nc "
                       "ON nc_dispositions(nonconformance_id)"),
    };
}

} // namespace

QStringList qualityV12(const QSqlDatabase &db)
{
    ChainHash::install(db);
    SyncFunctions::install(db);
    QStringList sql;
    // 质检员: who may sign an inspection at a station.
    if (!Migrations::hasColumn(db, QStringLiteral("employees"), QStringLiteral("inspector")))
        sql << QStringLiteral("ALTER TABLE employees ADD COLUMN inspector INTEGER NOT NULL "
                              "DEFAULT 0 CHECK (inspector IN (0, 1))");
    sql += plans();
    sql += facts();
    for (const QString &table : NewMutable)
        sql += SyncTriggers::outbox(*SyncAllowList::find(table));
    for (const QString &table : NewFacts) {
        sql += Migrations::appendOnlyTriggers(table);
        sql << chainTrigger(*FactTables::find(table), true,
                            SyncTriggers::factOutbox(*SyncAllowList::find(table)));
    }
    sql << QStringLiteral("DROP TRIGGER IF EXISTS employees_sync_insert")
        << QStringLiteral("DROP TRIGGER IF EXISTS employees_sync_update");
    sql += SyncTriggers::outbox(*SyncAllowList::find(QStringLiteral("employees")));
    return sql;
}

} // namespace Taktline::Schema
