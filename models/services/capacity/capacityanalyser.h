#pragma once

#include "domain/outcome.h"
#include "domain/planning/capacityload.h"
#include "domain/planning/workcalendar.h"
#include "services/planning/scheduleservice.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Taktline {

class Clock;

// What to analyse: the horizon (from today for WEEKS weeks, or FIRST … LAST), the columns, the
// rows and, for a report, one machine or workshop only.
struct CapacityQuery
{
    int weeks = 4;
    QDate first; // both valid: these days instead of WEEKS from today
    QDate last;
    CapacityBucketing bucketing = CapacityBucketing::Day;
    CapacityGrouping grouping = CapacityGrouping::Machine;
    QString machineId; // empty: every active machine
    QString workshop;  // empty: every workshop
};

// More working time tried out (加班): hours after the last shift of every working day, and weekly
// days off worked on the days of the horizon.
struct CapacityWhatIf
{
    double overtimeHours = 0;
    QList<Qt::DayOfWeek> workedDaysOff;

    bool isEmpty() const { return overtimeHours <= 0 && workedDaysOff.isEmpty(); }
};

// Load against capacity over a horizon, from the live plan.
struct CapacityAnalysis
{
    QDate first;
    QDate last;
    qint64 planStartMs = 0; // working time counts from here (the plan's start)
    QList<CapacityBucket> buckets;
    QList<CapacityRow> rows;        // as grouped and bucketed by the query
    QList<CapacityBucket> days;
    QList<CapacityRow> machineDays; // per machine per day: the bottleneck's base
    std::optional<int> bottleneck;  // index into machineDays
    QStringList lateOrderIds;       // work orders whose last planned step ends after their due date
};

// The analysis with and without the what-if, and the calendar that expresses it.
struct CapacityComparison
{
    CapacityAnalysis before;
    CapacityAnalysis after;
    WorkCalendar calendar;
    int becomeOnTime = 0; // late before, on time after
};

// Computes capacity analyses from the plan (ScheduleService::load and plan) and the working
// calendar, read-only: the page's, the report centre's and the what-if's figures.
class CapacityAnalyser final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::CapacityAnalyser)

public:
    static constexpr int MaxWeeks = 26;
    static constexpr double MaxOvertimeHours = 8;

    CapacityAnalyser(const ScheduleService &schedule, QSqlDatabase db, const Clock &clock);

    Result<CapacityAnalysis> analyse(const CapacityQuery &query) const;
    // Re-plans in memory on the what-if's calendar (the Scheduler, the same queues): nothing is
    // written.
    Result<CapacityComparison> compare(const CapacityQuery &query, const CapacityWhatIf &whatIf) const;
    // The calendar with the what-if: overtime as one more shift from the end of the last shift on
    // every working day; a worked day off as extra working dates inside the horizon (holidays
    // stay off). Refused with a message when it cannot be expressed.
    static Result<WorkCalendar> whatIfCalendar(const WorkCalendar &calendar,
                                               const CapacityWhatIf &whatIf, QDate first,
                                               QDate last);
    // SNAPSHOT planned on CALENDAR by ScheduleService::planOn: the what-if plans the very same
    // queues, only on another calendar.
    static QList<ScheduledSlot> planOn(const WorkCalendar &calendar,
                                       const ScheduleService::Snapshot &snapshot);
    // FIRST … LAST of the query, or today … today + 7 × weeks − 1; refused when out of range.
    Result<std::pair<QDate, QDate>> horizon(const CapacityQuery &query) const;

private:
    Result<CapacityAnalysis> analyse(const CapacityQuery &query, const ScheduleService::Snapshot &snapshot,
                                     const QList<ScheduledSlot> &placed,
                                     const WorkCalendar &calendar) const;

    const ScheduleService &m_schedule;
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace Taktline
