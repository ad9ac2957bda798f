#include "services/reports/shipmentsreport.h"

#include "services/reports/reportscope.h"

namespace Taktline {

namespace {

using K = ReportColumnKind;

} // namespace

Result<ReportDocument> ShipmentsReport::build(const ReportScope &c)
{
    // Lines shipped on a day of the period; with a machine or workshop asked for, the lines of
    // orders that have a step there.
    const QString machineSteps =
        c.filtered() ? QStringLiteral(" AND EXISTS (SELECT 1 FROM work_order_operations x WHERE "
                                      "x.work_order_id = w.id AND x.deleted = 0") +
                           c.machineFilter(QStringLiteral("x.machine_id")) + QStringLiteral(")")
                     : QString();
    const QString from =
        QStringLiteral(
            " FROM shipment_lines l JOIN shipments s ON s.id = l.shipment_id JOIN work_orders w ON "
            "w.id = l.work_order_id JOIN products p ON p.id = w.product_id LEFT JOIN serials n ON "
            "n.id = l.serial_id WHERE s.shipped_on BETWEEN :fromDay AND :toDay") +
        machineSteps;
    Result<QList<QVariantList>> customers = c.rows(
        QStringLiteral("SELECT s.customer, count(DISTINCT s.id), count(*), sum(l.quantity)") +
            from +
            QStringLiteral(" GROUP BY s.customer ORDER BY sum(l.quantity) DESC, "
                           "s.customer"),
        tr("sum the shipments per customer"));
    if (!customers)
        return customers.outcome();
    Result<QList<QVariantList>> lines = c.rows(
        QStringLiteral("SELECT s.shipped_on, s.shipment_no, s.customer, s.customer_order, "
                       "w.number, p.part_no || ' ' || {name:p}, w.lot_no, coalesce(n.serial, ''), "
                       "l.quantity") +
            from + QStringLiteral(" ORDER BY s.shipped_on, s.shipment_no, l.at, l.id"),
        tr("read the shipped lines"));
    if (!lines)
        return lines.outcome();
    for (QVariantList &row : lines.value())
        row[0] = QDate::fromString(row.at(0).toString(), Qt::ISODate);

    const QString basis = tr("Shipments whose shipping date is in the period; quantities in the "
                             "product's unit.");
    ReportDocument document;
    ReportSheet byCustomer;
    byCustomer.name = tr("By customer");
    byCustomer.columns = {ReportScope::column(tr("Customer"), K::Text),
                          ReportScope::column(tr("Shipments"), K::Integer, true),
                          ReportScope::column(tr("Lines"), K::Integer, true),
                          ReportScope::column(tr("Quantity"), K::Decimal, true)};
    byCustomer.rows = std::make_shared<ListRows>(customers.value());
    byCustomer.notes = {basis};
    ReportChart chart;
    chart.type = ReportChart::Type::Bar;
    chart.title = tr("Quantity shipped per customer");
    chart.valueColumns = {3};
    byCustomer.chart = chart;
    document.sheets.push_back(std::move(byCustomer));

    ReportSheet shipped;
    shipped.name = tr("Shipped lines");
    shipped.columns = {ReportScope::column(tr("Shipped on"), K::Date),
                       ReportScope::column(tr("Shipment No."), K::Text),
                       ReportScope::column(tr("Customer"), K::Text),
                       ReportScope::column(tr("Customer order"), K::Text),
                       ReportScope::column(tr("WO No."), K::Text),
                       ReportScope::column(tr("Product"), K::Text),
                       ReportScope::column(tr("Lot No."), K::Text),
                       ReportScope::column(tr("Serial No."), K::Text),
                       ReportScope::column(tr("Quantity"), K::Decimal, true)};
    shipped.rows = std::make_shared<ListRows>(lines.value());
    shipped.notes = {basis};
    document.sheets.push_back(std::move(shipped));
    return document;
}

} // namespace Taktline
