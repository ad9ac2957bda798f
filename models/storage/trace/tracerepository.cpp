#include "storage/trace/tracerepository.h"

#include "domain/masterdata/masterrecord.h"

#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QVariant>

namespace Taktline {

namespace {

// A lot's columns from material_lots l, each named lot_… so they never clash with the query's
// other columns.
const QString LotColumns = QStringLiteral(
    "l.id AS lot_id, l.lot_no AS lot_no, l.product_id AS lot_product_id, "
    "l.supplier AS lot_supplier, l.supplier_lot AS lot_supplier_lot, "
    "l.received_qty AS lot_received_qty, l.received_at AS lot_received_at, "
    "l.expiry AS lot_expiry, l.blocked AS lot_blocked, l.block_reason AS lot_block_reason, "
    "l.created_at AS lot_created_at, l.updated_at AS lot_updated_at");

// Reads the LotColumns of the current row.
MaterialLot lotFrom(const Sql::Row &row)
{
    MaterialLot lot;
    lot.id = row.value(QStringLiteral("lot_id")).toString();
    lot.lotNo = row.value(QStringLiteral("lot_no")).toString();
    lot.productId = row.value(QStringLiteral("lot_product_id")).toString();
    lot.supplier = row.value(QStringLiteral("lot_supplier")).toString();
    lot.supplierLot = row.value(QStringLiteral("lot_supplier_lot")).toString();
    lot.receivedQty = row.value(QStringLiteral("lot_received_qty")).toDouble();
    lot.receivedOn =
        QDate::fromString(row.value(QStringLiteral("lot_received_at")).toString(), Qt::ISODate);
    const QVariant expiry = row.value(QStringLiteral("lot_expiry"));
    if (!expiry.isNull())
        lot.expiry = QDate::fromString(expiry.toString(), Qt::ISODate);
    lot.blocked = row.value(QStringLiteral("lot_blocked")).toBool();
    lot.blockReason = row.value(QStringLiteral("lot_block_reason")).toString();
    lot.createdAtMs = row.value(QStringLiteral("lot_created_at")).toLongLong();
    lot.updatedAtMs = row.value(QStringLiteral("lot_updated_at")).toLongLong();
    return lot;
}

// A lot's stock from its movements m (aggregated), as LotStock holds it.
const QString StockColumns = QStringLiteral(
    "COALESCE(sum(CASE WHEN m.kind = 'receipt' THEN m.quantity END), 0) AS received, "
    "COALESCE(-sum(CASE WHEN m.kind = 'consumption' THEN m.quantity END), 0) AS consumed, "
    "COALESCE(sum(CASE WHEN m.kind = 'adjustment' THEN m.quantity END), 0) AS adjusted, "
    "COALESCE(sum(m.quantity), 0) AS remaining");

// Reads the StockColumns of the current row.
LotStock stockFrom(const Sql::Row &row)
{
    return {row.value(QStringLiteral("received")).toDouble(),
            row.value(QStringLiteral("consumed")).toDouble(),
            row.value(QStringLiteral("adjusted")).toDouble(),
            row.value(QStringLiteral("remaining")).toDouble()};
}

} // namespace

QString TraceOrderRow::sqlColumns()
{
    return QStringLiteral("w.id AS order_id, w.number AS order_number, w.lot_no AS order_lot_no, "
                          "w.state AS order_state, w.quantity AS order_quantity, "
                          "p.part_no AS order_part_no, p.name AS order_product_name, "
                          "p.name_en AS order_product_name_en, "
                          "w.created_at AS order_created_at");
}

TraceOrderRow TraceOrderRow::read(const Sql::Row &row)
{
    TraceOrderRow order;
    order.id = row.value(QStringLiteral("order_id")).toString();
    order.number = row.value(QStringLiteral("order_number")).toString();
    order.lotNo = row.value(QStringLiteral("order_lot_no")).toString();
    order.state = row.value(QStringLiteral("order_state")).toString();
    order.quantity = row.value(QStringLiteral("order_quantity")).toDouble();
    order.partNo = row.value(QStringLiteral("order_part_no")).toString();
    // The English name in an English UI where the product has one.
    order.productName = localizedName(row.value(QStringLiteral("order_product_name")).toString(),
                                      row.value(QStringLiteral("order_product_name_en")).toString());
    order.createdAtMs = row.value(QStringLiteral("order_created_at")).toLongLong();
    return order;
}

TraceRepository::TraceRepository(QSqlDatabase db)
    : m_db(db)
    // A lot's number is never a work order's production lot (typed by the planner) either, or
    // a trace could not tell the two apart.
    , m_lotNumbers(db, {{QStringLiteral("material_lots"), QStringLiteral("lot_no")},
                        {QStringLiteral("work_orders"), QStringLiteral("lot_no"),
                         QStringLiteral("lot_no <> ''")}})
    , m_insertMovement(
          std::move(db),
          QStringLiteral("INSERT INTO lot_movements (id, lot_id, kind, quantity, work_order_id, "
                         "operation_id, report_id, employee_id, machine_id, at, device_id, "
                         "user_id) VALUES (:id, :lot_id, :kind, :quantity, :work_order_id, "
                         ":operation_id, :report_id, :employee_id, :machine_id, :at, :device_id, "
                         ":user_id)"))
{
}

Result<std::optional<MaterialLot>> TraceRepository::findLotByNo(const QString &lotNo) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM material_lots l WHERE l.lot_no = :lotNo AND l.deleted = 0")
            .arg(LotColumns));
    query.bindValue(QStringLiteral(":lotNo"), lotNo);
    if (Outcome done = Sql::exec(query, tr("read the material lot")); !done)
        return done;
    if (!query.next())
        return std::optional<MaterialLot>();
    return std::optional<MaterialLot>(lotFrom(Sql::Row(query)));
}

Result<QList<MaterialLot>> TraceRepository::lotsOf(const QString &productId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM material_lots l WHERE l.product_id = :product AND "
                                 "l.deleted = 0 ORDER BY l.received_at, l.lot_no")
                      .arg(LotColumns));
    query.bindValue(QStringLiteral(":product"), productId);
    if (Outcome done = Sql::exec(query, tr("read the material lots")); !done)
        return done;
    QList<MaterialLot> lots;
    const Sql::Row row(query);
    while (query.next())
        lots.append(lotFrom(row));
    return lots;
}

Result<QList<LotWithStock>> TraceRepository::lotsWithStock(const QString &productId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1, %2 "
                       "FROM material_lots l LEFT JOIN lot_movements m ON m.lot_id = l.id "
                       "WHERE l.deleted = 0 AND (COALESCE(:product, '') = '' OR "
                       "l.product_id = :product) "
                       "GROUP BY l.id ORDER BY l.received_at, l.lot_no")
            .arg(LotColumns, StockColumns));
    query.bindValue(QStringLiteral(":product"), productId);
    if (Outcome done = Sql::exec(query, tr("read the material lots")); !done)
        return done;
    QList<LotWithStock> lots;
    const Sql::Row row(query);
    while (query.next())
        lots.append({lotFrom(row), stockFrom(row)});
    return lots;
}

Outcome TraceRepository::insertLot(const MaterialLot &lot)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO material_lots (id, lot_no, product_id, supplier, supplier_lot, received_qty, "
        "received_at, expiry, blocked, block_reason, created_at, updated_at) VALUES (:id, "
        ":lot_no, :product_id, :supplier, :supplier_lot, :received_qty, :received_at, :expiry, "
        ":blocked, :block_reason, :created_at, :updated_at)"));
    query.bindValue(QStringLiteral(":id"), lot.id);
    query.bindValue(QStringLiteral(":lot_no"), lot.lotNo);
    query.bindValue(QStringLiteral(":product_id"), lot.productId);
    query.bindValue(QStringLiteral(":supplier"), Sql::text(lot.supplier));
    query.bindValue(QStringLiteral(":supplier_lot"), Sql::text(lot.supplierLot));
    query.bindValue(QStringLiteral(":received_qty"), lot.receivedQty);
    query.bindValue(QStringLiteral(":received_at"), lot.receivedOn.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":expiry"),
                    lot.expiry ? QVariant(lot.expiry->toString(Qt::ISODate)) : Sql::nullable({}));
    query.bindValue(QStringLiteral(":blocked"), lot.blocked ? 1 : 0);
    query.bindValue(QStringLiteral(":block_reason"), Sql::text(lot.blockReason));
    query.bindValue(QStringLiteral(":created_at"), lot.createdAtMs);
    query.bindValue(QStringLiteral(":updated_at"), lot.updatedAtMs);
    if (query.exec())
        return Outcome::success();
    if (Sql::isUniqueViolation(query.lastError()))
        return Outcome::failure(tr("Lot number %1 is already used by another lot.").arg(lot.lotNo));
    return Outcome::failure(Sql::failureMessage(tr("save the material lot"), query.lastError()));
}

Outcome TraceRepository::setLotRemoved(const QString &lotId, bool removed, qint64 atMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE material_lots SET deleted = :removed, updated_at = :at WHERE id = :id"));
    query.bindValue(QStringLiteral(":removed"), removed ? 1 : 0);
    query.bindValue(QStringLiteral(":at"), atMs);
    query.bindValue(QStringLiteral(":id"), lotId);
    return Sql::exec(query, tr("remove the material lot"));
}

Outcome TraceRepository::setBlocked(const QString &lotId, bool blocked, const QString &reason,
                                    qint64 atMs)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE material_lots SET blocked = :blocked, block_reason = :reason, "
                       "updated_at = :at WHERE id = :id"));
    query.bindValue(QStringLiteral(":blocked"), blocked ? 1 : 0);
    query.bindValue(QStringLiteral(":reason"), Sql::text(reason));
    query.bindValue(QStringLiteral(":at"), atMs);
    query.bindValue(QStringLiteral(":id"), lotId);
    return Sql::exec(query, tr("save the lot's block"));
}

Result<QString> TraceRepository::nextLotNumber(const QDate &day, const QString &deviceCode)
{
    const QString code = deviceCode == QLatin1String("A") ? QString() : deviceCode;
    return m_lotNumbers.next(QStringLiteral("L") + day.toString(QStringLiteral("yyMM")) +
                                 QLatin1Char('-') + code,
                             tr("number the material lot"));
}

Outcome TraceRepository::insertMovement(const LotMovement &m)
{
    const QString purpose = tr("save the lot movement");
    const Result<QSqlQuery *> prepared = m_insertMovement.query(purpose);
    if (!prepared)
        return prepared.outcome();
    QSqlQuery &query = *prepared.value();
    query.bindValue(QStringLiteral(":id"), m.id);
    query.bindValue(QStringLiteral(":lot_id"), m.lotId);
    query.bindValue(QStringLiteral(":kind"), lotMovementKindKey(m.kind));
    query.bindValue(QStringLiteral(":quantity"), m.quantity);
    query.bindValue(QStringLiteral(":work_order_id"), Sql::nullable(m.workOrderId));
    query.bindValue(QStringLiteral(":operation_id"), Sql::nullable(m.operationId));
    query.bindValue(QStringLiteral(":report_id"), Sql::nullable(m.reportId));
    query.bindValue(QStringLiteral(":employee_id"), Sql::nullable(m.employeeId));
    query.bindValue(QStringLiteral(":machine_id"), Sql::nullable(m.machineId));
    query.bindValue(QStringLiteral(":at"), m.atMs);
    query.bindValue(QStringLiteral(":device_id"), Sql::text(m.deviceId));
    query.bindValue(QStringLiteral(":user_id"), Sql::text(m.userId));
    const Outcome done = Sql::exec(query, purpose);
    query.finish();
    return done;
}

Result<LotStock> TraceRepository::stock(const QString &lotId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM lot_movements m WHERE m.lot_id = :lot").arg(StockColumns));
    query.bindValue(QStringLiteral(":lot"), lotId);
    if (Outcome done = Sql::exec(query, tr("read the lot's stock")); !done)
        return done;
    query.next();
    return stockFrom(Sql::Row(query));
}

Result<std::optional<TraceOrderRow>> TraceRepository::orderByNumber(const QString &number) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM work_orders w JOIN products p ON p.id = w.product_id "
                       "WHERE w.number = :number AND w.deleted = 0")
            .arg(TraceOrderRow::sqlColumns()));
    query.bindValue(QStringLiteral(":number"), number);
    if (Outcome done = Sql::exec(query, tr("read the work order")); !done)
        return done;
    if (!query.next())
        return std::optional<TraceOrderRow>();
    return std::optional<TraceOrderRow>(TraceOrderRow::read(Sql::Row(query)));
}

Result<QList<TraceOrderRow>> TraceRepository::ordersByLot(const QString &productionLot) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM work_orders w JOIN products p ON p.id = w.product_id "
                       "WHERE w.lot_no = :lot AND w.lot_no <> '' AND w.deleted = 0 "
                       "ORDER BY w.number")
            .arg(TraceOrderRow::sqlColumns()));
    query.bindValue(QStringLiteral(":lot"), productionLot);
    if (Outcome done = Sql::exec(query, tr("read the work orders of the lot")); !done)
        return done;
    QList<TraceOrderRow> orders;
    const Sql::Row row(query);
    while (query.next())
        orders.append(TraceOrderRow::read(row));
    return orders;
}

Result<QList<TraceOperationRow>> TraceRepository::operations(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT o.id AS id, o.seq AS seq, o.name AS name, COALESCE(m.code, '') AS machine_code "
        "FROM work_order_operations o LEFT JOIN machines m ON m.id = o.machine_id "
        "WHERE o.work_order_id = :order AND o.deleted = 0 ORDER BY o.seq"));
    query.bindValue(QStringLiteral(":order"), workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the operations")); !done)
        return done;
    QList<TraceOperationRow> ops;
    const Sql::Row row(query);
    while (query.next()) {
        ops.append({row.value(QStringLiteral("id")).toString(),
                    row.value(QStringLiteral("seq")).toInt(),
                    row.value(QStringLiteral("name")).toString(),
                    row.value(QStringLiteral("machine_code")).toString()});
    }
    return ops;
}

Result<QList<TraceReportRow>> TraceRepository::reports(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT r.id AS id, r.operation_id AS operation_id, "
        "COALESCE(e.name, '') AS employee_name, COALESCE(e.badge, '') AS badge, "
        "COALESCE(m.code, '') AS machine_code, r.good AS good, r.defective AS defective, "
        "r.rework AS rework, r.reported_at AS reported_at, EXISTS (SELECT 1 FROM "
        "production_reports v WHERE v.voids_report_id = r.id) AS voided FROM production_reports r "
        "LEFT JOIN employees e ON e.id = r.employee_id LEFT JOIN machines m ON m.id = r.machine_id "
        "WHERE r.operation_id IN (SELECT id FROM work_order_operations WHERE work_order_id = "
        ":order AND deleted = 0) "
        "AND r.voids_report_id IS NULL ORDER BY r.reported_at, r.id"));
    query.bindValue(QStringLiteral(":order"), workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the production reports")); !done)
        return done;
    QList<TraceReportRow> rows;
    const Sql::Row row(query);
    while (query.next()) {
        rows.append({row.value(QStringLiteral("id")).toString(),
                     row.value(QStringLiteral("operation_id")).toString(),
                     row.value(QStringLiteral("employee_name")).toString(),
                     row.value(QStringLiteral("badge")).toString(),
                     row.value(QStringLiteral("machine_code")).toString(),
                     row.value(QStringLiteral("good")).toDouble(),
                     row.value(QStringLiteral("defective")).toDouble(),
                     row.value(QStringLiteral("rework")).toDouble(),
                     row.value(QStringLiteral("reported_at")).toLongLong(),
                     row.value(QStringLiteral("voided")).toBool()});
    }
    return rows;
}

Result<QList<TraceFeedRow>> TraceRepository::feedsOfOrder(const QString &workOrderId) const
{
    return feeds(QStringLiteral("mv.work_order_id = :id"), workOrderId);
}

Result<QList<TraceFeedRow>> TraceRepository::feedsOfLot(const QString &lotId) const
{
    return feeds(QStringLiteral("mv.lot_id = :id"), lotId);
}

Result<QList<TraceFeedRow>> TraceRepository::feeds(const QString &where, const QString &id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT mv.id AS id, mv.lot_id AS lot_id, mv.quantity AS quantity, "
            "mv.work_order_id AS work_order_id, mv.operation_id AS operation_id, "
            "COALESCE(mv.report_id, '') AS report_id, COALESCE(mv.employee_id, '') AS employee_id, "
            "COALESCE(mv.machine_id, '') AS machine_id, mv.at AS at, mv.device_id AS device_id, "
            "mv.user_id AS user_id, l.lot_no AS lot_no, l.supplier AS supplier, "
            "l.supplier_lot AS supplier_lot, mp.part_no AS material_part_no, "
            "mp.name AS material_name, COALESCE(e.name, '') AS employee_name, "
            "COALESCE(e.badge, '') AS badge, COALESCE(m.code, '') AS machine_code, o.seq AS seq, "
            "o.name AS operation_name, %1 "
            "FROM lot_movements mv JOIN material_lots l ON l.id = mv.lot_id "
            "JOIN products mp ON mp.id = l.product_id "
            "JOIN work_order_operations o ON o.id = mv.operation_id "
            "JOIN work_orders w ON w.id = mv.work_order_id JOIN products p ON p.id = w.product_id "
            "LEFT JOIN employees e ON e.id = mv.employee_id LEFT JOIN machines m ON m.id = "
            "mv.machine_id "
            "WHERE %2 AND mv.kind = 'consumption' ORDER BY mv.at, mv.id")
            .arg(TraceOrderRow::sqlColumns(), where));
    query.bindValue(QStringLiteral(":id"), id);
    if (Outcome done = Sql::exec(query, tr("read the material fed")); !done)
        return done;
    QList<TraceFeedRow> rows;
    const Sql::Row row(query);
    while (query.next()) {
        TraceFeedRow feed;
        LotMovement &mv = feed.movement;
        mv.id = row.value(QStringLiteral("id")).toString();
        mv.lotId = row.value(QStringLiteral("lot_id")).toString();
        mv.kind = LotMovementKind::Consumption;
        mv.quantity = row.value(QStringLiteral("quantity")).toDouble();
        mv.workOrderId = row.value(QStringLiteral("work_order_id")).toString();
        mv.operationId = row.value(QStringLiteral("operation_id")).toString();
        mv.reportId = row.value(QStringLiteral("report_id")).toString();
        mv.employeeId = row.value(QStringLiteral("employee_id")).toString();
        mv.machineId = row.value(QStringLiteral("machine_id")).toString();
        mv.atMs = row.value(QStringLiteral("at")).toLongLong();
        mv.deviceId = row.value(QStringLiteral("device_id")).toString();
        mv.userId = row.value(QStringLiteral("user_id")).toString();
        feed.lotNo = row.value(QStringLiteral("lot_no")).toString();
        feed.supplier = row.value(QStringLiteral("supplier")).toString();
        feed.supplierLot = row.value(QStringLiteral("supplier_lot")).toString();
        feed.materialPartNo = row.value(QStringLiteral("material_part_no")).toString();
        feed.materialName = row.value(QStringLiteral("material_name")).toString();
        feed.employeeName = row.value(QStringLiteral("employee_name")).toString();
        feed.badge = row.value(QStringLiteral("badge")).toString();
        feed.machineCode = row.value(QStringLiteral("machine_code")).toString();
        feed.seq = row.value(QStringLiteral("seq")).toInt();
        feed.operationName = row.value(QStringLiteral("operation_name")).toString();
        feed.order = TraceOrderRow::read(row);
        rows.append(feed);
    }
    return rows;
}

} // namespace Taktline
