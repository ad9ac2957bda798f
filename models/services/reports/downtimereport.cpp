#include "services/reports/downtimereport.h"

#include "services/dashboard/dashboardlosses.h"
#include "services/oee/oeeservice.h"
#include "services/reports/reportreaders.h"
#include "services/reports/reportscope.h"

#include <QHash>

namespace Taktline {

namespace {

using K = ReportColumnKind;

// No status yet counts as unclassified time, as on the dashboard's Pareto.
TimeUse shownUse(TimeUse use)
{
    return use == TimeUse::NoStatus ? TimeUse::Unclassified : use;
}

struct Tally
{
    QVariantList labels;
    double seconds = 0;
    int stops = 0;
};

// Tallies in the order first met, sorted longest first, as rows: labels, hours, stops, share.
QList<QVariantList> rowsOf(QList<Tally> tallies, double totalSeconds)
{
    std::stable_sort(tallies.begin(), tallies.end(),
                     [](const Tally &a, const Tally &b) { return a.seconds > b.seconds; });
    QList<QVariantList> rows;
    for (const Tally &tally : tallies) {
        QVariantList row = tally.labels;
        row << tally.seconds / 3600.0 << tally.stops
            << (totalSeconds > 0 ? QVariant(tally.seconds / totalSeconds) : QVariant());
        rows.append(row);
    }
    return rows;
}

} // namespace

Result<ReportDocument> DowntimeReport::build(const ReportScope &c)
{
    OeeQuery query;
    query.fromMs = c.fromMs;
    query.toMs = c.toMs;
    query.grouping = OeeGrouping::Machine;
    if (!c.machineId.isEmpty())
        query.machineIds = {c.machineId};
    query.workshop = c.request.workshop;
    if (query.fromMs >= c.nowMs)
        return Outcome::failure(tr("The period has not begun yet: there is no downtime to tell."));
    // Every stop the dashboard's Pareto counts, and the planned ones too.
    const QList<TimeUse> uses =
        DashboardLosses::paretoUses() + QList<TimeUse>{TimeUse::PlannedDown};
    const Result<QList<OeeStop>> stops = c.readers->oee().stops(query, uses, {}, c.nowMs);
    if (!stops)
        return stops.outcome();
    Result<QList<QVariantList>> names =
        c.rows(QStringLiteral("SELECT m.id, {name:m}, m.workshop FROM machines m"),
               tr("read the machines"));
    if (!names)
        return names.outcome();
    QHash<QString, std::pair<QString, QString>> machines;
    for (const QVariantList &row : names.value())
        machines.insert(row.at(0).toString(), {row.at(1).toString(), row.at(2).toString()});

    QList<Tally> byMachine;
    QHash<QString, qsizetype> machineIndex;
    QList<Tally> byReason;
    QHash<std::pair<int, QString>, qsizetype> reasonIndex;
    QList<QVariantList> stopRows;
    double total = 0;
    for (const OeeStop &stop : stops.value()) {
        const double seconds = double(stop.span.durationMs()) / 1000.0;
        const TimeUse use = shownUse(stop.span.use);
        const QString reason = stop.span.downtimeReason.isEmpty()
                                   ? OeeService::timeUseDisplayName(TimeUse::Unclassified)
                                   : stop.span.downtimeReason;
        total += seconds;
        if (!machineIndex.contains(stop.machineId)) {
            machineIndex.insert(stop.machineId, byMachine.size());
            const auto [name, workshop] = machines.value(stop.machineId);
            byMachine.append({{stop.machineCode, name, workshop}, 0, 0});
        }
        Tally &machine = byMachine[machineIndex.value(stop.machineId)];
        machine.seconds += seconds;
        ++machine.stops;
        const std::pair<int, QString> key{int(use), stop.span.downtimeReasonId};
        if (!reasonIndex.contains(key)) {
            reasonIndex.insert(key, byReason.size());
            byReason.append({{reason, OeeService::timeUseDisplayName(use)}, 0, 0});
        }
        Tally &bar = byReason[reasonIndex.value(key)];
        bar.seconds += seconds;
        ++bar.stops;
        stopRows.append({stop.machineCode, c.localTime(stop.span.startMs),
                         c.localTime(stop.span.endMs), seconds / 3600.0, reason,
                         OeeService::timeUseDisplayName(use)});
    }
    const QStringList notes = {
        tr("Stops as the OEE and the dashboard count them: failures, unclassified time (no "
           "reason, or no status yet), small stops, quality stops and planned downtime, cut to "
           "the calendar's working time and to now."),
        tr("Share: the stop hours ÷ all stop hours of the period.")};
    const auto figures = [](QList<ReportColumn> columns) {
        columns << ReportScope::column(tr("Stop hours"), K::Hours, true)
                << ReportScope::column(tr("Stops"), K::Integer, true)
                << ReportScope::column(tr("Share"), K::Percent, true, 1);
        return columns;
    };

    ReportDocument document;
    ReportSheet machineSheet;
    machineSheet.name = tr("By machine");
    machineSheet.columns = figures({ReportScope::column(tr("Machine"), K::Text),
                                    ReportScope::column(tr("Machine name"), K::Text),
                                    ReportScope::column(tr("Workshop"), K::Text)});
    machineSheet.rows = std::make_shared<ListRows>(rowsOf(byMachine, total));
    machineSheet.notes = notes;
    ReportChart machineChart;
    machineChart.type = ReportChart::Type::Bar;
    machineChart.title = tr("Stop hours per machine");
    machineChart.valueColumns = {3};
    machineSheet.chart = machineChart;
    document.sheets.push_back(std::move(machineSheet));

    ReportSheet reasonSheet;
    reasonSheet.name = tr("By reason");
    reasonSheet.columns = figures({ReportScope::column(tr("Downtime reason"), K::Text),
                                   ReportScope::column(tr("Counted as"), K::Text)});
    reasonSheet.rows = std::make_shared<ListRows>(rowsOf(byReason, total));
    reasonSheet.notes = notes;
    ReportChart reasonChart;
    reasonChart.type = ReportChart::Type::Column;
    reasonChart.title = tr("Downtime by reason");
    reasonChart.valueColumns = {2};
    reasonSheet.chart = reasonChart;
    document.sheets.push_back(std::move(reasonSheet));

    ReportSheet stopSheet;
    stopSheet.name = tr("Stops");
    stopSheet.columns = {ReportScope::column(tr("Machine"), K::Text),
                         ReportScope::column(tr("From"), K::DateTime),
                         ReportScope::column(tr("To"), K::DateTime),
                         ReportScope::column(tr("Stop hours"), K::Hours, true),
                         ReportScope::column(tr("Downtime reason"), K::Text),
                         ReportScope::column(tr("Counted as"), K::Text)};
    stopSheet.rows = std::make_shared<ListRows>(stopRows);
    stopSheet.notes = {notes.first()};
    document.sheets.push_back(std::move(stopSheet));
    return document;
}

} // namespace Taktline
