#include "services/reports/genealogyreport.h"

#include "services/dashboard/dashboardsql.h"
#include "services/reports/reportscope.h"

namespace Taktline {

namespace {

using K = ReportColumnKind;

} // namespace

Result<ReportDocument> GenealogyReport::build(const ReportScope &c)
{
    ReportDocument document;

    // Production lots made in the period: the orders reported on, with what went into them.
    Result<QList<QVariantList>> lots = c.rows(
        QStringLiteral(
            "SELECT w.lot_no, w.number, p.part_no || ' ' || {name:p}, sum(r.good), "
            "(SELECT coalesce(group_concat(DISTINCT ml.lot_no), '') FROM lot_movements lm JOIN "
            "material_lots ml ON ml.id = lm.lot_id WHERE lm.work_order_id = w.id AND lm.kind = "
            "'consumption' AND lm.at < :lotsEndMs), "
            "coalesce(group_concat(DISTINCT m.code), ''), coalesce(group_concat(DISTINCT e.name), "
            "'') FROM production_reports r JOIN work_orders w ON w.id = r.work_order_id JOIN "
            "products p ON p.id = w.product_id LEFT JOIN machines m ON m.id = r.machine_id LEFT "
            "JOIN employees e ON e.id = r.employee_id WHERE r.reported_at >= :fromMs AND "
            "r.reported_at < :toMs AND %1%2 GROUP BY w.id ORDER BY w.lot_no, w.number")
            .arg(DashboardSql::counted(), c.machineFilter(QStringLiteral("r.machine_id"))),
        tr("read the production lots of the period"), {{QStringLiteral(":lotsEndMs"), c.toMs}});
    if (!lots)
        return lots.outcome();
    document.sheets.push_back(ReportScope::sheet(
        tr("Production lots"),
        {ReportScope::column(tr("Lot No."), K::Text), ReportScope::column(tr("WO No."), K::Text),
         ReportScope::column(tr("Product"), K::Text),
         ReportScope::column(tr("Good qty"), K::Integer, true),
         ReportScope::column(tr("Material lots fed"), K::Text),
         ReportScope::column(tr("Machines"), K::Text),
         ReportScope::column(tr("Employees"), K::Text)},
        lots.value(),
        {tr("Work orders reported on in the period with their production lot; good qty, machines "
            "and employees from the period's reports that stand, material lots from every feed "
            "to the order up to the end of the period.")}));

    // Material fed (投料) in the period, lot by lot.
    Result<QList<QVariantList>> feeds = c.rows(
        QStringLiteral(
            "SELECT lm.at, ml.lot_no, mp.part_no || ' ' || {name:mp}, -lm.quantity, "
            "coalesce(w.number, ''), coalesce(w.lot_no, ''), coalesce(m.code, ''), "
            "coalesce(e.name, '') FROM lot_movements lm JOIN material_lots ml ON ml.id = "
            "lm.lot_id JOIN products mp ON mp.id = ml.product_id LEFT JOIN work_orders w ON w.id "
            "= lm.work_order_id LEFT JOIN machines m ON m.id = lm.machine_id LEFT JOIN employees "
            "e ON e.id = lm.employee_id WHERE lm.kind = 'consumption' AND lm.at >= :fromMs AND "
            "lm.at < :toMs%1 ORDER BY lm.at, lm.id")
            .arg(c.machineFilter(QStringLiteral("lm.machine_id"))),
        tr("read the material fed in the period"));
    if (!feeds)
        return feeds.outcome();
    c.toLocalTimes(feeds.value(), 0);
    document.sheets.push_back(ReportScope::sheet(
        tr("Material fed"),
        {ReportScope::column(tr("Fed at"), K::DateTime),
         ReportScope::column(tr("Material lot"), K::Text),
         ReportScope::column(tr("Material"), K::Text),
         ReportScope::column(tr("Quantity"), K::Decimal, true, 3),
         ReportScope::column(tr("WO No."), K::Text), ReportScope::column(tr("Lot No."), K::Text),
         ReportScope::column(tr("Machine"), K::Text), ReportScope::column(tr("Employee"), K::Text)},
        feeds.value(), {tr("Every material feed (投料) of the period, in the material's unit.")}));

    // Serials made in the period, with the steps and components recorded on them.
    const QString serialMachines =
        c.filtered() ? QStringLiteral(" AND EXISTS (SELECT 1 FROM serial_events f WHERE "
                                      "f.serial_id = n.id") +
                           c.machineFilter(QStringLiteral("f.machine_id")) + QStringLiteral(")")
                     : QString();
    Result<QList<QVariantList>> serials = c.rows(
        QStringLiteral(
            "SELECT n.serial, w.number, w.lot_no, p.part_no || ' ' || {name:p}, n.created_at, "
            "(SELECT count(*) FROM serial_events f WHERE f.serial_id = n.id AND f.kind = 'step' "
            "AND f.result = 'pass'), (SELECT count(*) FROM serial_events f WHERE f.serial_id = "
            "n.id AND f.kind = 'component'), (SELECT coalesce(group_concat(DISTINCT m.code), '') "
            "FROM serial_events f JOIN machines m ON m.id = f.machine_id WHERE f.serial_id = "
            "n.id), (SELECT coalesce(group_concat(DISTINCT e.name), '') FROM serial_events f "
            "JOIN employees e ON e.id = f.employee_id WHERE f.serial_id = n.id) FROM serials n "
            "JOIN work_orders w ON w.id = n.work_order_id JOIN products p ON p.id = n.product_id "
            "WHERE n.created_at >= :fromMs AND n.created_at < :toMs%1 ORDER BY n.serial")
            .arg(serialMachines),
        tr("read the serials of the period"));
    if (!serials)
        return serials.outcome();
    c.toLocalTimes(serials.value(), 4);
    document.sheets.push_back(ReportScope::sheet(
        tr("Serials"),
        {ReportScope::column(tr("Serial No."), K::Text), ReportScope::column(tr("WO No."), K::Text),
         ReportScope::column(tr("Lot No."), K::Text), ReportScope::column(tr("Product"), K::Text),
         ReportScope::column(tr("Created at"), K::DateTime),
         ReportScope::column(tr("Steps passed"), K::Integer, true),
         ReportScope::column(tr("Components fitted"), K::Integer, true),
         ReportScope::column(tr("Machines"), K::Text),
         ReportScope::column(tr("Employees"), K::Text)},
        serials.value(),
        {tr("Serials created in the period, with every step and component recorded on them.")}));
    for (ReportSheet &sheet : document.sheets)
        sheet.notes << tr(
            "The whole chain of one lot or serial: taktline trace, or the trace page.");
    return document;
}

} // namespace Taktline
