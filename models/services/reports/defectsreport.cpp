#include "services/reports/defectsreport.h"

#include "services/dashboard/dashboardsql.h"
#include "services/reports/reportscope.h"

namespace Taktline {

namespace {

using K = ReportColumnKind;

// The counted reports of the period, narrowed by the machine or workshop asked for.
QString countedFrom(const ReportScope &c)
{
    return QStringLiteral(" FROM production_reports r JOIN work_order_operations o ON o.id = "
                          "r.operation_id JOIN work_orders w ON w.id = r.work_order_id JOIN "
                          "products p ON p.id = w.product_id LEFT JOIN defect_reasons d ON d.id = "
                          "r.defect_reason_id WHERE r.reported_at >= :fromMs AND r.reported_at < "
                          ":toMs AND ") +
           DashboardSql::counted() + c.machineFilter(QStringLiteral("r.machine_id"));
}

} // namespace

Result<ReportDocument> DefectsReport::build(const ReportScope &c)
{
    ReportDocument document;
    const QString defectRate = tr("Defect rate = defective ÷ made (good + defective + rework), "
                                  "summed before dividing.");

    // By reason, most first: a Pareto with each reason's share and the running share.
    Result<QList<QVariantList>> reasons =
        c.rows(QStringLiteral("SELECT coalesce(d.code, ''), coalesce({name:d}, :none), "
                              "sum(r.defective) AS pieces, count(*) %1 AND r.defective > 0 "
                              "GROUP BY d.id ORDER BY pieces DESC, d.code")
                   .arg(countedFrom(c)),
               tr("sum the defective pieces per reason"),
               {{QStringLiteral(":none"), tr("(no reason given)")}});
    if (!reasons)
        return reasons.outcome();
    double total = 0;
    for (const QVariantList &row : reasons.value())
        total += row.at(2).toDouble();
    double running = 0;
    QList<QVariantList> reasonRows;
    for (const QVariantList &row : reasons.value()) {
        const double pieces = row.at(2).toDouble();
        running += pieces;
        reasonRows.append({row.at(0), row.at(1), pieces, row.at(3),
                           total > 0 ? QVariant(pieces / total) : QVariant(),
                           total > 0 ? QVariant(running / total) : QVariant()});
    }
    ReportSheet byReason = ReportScope::sheet(
        tr("By reason"),
        {ReportScope::column(tr("Code"), K::Text),
         ReportScope::column(tr("Defect reason"), K::Text),
         ReportScope::column(tr("Defective qty"), K::Integer, true),
         ReportScope::column(tr("Reports"), K::Integer, true),
         ReportScope::column(tr("Share"), K::Percent, true, 1),
         ReportScope::column(tr("Cumulative share"), K::Percent, false, 1)},
        reasonRows,
        {tr("Share: the reason's defective pieces ÷ all defective pieces of the period; most "
            "first, with the running share (a Pareto)."),
         ReportScope::countedNote()});
    ReportChart pareto;
    pareto.type = ReportChart::Type::Column;
    pareto.title = tr("Defects by reason (Pareto)");
    pareto.categoryColumn = 1;
    pareto.valueColumns = {2};
    byReason.chart = pareto;
    document.sheets.push_back(std::move(byReason));

    const QString figures =
        QStringLiteral("sum(r.defective), sum(r.good + r.defective + r.rework), NULL");
    Result<QList<QVariantList>> products =
        c.rows(QStringLiteral("SELECT p.part_no, {name:p}, %1 %2 GROUP BY p.id HAVING "
                              "sum(r.defective) > 0 ORDER BY sum(r.defective) DESC, p.part_no")
                   .arg(figures, countedFrom(c)),
               tr("sum the defective pieces per product"));
    if (!products)
        return products.outcome();
    document.sheets.push_back(ReportScope::sheet(tr("By product"),
                                      {ReportScope::column(tr("Part No."), K::Text),
                                       ReportScope::column(tr("Product"), K::Text),
                                       ReportScope::column(tr("Defective qty"), K::Integer, true),
                                       ReportScope::column(tr("Made"), K::Integer, true),
                                       ReportScope::ratio(tr("Defect rate"), 2, 3)},
                                      products.value(), {defectRate, ReportScope::countedNote()}));

    Result<QList<QVariantList>> steps =
        c.rows(QStringLiteral("SELECT o.name, %1 %2 GROUP BY o.name HAVING sum(r.defective) > 0 "
                              "ORDER BY sum(r.defective) DESC, o.name")
                   .arg(figures, countedFrom(c)),
               tr("sum the defective pieces per operation"));
    if (!steps)
        return steps.outcome();
    document.sheets.push_back(ReportScope::sheet(tr("By operation"),
                                      {ReportScope::column(tr("Operation"), K::Text),
                                       ReportScope::column(tr("Defective qty"), K::Integer, true),
                                       ReportScope::column(tr("Made"), K::Integer, true),
                                       ReportScope::ratio(tr("Defect rate"), 1, 2)},
                                      steps.value(), {defectRate, ReportScope::countedNote()}));
    return document;
}

} // namespace Taktline
