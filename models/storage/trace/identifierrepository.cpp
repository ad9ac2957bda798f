#include "storage/trace/identifierrepository.h"

#include "storage/sqlquery.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace Taktline {

namespace {

using Kind = IdentifiedItemRow::Kind;

// Columns 0–5 of every query below: part no., name, spec, lot, serial, work order.
IdentifiedItemRow rowFrom(const QSqlQuery &query, Kind kind)
{
    IdentifiedItemRow row;
    row.kind = kind;
    row.partNo = query.value(0).toString();
    row.productName = query.value(1).toString();
    row.spec = query.value(2).toString();
    row.lotNo = query.value(3).toString();
    row.serial = query.value(4).toString();
    row.workOrder = query.value(5).toString();
    return row;
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
    lots.prepare(QStringLiteral(
        "SELECT p.part_no, p.name, p.spec, l.lot_no, '', '', l.received_at FROM material_lots l "
        "JOIN products p ON p.id = l.product_id WHERE l.deleted = 0 AND l.received_at >= ? "
        "AND l.received_at <= ?"));
    lots.bindValue(0, from.toString(Qt::ISODate));
    lots.bindValue(1, to.toString(Qt::ISODate));
    if (Outcome done = Sql::exec(lots, tr("read the received material lots")); !done)
        return done;
    while (lots.next()) {
        rows.append(rowFrom(lots, Kind::MaterialLot));
        rows.last().date = QDate::fromString(lots.value(6).toString(), Qt::ISODate);
    }

    // A production lot is produced from its order's first report on (the operations index
    // and the reports' (operation_id, reported_at) index find it without a scan of reports).
    QSqlQuery orders(m_db);
    orders.setForwardOnly(true);
    orders.prepare(QStringLiteral(
        "SELECT * FROM (SELECT p.part_no, p.name, p.spec, w.lot_no, '', w.number, "
        "(SELECT min(r.reported_at) FROM work_order_operations o JOIN production_reports r ON "
        "r.operation_id = o.id WHERE o.work_order_id = w.id AND o.deleted = 0 AND "
        "r.voids_report_id IS NULL) AS first_report FROM work_orders w JOIN products p ON "
        "p.id = w.product_id WHERE w.lot_no <> '' AND w.deleted = 0) "
        "WHERE first_report >= ? AND first_report < ?"));
    orders.bindValue(0, fromMs);
    orders.bindValue(1, untilMs);
    if (Outcome done = Sql::exec(orders, tr("read the production lots of the work orders")); !done)
        return done;
    while (orders.next()) {
        rows.append(rowFrom(orders, Kind::ProductionLot));
        rows.last().date = localDate(orders.value(6).toLongLong());
    }

    QSqlQuery serials(m_db);
    serials.setForwardOnly(true);
    serials.prepare(QStringLiteral(
        "SELECT p.part_no, p.name, p.spec, w.lot_no, s.serial, w.number, s.created_at "
        "FROM serials s JOIN work_orders w ON w.id = s.work_order_id JOIN products p ON "
        "p.id = s.product_id WHERE s.created_at >= ? AND s.created_at < ?"));
    serials.bindValue(0, fromMs);
    serials.bindValue(1, untilMs);
    if (Outcome done = Sql::exec(serials, tr("read the serial numbers")); !done)
        return done;
    while (serials.next()) {
        rows.append(rowFrom(serials, Kind::Serial));
        rows.last().date = localDate(serials.value(6).toLongLong());
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
