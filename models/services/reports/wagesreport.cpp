#include "services/reports/wagesreport.h"

#include "services/reports/reportreaders.h"
#include "services/reports/reportscope.h"
#include "services/station/wageservice.h"

#include <QHash>
#include <QSet>

namespace Taktline {

namespace {

using K = ReportColumnKind;

struct Person
{
    QString badge;
    QString name;
    QString team;
};

} // namespace

Result<ReportDocument> WagesReport::build(const ReportScope &c)
{
    // The wages page's own lines: the same reports, rates, approvals and rounding.
    Result<QList<WageLine>> read = c.readers->wages().lines(c.request.from, c.request.to);
    if (!read)
        return read.outcome();
    QList<WageLine> lines = read.value();
    if (c.filtered()) {
        Result<QList<QVariantList>> ids =
            c.rows(QStringLiteral("SELECT r.id FROM production_reports r WHERE r.machine_id IS NOT "
                                  "NULL") +
                       c.machineFilter(QStringLiteral("r.machine_id")),
                   tr("find the reports of the machines asked for"));
        if (!ids)
            return ids.outcome();
        QSet<QString> kept;
        for (const QVariantList &row : ids.value())
            kept.insert(row.at(0).toString());
        lines.removeIf([&](const WageLine &line) { return !kept.contains(line.reportId); });
    }
    Result<QList<QVariantList>> people = c.rows(
        QStringLiteral("SELECT id, badge, name, team FROM employees"), tr("read the employees"));
    if (!people)
        return people.outcome();
    QHash<QString, Person> persons;
    for (const QVariantList &row : people.value())
        persons.insert(row.at(0).toString(),
                       {row.at(1).toString(), row.at(2).toString(), row.at(3).toString()});

    QList<WageTotal> totals = WageService::totals(lines);
    std::sort(totals.begin(), totals.end(), [&](const WageTotal &a, const WageTotal &b) {
        return persons.value(a.employeeId).badge < persons.value(b.employeeId).badge;
    });
    QList<QVariantList> totalRows;
    for (const WageTotal &total : totals) {
        const Person person = persons.value(total.employeeId);
        totalRows.append({person.badge, person.name.isEmpty() ? tr("(no employee)") : person.name,
                          person.team, total.good, total.amount, total.unpricedReports,
                          total.unapprovedReports});
    }
    QList<QVariantList> lineRows;
    for (const WageLine &line : lines) {
        const Person person = persons.value(line.employeeId);
        QStringList remarks;
        if (!line.hasRate)
            remarks << tr("no piece rate valid that day");
        if (!line.approved)
            remarks << tr("waiting for approval");
        if (line.deduction)
            remarks << tr("deduction for nonconformance %1").arg(line.nonconformanceNumber);
        lineRows.append({c.localTime(line.reportedAtMs), person.badge, person.name,
                         line.workOrderNumber, line.partNo, line.operationName, line.good,
                         line.hasRate ? QVariant(line.rate) : QVariant(), line.amount,
                         remarks.join(tr("; "))});
    }
    const QString basis = tr("Piece-rate wages as the wages page counts them: good pieces of the "
                             "reports that stand × the piece rate valid on the report's day; a "
                             "report without a rate, or waiting for a required approval, earns "
                             "nothing yet.");

    ReportDocument document;
    ReportSheet perEmployee;
    perEmployee.name = tr("By employee");
    perEmployee.columns = {
        ReportScope::column(tr("Badge"), K::Text),
        ReportScope::column(tr("Employee"), K::Text),
        ReportScope::column(tr("Team"), K::Text),
        ReportScope::column(tr("Good qty"), K::Integer, true),
        ReportScope::column(tr("Amount"), K::Decimal, true),
        ReportScope::column(tr("Reports without a rate"), K::Integer, true),
        ReportScope::column(tr("Reports waiting for approval"), K::Integer, true)};
    perEmployee.rows = std::make_shared<ListRows>(totalRows);
    perEmployee.notes = {basis};
    ReportChart chart;
    chart.type = ReportChart::Type::Bar;
    chart.title = tr("Wages per employee");
    chart.categoryColumn = 1;
    chart.valueColumns = {4};
    perEmployee.chart = chart;
    document.sheets.push_back(std::move(perEmployee));

    ReportSheet priced;
    priced.name = tr("Priced lines");
    priced.columns = {ReportScope::column(tr("Reported at"), K::DateTime),
                      ReportScope::column(tr("Badge"), K::Text),
                      ReportScope::column(tr("Employee"), K::Text),
                      ReportScope::column(tr("WO No."), K::Text),
                      ReportScope::column(tr("Part No."), K::Text),
                      ReportScope::column(tr("Operation"), K::Text),
                      ReportScope::column(tr("Good qty"), K::Integer, true),
                      ReportScope::column(tr("Piece rate"), K::Decimal, false, 4),
                      ReportScope::column(tr("Amount"), K::Decimal, true),
                      ReportScope::column(tr("Remark"), K::Text)};
    priced.rows = std::make_shared<ListRows>(lineRows);
    priced.notes = {basis};
    document.sheets.push_back(std::move(priced));
    return document;
}

} // namespace Taktline
