#include "services/reports/productionperiodreport.h"

#include "services/dashboard/dashboardsql.h"
#include "services/reports/reportscope.h"

namespace Taktline {

namespace {

using K = ReportColumnKind;

// The counted reports of the period (voided ones never count) with their step, order, product,
// machine and employee, narrowed by the machine or workshop asked for.
QString countedFrom(const ReportScope &c)
{
    return QStringLiteral(" FROM production_reports r JOIN work_order_operations o ON o.id = "
                          "r.operation_id JOIN work_orders w ON w.id = r.work_order_id JOIN "
                          "products p ON p.id = w.product_id LEFT JOIN machines m ON m.id = "
                          "r.machine_id LEFT JOIN employees e ON e.id = r.employee_id WHERE "
                          "r.reported_at >= :fromMs AND r.reported_at < :toMs AND ") +
           DashboardSql::counted() + c.machineFilter(QStringLiteral("r.machine_id"));
}

// Good, defective, rework, made, (yield), standard hours: the figures every sheet ends with.
const QString Figures = QStringLiteral(
    "sum(r.good), sum(r.defective), sum(r.rework), sum(r.good + r.defective + r.rework), NULL, "
    "sum(r.good * o.standard_seconds) / 3600.0");

// The columns Figures fills, from column FIRST on.
QList<ReportColumn> figureColumns(int first)
{
    return {
        ReportScope::column(ProductionPeriodReport::tr("Good qty"), K::Integer, true),
        ReportScope::column(ProductionPeriodReport::tr("Defective qty"), K::Integer, true),
        ReportScope::column(ProductionPeriodReport::tr("Rework"), K::Integer, true),
        ReportScope::column(ProductionPeriodReport::tr("Made"), K::Integer, true),
        ReportScope::ratio(ProductionPeriodReport::tr("Yield"), first, first + 3),
        ReportScope::column(ProductionPeriodReport::tr("Standard hours"), K::Hours, true),
    };
}

QStringList figureNotes()
{
    return {
        ReportScope::countedNote(),
        ProductionPeriodReport::tr(
            "Made = good + defective + rework. Yield = good ÷ made, summed before "
            "dividing (the dashboard's first-pass yield)."),
        ProductionPeriodReport::tr(
            "Standard hours = good pieces × the step's standard time: the hours "
            "the good output is worth."),
    };
}

Result<ReportSheet> sheetOf(const ReportScope &c, const QString &name, QList<ReportColumn> columns,
                            const QString &sql, const QString &purpose)
{
    Result<QList<QVariantList>> rows = c.rows(sql, purpose);
    if (!rows)
        return rows.outcome();
    ReportScope::fillRatios(rows.value(), columns);
    ReportSheet sheet;
    sheet.name = name;
    sheet.columns = std::move(columns);
    sheet.rows = std::make_shared<ListRows>(std::move(rows.value()));
    sheet.notes = figureNotes();
    return sheet;
}

Result<ReportSheet> perOrder(const ReportScope &c)
{
    QList<ReportColumn> columns = {
        ReportScope::column(ProductionPeriodReport::tr("WO No."), K::Text),
        ReportScope::column(ProductionPeriodReport::tr("Product"), K::Text),
        ReportScope::column(ProductionPeriodReport::tr("Planned qty"), K::Integer, true),
        ReportScope::column(ProductionPeriodReport::tr("Finished"), K::Integer, true),
    };
    columns += figureColumns(4);
    const QString sql = QStringLiteral("SELECT w.number, p.part_no || ' ' || {name:p}, "
                                       "max(w.quantity), sum(CASE WHEN %1 THEN r.good ELSE 0 "
                                       "END), %2 %3 GROUP BY w.id ORDER BY w.number")
                            .arg(DashboardSql::lastStep(), Figures, countedFrom(c));
    Result<ReportSheet> sheet =
        sheetOf(c, ProductionPeriodReport::tr("By order"), columns, sql,
                ProductionPeriodReport::tr("sum the period's output per order"));
    if (sheet)
        sheet.value().notes.prepend(ProductionPeriodReport::tr(
            "Planned qty: the order's quantity (its target). Finished: good pieces reported at "
            "the order's last step in the period."));
    return sheet;
}

Result<ReportSheet> perStep(const ReportScope &c)
{
    QList<ReportColumn> columns = {
        ReportScope::column(ProductionPeriodReport::tr("Operation"), K::Text),
        ReportScope::column(ProductionPeriodReport::tr("Work orders"), K::Integer),
    };
    columns += figureColumns(2);
    const QString sql = QStringLiteral("SELECT o.name, count(DISTINCT w.id), %1 %2 GROUP BY "
                                       "o.name ORDER BY min(o.seq), o.name")
                            .arg(Figures, countedFrom(c));
    return sheetOf(c, ProductionPeriodReport::tr("By operation"), columns, sql,
                   ProductionPeriodReport::tr("sum the period's output per operation"));
}

Result<ReportSheet> perMachine(const ReportScope &c)
{
    QList<ReportColumn> columns = {
        ReportScope::column(ProductionPeriodReport::tr("Machine"), K::Text),
        ReportScope::column(ProductionPeriodReport::tr("Machine name"), K::Text),
        ReportScope::column(ProductionPeriodReport::tr("Workshop"), K::Text),
        ReportScope::column(ProductionPeriodReport::tr("Reports"), K::Integer, true),
    };
    columns += figureColumns(4);
    const QString sql =
        QStringLiteral("SELECT coalesce(m.code, :none), coalesce({name:m}, :outside), "
                       "coalesce(m.workshop, ''), count(*), %1 %2 GROUP BY m.id ORDER BY "
                       "m.id IS NULL, m.code")
            .arg(Figures, countedFrom(c));
    Result<QList<QVariantList>> rows =
        c.rows(sql, ProductionPeriodReport::tr("sum the period's output per machine"),
               {{QStringLiteral(":none"), ProductionPeriodReport::tr("(no machine)")},
                {QStringLiteral(":outside"),
                 ProductionPeriodReport::tr("Subcontracted steps received back")}});
    if (!rows)
        return rows.outcome();
    ReportScope::fillRatios(rows.value(), columns);
    ReportSheet sheet;
    sheet.name = ProductionPeriodReport::tr("By machine");
    sheet.columns = columns;
    sheet.rows = std::make_shared<ListRows>(std::move(rows.value()));
    sheet.notes = figureNotes();
    ReportChart chart;
    chart.type = ReportChart::Type::Column;
    chart.title = ProductionPeriodReport::tr("Output per machine");
    chart.categoryColumn = 0;
    chart.valueColumns = {4, 5};
    sheet.chart = chart;
    return sheet;
}

Result<ReportSheet> perEmployee(const ReportScope &c)
{
    QList<ReportColumn> columns = {
        ReportScope::column(ProductionPeriodReport::tr("Badge"), K::Text),
        ReportScope::column(ProductionPeriodReport::tr("Employee"), K::Text),
        ReportScope::column(ProductionPeriodReport::tr("Team"), K::Text),
        ReportScope::column(ProductionPeriodReport::tr("Reports"), K::Integer, true),
    };
    columns += figureColumns(4);
    const QString sql =
        QStringLiteral("SELECT coalesce(e.badge, ''), coalesce(e.name, :none), "
                       "coalesce(e.team, ''), count(*), %1 %2 GROUP BY e.id ORDER BY "
                       "e.id IS NULL, e.badge")
            .arg(Figures, countedFrom(c));
    Result<QList<QVariantList>> rows =
        c.rows(sql, ProductionPeriodReport::tr("sum the period's output per employee"),
               {{QStringLiteral(":none"), ProductionPeriodReport::tr("(no employee)")}});
    if (!rows)
        return rows.outcome();
    ReportScope::fillRatios(rows.value(), columns);
    ReportSheet sheet;
    sheet.name = ProductionPeriodReport::tr("By employee");
    sheet.columns = columns;
    sheet.rows = std::make_shared<ListRows>(std::move(rows.value()));
    sheet.notes = figureNotes();
    return sheet;
}

// One row per day of the period, days without output too.
Result<ReportSheet> perDay(const ReportScope &c)
{
    QList<ReportColumn> columns = {
        ReportScope::column(ProductionPeriodReport::tr("Date"), K::Date),
        ReportScope::column(ProductionPeriodReport::tr("Finished"), K::Integer, true),
    };
    columns += figureColumns(2);
    const QString sql = QStringLiteral("SELECT NULL, coalesce(sum(CASE WHEN %1 THEN r.good ELSE 0 "
                                       "END), 0), %2 %3")
                            .arg(DashboardSql::lastStep(), Figures, countedFrom(c));
    QList<QVariantList> all;
    for (const QDate &day : c.days()) {
        Result<QList<QVariantList>> rows =
            c.rows(sql, ProductionPeriodReport::tr("sum the output of one day"),
                   {{QStringLiteral(":fromMs"), c.calendar.startOfDayUtcMs(day)},
                    {QStringLiteral(":toMs"), c.calendar.startOfDayUtcMs(day.addDays(1))}});
        if (!rows)
            return rows.outcome();
        QVariantList row = rows.value().value(0);
        row[0] = day;
        for (int i = 2; i < row.size(); ++i) {
            if (row.at(i).isNull() && !columns.at(i).ratioOf)
                row[i] = 0;
        }
        all.append(row);
    }
    ReportScope::fillRatios(all, columns);
    ReportSheet sheet;
    sheet.name = ProductionPeriodReport::tr("By day");
    sheet.columns = columns;
    sheet.rows = std::make_shared<ListRows>(all);
    sheet.notes = figureNotes();
    sheet.notes.prepend(ProductionPeriodReport::tr(
        "Finished: good pieces reported at the last step of their order (the dashboard's done)."));
    ReportChart chart;
    chart.type = ReportChart::Type::Line;
    chart.title = ProductionPeriodReport::tr("Output per day");
    chart.categoryColumn = 0;
    chart.valueColumns = {1, 2};
    chart.maxRows = int(all.size());
    sheet.chart = chart;
    return sheet;
}

} // namespace

Result<ReportDocument> ProductionPeriodReport::build(const ReportScope &c)
{
    ReportDocument document;
    const bool longer = c.request.kind != ReportKind::Daily;
    using Maker = Result<ReportSheet> (*)(const ReportScope &);
    QList<Maker> makers = {perOrder, perStep, perMachine, perEmployee};
    if (longer)
        makers.append(perDay);
    for (Maker make : makers) {
        Result<ReportSheet> sheet = make(c);
        if (!sheet)
            return sheet.outcome();
        document.sheets.push_back(std::move(sheet.value()));
    }
    if (document.sheets.front().rows->expectedRows() == 0)
        document.sheets.front().notes.prepend(tr("No production was reported in the period."));
    return document;
}

} // namespace Taktline
