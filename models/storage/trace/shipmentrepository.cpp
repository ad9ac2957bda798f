#include "storage/trace/shipmentrepository.h"

#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Taktline {

namespace {

// A shipment's columns from shipments s, each named shipment_… so they never clash with the
// query's other columns.
const QString ShipmentColumns = QStringLiteral(
    "s.id AS shipment_id, s.shipment_no AS shipment_no, s.customer AS shipment_customer, "
    "s.customer_order AS shipment_customer_order, s.shipped_on AS shipment_shipped_on, "
    "s.note AS shipment_note, s.at AS shipment_at, s.device_id AS shipment_device_id, "
    "s.user_id AS shipment_user_id");

// Reads the ShipmentColumns of the current row.
Shipment shipmentFrom(const Sql::Row &row)
{
    Shipment s;
    s.id = row.value(QStringLiteral("shipment_id")).toString();
    s.shipmentNo = row.value(QStringLiteral("shipment_no")).toString();
    s.customer = row.value(QStringLiteral("shipment_customer")).toString();
    s.customerOrder = row.value(QStringLiteral("shipment_customer_order")).toString();
    s.shippedOn =
        QDate::fromString(row.value(QStringLiteral("shipment_shipped_on")).toString(), Qt::ISODate);
    s.note = row.value(QStringLiteral("shipment_note")).toString();
    s.atMs = row.value(QStringLiteral("shipment_at")).toLongLong();
    s.deviceId = row.value(QStringLiteral("shipment_device_id")).toString();
    s.userId = row.value(QStringLiteral("shipment_user_id")).toString();
    return s;
}

// The one shipment the query found, if any.
Result<std::optional<Shipment>> oneShipment(QSqlQuery &query, const QString &purpose)
{
    if (Outcome done = Sql::exec(query, purpose); !done)
        return done;
    if (!query.next())
        return std::optional<Shipment>();
    return std::optional<Shipment>(shipmentFrom(Sql::Row(query)));
}

} // namespace

ShipmentRepository::ShipmentRepository(QSqlDatabase db)
    : m_db(db)
    // A number made elsewhere (a restored backup) may already hold the next value: skipped.
    , m_shipmentNumbers(std::move(db),
                        {{QStringLiteral("shipments"), QStringLiteral("shipment_no")}})
{
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
        "device_id, user_id) VALUES (:id, :shipment_no, :customer, :customer_order, "
        ":shipped_on, :note, :at, :device_id, :user_id)"));
    query.bindValue(QStringLiteral(":id"), s.id);
    query.bindValue(QStringLiteral(":shipment_no"), s.shipmentNo);
    query.bindValue(QStringLiteral(":customer"), s.customer);
    query.bindValue(QStringLiteral(":customer_order"), Sql::text(s.customerOrder));
    query.bindValue(QStringLiteral(":shipped_on"), s.shippedOn.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":note"), Sql::text(s.note));
    query.bindValue(QStringLiteral(":at"), s.atMs);
    query.bindValue(QStringLiteral(":device_id"), Sql::text(s.deviceId));
    query.bindValue(QStringLiteral(":user_id"), Sql::text(s.userId));
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
                           "quantity, at, device_id, user_id) VALUES (:id, :shipment_id, "
                           ":work_order_id, :serial_id, :quantity, :at, :device_id, :user_id)"),
            tr("save the shipment lines"));
        !done)
        return done;
    for (const ShipmentLine &l : lines) {
        query.bindValue(QStringLiteral(":id"), l.id);
        query.bindValue(QStringLiteral(":shipment_id"), l.shipmentId);
        query.bindValue(QStringLiteral(":work_order_id"), l.workOrderId);
        query.bindValue(QStringLiteral(":serial_id"), Sql::nullable(l.serialId));
        query.bindValue(QStringLiteral(":quantity"), l.quantity);
        query.bindValue(QStringLiteral(":at"), l.atMs);
        query.bindValue(QStringLiteral(":device_id"), Sql::text(l.deviceId));
        query.bindValue(QStringLiteral(":user_id"), Sql::text(l.userId));
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

Result<std::optional<Shipment>> ShipmentRepository::findByNo(const QString &shipmentNo) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM shipments s WHERE s.shipment_no = :shipment_no")
                      .arg(ShipmentColumns));
    query.bindValue(QStringLiteral(":shipment_no"), shipmentNo);
    return oneShipment(query, tr("read the shipment"));
}

Result<QList<ShipmentLineRow>> ShipmentRepository::lines(const QString &shipmentId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT l.id AS line_id, l.shipment_id AS line_shipment_id, "
            "l.work_order_id AS line_work_order_id, COALESCE(l.serial_id, '') AS line_serial_id, "
            "l.quantity AS line_quantity, l.at AS line_at, l.device_id AS line_device_id, "
            "l.user_id AS line_user_id, %1, COALESCE(sn.serial, '') AS serial "
            "FROM shipment_lines l JOIN work_orders w ON w.id = l.work_order_id "
            "JOIN products p ON p.id = w.product_id LEFT JOIN serials sn ON sn.id = l.serial_id "
            "WHERE l.shipment_id = :shipment ORDER BY l.rowid")
            .arg(TraceOrderRow::sqlColumns()));
    query.bindValue(QStringLiteral(":shipment"), shipmentId);
    if (Outcome done = Sql::exec(query, tr("read the shipment lines")); !done)
        return done;
    QList<ShipmentLineRow> rows;
    const Sql::Row row(query);
    while (query.next()) {
        ShipmentLineRow line;
        ShipmentLine &l = line.line;
        l.id = row.value(QStringLiteral("line_id")).toString();
        l.shipmentId = row.value(QStringLiteral("line_shipment_id")).toString();
        l.workOrderId = row.value(QStringLiteral("line_work_order_id")).toString();
        l.serialId = row.value(QStringLiteral("line_serial_id")).toString();
        l.quantity = row.value(QStringLiteral("line_quantity")).toDouble();
        l.atMs = row.value(QStringLiteral("line_at")).toLongLong();
        l.deviceId = row.value(QStringLiteral("line_device_id")).toString();
        l.userId = row.value(QStringLiteral("line_user_id")).toString();
        line.order = TraceOrderRow::read(row);
        line.serial = row.value(QStringLiteral("serial")).toString();
        rows.append(line);
    }
    return rows;
}

Result<QList<ShipmentListRow>> ShipmentRepository::shipmentsBetween(const QDate &from,
                                                                    const QDate &to) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, count(l.id) AS line_count, "
                                 "COALESCE(sum(l.quantity), 0) AS quantity FROM shipments s "
                                 "LEFT JOIN shipment_lines l ON l.shipment_id = s.id "
                                 "WHERE s.shipped_on BETWEEN :from AND :to GROUP BY s.id "
                                 "ORDER BY s.shipped_on DESC, s.shipment_no DESC")
                      .arg(ShipmentColumns));
    query.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (Outcome done = Sql::exec(query, tr("read the shipments")); !done)
        return done;
    QList<ShipmentListRow> rows;
    const Sql::Row row(query);
    while (query.next()) {
        rows.append({shipmentFrom(row), row.value(QStringLiteral("line_count")).toInt(),
                     row.value(QStringLiteral("quantity")).toDouble()});
    }
    return rows;
}

Result<QList<OrderShipmentRow>>
ShipmentRepository::shipmentsOfOrder(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, sum(l.quantity) AS quantity, "
                                 "COALESCE(group_concat(sn.serial, char(10)), '') AS serials "
                                 "FROM shipment_lines l JOIN shipments s ON s.id = l.shipment_id "
                                 "LEFT JOIN serials sn ON sn.id = l.serial_id "
                                 "WHERE l.work_order_id = :order GROUP BY s.id "
                                 "ORDER BY s.shipped_on, s.at, s.shipment_no")
                      .arg(ShipmentColumns));
    query.bindValue(QStringLiteral(":order"), workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the shipments of the work order")); !done)
        return done;
    QList<OrderShipmentRow> rows;
    const Sql::Row row(query);
    while (query.next()) {
        QStringList serials = row.value(QStringLiteral("serials"))
                                  .toString()
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        std::sort(serials.begin(), serials.end());
        rows.append({shipmentFrom(row), row.value(QStringLiteral("quantity")).toDouble(), serials});
    }
    return rows;
}

Result<std::optional<Shipment>> ShipmentRepository::shipmentOfSerial(const QString &serialId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM shipment_lines l JOIN shipments s "
                                 "ON s.id = l.shipment_id WHERE l.serial_id = :serial")
                      .arg(ShipmentColumns));
    query.bindValue(QStringLiteral(":serial"), serialId);
    return oneShipment(query, tr("read the shipment of the serial number"));
}

} // namespace Taktline
