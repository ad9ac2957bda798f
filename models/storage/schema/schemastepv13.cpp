#include "storage/schema/schemastepv13.h"

#include "storage/chain/chainhash.h"
#include "storage/chain/facttables.h"
#include "storage/migrations.h"
#include "storage/schema/schemasteps.h"
#include "storage/schema/schemastepv9.h"
#include "sync/localuniqueness.h"
#include "sync/syncallowlist.h"
#include "sync/syncfunctions.h"
#include "sync/synctriggers.h"

namespace Taktline::Schema {

namespace {

const QStringList NewMutable = {QStringLiteral("suppliers"), QStringLiteral("places")};
const QStringList NewFacts = {QStringLiteral("piece_moves"), QStringLiteral("subcontract_orders"),
                              QStringLiteral("subcontract_receipts")};
// Tables that gain the subcontract columns; their sync triggers are made again with them.
const QStringList Outsourced = {QStringLiteral("routing_operations"),
                                QStringLiteral("work_order_operations")};

QStringList masterData()
{
    return {
        // Who does a subcontracted step (外协厂): LEAD_DAYS is how long a batch is usually away.
        QStringLiteral("CREATE TABLE IF NOT EXISTS suppliers (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "code TEXT NOT NULL CHECK (length(trim(code)) > 0),\n"
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
                       "name_en TEXT NOT NULL DEFAULT '',\n"
                       "contact TEXT NOT NULL DEFAULT '',\n"
                       "phone TEXT NOT NULL DEFAULT '',\n"
                       "lead_days INTEGER NOT NULL DEFAULT 3 CHECK (lead_days >= 0),\n") +
            mutableColumns() + QStringLiteral(")"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS suppliers_code "
                       "ON suppliers(code) WHERE deleted = 0"),
        // Where pieces can be (库位): a rack or an area, or the input / output buffer of one
        // machine (线边 in front of it, 下线 after it). Labelled LOC:<code>.
        QStringLiteral("CREATE TABLE IF NOT EXISTS places (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "code TEXT NOT NULL CHECK (length(trim(code)) > 0),\n"
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
                       "name_en TEXT NOT NULL DEFAULT '',\n"
                       "kind TEXT NOT NULL DEFAULT 'rack' CHECK (kind IN ('rack', 'area', "
                       "'input', 'output')),\n"
                       "machine_id TEXT REFERENCES machines(id),\n"
                       "workshop TEXT NOT NULL DEFAULT '',\n") +
            mutableColumns() +
            QStringLiteral(",\nCHECK (kind NOT IN ('input', 'output') OR machine_id IS NOT NULL))"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS places_code ON places(code) "
                       "WHERE deleted = 0"),
    };
}

QStringList outsourcedColumns(const QSqlDatabase &db)
{
    QStringList sql;
    for (const QString &table : Outsourced) {
        // 外协: the step is done by SUPPLIER_ID at SUBCONTRACT_PRICE per piece, not on a machine.
        if (!Migrations::hasColumn(db, table, QStringLiteral("outsourced")))
            sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN outsourced INTEGER NOT NULL "
                                  "DEFAULT 0 CHECK (outsourced IN (0, 1))")
                       .arg(table);
        if (!Migrations::hasColumn(db, table, QStringLiteral("supplier_id")))
            sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN supplier_id TEXT "
                                  "REFERENCES suppliers(id)")
                       .arg(table);
        if (!Migrations::hasColumn(db, table, QStringLiteral("subcontract_price")))
            sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN subcontract_price REAL "
                                  "CHECK (subcontract_price IS NULL OR subcontract_price >= 0)")
                       .arg(table);
    }
    return sql;
}

QStringList facts()
{
    return {
        // QUANTITY pieces moved to TO_PLACE_ID (移库), from FROM_PLACE_ID or, when it is null,
        // from where they were made and not yet placed. The pieces are the finished pieces of
        // one step (OPERATION_ID of WORK_ORDER_ID), a material lot (LOT_ID) or one serial.
        QStringLiteral("CREATE TABLE IF NOT EXISTS piece_moves (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "to_place_id TEXT NOT NULL REFERENCES places(id),\n"
                       "from_place_id TEXT REFERENCES places(id),\n"
                       "work_order_id TEXT REFERENCES work_orders(id),\n"
                       "operation_id TEXT REFERENCES work_order_operations(id),\n"
                       "lot_id TEXT REFERENCES material_lots(id),\n"
                       "serial_id TEXT REFERENCES serials(id),\n"
                       "quantity REAL NOT NULL CHECK (quantity > 0),\n"
                       "employee_id TEXT REFERENCES employees(id),\n"
                       "at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '',\n"
                       "CHECK (from_place_id IS NULL OR from_place_id <> to_place_id),\n"
                       "CHECK (operation_id IS NOT NULL OR lot_id IS NOT NULL OR "
                       "serial_id IS NOT NULL))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS piece_moves_order "
                       "ON piece_moves(work_order_id, operation_id) WHERE work_order_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS piece_moves_to ON piece_moves(to_place_id, at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS piece_moves_lot ON piece_moves(lot_id) "
                       "WHERE lot_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS piece_moves_serial ON piece_moves(serial_id, at) "
                       "WHERE serial_id IS NOT NULL"),
        // A batch sent to a supplier for one subcontracted step (发外单), due back on DUE_DATE
        // (yyyy-MM-dd) at UNIT_PRICE per good piece.
        QStringLiteral("CREATE TABLE IF NOT EXISTS subcontract_orders (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "number TEXT NOT NULL UNIQUE,\n"
                       "work_order_id TEXT NOT NULL REFERENCES work_orders(id),\n"
                       "operation_id TEXT NOT NULL REFERENCES work_order_operations(id),\n"
                       "supplier_id TEXT NOT NULL REFERENCES suppliers(id),\n"
                       "quantity REAL NOT NULL CHECK (quantity > 0),\n"
                       "unit_price REAL NOT NULL DEFAULT 0 CHECK (unit_price >= 0),\n"
                       "due_date TEXT NOT NULL,\n"
                       "note TEXT NOT NULL DEFAULT '',\n"
                       "employee_id TEXT REFERENCES employees(id),\n"
                       "at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS subcontract_orders_operation "
                       "ON subcontract_orders(operation_id, at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS subcontract_orders_supplier "
                       "ON subcontract_orders(supplier_id, at)"),
        // What came back of a subcontract order (回厂): GOOD and DEFECTIVE pieces, and SHORT
        // pieces written off as never coming back (closing the rest of the order). REPORT_ID is
        // the production report that moves the step's progress, written in the same transaction.
        QStringLiteral("CREATE TABLE IF NOT EXISTS subcontract_receipts (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "subcontract_order_id TEXT NOT NULL REFERENCES subcontract_orders(id),\n"
                       "good REAL NOT NULL DEFAULT 0 CHECK (good >= 0),\n"
                       "defective REAL NOT NULL DEFAULT 0 CHECK (defective >= 0),\n"
                       "short REAL NOT NULL DEFAULT 0 CHECK (short >= 0),\n"
                       "report_id TEXT REFERENCES production_reports(id),\n"
                       "note TEXT NOT NULL DEFAULT '',\n"
                       "employee_id TEXT REFERENCES employees(id),\n"
                       "at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '',\n"
                       "CHECK (good + defective + short > 0))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS subcontract_receipts_order "
                       "ON subcontract_receipts(subcontract_order_id, at)"),
    };
}

} // namespace

QStringList placesV13(const QSqlDatabase &db)
{
    ChainHash::install(db);
    SyncFunctions::install(db);
    QStringList sql = masterData();
    // Codes made twice offline are kept and listed as conflicts, as machine codes are.
    sql += LocalUniqueness::statements(13);
    sql += outsourcedColumns(db);
    sql += facts();
    for (const QString &table : NewMutable)
        sql += SyncTriggers::outbox(*SyncAllowList::find(table));
    for (const QString &table : NewFacts) {
        sql += Migrations::appendOnlyTriggers(table);
        sql << chainTrigger(*FactTables::find(table), true,
                            SyncTriggers::factOutbox(*SyncAllowList::find(table)));
    }
    for (const QString &table : Outsourced) {
        sql << QStringLiteral("DROP TRIGGER IF EXISTS %1_sync_insert").arg(table)
            << QStringLiteral("DROP TRIGGER IF EXISTS %1_sync_update").arg(table);
        sql += SyncTriggers::outbox(*SyncAllowList::find(table));
    }
    return sql;
}

} // namespace Taktline::Schema
