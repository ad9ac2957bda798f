#include "storage/trace/tracerepository.h"

#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QVariant>

namespace Taktline {

namespace {

const QString LotColumns = QStringLiteral(
    "id, lot_no, product_id, supplier, supplier_lot, received_qty, received_at, expiry, blocked, "
    "block_reason, created_at, updated_at");

MaterialLot lotFrom(const QSqlQuery &query)
{
    MaterialLot lot;
    lot.id = query.value(0).toString();
    lot.lotNo = query.value(1).toString();
    lot.productId = query.value(2).toString();
    lot.supplier = query.value(3).toString();
    lot.supplierLot = query.value(4).toString();
    lot.receivedQty = query.value(5).toDouble();
    lot.receivedOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    if (!query.value(7).isNull())
        lot.expiry = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    lot.blocked = query.value(8).toBool();
    lot.blockReason = query.value(9).toString();
    lot.createdAtMs = query.value(10).toLongLong();
    lot.updatedAtMs = query.value(11).toLongLong();
    return lot;
}

} // namespace

QString TraceOrderRow::sqlColumns()
{
    return QStringLiteral("w.id AS order_id, w.number AS order_number, w.lot_no AS order_lot_no, "
                          "w.state AS order_state, w.quantity AS order_quantity, "
                          "p.part_no AS order_part_no, p.name AS order_product_name, "
                          "w.created_at AS order_created_at");
}

TraceOrderRow TraceOrderRow::read(const QSqlQuery &query)
{
    TraceOrderRow row;
    row.id = query.value(QStringLiteral("order_id")).toString();
    row.number = query.value(QStringLiteral("order_number")).toString();
    row.lotNo = query.value(QStringLiteral("order_lot_no")).toString();
    row.state = query.value(QStringLiteral("order_state")).toString();
    row.quantity = query.value(QStringLiteral("order_quantity")).toDouble();
    row.partNo = query.value(QStringLiteral("order_part_no")).toString();
    row.productName = query.value(QStringLiteral("order_product_name")).toString();
    row.createdAtMs = query.value(QStringLiteral("order_created_at")).toLongLong();
    return row;
}

TraceRepository::TraceRepository(QSqlDatabase db)
    : m_db(db)
    // A lot's number is never a work order's production lot (typed by the planner) either, or
    // a trace could not tell the two apart.
    , m_lotNumbers(std::move(db), {{QStringLiteral("material_lots"), QStringLiteral("lot_no")},
                                   {QStringLiteral("work_orders"), QStringLiteral("lot_no"),
                                    QStringLiteral("lot_no <> ''")}})
{
}

Result<std::optional<MaterialLot>> TraceRepository::findLotByNo(const QString &lotNo) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM material_lots WHERE lot_no = ? AND deleted = 0")
                      .arg(LotColumns));
    query.bindValue(0, lotNo);
    if (Outcome done = Sql::exec(query, tr("read the material lot")); !done)
        return done;
    if (!query.next())
        return std::optional<MaterialLot>();
    return std::optional<MaterialLot>(lotFrom(query));
}

Result<QList<MaterialLot>> TraceRepository::lotsOf(const QString &productId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM material_lots WHERE product_id = ? AND deleted = 0 "
                       "ORDER BY received_at, lot_no")
            .arg(LotColumns));
    query.bindValue(0, productId);
    if (Outcome done = Sql::exec(query, tr("read the material lots")); !done)
        return done;
    QList<MaterialLot> lots;
    while (query.next())
        lots.append(lotFrom(query));
    return lots;
}

Result<QList<LotWithStock>> TraceRepository::lotsWithStock(const QString &productId) const
{
    QStringList columns = LotColumns.split(QStringLiteral(", "));
    for (QString &column : columns)
        column.prepend(QStringLiteral("l."));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1, "
                       "COALESCE(sum(CASE WHEN m.kind = 'receipt' THEN m.quantity END), 0), "
                       "COALESCE(-sum(CASE WHEN m.kind = 'consumption' THEN m.quantity END), 0), "
                       "COALESCE(sum(CASE WHEN m.kind = 'adjustment' THEN m.quantity END), 0), "
                       "COALESCE(sum(m.quantity), 0) "
                       "FROM material_lots l LEFT JOIN lot_movements m ON m.lot_id = l.id "
                       "WHERE l.deleted = 0 AND (COALESCE(?, '') = '' OR l.product_id = ?) "
                       "GROUP BY l.id ORDER BY l.received_at, l.lot_no")
            .arg(columns.join(QStringLiteral(", "))));
    query.bindValue(0, productId);
    query.bindValue(1, productId);
    if (Outcome done = Sql::exec(query, tr("read the material lots")); !done)
        return done;
    QList<LotWithStock> lots;
    while (query.next()) {
        const int first = columns.size();
        lots.append({lotFrom(query),
                     {query.value(first).toDouble(), query.value(first + 1).toDouble(),
                      query.value(first + 2).toDouble(), query.value(first + 3).toDouble()}});
    }
    return lots;
}

Outcome TraceRepository::insertLot(const MaterialLot &lot)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO material_lots (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(LotColumns));
    const QVariantList values = {lot.id,
                                 lot.lotNo,
                                 lot.productId,
                                 Sql::text(lot.supplier),
                                 Sql::text(lot.supplierLot),
                                 lot.receivedQty,
                                 lot.receivedOn.toString(Qt::ISODate),
                                 lot.expiry ? QVariant(lot.expiry->toString(Qt::ISODate))
                                            : Sql::nullable({}),
                                 lot.blocked ? 1 : 0,
                                 Sql::text(lot.blockReason),
                                 lot.createdAtMs,
                                 lot.updatedAtMs};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return Outcome::success();
    if (Sql::isUniqueViolation(query.lastError()))
        return Outcome::failure(tr("Lot number %1 is already used by another lot.").arg(lot.lotNo));
    return Outcome::failure(Sql::failureMessage(tr("save the material lot"), query.lastError()));
}

Outcome TraceRepository::setBlocked(const QString &lotId, bool blocked, const QString &reason,
                                    qint64 atMs)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE material_lots SET blocked = ?, block_reason = ?, updated_at = ? "
                       "WHERE id = ?"));
    query.bindValue(0, blocked ? 1 : 0);
    query.bindValue(1, Sql::text(reason));
    query.bindValue(2, atMs);
    query.bindValue(3, lotId);
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
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO lot_movements (id, lot_id, kind, quantity, work_order_id, "
                       "operation_id, report_id, employee_id, machine_id, at, device_id, user_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values = {m.id,
                                 m.lotId,
                                 lotMovementKindKey(m.kind),
                                 m.quantity,
                                 Sql::nullable(m.workOrderId),
                                 Sql::nullable(m.operationId),
                                 Sql::nullable(m.reportId),
                                 Sql::nullable(m.employeeId),
                                 Sql::nullable(m.machineId),
                                 m.atMs,
                                 Sql::text(m.deviceId),
                                 Sql::text(m.userId)};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return Sql::exec(query, tr("save the lot movement"));
}

Result<LotStock> TraceRepository::stock(const QString &lotId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT COALESCE(sum(CASE WHEN kind = 'receipt' THEN quantity END), 0), "
                       "COALESCE(-sum(CASE WHEN kind = 'consumption' THEN quantity END), 0), "
                       "COALESCE(sum(CASE WHEN kind = 'adjustment' THEN quantity END), 0), "
                       "COALESCE(sum(quantity), 0) "
                       "FROM lot_movements WHERE lot_id = ?"));
    query.bindValue(0, lotId);
    if (Outcome done = Sql::exec(query, tr("read the lot's stock")); !done)
        return done;
    query.next();
    return LotStock{query.value(0).toDouble(), query.value(1).toDouble(), query.value(2).toDouble(),
                    query.value(3).toDouble()};
}

Result<std::optional<TraceOrderRow>> TraceRepository::orderByNumber(const QString &number) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM work_orders w JOIN products p ON p.id = w.product_id "
                       "WHERE w.number = ? AND w.deleted = 0")
            .arg(TraceOrderRow::sqlColumns()));
    query.bindValue(0, number);
    if (Outcome done = Sql::exec(query, tr("read the work order")); !done)
        return done;
    if (!query.next())
        return std::optional<TraceOrderRow>();
    return std::optional<TraceOrderRow>(TraceOrderRow::read(query));
}

Result<QList<TraceOrderRow>> TraceRepository::ordersByLot(const QString &productionLot) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM work_orders w JOIN products p ON p.id = w.product_id "
                       "WHERE w.lot_no = ? AND w.lot_no <> '' AND w.deleted = 0 "
                       "ORDER BY w.number")
            .arg(TraceOrderRow::sqlColumns()));
    query.bindValue(0, productionLot);
    if (Outcome done = Sql::exec(query, tr("read the work orders of the lot")); !done)
        return done;
    QList<TraceOrderRow> orders;
    while (query.next())
        orders.append(TraceOrderRow::read(query));
    return orders;
}

Result<QList<TraceOperationRow>> TraceRepository::operations(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT o.id, o.seq, o.name, COALESCE(m.code, '') FROM work_order_operations o "
        "LEFT JOIN machines m ON m.id = o.machine_id "
        "WHERE o.work_order_id = ? AND o.deleted = 0 ORDER BY o.seq"));
    query.bindValue(0, workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the operations")); !done)
        return done;
    QList<TraceOperationRow> ops;
    while (query.next())
        ops.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(),
                    query.value(3).toString()});
    return ops;
}

Result<QList<TraceReportRow>> TraceRepository::reports(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT r.id, r.operation_id, COALESCE(e.name, ''), COALESCE(e.badge, ''), "
        "COALESCE(m.code, ''), "
        "r.good, r.defective, r.rework, r.reported_at, EXISTS (SELECT 1 FROM production_reports v "
        "WHERE v.voids_report_id = r.id) FROM production_reports r "
        "LEFT JOIN employees e ON e.id = r.employee_id LEFT JOIN machines m ON m.id = r.machine_id "
        "WHERE r.operation_id IN (SELECT id FROM work_order_operations WHERE work_order_id = ? AND "
        "deleted = 0) "
        "AND r.voids_report_id IS NULL ORDER BY r.reported_at, r.id"));
    query.bindValue(0, workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the production reports")); !done)
        return done;
    QList<TraceReportRow> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toDouble(),
                     query.value(6).toDouble(), query.value(7).toDouble(),
                     query.value(8).toLongLong(), query.value(9).toBool()});
    }
    return rows;
}

Result<QList<TraceFeedRow>> TraceRepository::feedsOfOrder(const QString &workOrderId) const
{
    return feeds(QStringLiteral("mv.work_order_id = ?"), workOrderId);
}

Result<QList<TraceFeedRow>> TraceRepository::feedsOfLot(const QString &lotId) const
{
    return feeds(QStringLiteral("mv.lot_id = ?"), lotId);
}

Result<QList<TraceFeedRow>> TraceRepository::feeds(const QString &where, const QString &id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT mv.id, mv.lot_id, mv.quantity, mv.work_order_id, mv.operation_id, "
            "COALESCE(mv.report_id, ''), "
            "COALESCE(mv.employee_id, ''), COALESCE(mv.machine_id, ''), mv.at, mv.device_id, "
            "mv.user_id, "
            "l.lot_no, l.supplier, l.supplier_lot, mp.part_no, mp.name, COALESCE(e.name, ''), "
            "COALESCE(e.badge, ''), COALESCE(m.code, ''), o.seq, o.name, %1 "
            "FROM lot_movements mv JOIN material_lots l ON l.id = mv.lot_id "
            "JOIN products mp ON mp.id = l.product_id "
            "JOIN work_order_operations o ON o.id = mv.operation_id "
            "JOIN work_orders w ON w.id = mv.work_order_id JOIN products p ON p.id = w.product_id "
            "LEFT JOIN employees e ON e.id = mv.employee_id LEFT JOIN machines m ON m.id = "
            "mv.machine_id "
            "WHERE %2 AND mv.kind = 'consumption' ORDER BY mv.at, mv.id")
            .arg(TraceOrderRow::sqlColumns(), where));
    query.bindValue(0, id);
    if (Outcome done = Sql::exec(query, tr("read the material fed")); !done)
        return done;
    QList<TraceFeedRow> rows;
    while (query.next()) {
        TraceFeedRow row;
        LotMovement &mv = row.movement;
        mv.id = query.value(0).toString();
        mv.lotId = query.value(1).toString();
        mv.kind = LotMovementKind::Consumption;
        mv.quantity = query.value(2).toDouble();
        mv.workOrderId = query.value(3).toString();
        mv.operationId = query.value(4).toString();
        mv.reportId = query.value(5).toString();
        mv.employeeId = query.value(6).toString();
        mv.machineId = query.value(7).toString();
        mv.atMs = query.value(8).toLongLong();
        mv.deviceId = query.value(9).toString();
        mv.userId = query.value(10).toString();
        row.lotNo = query.value(11).toString();
        row.supplier = query.value(12).toString();
        row.supplierLot = query.value(13).toString();
        row.materialPartNo = query.value(14).toString();
        row.materialName = query.value(15).toString();
        row.employeeName = query.value(16).toString();
        row.badge = query.value(17).toString();
        row.machineCode = query.value(18).toString();
        row.seq = query.value(19).toInt();
        row.operationName = query.value(20).toString();
        row.order = TraceOrderRow::read(query);
        rows.append(row);
    }
    return rows;
}

} // namespace Taktline
