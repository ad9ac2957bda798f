#include "domain/planning/capacityload.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>

namespace Taktline {

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000;
constexpr double OverloadToleranceSeconds = 1; // rounding of planned times

double sum(const QList<double> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0.0);
}

void add(QList<double> &into, const QList<double> &values)
{
    if (into.size() < values.size())
        into.resize(values.size(), 0.0);
    for (qsizetype i = 0; i < values.size(); ++i)
        into[i] += values.at(i);
}

} // namespace

double CapacityRow::totalLoad() const
{
    return sum(loadSeconds);
}

double CapacityRow::totalCapacity() const
{
    return sum(capacitySeconds);
}

std::optional<double> CapacityRow::utilisation(double loadSeconds, double capacitySeconds)
{
    if (capacitySeconds > 0)
        return loadSeconds / capacitySeconds;
    if (loadSeconds > 0)
        return std::numeric_limits<double>::infinity();
    return std::nullopt;
}

CapacityBand capacityBand(std::optional<double> utilisation)
{
    if (!utilisation)
        return CapacityBand::None;
    if (*utilisation < 0.7)
        return CapacityBand::Low;
    if (*utilisation < 0.9)
        return CapacityBand::High;
    if (*utilisation <= 1.0 + 1e-9)
        return CapacityBand::Full;
    return CapacityBand::Over;
}

CapacityLoad::CapacityLoad(const WorkCalendar &calendar, QDate first, QDate last,
                           qint64 notBeforeMs)
    : m_first(first)
    , m_last(last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return;
    // A day's night shift ends the next morning and the day before's may reach into FIRST: read
    // a day on each side and keep the spans by the production day they belong to.
    const qint64 from = std::max(calendar.startOfDayUtcMs(first) - DayMs, notBeforeMs);
    const qint64 to = calendar.startOfDayUtcMs(last.addDays(2));
    for (const ShiftInterval &span : calendar.shiftIntervals(from, to)) {
        if (span.day >= first && span.day <= last)
            m_intervals.append(span);
    }
}

QList<CapacityBucket> CapacityLoad::days() const
{
    QList<CapacityBucket> days;
    if (!m_first.isValid() || !m_last.isValid())
        return days;
    for (QDate day = m_first; day <= m_last; day = day.addDays(1))
        days.append({day, day});
    return days;
}

// Working seconds of SPAN per day of the horizon.
QList<double> CapacityLoad::perDay(const PlannedSpan &span) const
{
    QList<double> seconds(m_first.daysTo(m_last) + 1, 0.0);
    // The intervals are in time order and do not overlap: start at the first that ends after it.
    auto it = std::upper_bound(m_intervals.cbegin(), m_intervals.cend(), span.startMs,
                               [](qint64 at, const ShiftInterval &i) { return at < i.interval.endMs; });
    for (; it != m_intervals.cend() && it->interval.startMs < span.endMs; ++it) {
        const qint64 from = std::max(span.startMs, it->interval.startMs);
        const qint64 to = std::min(span.endMs, it->interval.endMs);
        if (to > from)
            seconds[m_first.daysTo(it->day)] += double(to - from) / 1000.0;
    }
    return seconds;
}

QList<CapacityRow> CapacityLoad::machineRows(const QList<CapacityMachine> &machines) const
{
    const qsizetype dayCount = m_first.isValid() ? m_first.daysTo(m_last) + 1 : 0;
    QList<double> oneLane(dayCount, 0.0);
    for (const ShiftInterval &span : m_intervals)
        oneLane[m_first.daysTo(span.day)] += double(span.interval.endMs - span.interval.startMs) / 1000.0;

    QList<CapacityRow> rows;
    for (const CapacityMachine &machine : machines) {
        CapacityRow row;
        row.key = machine.id;
        row.label = machine.label;
        row.workshop = machine.workshop;
        row.loadSeconds = QList<double>(dayCount, 0.0);
        row.capacitySeconds = oneLane;
        for (double &seconds : row.capacitySeconds)
            seconds *= machine.lanes;
        for (const PlannedSpan &span : machine.planned)
            add(row.loadSeconds, perDay(span));
        rows.append(std::move(row));
    }
    markOverloadedDays(rows, days());
    return rows;
}

void CapacityLoad::markOverloadedDays(QList<CapacityRow> &dayRows, const QList<CapacityBucket> &days)
{
    for (CapacityRow &row : dayRows) {
        row.overloadedDays.clear();
        for (qsizetype d = 0; d < days.size(); ++d) {
            const double load = row.loadSeconds.value(d);
            const double capacity = row.capacitySeconds.value(d);
            if (load > OverloadToleranceSeconds && load >= capacity - OverloadToleranceSeconds)
                row.overloadedDays.append(days.at(d).first);
        }
    }
}

QList<CapacityBucket> CapacityLoad::weeks(const QList<CapacityBucket> &days)
{
    QList<CapacityBucket> weeks;
    for (const CapacityBucket &day : days) {
        if (!weeks.isEmpty() && day.first.dayOfWeek() != Qt::Monday)
            weeks.last().last = day.last;
        else
            weeks.append(day);
    }
    return weeks;
}

QList<CapacityRow> CapacityLoad::byWeek(const QList<CapacityRow> &dayRows,
                                        const QList<CapacityBucket> &days)
{
    const QList<CapacityBucket> weekBuckets = weeks(days);
    QList<CapacityRow> rows;
    for (const CapacityRow &dayRow : dayRows) {
        CapacityRow row = dayRow;
        row.loadSeconds = QList<double>(weekBuckets.size(), 0.0);
        row.capacitySeconds = QList<double>(weekBuckets.size(), 0.0);
        int week = -1;
        for (qsizetype d = 0; d < days.size(); ++d) {
            if (week < 0 || days.at(d).first.dayOfWeek() == Qt::Monday)
                ++week;
            row.loadSeconds[week] += dayRow.loadSeconds.value(d);
            row.capacitySeconds[week] += dayRow.capacitySeconds.value(d);
        }
        rows.append(std::move(row));
    }
    return rows;
}

QList<CapacityRow> CapacityLoad::grouped(const QList<CapacityRow> &machineRows,
                                         const QList<CapacityMachine> &machines,
                                         CapacityGrouping grouping, const QString &noLine,
                                         const QString &noWorkshop)
{
    if (grouping == CapacityGrouping::Machine)
        return machineRows;
    QHash<QString, CapacityMachine> byId;
    for (const CapacityMachine &machine : machines)
        byId.insert(machine.id, machine);
    QList<CapacityRow> groups;
    QHash<QString, qsizetype> index;
    for (const CapacityRow &machineRow : machineRows) {
        const CapacityMachine machine = byId.value(machineRow.key);
        const QString workshop = machine.workshop.isEmpty() ? noWorkshop : machine.workshop;
        const QString line = machine.line.isEmpty() ? noLine : machine.line;
        const QString key = grouping == CapacityGrouping::Line
                                ? machine.workshop + QLatin1Char('\n') + machine.line
                                : machine.workshop;
        auto found = index.constFind(key);
        if (found == index.cend()) {
            CapacityRow group;
            group.key = key;
            group.label = grouping == CapacityGrouping::Line ? line : workshop;
            group.workshop = workshop;
            group.machines = 0;
            found = index.insert(key, groups.size());
            groups.append(group);
        }
        CapacityRow &group = groups[*found];
        group.machines += 1;
        add(group.loadSeconds, machineRow.loadSeconds);
        add(group.capacitySeconds, machineRow.capacitySeconds);
    }
    return groups;
}

std::optional<int> CapacityLoad::bottleneck(const QList<CapacityRow> &rows)
{
    std::optional<int> best;
    for (int i = 0; i < rows.size(); ++i) {
        const CapacityRow &row = rows.at(i);
        if (row.totalLoad() <= 0)
            continue;
        if (!best) {
            best = i;
            continue;
        }
        const CapacityRow &current = rows.at(*best);
        const double u = *row.utilisation();
        const double c = *current.utilisation();
        if (u > c || (u == c && row.totalLoad() > current.totalLoad()))
            best = i;
    }
    return best;
}

} // namespace Taktline
