#include "services/reports/qualityreport.h"

#include "domain/quality/disposition.h"
#include "domain/quality/inspectionplan.h"
#include "services/dashboard/dashboardsql.h"
#include "services/reports/reportscope.h"

namespace Taktline {

namespace {

using K = ReportColumnKind;

// The inspections that count, for an inspections alias I: not voided, not a voiding record.
const QString CountedInspection = QStringLiteral(
    "i.voids_inspection_id IS NULL AND NOT EXISTS (SELECT 1 FROM inspections v WHERE "
    "v.voids_inspection_id = i.id)");

} // namespace

Result<ReportDocument> QualityReport::build(const ReportScope &c)
{
    ReportDocument document;
    QVariantMap names = {{QStringLiteral(":pass"), tr("Pass")}, {QStringLiteral(":fail"), tr("Fail")}};
    for (InspectionKind kind : {InspectionKind::FirstArticle, InspectionKind::Patrol,
                                InspectionKind::Final, InspectionKind::Incoming})
        names.insert(QLatin1Char(':') + inspectionKindKey(kind), inspectionKindName(kind));
    for (Disposition d : {Disposition::Rework, Disposition::Repair, Disposition::Scrap,
                          Disposition::Concession, Disposition::ReturnToSupplier})
        names.insert(QLatin1Char(':') + dispositionKey(d), dispositionName(d));

    Result<QList<QVariantList>> inspections = c.rows(
        QStringLiteral(
            "SELECT i.at, CASE i.kind WHEN 'first_article' THEN :first_article WHEN 'patrol' "
            "THEN :patrol WHEN 'final' THEN :final ELSE :incoming END, coalesce(w.number, ''), "
            "coalesce(o.seq || ' ' || o.name, ''), coalesce(m.code, ''), coalesce(l.lot_no, ''), "
            "coalesce(p.part_no || ' ' || {name:p}, ''), i.lot_size, i.sample_size, "
            "i.accept_number, i.reject_number, i.nonconforming, CASE i.result WHEN 'pass' THEN "
            ":pass ELSE :fail END, coalesce(e.name, u.display_name, '') FROM inspections i JOIN "
            "inspection_plans pl ON pl.id = i.plan_id JOIN products p ON p.id = pl.product_id "
            "LEFT JOIN work_orders w ON w.id = i.work_order_id LEFT JOIN work_order_operations o "
            "ON o.id = i.operation_id LEFT JOIN machines m ON m.id = i.machine_id LEFT JOIN "
            "material_lots l ON l.id = i.lot_id LEFT JOIN employees e ON e.id = i.employee_id "
            "LEFT JOIN users u ON u.id = i.user_id WHERE i.at >= :fromMs AND i.at < :toMs AND ") +
            CountedInspection + c.machineFilter(QStringLiteral("i.machine_id")) +
            QStringLiteral(" ORDER BY i.at, i.id"),
        tr("read the inspections"), names);
    if (!inspections)
        return inspections.outcome();
    c.toLocalTimes(inspections.value(), 0);
    document.sheets.push_back(ReportScope::sheet(
        tr("Inspections"),
        {ReportScope::column(tr("Inspected at"), K::DateTime),
         ReportScope::column(tr("Kind"), K::Text), ReportScope::column(tr("WO No."), K::Text),
         ReportScope::column(tr("Step"), K::Text), ReportScope::column(tr("Machine"), K::Text),
         ReportScope::column(tr("Lot No."), K::Text), ReportScope::column(tr("Product"), K::Text),
         ReportScope::column(tr("Lot size"), K::Decimal),
         ReportScope::column(tr("Sample size"), K::Integer, true),
         ReportScope::column(tr("Ac"), K::Integer), ReportScope::column(tr("Re"), K::Integer),
         ReportScope::column(tr("Nonconforming"), K::Integer, true),
         ReportScope::column(tr("Result"), K::Text), ReportScope::column(tr("Inspector"), K::Text)},
        inspections.value(),
        {tr("Inspections made in the period; voided ones and their corrections' voiding records "
            "are left out. Ac / Re: the sampling plan's acceptance and rejection numbers.")}));

    // One row per decision, and one for a nonconformance nobody decided on yet.
    Result<QList<QVariantList>> ncs = c.rows(
        QStringLiteral(
            "SELECT n.at, n.number, p.part_no || ' ' || {name:p}, coalesce(w.number, ''), "
            "coalesce(l.lot_no, ''), coalesce({name:d}, ''), n.quantity, CASE d2.disposition "
            "WHEN 'rework' THEN :rework WHEN 'repair' THEN :repair WHEN 'scrap' THEN :scrap WHEN "
            "'concession' THEN :concession WHEN 'return_to_supplier' THEN :return_to_supplier "
            "ELSE '' END, d2.quantity, coalesce(a.display_name, ''), coalesce(rw.number, ''), "
            "n.quantity - (SELECT coalesce(sum(x.quantity), 0) FROM nc_dispositions x WHERE "
            "x.nonconformance_id = n.id) FROM nonconformances n JOIN products p ON p.id = "
            "n.product_id LEFT JOIN work_orders w ON w.id = n.work_order_id LEFT JOIN "
            "material_lots l ON l.id = n.lot_id LEFT JOIN defect_reasons d ON d.id = "
            "n.defect_reason_id LEFT JOIN nc_dispositions d2 ON d2.nonconformance_id = n.id LEFT "
            "JOIN users a ON a.id = d2.approver_user_id LEFT JOIN work_orders rw ON rw.id = "
            "d2.rework_work_order_id WHERE n.at >= :fromMs AND n.at < :toMs") +
            c.machineFilter(QStringLiteral("n.machine_id")) +
            QStringLiteral(" ORDER BY n.at, n.number, d2.at, d2.id"),
        tr("read the nonconformances"), names);
    if (!ncs)
        return ncs.outcome();
    c.toLocalTimes(ncs.value(), 0);
    document.sheets.push_back(ReportScope::sheet(
        tr("Nonconformances"),
        {ReportScope::column(tr("Found at"), K::DateTime),
         ReportScope::column(tr("NC No."), K::Text), ReportScope::column(tr("Product"), K::Text),
         ReportScope::column(tr("WO No."), K::Text), ReportScope::column(tr("Lot No."), K::Text),
         ReportScope::column(tr("Defect reason"), K::Text),
         ReportScope::column(tr("Quantity"), K::Decimal),
         ReportScope::column(tr("Disposition"), K::Text),
         ReportScope::column(tr("Disposed"), K::Decimal, true),
         ReportScope::column(tr("Approved by"), K::Text),
         ReportScope::column(tr("Rework order"), K::Text),
         ReportScope::column(tr("Still open"), K::Decimal)},
        ncs.value(),
        {tr("Nonconformances found in the period, one row per disposition; still open: the "
            "pieces nobody decided on yet.")}));

    Result<QList<QVariantList>> yields = c.rows(
        QStringLiteral("SELECT p.part_no || ' ' || {name:p}, o.seq, o.name, sum(r.good + "
                       "r.defective + r.rework), sum(r.good), NULL FROM production_reports r "
                       "JOIN work_order_operations o ON o.id = r.operation_id JOIN work_orders w "
                       "ON w.id = r.work_order_id JOIN products p ON p.id = w.product_id WHERE "
                       "r.reported_at >= :fromMs AND r.reported_at < :toMs AND ") +
            DashboardSql::counted() + c.machineFilter(QStringLiteral("r.machine_id")) +
            QStringLiteral(" GROUP BY w.product_id, o.seq, o.name ORDER BY p.part_no, o.seq"),
        tr("sum the first-pass yield"));
    if (!yields)
        return yields.outcome();
    document.sheets.push_back(ReportScope::sheet(
        tr("First-pass yield"),
        {ReportScope::column(tr("Product"), K::Text), ReportScope::column(tr("Seq"), K::Integer),
         ReportScope::column(tr("Step"), K::Text), ReportScope::column(tr("Made"), K::Decimal, true),
         ReportScope::column(tr("Good"), K::Decimal, true),
         ReportScope::ratio(tr("First-pass yield"), 4, 3)},
        yields.value(), {tr("First-pass yield = good ÷ made (good + defective + rework).")}));

    Result<QList<QVariantList>> reasons = c.rows(
        QStringLiteral(
            "SELECT coalesce(d.code, ''), coalesce({name:d}, :none), sum(reported), "
            "sum(found), sum(reported + found) FROM (SELECT r.defect_reason_id AS reason, "
            "r.defective AS reported, 0 AS found FROM production_reports r WHERE r.defective > 0 "
            "AND r.reported_at >= :fromMs AND r.reported_at < :toMs AND ") +
            DashboardSql::counted() + c.machineFilter(QStringLiteral("r.machine_id")) +
            QStringLiteral(" UNION ALL SELECT n.defect_reason_id, 0, n.quantity FROM "
                           "nonconformances n WHERE n.at >= :fromMs AND n.at < :toMs") +
            c.machineFilter(QStringLiteral("n.machine_id")) +
            QStringLiteral(") q LEFT JOIN defect_reasons d ON d.id = q.reason GROUP BY d.id "
                           "ORDER BY sum(reported + found) DESC, d.code"),
        tr("sum the defects per reason"), {{QStringLiteral(":none"), tr("(no reason given)")}});
    if (!reasons)
        return reasons.outcome();
    document.sheets.push_back(ReportScope::sheet(
        tr("Defects by reason"),
        {ReportScope::column(tr("Code"), K::Text), ReportScope::column(tr("Reason"), K::Text),
         ReportScope::column(tr("Reported defective"), K::Decimal, true),
         ReportScope::column(tr("Found nonconforming"), K::Decimal, true),
         ReportScope::column(tr("Total"), K::Decimal, true)},
        reasons.value(),
        {tr("Defective pieces the stations reported and nonconforming pieces the inspections "
            "found, by reason.")}));
    return document;
}

} // namespace Taktline
