#include "services/capacity/capacityanalyser.h"

#include "domain/clock.h"
#include "domain/masterdata/masterrecord.h"
#include "domain/planning/scheduler.h"
#include "storage/capacity/machinelinerepository.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Taktline {

QList<ScheduledSlot> CapacityAnalyser::planOn(const WorkCalendar &calendar,
                                              const ScheduleService::Snapshot &snapshot)
{
    return ScheduleService::planOn(calendar, snapshot);
}

namespace {

QStringList lateOrders(const WorkCalendar &calendar, const ScheduleService::Snapshot &snapshot,
                       const QList<ScheduledSlot> &placed)
{
    QHash<QString, qint64> lastEnd;
    QHash<QString, QDate> due;
    QStringList order; // first seen, so the list is stable
    for (qsizetype i = 0; i < placed.size() && i < snapshot.rows.size(); ++i) {
        const QueueRow &row = snapshot.rows.at(i);
        const ScheduledSlot &slot = placed.at(i);
        if (slot.status != ScheduleStatus::Scheduled || !row.dueDate.isValid())
            continue;
        if (!lastEnd.contains(row.workOrderId))
            order.append(row.workOrderId);
        lastEnd[row.workOrderId] = std::max(lastEnd.value(row.workOrderId), slot.endMs);
        due.insert(row.workOrderId, row.dueDate);
    }
    QStringList late;
    for (const QString &id : order) {
        if (lastEnd.value(id) > calendar.startOfDayUtcMs(due.value(id).addDays(1)))
            late.append(id);
    }
    return late;
}

QString hoursText(double hours)
{
    return QLocale().toString(hours, 'f', std::fmod(hours, 1.0) == 0 ? 0 : 1);
}

} // namespace

CapacityAnalyser::CapacityAnalyser(const ScheduleService &schedule, QSqlDatabase db,
                                   const Clock &clock)
    : m_schedule(schedule)
    , m_db(std::move(db))
    , m_clock(clock)
{
}

Result<std::pair<QDate, QDate>> CapacityAnalyser::horizon(const CapacityQuery &query) const
{
    if (query.first.isValid() && query.last.isValid()) {
        if (query.last < query.first)
            return Outcome::failure(tr("The horizon is reversed: %1 is after %2.")
                                        .arg(query.first.toString(Qt::ISODate),
                                             query.last.toString(Qt::ISODate)));
        if (query.first.daysTo(query.last) + 1 > 7 * MaxWeeks)
            return Outcome::failure(tr("A capacity analysis looks at most %1 weeks ahead.").arg(MaxWeeks));
        return std::pair{query.first, query.last};
    }
    if (query.weeks < 1 || query.weeks > MaxWeeks)
        return Outcome::failure(
            tr("The horizon is 1 to %1 weeks; %2 weeks were asked.").arg(MaxWeeks).arg(query.weeks));
    const QDate today = m_schedule.calendar().localDate(m_clock.nowMs());
    return std::pair{today, today.addDays(7 * query.weeks - 1)};
}

Result<CapacityAnalysis> CapacityAnalyser::analyse(const CapacityQuery &query) const
{
    Result<ScheduleService::Snapshot> snapshot = m_schedule.load();
    if (!snapshot)
        return snapshot.outcome();
    return analyse(query, snapshot.value(), m_schedule.plan(snapshot.value()), m_schedule.calendar());
}

Result<CapacityComparison> CapacityAnalyser::compare(const CapacityQuery &query,
                                                     const CapacityWhatIf &whatIf) const
{
    const Result<std::pair<QDate, QDate>> days = horizon(query);
    if (!days)
        return days.outcome();
    Result<WorkCalendar> calendar =
        whatIfCalendar(m_schedule.calendar(), whatIf, days.value().first, days.value().second);
    if (!calendar)
        return calendar.outcome();
    Result<ScheduleService::Snapshot> snapshot = m_schedule.load();
    if (!snapshot)
        return snapshot.outcome();
    Result<CapacityAnalysis> before =
        analyse(query, snapshot.value(), m_schedule.plan(snapshot.value()), m_schedule.calendar());
    if (!before)
        return before.outcome();
    Result<CapacityAnalysis> after = analyse(
        query, snapshot.value(), planOn(calendar.value(), snapshot.value()), calendar.value());
    if (!after)
        return after.outcome();
    CapacityComparison comparison{std::move(before).value(), std::move(after).value(),
                                  calendar.value(), 0};
    const QSet<QString> stillLate(comparison.after.lateOrderIds.cbegin(),
                                  comparison.after.lateOrderIds.cend());
    for (const QString &id : comparison.before.lateOrderIds)
        comparison.becomeOnTime += stillLate.contains(id) ? 0 : 1;
    return comparison;
}

Result<WorkCalendar> CapacityAnalyser::whatIfCalendar(const WorkCalendar &calendar,
                                                      const CapacityWhatIf &whatIf, QDate first,
                                                      QDate last)
{
    if (whatIf.isEmpty())
        return Outcome::failure(tr("Choose overtime or a day off to work first."));
    if (whatIf.overtimeHours < 0 || whatIf.overtimeHours > MaxOvertimeHours)
        return Outcome::failure(tr("Overtime is 0 to %1 hours a day; %2 hours were asked.")
                                    .arg(hoursText(MaxOvertimeHours), hoursText(whatIf.overtimeHours)));
    QList<Shift> shifts = calendar.shifts();
    if (whatIf.overtimeHours > 0) {
        const Shift lastShift = shifts.constLast(); // sorted by start
        const Shift overtime{lastShift.end,
                             lastShift.end.addSecs(int(std::lround(whatIf.overtimeHours * 3600)))};
        shifts.append(overtime);
        if (Outcome fits = WorkCalendar::validateShifts(shifts); !fits)
            return Outcome::failure(
                tr("%1 h of overtime after %2 does not fit the calendar: %3")
                    .arg(hoursText(whatIf.overtimeHours),
                         lastShift.end.toString(QStringLiteral("HH:mm")), fits.error()));
    }
    QSet<QDate> extra = calendar.extraWorkingDates();
    const QList<Qt::DayOfWeek> daysOff = calendar.weeklyDaysOff();
    for (const Qt::DayOfWeek day : whatIf.workedDaysOff) {
        if (!daysOff.contains(day))
            return Outcome::failure(tr("%1 is not a weekly day off of the calendar.")
                                        .arg(QLocale().dayName(day)));
    }
    for (QDate date = first; date.isValid() && date <= last; date = date.addDays(1)) {
        if (whatIf.workedDaysOff.contains(Qt::DayOfWeek(date.dayOfWeek())) &&
            !calendar.datesOff().contains(date))
            extra.insert(date);
    }
    return WorkCalendar::create(shifts, daysOff, calendar.datesOff(), extra, calendar.timeZone());
}

Result<CapacityAnalysis> CapacityAnalyser::analyse(const CapacityQuery &query,
                                                   const ScheduleService::Snapshot &snapshot,
                                                   const QList<ScheduledSlot> &placed,
                                                   const WorkCalendar &calendar) const
{
    const Result<std::pair<QDate, QDate>> days = horizon(query);
    if (!days)
        return days.outcome();
    const Result<QHash<QString, QString>> lines = MachineLineRepository(m_db).lines();
    if (!lines)
        return lines.outcome();

    QHash<QString, QList<PlannedSpan>> planned;
    for (qsizetype i = 0; i < placed.size() && i < snapshot.rows.size(); ++i) {
        // An outsourced step (外协) is at a supplier: it loads no machine.
        if (placed.at(i).status == ScheduleStatus::Scheduled && !snapshot.rows.at(i).outsourced)
            planned[snapshot.rows.at(i).machineId].append({placed.at(i).startMs, placed.at(i).endMs});
    }
    QList<CapacityMachine> machines;
    for (const MachineRow &row : snapshot.machines) {
        if (!row.active || (!query.machineId.isEmpty() && row.id != query.machineId) ||
            (!query.workshop.isEmpty() && row.workshop != query.workshop))
            continue;
        machines.append({row.id,
                         QStringLiteral("%1 %2").arg(row.code, localizedName(row.name, row.nameEn)),
                         lines.value().value(row.id), row.workshop, row.capacity,
                         planned.value(row.id)});
    }

    CapacityAnalysis analysis;
    analysis.first = days.value().first;
    analysis.last = days.value().second;
    analysis.planStartMs = snapshot.anchorMs;
    const CapacityLoad load(calendar, analysis.first, analysis.last, snapshot.anchorMs);
    analysis.days = load.days();
    analysis.machineDays = load.machineRows(machines);
    analysis.bottleneck = CapacityLoad::bottleneck(analysis.machineDays);
    analysis.lateOrderIds = lateOrders(calendar, snapshot, placed);

    QList<CapacityRow> rows = CapacityLoad::grouped(analysis.machineDays, machines, query.grouping,
                                                    tr("(no line)"), tr("(no workshop)"));
    CapacityLoad::markOverloadedDays(rows, analysis.days);
    if (query.bucketing == CapacityBucketing::Week) {
        analysis.buckets = CapacityLoad::weeks(analysis.days);
        analysis.rows = CapacityLoad::byWeek(rows, analysis.days);
    } else {
        analysis.buckets = analysis.days;
        analysis.rows = rows;
    }
    return analysis;
}

} // namespace Taktline
