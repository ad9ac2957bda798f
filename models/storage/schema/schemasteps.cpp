// Schema steps v3 (shop floor), v4 (traceability), v5 (bills of materials, finished goods,
// shipments) and v6 (indexes for large factories); migrations.cpp runs them in order.
#include "storage/schema/schemasteps.h"

#include "storage/migrations.h"

namespace Taktline::Schema {

// Shop-floor facts: production reports (报工) and machine status events, both insert-only;
// progress is a view over the reports, never a stored counter.
QStringList shopFloorV3()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS production_reports (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "work_order_id TEXT NOT NULL REFERENCES work_orders(id),\n"
                       "operation_id TEXT NOT NULL REFERENCES work_order_operations(id),\n"
                       "machine_id TEXT REFERENCES machines(id),\n"
                       "employee_id TEXT REFERENCES employees(id),\n"
                       "good REAL NOT NULL DEFAULT 0 CHECK (good >= 0),\n"
                       "defective REAL NOT NULL DEFAULT 0 CHECK (defective >= 0),\n"
                       "rework REAL NOT NULL DEFAULT 0 CHECK (rework >= 0),\n"
                       "defect_reason_id TEXT REFERENCES defect_reasons(id),\n"
                       "material_lot TEXT NOT NULL DEFAULT '',\n"
                       "voids_report_id TEXT REFERENCES production_reports(id),\n"
                       "reason TEXT NOT NULL DEFAULT '',\n"
                       "reported_at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS production_reports_operation "
                       "ON production_reports(operation_id, reported_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS production_reports_employee "
                       "ON production_reports(employee_id, reported_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS production_reports_machine "
                       "ON production_reports(machine_id, reported_at)"),
        // A report is voided at most once.
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS production_reports_voids "
                       "ON production_reports(voids_report_id) WHERE voids_report_id IS NOT NULL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS machine_status_events (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "machine_id TEXT NOT NULL REFERENCES machines(id),\n"
                       "status TEXT NOT NULL CHECK (status IN ('running', 'idle', 'setup', 'down', "
                       "'maintenance')),\n"
                       "downtime_reason_id TEXT REFERENCES downtime_reasons(id),\n"
                       "operation_id TEXT REFERENCES work_order_operations(id),\n"
                       "employee_id TEXT REFERENCES employees(id),\n"
                       "at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS machine_status_events_machine "
                       "ON machine_status_events(machine_id, at)"),
        // What counts: reports that are not voiding records and have not been voided.
        QStringLiteral("CREATE VIEW IF NOT EXISTS operation_progress AS "
                       "SELECT r.operation_id, r.work_order_id, sum(r.good) AS good, "
                       "sum(r.defective) AS defective, sum(r.rework) AS rework, count(*) AS reports, "
                       "min(r.reported_at) AS first_at, max(r.reported_at) AS last_at "
                       "FROM production_reports r WHERE r.voids_report_id IS NULL AND NOT EXISTS "
                       "(SELECT 1 FROM production_reports v WHERE v.voids_report_id = r.id) "
                       "GROUP BY r.operation_id"),
    };
    // Piece rates (计件单价): product × operation name → rate per good piece, from a date on.
    sql += QStringLiteral("CREATE TABLE IF NOT EXISTS piece_rates (\n"
                          "id TEXT PRIMARY KEY NOT NULL,\n"
                          "product_id TEXT NOT NULL REFERENCES products(id),\n"
                          "operation_name TEXT NOT NULL CHECK (length(trim(operation_name)) > 0),\n"
                          "rate REAL NOT NULL CHECK (rate >= 0),\n"
                          "valid_from TEXT NOT NULL,\n")
        + mutableColumns() + QStringLiteral(")");
    sql += QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS piece_rates_key ON piece_rates(product_id, "
                          "operation_name, valid_from) WHERE deleted = 0");
    // A supervisor's approval of a report (报工审核), when Settings ask for one before wages.
    sql += QStringLiteral("CREATE TABLE IF NOT EXISTS report_approvals (\n"
                          "id TEXT PRIMARY KEY NOT NULL,\n"
                          "report_id TEXT NOT NULL UNIQUE REFERENCES production_reports(id),\n"
                          "approved_at INTEGER NOT NULL,\n"
                          "device_id TEXT NOT NULL,\n"
                          "user_id TEXT NOT NULL DEFAULT '')");
    sql += Migrations::appendOnlyTriggers(QStringLiteral("report_approvals"));
    sql += Migrations::appendOnlyTriggers(QStringLiteral("production_reports"));
    sql += Migrations::appendOnlyTriggers(QStringLiteral("machine_status_events"));
    return sql;
}

// Part traceability (追溯): material lots (批次) are mutable master-like records (blocked,
// expiry); their movements (receipt +, consumption (投料) −, adjustment ±) are insert-only facts,
// and a lot's stock is the sum of its movements, never a stored counter.
QStringList traceabilityV4()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS material_lots (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "lot_no TEXT NOT NULL CHECK (length(trim(lot_no)) > 0),\n"
                       "product_id TEXT NOT NULL REFERENCES products(id),\n"
                       "supplier TEXT NOT NULL DEFAULT '',\n"
                       "supplier_lot TEXT NOT NULL DEFAULT '',\n"
                       "received_qty REAL NOT NULL CHECK (received_qty > 0),\n"
                       "received_at TEXT NOT NULL,\n"
                       "expiry TEXT,\n"
                       "blocked INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),\n"
                       "block_reason TEXT NOT NULL DEFAULT '',\n")
            + mutableColumns() + QStringLiteral(")"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS material_lots_lot_no ON material_lots(lot_no)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS material_lots_product "
                       "ON material_lots(product_id, received_at) WHERE deleted = 0"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS lot_movements (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "lot_id TEXT NOT NULL REFERENCES material_lots(id),\n"
                       "kind TEXT NOT NULL CHECK (kind IN ('receipt', 'consumption', 'adjustment')),\n"
                       "quantity REAL NOT NULL CHECK (quantity <> 0 AND "
                       "(kind <> 'receipt' OR quantity > 0) AND (kind <> 'consumption' OR quantity < 0)),\n"
                       "work_order_id TEXT REFERENCES work_orders(id),\n"
                       "operation_id TEXT REFERENCES work_order_operations(id),\n"
                       "report_id TEXT REFERENCES production_reports(id),\n"
                       "employee_id TEXT REFERENCES employees(id),\n"
                       "machine_id TEXT REFERENCES machines(id),\n"
                       "at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS lot_movements_lot ON lot_movements(lot_id, at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS lot_movements_work_order "
                       "ON lot_movements(work_order_id, operation_id) WHERE work_order_id IS NOT NULL"),
        // Backward trace from a production lot (批次号 of the work order).
        QStringLiteral("CREATE INDEX IF NOT EXISTS work_orders_lot_no ON work_orders(lot_no) "
                       "WHERE lot_no <> ''"),
    };
    sql += Migrations::appendOnlyTriggers(QStringLiteral("lot_movements"));
    // Serial numbers (序列号) and what happened to each piece (steps, components fitted): both
    // insert-only. The unique partial index also serves the forward trace (component → parent).
    sql += QStringLiteral(
        "CREATE TABLE IF NOT EXISTS serials (id TEXT PRIMARY KEY NOT NULL, serial TEXT NOT NULL "
        "CHECK (length(trim(serial)) > 0), work_order_id TEXT NOT NULL REFERENCES work_orders(id), "
        "product_id TEXT NOT NULL REFERENCES products(id), created_at INTEGER NOT NULL, "
        "device_id TEXT NOT NULL, user_id TEXT NOT NULL DEFAULT '')");
    sql += QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS serials_serial ON serials(serial)");
    sql += QStringLiteral(
        "CREATE INDEX IF NOT EXISTS serials_work_order ON serials(work_order_id)");
    sql += QStringLiteral(
        "CREATE TABLE IF NOT EXISTS serial_events (id TEXT PRIMARY KEY NOT NULL, "
        "serial_id TEXT NOT NULL REFERENCES serials(id), "
        "kind TEXT NOT NULL CHECK (kind IN ('step', 'component')), "
        "operation_id TEXT REFERENCES work_order_operations(id), "
        "component_serial_id TEXT REFERENCES serials(id), "
        "employee_id TEXT REFERENCES employees(id), machine_id TEXT REFERENCES machines(id), "
        "result TEXT CHECK (result IN ('pass', 'fail')), at INTEGER NOT NULL, "
        "device_id TEXT NOT NULL, user_id TEXT NOT NULL DEFAULT '', "
        "CHECK ((kind = 'step' AND operation_id IS NOT NULL AND result IS NOT NULL "
        "AND component_serial_id IS NULL) OR (kind = 'component' AND component_serial_id IS NOT "
        "NULL AND component_serial_id <> serial_id AND operation_id IS NULL AND result IS NULL)))");
    sql += QStringLiteral(
        "CREATE INDEX IF NOT EXISTS serial_events_serial ON serial_events(serial_id, at)");
    sql += QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS serial_events_component "
                          "ON serial_events(component_serial_id) WHERE kind = 'component'");
    for (const QString &table : {QStringLiteral("serials"), QStringLiteral("serial_events")})
        sql += Migrations::appendOnlyTriggers(table);
    return sql;
}

// Bills of materials (物料清单), finished-goods receipts (成品入库) and shipments (发货): a BOM
// line is editable master data (which component, how much per unit, at which routing step); a
// receipt into finished goods and a shipped line are insert-only facts, and a work order's
// finished stock is receipts minus shipped lines, never a stored counter.
QStringList materialsV5()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS bom_lines (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "product_id TEXT NOT NULL REFERENCES products(id),\n"
                       "component_id TEXT NOT NULL REFERENCES products(id),\n"
                       "quantity_per_unit REAL NOT NULL CHECK (quantity_per_unit > 0),\n"
                       "operation_seq INTEGER NOT NULL DEFAULT 0 CHECK (operation_seq >= 0),\n"
                       "note TEXT NOT NULL DEFAULT '',\n")
            + mutableColumns() + QStringLiteral(",\nCHECK (component_id <> product_id))"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS bom_lines_component "
                       "ON bom_lines(product_id, component_id) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS bom_lines_where_used "
                       "ON bom_lines(component_id) WHERE deleted = 0"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS finished_goods_receipts (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "work_order_id TEXT NOT NULL REFERENCES work_orders(id),\n"
                       "quantity REAL NOT NULL CHECK (quantity > 0),\n"
                       "location TEXT NOT NULL DEFAULT '',\n"
                       "employee_id TEXT REFERENCES employees(id),\n"
                       "at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS finished_goods_receipts_work_order "
                       "ON finished_goods_receipts(work_order_id, at)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS shipments (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "shipment_no TEXT NOT NULL CHECK (length(trim(shipment_no)) > 0),\n"
                       "customer TEXT NOT NULL CHECK (length(trim(customer)) > 0),\n"
                       "customer_order TEXT NOT NULL DEFAULT '',\n"
                       "shipped_on TEXT NOT NULL,\n"
                       "note TEXT NOT NULL DEFAULT '',\n"
                       "at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS shipments_shipment_no ON shipments(shipment_no)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS shipments_customer ON shipments(customer, shipped_on)"),
        // A line ships part of a work order's production lot, or one serial of it.
        QStringLiteral("CREATE TABLE IF NOT EXISTS shipment_lines (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "shipment_id TEXT NOT NULL REFERENCES shipments(id),\n"
                       "work_order_id TEXT NOT NULL REFERENCES work_orders(id),\n"
                       "serial_id TEXT REFERENCES serials(id),\n"
                       "quantity REAL NOT NULL CHECK (quantity > 0 AND "
                       "(serial_id IS NULL OR quantity = 1)),\n"
                       "at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS shipment_lines_shipment ON shipment_lines(shipment_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS shipment_lines_work_order "
                       "ON shipment_lines(work_order_id)"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS shipment_lines_serial "
                       "ON shipment_lines(serial_id) WHERE serial_id IS NOT NULL"),
    };
    for (const QString &table : {QStringLiteral("finished_goods_receipts"),
                                 QStringLiteral("shipments"), QStringLiteral("shipment_lines")})
        sql += Migrations::appendOnlyTriggers(table);
    return sql;
}

// Indexes a factory with 100,000 work orders showed missing: a work order's reports (the report
// review, the demo's finished orders) were found by reading every report, and the work-order
// list sorted by number (by series, then value: NumberSeries::sqlOrder) sorted every order.
QStringList indexesV6()
{
    return {
        QStringLiteral("CREATE INDEX IF NOT EXISTS production_reports_work_order "
                       "ON production_reports(work_order_id, reported_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS work_orders_number_value ON work_orders("
                       "rtrim(number, '0123456789'), length(number), number) WHERE deleted = 0"),
    };
}

} // namespace Taktline::Schema
