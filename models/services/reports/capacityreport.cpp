#include "services/reports/capacityreport.h"

#include "domain/clock.h"
#include "services/capacity/capacityanalyser.h"
#include "services/reports/reportreaders.h"
#include "services/reports/reportscope.h"

#include <QLocale>

namespace Taktline {

namespace {

using K = ReportColumnKind;

double hours(double seconds)
{
    return seconds / 3600.0;
}

QString percent(double ratio)
{
    return QLocale().toString(ratio * 100, 'f', 1) + QLatin1Char('%');
}

QString dayList(const QList<QDate> &days)
{
    QStringList texts;
    for (const QDate &day : days)
        texts << day.toString(Qt::ISODate);
    return texts.join(QStringLiteral(", "));
}

} // namespace

Result<ReportDocument> CapacityReport::build(const ReportScope &c)
{
    const QDate today = c.calendar.localDate(c.nowMs);
    if (c.request.from < today)
        return Outcome::failure(
            tr("A capacity analysis looks ahead: the period starts on %1, before today %2.")
                .arg(c.request.from.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    CapacityQuery query;
    query.first = c.request.from;
    query.last = c.request.to;
    query.machineId = c.machineId;
    query.workshop = c.request.workshop;
    const CapacityAnalyser analyser(c.readers->schedule(), c.connection(), *c.clock);
    const Result<CapacityAnalysis> computed = analyser.analyse(query);
    if (!computed)
        return computed.outcome();
    const CapacityAnalysis &a = computed.value();

    const auto hoursColumn = [](const QString &header) {
        return ReportScope::column(header, K::Hours, true);
    };
    QStringList notes = {
        tr("Load: the working hours of the planned operations that fall on the day, inside the "
           "calendar's shifts; capacity: the day's working hours × the machine's parallel "
           "capacity. Today counts from the start of the plan."),
        tr("The plan never puts more on a machine than it can run: a machine booked to capacity "
           "on a day has no time left there, and what does not fit moves to later days.")};
    if (a.bottleneck) {
        const CapacityRow &b = a.machineDays.at(*a.bottleneck);
        notes << tr("Bottleneck: %1 at %2 (%3 h of %4 h); booked to capacity on: %5.")
                     .arg(b.label, percent(b.totalCapacity() > 0 ? b.totalLoad() / b.totalCapacity() : 0),
                          QLocale().toString(hours(b.totalLoad()), 'f', 1),
                          QLocale().toString(hours(b.totalCapacity()), 'f', 1),
                          b.overloadedDays.isEmpty() ? tr("no day") : dayList(b.overloadedDays));
    } else {
        notes << tr("No machine has planned work in the period.");
    }
    notes << tr("Late orders by the plan: %n.", nullptr, int(a.lateOrderIds.size()));

    std::vector<ReportSheet> sheets;
    {
        QList<QVariantList> rows;
        for (const CapacityRow &row : a.machineDays)
            rows.append({row.label, row.workshop, hours(row.totalLoad()),
                         hours(row.totalCapacity()), QVariant(), int(row.overloadedDays.size()),
                         dayList(row.overloadedDays)});
        ReportSheet sheet = ReportScope::sheet(
            tr("By machine"),
            {ReportScope::column(tr("Machine"), K::Text), ReportScope::column(tr("Workshop"), K::Text),
             hoursColumn(tr("Load (h)")), hoursColumn(tr("Capacity (h)")),
             ReportScope::ratio(tr("Utilisation"), 2, 3),
             ReportScope::column(tr("Days at capacity"), K::Integer),
             ReportScope::column(tr("Days"), K::Text)},
            rows, notes);
        ReportChart chart;
        chart.type = ReportChart::Type::Column;
        chart.title = tr("Load and capacity per machine (h)");
        chart.categoryColumn = 0;
        chart.valueColumns = {2, 3};
        sheet.chart = chart;
        sheets.push_back(std::move(sheet));
    }
    {
        QList<QVariantList> rows;
        for (const CapacityRow &row : a.machineDays) {
            for (qsizetype d = 0; d < a.days.size(); ++d)
                rows.append({row.label, row.workshop, a.days.at(d).first,
                             hours(row.loadSeconds.value(d)), hours(row.capacitySeconds.value(d)),
                             QVariant()});
        }
        sheets.push_back(ReportScope::sheet(
            tr("By machine and day"),
            {ReportScope::column(tr("Machine"), K::Text), ReportScope::column(tr("Workshop"), K::Text),
             ReportScope::column(tr("Day"), K::Date), hoursColumn(tr("Load (h)")),
             hoursColumn(tr("Capacity (h)")), ReportScope::ratio(tr("Utilisation"), 3, 4)},
            rows, {}));
    }
    for (const CapacityGrouping grouping : {CapacityGrouping::Line, CapacityGrouping::Workshop}) {
        query.grouping = grouping;
        const Result<CapacityAnalysis> groups = analyser.analyse(query);
        if (!groups)
            return groups.outcome();
        const bool byLine = grouping == CapacityGrouping::Line;
        QList<QVariantList> rows;
        for (const CapacityRow &row : groups.value().rows) {
            QVariantList cells = {row.workshop};
            if (byLine)
                cells << row.label;
            cells << row.machines << hours(row.totalLoad()) << hours(row.totalCapacity())
                  << QVariant() << int(row.overloadedDays.size());
            rows.append(cells);
        }
        QList<ReportColumn> columns = {ReportScope::column(tr("Workshop"), K::Text)};
        if (byLine)
            columns << ReportScope::column(tr("Line"), K::Text);
        const int load = int(columns.size()) + 1;
        columns << ReportScope::column(tr("Machines"), K::Integer, true)
                << hoursColumn(tr("Load (h)")) << hoursColumn(tr("Capacity (h)"))
                << ReportScope::ratio(tr("Utilisation"), load, load + 1)
                << ReportScope::column(tr("Days at capacity"), K::Integer);
        sheets.push_back(
            ReportScope::sheet(byLine ? tr("By line") : tr("By workshop"), columns, rows, {}));
    }
    ReportDocument document;
    document.sheets = std::move(sheets);
    return document;
}

} // namespace Taktline
