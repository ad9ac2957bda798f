#include "storage/trace/identifierrepository.h"

#include "storage/sqlquery.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace Taktline {

namespace {

using Kind = IdentifiedItemRow::Kind;

// The columns rowFrom reads, as every query below selects them: the product p's part no., name
// and spec, and the SQL expressions LOT, SERIAL and WORK_ORDER.
QString itemColumns(const char *lot, const char *serial, const char *workOrder)
{
    return QStringLiteral("p.part_no AS part_no, p.name AS product_name, p.spec AS spec, "
                          "%1 AS lot_no, %2 AS serial, %3 AS work_order")
        .arg(QLatin1String(lot), QLatin1String(serial), QLatin1String(workOrder));
}

IdentifiedItemRow rowFrom(const Sql::Row &row, Kind kind)
{
    IdentifiedItemRow item;
    item.kind = kind;
    item.partNo = row.value(QStringLiteral("part_no")).toString();
    item.productName = row.value(QStringLiteral("product_name")).toString();
    item.spec = row.value(QStringLiteral("spec")).toString();
    item.lotNo = row.value(QStringLiteral("lot_no")).toString();
    item.serial = row.value(QStringLiteral("serial")).toString();
    item.workOrder = row.value(QStringLiteral("work_order")).toString();
    return item;
}

QDate localDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date();
}

} // namespace

IdentifierRepository::IdentifierRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<IdentifiedItemRow>> IdentifierRepository::itemsBetween(const QDate &from,
                                                                    const QDate &to) const
{
    const qint64 fromMs = from.startOfDay().toMSecsSinceEpoch();
    const qint64 untilMs = to.addDays(1).startOfDay().toMSecsSinceEpoch();
    QList<IdentifiedItemRow> rows;

    QSqlQuery lots(m_db);
    lots.setForwardOnly(true);
    lots.prepare(QStringLiteral("SELECT %1, l.received_at AS received_at FROM material_lots l "
                                "JOIN products p ON p.id = l.product_id WHERE l.deleted = 0 AND "
                                "l.received_at >= :from AND l.received_at <= :to")
                     .arg(itemColumns("l.lot_no", "''", "''")));
    lots.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    lots.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (Outcome done = Sql::exec(lots, tr("read the received material lots")); !done)
        return done;
    const Sql::Row lot(lots);
    while (lots.next()) {
        rows.append(rowFrom(lot, Kind::MaterialLot));
        rows.last().date =
            QDate::fromString(lot.value(QStringLiteral("received_at")).toString(), Qt::ISODate);
    }

    // A production lot is produced from its order's first report on (the operations index
    // and the reports' (operation_id, reported_at) index find it without a scan of reports).
    QSqlQuery orders(m_db);
    orders.setForwardOnly(true);
    orders.prepare(
        QStringLiteral(
            "SELECT part_no, product_name, spec, lot_no, serial, work_order, first_report FROM "
            "(SELECT %1, (SELECT min(r.reported_at) FROM work_order_operations o JOIN "
            "production_reports r ON r.operation_id = o.id WHERE o.work_order_id = w.id AND "
            "o.deleted = 0 AND r.voids_report_id IS NULL) AS first_report FROM work_orders w "
            "JOIN products p ON p.id = w.product_id WHERE w.lot_no <> '' AND w.deleted = 0) "
            "WHERE first_report >= :from AND first_report < :until")
            .arg(itemColumns("w.lot_no", "''", "w.number")));
    orders.bindValue(QStringLiteral(":from"), fromMs);
    orders.bindValue(QStringLiteral(":until"), untilMs);
    if (Outcome done = Sql::exec(orders, tr("read the production lots of the work orders")); !done)
        return done;
    const Sql::Row order(orders);
    while (orders.next()) {
        rows.append(rowFrom(order, Kind::ProductionLot));
        rows.last().date = localDate(order.value(QStringLiteral("first_report")).toLongLong());
    }

    QSqlQuery serials(m_db);
    serials.setForwardOnly(true);
    serials.prepare(QStringLiteral("SELECT %1, s.created_at AS created_at FROM serials s "
                                   "JOIN work_orders w ON w.id = s.work_order_id JOIN products p "
                                   "ON p.id = s.product_id WHERE s.created_at >= :from AND "
                                   "s.created_at < :until")
                        .arg(itemColumns("w.lot_no", "s.serial", "w.number")));
    serials.bindValue(QStringLiteral(":from"), fromMs);
    serials.bindValue(QStringLiteral(":until"), untilMs);
    if (Outcome done = Sql::exec(serials, tr("read the serial numbers")); !done)
        return done;
    const Sql::Row serial(serials);
    while (serials.next()) {
        rows.append(rowFrom(serial, Kind::Serial));
        rows.last().date = localDate(serial.value(QStringLiteral("created_at")).toLongLong());
    }

    std::stable_sort(rows.begin(), rows.end(),
                     [](const IdentifiedItemRow &a, const IdentifiedItemRow &b) {
                         if (a.date != b.date)
                             return a.date < b.date;
                         if (a.kind != b.kind)
                             return a.kind < b.kind;
                         return std::tie(a.lotNo, a.serial) < std::tie(b.lotNo, b.serial);
                     });
    return rows;
}

} // namespace Taktline
