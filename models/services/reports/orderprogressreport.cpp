#include "services/reports/orderprogressreport.h"

#include "domain/clock.h"
#include "domain/planning/workorder.h"
#include "services/dashboard/dashboardsql.h"
#include "services/reports/reportscope.h"

namespace Taktline {

namespace {

using K = ReportColumnKind;

enum Column { Number, Product, Customer, Ordered, Finished, Remaining, Done, Due, State, Late };

} // namespace

Result<ReportDocument> OrderProgressReport::build(const ReportScope &c)
{
    const QList<ReportColumn> columns = {
        ReportScope::column(tr("WO No."), K::Text),
        ReportScope::column(tr("Product"), K::Text),
        ReportScope::column(tr("Customer"), K::Text),
        ReportScope::column(tr("Planned qty"), K::Integer, true),
        ReportScope::column(tr("Finished"), K::Integer, true),
        ReportScope::column(tr("Remaining"), K::Integer, true),
        ReportScope::ratio(tr("Done"), Finished, Ordered),
        ReportScope::column(tr("Due date"), K::Date),
        ReportScope::column(tr("State"), K::Text),
        ReportScope::column(tr("Days late"), K::Integer),
    };
    // Finished as of the period's end: good pieces at the last step reported before it.
    const QString counted = DashboardSql::counted();
    const QString lastStep = DashboardSql::lastStep();
    const QString machineSteps =
        c.filtered() ? QStringLiteral(" AND EXISTS (SELECT 1 FROM work_order_operations x WHERE "
                                      "x.work_order_id = w.id AND x.deleted = 0") +
                           c.machineFilter(QStringLiteral("x.machine_id")) + QStringLiteral(")")
                     : QString();
    const QString sql =
        QStringLiteral(
            "SELECT w.number, p.part_no || ' ' || {name:p}, w.customer, w.quantity, "
            "(SELECT coalesce(sum(r.good), 0) FROM work_order_operations o JOIN production_reports "
            "r ON r.operation_id = o.id WHERE o.work_order_id = w.id AND o.deleted = 0 AND %1 AND "
            "%2 AND r.reported_at < :endMs) AS finished, "
            "(SELECT max(r.reported_at) FROM work_order_operations o JOIN production_reports r ON "
            "r.operation_id = o.id WHERE o.work_order_id = w.id AND o.deleted = 0 AND %1 AND %2 "
            "AND r.reported_at < :lastMs) AS last_at, w.due_date, w.state "
            "FROM work_orders w JOIN products p ON p.id = w.product_id WHERE w.deleted = 0 AND "
            "w.state NOT IN ('draft', 'cancelled') AND (w.due_date BETWEEN :fromDay AND :toDay "
            "OR (w.state IN ('released', 'in_progress', 'on_hold') AND w.created_at < :toMs) "
            "OR EXISTS (SELECT 1 FROM production_reports r WHERE r.work_order_id = w.id AND "
            "r.reported_at >= :fromMs AND r.reported_at < :openMs AND %2))%3 "
            "ORDER BY w.due_date, w.number")
            .arg(lastStep, counted, machineSteps);
    Result<QList<QVariantList>> read = c.rows(sql, tr("read the orders of the period"),
                                              {{QStringLiteral(":endMs"), c.toMs},
                                               {QStringLiteral(":lastMs"), c.toMs},
                                               {QStringLiteral(":openMs"), c.toMs}});
    if (!read)
        return read.outcome();
    // Late is judged on the period's last day, or today while the period lasts.
    const QDate judged = std::min(c.request.to, c.clock->today());
    QList<QVariantList> rows;
    for (const QVariantList &in : read.value()) {
        const double ordered = in.at(3).toDouble();
        const double finished = in.at(4).toDouble();
        const double remaining = std::max(0.0, ordered - finished);
        const QDate due = QDate::fromString(in.at(6).toString(), Qt::ISODate);
        int late = 0;
        if (remaining > 0)
            late = int(due.daysTo(judged));
        else if (!in.at(5).isNull())
            late = int(due.daysTo(c.localDate(in.at(5).toLongLong())));
        const std::optional<WorkOrderState> state = workOrderStateFromKey(in.at(7).toString());
        QVariantList row = {in.at(0),
                            in.at(1),
                            in.at(2),
                            ordered,
                            finished,
                            remaining,
                            QVariant(),
                            due,
                            state ? workOrderStateDisplayName(*state) : in.at(7).toString(),
                            late > 0 ? QVariant(late) : QVariant()};
        rows.append(row);
    }
    ReportScope::fillRatios(rows, columns);

    ReportSheet sheet;
    sheet.name = tr("Order progress");
    sheet.columns = columns;
    sheet.rows = std::make_shared<ListRows>(rows);
    sheet.notes = {
        tr("Orders due in the period, open at its end, or reported on in it (drafts and "
           "cancelled orders are left out)."),
        tr("Finished: good pieces reported at the order's last step up to the end of the period; "
           "remaining = planned qty − finished (never below 0)."),
        tr("Days late: for an unfinished order, days from the due date to %1; for a finished one, "
           "days from the due date to its last report. Empty when on time.")
            .arg(judged.toString(Qt::ISODate)),
        ReportScope::countedNote(),
    };
    ReportChart chart;
    chart.type = ReportChart::Type::Bar;
    chart.title = tr("Finished and remaining per order");
    chart.categoryColumn = Number;
    chart.valueColumns = {Finished, Remaining};
    sheet.chart = chart;
    ReportDocument document;
    document.sheets.push_back(std::move(sheet));
    return document;
}

} // namespace Taktline
