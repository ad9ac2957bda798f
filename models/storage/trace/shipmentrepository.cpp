#include "storage/trace/shipmentrepository.h"

#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QVariant>

namespace Taktline {

ShipmentRepository::ShipmentRepository(QSqlDatabase db)
    : m_db(db)
    // A number made elsewhere (a restored backup) may already hold the next value: skipped.
    , m_shipmentNumbers(std::move(db),
                        {{QStringLiteral("shipments"), QStringLiteral("shipment_no")}})
{
}

Outcome ShipmentRepository::insertReceipt(const FinishedGoodsReceipt &r)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO finished_goods_receipts (id, work_order_id, quantity, location, employee_id, "
        "at, device_id, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values = {r.id,
                                 r.workOrderId,
                                 r.quantity,
                                 Sql::text(r.location),
                                 Sql::nullable(r.employeeId),
                                 r.atMs,
                                 Sql::text(r.deviceId),
                                 Sql::text(r.userId)};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return Sql::exec(query, tr("save the finished-goods receipt"));
}

Result<QList<ReceiptRow>> ShipmentRepository::receipts(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT f.id, f.work_order_id, f.quantity, f.location, COALESCE(f.employee_id, ''), f.at, "
        "f.device_id, f.user_id, COALESCE(e.name, ''), COALESCE(e.badge, '') "
        "FROM finished_goods_receipts f LEFT JOIN employees e ON e.id = f.employee_id "
        "WHERE f.work_order_id = ? ORDER BY f.at, f.id"));
    query.bindValue(0, workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the finished-goods receipts")); !done)
        return done;
    QList<ReceiptRow> rows;
    while (query.next()) {
        rows.append(
            {{query.value(0).toString(), query.value(1).toString(), query.value(2).toDouble(),
              query.value(3).toString(), query.value(4).toString(), query.value(5).toLongLong(),
              query.value(6).toString(), query.value(7).toString()},
             query.value(8).toString(),
             query.value(9).toString()});
    }
    return rows;
}

Result<FinishedStock> ShipmentRepository::stock(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT (SELECT COALESCE(sum(quantity), 0) FROM finished_goods_receipts "
        "WHERE work_order_id = ?), (SELECT COALESCE(sum(quantity), 0) FROM shipment_lines "
        "WHERE work_order_id = ?)"));
    query.bindValue(0, workOrderId);
    query.bindValue(1, workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the finished stock")); !done)
        return done;
    query.next();
    return FinishedStock{query.value(0).toDouble(), query.value(1).toDouble()};
}

Result<QString> ShipmentRepository::nextShipmentNumber(const QDate &day, const QString &deviceCode)
{
    const QString code = deviceCode == QLatin1String("A") ? QString() : deviceCode;
    return m_shipmentNumbers.next(QStringLiteral("SH") + day.toString(QStringLiteral("yyMM")) +
                                      QLatin1Char('-') + code,
                                  tr("number the shipment"));
}

Outcome ShipmentRepository::insertShipment(const Shipment &s)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO shipments (id, shipment_no, customer, customer_order, shipped_on, note, at, "
        "device_id, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values = {s.id,
                                 s.shipmentNo,
                                 s.customer,
                                 Sql::text(s.customerOrder),
                                 s.shippedOn.toString(Qt::ISODate),
                                 Sql::text(s.note),
                                 s.atMs,
                                 Sql::text(s.deviceId),
                                 Sql::text(s.userId)};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return Outcome::success();
    if (Sql::isUniqueViolation(query.lastError()))
        return Outcome::failure(
            tr("Shipment number %1 is already used by another shipment.").arg(s.shipmentNo));
    return Outcome::failure(Sql::failureMessage(tr("save the shipment"), query.lastError()));
}

Outcome ShipmentRepository::insertLines(const QList<ShipmentLine> &lines,
                                        const QHash<QString, QString> &serialTexts)
{
    QSqlQuery query(m_db);
    if (Outcome done = Sql::prepare(
            query,
            QStringLiteral("INSERT INTO shipment_lines (id, shipment_id, work_order_id, serial_id, "
                           "quantity, at, device_id, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            tr("save the shipment lines"));
        !done)
        return done;
    for (const ShipmentLine &l : lines) {
        const QVariantList values = {
            l.id,       l.shipmentId, l.workOrderId,         Sql::nullable(l.serialId),
            l.quantity, l.atMs,       Sql::text(l.deviceId), Sql::text(l.userId)};
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (query.exec())
            continue;
        // Another device or window shipped the same serial a moment ago.
        if (Sql::isUniqueViolation(query.lastError()) && !l.serialId.isEmpty())
            return Outcome::failure(tr("Serial number %1 is already shipped: a serial ships once.")
                                        .arg(serialTexts.value(l.serialId)));
        return Outcome::failure(
            Sql::failureMessage(tr("save the shipment lines"), query.lastError()));
    }
    return Outcome::success();
}

} // namespace Taktline
