#pragma once

#include "domain/planning/workcalendar.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Taktline {

enum class CapacityBucketing { Day, Week };
enum class CapacityGrouping { Machine, Line, Workshop };

// A planned operation on a machine, [startMs, endMs) in UTC ms as the Scheduler placed it.
struct PlannedSpan
{
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// A machine with what it runs in the horizon.
struct CapacityMachine
{
    QString id;
    QString label;    // "LATHE-1 数控车床"
    QString line;     // empty: none
    QString workshop; // empty: none
    int lanes = 1;    // parallel capacity (并行能力)
    QList<PlannedSpan> planned;
};

// One column: a day, or the days of one Monday–Sunday week inside the horizon.
struct CapacityBucket
{
    QDate first;
    QDate last;
};

// Load against capacity of one machine, line or workshop, per bucket and over the horizon.
struct CapacityRow
{
    QString key;      // machine id; workshop + '\n' + line; workshop
    QString label;
    QString workshop;
    int machines = 1;
    QList<double> loadSeconds;     // per bucket
    QList<double> capacitySeconds; // per bucket
    // Days booked to capacity or beyond: the finite plan never puts more on a machine than it
    // can run, so a bottleneck shows as days with no time left (and as late orders).
    QList<QDate> overloadedDays;

    double totalLoad() const;
    double totalCapacity() const;
    // Load ÷ capacity; none without capacity and load, +inf for a load without capacity.
    static std::optional<double> utilisation(double loadSeconds, double capacitySeconds);
    std::optional<double> utilisation() const { return utilisation(totalLoad(), totalCapacity()); }
    std::optional<double> utilisationAt(int bucket) const
    {
        return utilisation(loadSeconds.value(bucket), capacitySeconds.value(bucket));
    }
};

// The utilisation bands of the heat map.
enum class CapacityBand { None, Low, High, Full, Over }; // –, < 70 %, 70–90 %, 90–100 %, > 100 %
CapacityBand capacityBand(std::optional<double> utilisation);

// The pure arithmetic of capacity analysis (产能分析): the load of a machine in a production day
// is the working time of its planned operations inside the calendar's working intervals of that
// day (a night shift's hours after midnight belong to the day it starts on); its capacity is the
// working time of the day × its lanes. Weeks, lines and workshops are sums.
class CapacityLoad final
{
public:
    // The days FIRST … LAST, counting working time from NOT_BEFORE_MS on (the plan's start).
    CapacityLoad(const WorkCalendar &calendar, QDate first, QDate last, qint64 notBeforeMs);

    QList<CapacityBucket> days() const;
    // One row per machine, one bucket per day.
    QList<CapacityRow> machineRows(const QList<CapacityMachine> &machines) const;

    // Fills each row's overloaded days from its loads and capacities by day.
    static void markOverloadedDays(QList<CapacityRow> &dayRows, const QList<CapacityBucket> &days);
    // Rows by day summed into ISO weeks (the first and last may be partial).
    static QList<CapacityBucket> weeks(const QList<CapacityBucket> &days);
    static QList<CapacityRow> byWeek(const QList<CapacityRow> &dayRows,
                                     const QList<CapacityBucket> &days);
    // Machine rows summed per line or workshop; MACHINES gives each row's line and workshop.
    // The groups' overloaded days are left empty (markOverloadedDays fills them by day).
    static QList<CapacityRow> grouped(const QList<CapacityRow> &machineRows,
                                      const QList<CapacityMachine> &machines,
                                      CapacityGrouping grouping, const QString &noLine,
                                      const QString &noWorkshop);
    // The row with the highest utilisation over the horizon (ties: the larger load); none when
    // nothing is loaded.
    static std::optional<int> bottleneck(const QList<CapacityRow> &rows);

private:
    QList<double> perDay(const PlannedSpan &span) const;

    QDate m_first;
    QDate m_last;
    QList<ShiftInterval> m_intervals; // of the production days FIRST … LAST, from NOT_BEFORE
};

} // namespace Taktline
