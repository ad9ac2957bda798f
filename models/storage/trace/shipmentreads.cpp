// ShipmentRepository's reads: what a receipt or a shipment is checked against, the shipments
// for a list, and the rows a genealogy shows downstream of a work order or a serial.
#include "storage/trace/shipmentrepository.h"

#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Taktline {

namespace {

const QString ShipmentColumns = QStringLiteral(
    "s.id, s.shipment_no, s.customer, s.customer_order, s.shipped_on, s.note, s.at, s.device_id, "
    "s.user_id");

// Good pieces of operation o, from the reports that count (as the operation_progress view
// counts them). Summed here, not read from the view: SQLite cannot push a correlated
// "operation_id = o.id" into the view's GROUP BY, so each row would aggregate every report.
const QString GoodOfStep = QStringLiteral(
    "COALESCE((SELECT sum(r.good) FROM production_reports r WHERE r.operation_id = o.id "
    "AND r.voids_report_id IS NULL AND NOT EXISTS (SELECT 1 FROM production_reports v "
    "WHERE v.voids_report_id = r.id)), 0)");

// The last step of work order w.
const QString IsLastStep =
    QStringLiteral("o.work_order_id = w.id AND o.deleted = 0 AND o.seq = (SELECT max(x.seq) FROM "
                   "work_order_operations x WHERE x.work_order_id = w.id AND x.deleted = 0)");

// Reads the nine ShipmentColumns starting at FIRST.
Shipment shipmentFrom(const QSqlQuery &query, int first)
{
    Shipment s;
    s.id = query.value(first).toString();
    s.shipmentNo = query.value(first + 1).toString();
    s.customer = query.value(first + 2).toString();
    s.customerOrder = query.value(first + 3).toString();
    s.shippedOn = QDate::fromString(query.value(first + 4).toString(), Qt::ISODate);
    s.note = query.value(first + 5).toString();
    s.atMs = query.value(first + 6).toLongLong();
    s.deviceId = query.value(first + 7).toString();
    s.userId = query.value(first + 8).toString();
    return s;
}

} // namespace

Result<LastStepOutput> ShipmentRepository::lastStepOutput(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT o.seq, o.name, %1 FROM work_order_operations o "
                                 "JOIN work_orders w ON w.id = o.work_order_id "
                                 "WHERE w.id = ? AND %2")
                      .arg(GoodOfStep, IsLastStep));
    query.bindValue(0, workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the output of the last step")); !done)
        return done;
    if (!query.next())
        return LastStepOutput();
    return LastStepOutput{true, query.value(0).toInt(), query.value(1).toString(),
                          query.value(2).toDouble()};
}

Result<QList<ReceivableOrderRow>> ShipmentRepository::receivableOrders() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
                      "SELECT * FROM (SELECT %1, o.seq, o.name, %2 AS good, (SELECT "
                      "COALESCE(sum(f.quantity), "
                      "0) FROM finished_goods_receipts f WHERE f.work_order_id = w.id) AS received "
                      "FROM work_orders w JOIN products p ON p.id = w.product_id "
                      "JOIN work_order_operations o ON %3 "
                      "WHERE w.deleted = 0 AND w.state NOT IN ('draft', 'released')) "
                      "WHERE good > received ORDER BY 8 DESC, 2 DESC")
                      .arg(TraceOrderRow::sqlColumns(), GoodOfStep, IsLastStep));
    if (Outcome done = Sql::exec(query, tr("read the work orders with finished output")); !done)
        return done;
    QList<ReceivableOrderRow> rows;
    while (query.next()) {
        rows.append(
            {TraceOrderRow::read(query),
             {true, query.value(8).toInt(), query.value(9).toString(), query.value(10).toDouble()},
             query.value(11).toDouble()});
    }
    return rows;
}

Result<QList<TraceOrderRow>> ShipmentRepository::ordersByCode(const QString &code) const
{
    // The genealogy's reads: a scan means the same work orders on a shipment as in a trace.
    const TraceRepository orders(m_db);
    const Result<std::optional<TraceOrderRow>> byNumber = orders.orderByNumber(code);
    if (!byNumber)
        return byNumber.outcome();
    if (byNumber.value())
        return QList<TraceOrderRow>{*byNumber.value()};
    return orders.ordersByLot(code);
}

Result<bool> ShipmentRepository::isMaterialLot(const QString &lotNo) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM material_lots WHERE lot_no = ? AND deleted = 0)"));
    query.bindValue(0, lotNo);
    if (Outcome done = Sql::exec(query, tr("read the material lot")); !done)
        return done;
    return query.next() && query.value(0).toBool();
}

Result<std::optional<Shipment>> ShipmentRepository::findByNo(const QString &shipmentNo) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM shipments s WHERE s.shipment_no = ?").arg(ShipmentColumns));
    query.bindValue(0, shipmentNo);
    if (Outcome done = Sql::exec(query, tr("read the shipment")); !done)
        return done;
    if (!query.next())
        return std::optional<Shipment>();
    return std::optional<Shipment>(shipmentFrom(query, 0));
}

Result<QList<ShipmentLineRow>> ShipmentRepository::lines(const QString &shipmentId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT l.id, l.shipment_id, l.work_order_id, COALESCE(l.serial_id, ''), l.quantity, "
            "l.at, l.device_id, l.user_id, %1, COALESCE(sn.serial, '') FROM shipment_lines l "
            "JOIN work_orders w ON w.id = l.work_order_id JOIN products p ON p.id = w.product_id "
            "LEFT JOIN serials sn ON sn.id = l.serial_id WHERE l.shipment_id = ? ORDER BY l.rowid")
            .arg(TraceOrderRow::sqlColumns()));
    query.bindValue(0, shipmentId);
    if (Outcome done = Sql::exec(query, tr("read the shipment lines")); !done)
        return done;
    QList<ShipmentLineRow> rows;
    while (query.next()) {
        rows.append(
            {{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
              query.value(3).toString(), query.value(4).toDouble(), query.value(5).toLongLong(),
              query.value(6).toString(), query.value(7).toString()},
             TraceOrderRow::read(query),
             query.value(16).toString()});
    }
    return rows;
}

Result<QList<ShipmentListRow>> ShipmentRepository::shipmentsBetween(const QDate &from,
                                                                    const QDate &to) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1, count(l.id), COALESCE(sum(l.quantity), 0) FROM shipments s "
                       "LEFT JOIN shipment_lines l ON l.shipment_id = s.id "
                       "WHERE s.shipped_on BETWEEN ? AND ? GROUP BY s.id "
                       "ORDER BY s.shipped_on DESC, s.shipment_no DESC")
            .arg(ShipmentColumns));
    query.bindValue(0, from.toString(Qt::ISODate));
    query.bindValue(1, to.toString(Qt::ISODate));
    if (Outcome done = Sql::exec(query, tr("read the shipments")); !done)
        return done;
    QList<ShipmentListRow> rows;
    while (query.next())
        rows.append({shipmentFrom(query, 0), query.value(9).toInt(), query.value(10).toDouble()});
    return rows;
}

Result<QList<OrderShipmentRow>>
ShipmentRepository::shipmentsOfOrder(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
                      "SELECT %1, sum(l.quantity), COALESCE(group_concat(sn.serial, char(10)), '') "
                      "FROM shipment_lines l JOIN shipments s ON s.id = l.shipment_id "
                      "LEFT JOIN serials sn ON sn.id = l.serial_id WHERE l.work_order_id = ? "
                      "GROUP BY s.id ORDER BY s.shipped_on, s.at, s.shipment_no")
                      .arg(ShipmentColumns));
    query.bindValue(0, workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the shipments of the work order")); !done)
        return done;
    QList<OrderShipmentRow> rows;
    while (query.next()) {
        QStringList serials =
            query.value(10).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        std::sort(serials.begin(), serials.end());
        rows.append({shipmentFrom(query, 0), query.value(9).toDouble(), serials});
    }
    return rows;
}

Result<std::optional<Shipment>> ShipmentRepository::shipmentOfSerial(const QString &serialId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM shipment_lines l JOIN shipments s "
                                 "ON s.id = l.shipment_id WHERE l.serial_id = ?")
                      .arg(ShipmentColumns));
    query.bindValue(0, serialId);
    if (Outcome done = Sql::exec(query, tr("read the shipment of the serial number")); !done)
        return done;
    if (!query.next())
        return std::optional<Shipment>();
    return std::optional<Shipment>(shipmentFrom(query, 0));
}

Result<QList<SerialNumber>> ShipmentRepository::fittedSerialsOf(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM serials s WHERE s.work_order_id = ? AND EXISTS "
                                 "(SELECT 1 FROM serial_events ev WHERE ev.component_serial_id = "
                                 "s.id AND ev.kind = 'component') ORDER BY s.serial")
                      .arg(SerialNumber::sqlColumns()));
    query.bindValue(0, workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the serial numbers fitted elsewhere")); !done)
        return done;
    QList<SerialNumber> serials;
    while (query.next())
        serials.append(SerialNumber::read(query));
    return serials;
}

Result<QSet<QString>> ShipmentRepository::ordersWithDownstream(const QStringList &workOrderIds) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT j.value FROM json_each(?) j WHERE "
        "EXISTS (SELECT 1 FROM finished_goods_receipts f WHERE f.work_order_id = j.value) OR "
        "EXISTS (SELECT 1 FROM shipment_lines l WHERE l.work_order_id = j.value) OR "
        "EXISTS (SELECT 1 FROM serials s WHERE s.work_order_id = j.value AND EXISTS (SELECT 1 "
        "FROM serial_events ev WHERE ev.component_serial_id = s.id AND ev.kind = 'component'))"));
    query.bindValue(0, QString::fromUtf8(
                           QJsonDocument(QJsonArray::fromStringList(workOrderIds)).toJson(QJsonDocument::Compact)));
    if (Outcome done = Sql::exec(query, tr("read what became of the work orders")); !done)
        return done;
    QSet<QString> ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

} // namespace Taktline
