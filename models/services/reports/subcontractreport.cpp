#include "services/reports/subcontractreport.h"

#include "domain/clock.h"
#include "services/reports/reportscope.h"

namespace Taktline {

namespace {

using K = ReportColumnKind;

// Each order sent in the period with its receipts summed; OPEN is what is still out, LATE 1
// when something is still out after its due date.
const char *const Orders =
    "WITH received AS (SELECT subcontract_order_id AS id, sum(good) AS good, "
    "sum(defective) AS defective, sum(short) AS short FROM subcontract_receipts "
    "GROUP BY subcontract_order_id), "
    "sent AS (SELECT so.*, COALESCE(r.good, 0) AS got, COALESCE(r.defective, 0) AS bad, "
    "COALESCE(r.short, 0) AS lost, so.quantity - COALESCE(r.good, 0) - COALESCE(r.defective, 0) "
    "- COALESCE(r.short, 0) AS still_open FROM subcontract_orders so "
    "LEFT JOIN received r ON r.id = so.id WHERE so.at BETWEEN :fromMs AND :toMs) ";

} // namespace

Result<ReportDocument> SubcontractReport::build(const ReportScope &c)
{
    const QVariantMap today{{QStringLiteral(":today"), c.clock->today().toString(Qt::ISODate)}};
    Result<QList<QVariantList>> orders = c.rows(
        QString::fromLatin1(Orders) +
            QStringLiteral(
                "SELECT s.number, s.at, sp.code || ' ' || {name:sp}, w.number, "
                "p.part_no || ' ' || {name:p}, o.seq || ' ' || o.name, s.due_date, s.quantity, "
                "s.got, s.bad, s.lost, s.still_open, s.unit_price, s.got * s.unit_price, "
                "CASE WHEN s.still_open > 1e-9 AND s.due_date < :today THEN 1 ELSE 0 END "
                "FROM sent s JOIN suppliers sp ON sp.id = s.supplier_id "
                "JOIN work_orders w ON w.id = s.work_order_id JOIN products p ON p.id = w.product_id "
                "JOIN work_order_operations o ON o.id = s.operation_id "
                "ORDER BY s.at, s.number"),
        tr("read the subcontract orders"), today);
    if (!orders)
        return orders.outcome();
    c.toLocalTimes(orders.value(), 1);
    for (QVariantList &row : orders.value()) {
        row[6] = QDate::fromString(row.at(6).toString(), Qt::ISODate);
        row[14] = row.at(14).toInt() != 0 ? tr("Late") : QString();
    }
    Result<QList<QVariantList>> suppliers = c.rows(
        QString::fromLatin1(Orders) +
            QStringLiteral(
                "SELECT sp.code, {name:sp}, count(*), sum(s.quantity), sum(s.got), sum(s.bad), "
                "sum(s.lost), sum(s.still_open), sum(s.got * s.unit_price), "
                "sum(CASE WHEN s.still_open > 1e-9 AND s.due_date < :today THEN 1 ELSE 0 END) "
                "FROM sent s JOIN suppliers sp ON sp.id = s.supplier_id "
                "GROUP BY sp.id ORDER BY sum(s.got * s.unit_price) DESC, sp.code"),
        tr("sum the subcontract orders per supplier"), today);
    if (!suppliers)
        return suppliers.outcome();

    const QStringList notes = {tr("Subcontract orders sent in the period, with everything that "
                                  "came back so far. Cost = good pieces × unit price; late: "
                                  "pieces still at the supplier after the due date.")};
    ReportDocument document;
    document.sheets.push_back(ReportScope::sheet(
        tr("By supplier"),
        {ReportScope::column(tr("Supplier code"), K::Text),
         ReportScope::column(tr("Supplier"), K::Text),
         ReportScope::column(tr("Orders"), K::Integer, true),
         ReportScope::column(tr("Sent"), K::Decimal, true),
         ReportScope::column(tr("Good"), K::Decimal, true),
         ReportScope::column(tr("Defective"), K::Decimal, true),
         ReportScope::column(tr("Short"), K::Decimal, true),
         ReportScope::column(tr("Open"), K::Decimal, true),
         ReportScope::column(tr("Cost"), K::Decimal, true),
         ReportScope::column(tr("Late orders"), K::Integer, true)},
        suppliers.value(), notes));
    document.sheets.push_back(ReportScope::sheet(
        tr("Subcontract orders"),
        {ReportScope::column(tr("Order No."), K::Text),
         ReportScope::column(tr("Sent at"), K::DateTime),
         ReportScope::column(tr("Supplier"), K::Text),
         ReportScope::column(tr("WO No."), K::Text),
         ReportScope::column(tr("Product"), K::Text),
         ReportScope::column(tr("Step"), K::Text),
         ReportScope::column(tr("Due date"), K::Date),
         ReportScope::column(tr("Sent"), K::Decimal, true),
         ReportScope::column(tr("Good"), K::Decimal, true),
         ReportScope::column(tr("Defective"), K::Decimal, true),
         ReportScope::column(tr("Short"), K::Decimal, true),
         ReportScope::column(tr("Open"), K::Decimal, true),
         ReportScope::column(tr("Unit price"), K::Decimal, false, 4),
         ReportScope::column(tr("Cost"), K::Decimal, true),
         ReportScope::column(tr("Late"), K::Text)},
        orders.value(), notes));
    return document;
}

} // namespace Taktline
