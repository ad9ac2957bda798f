#pragma once

#include "domain/outcome.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <limits>
#include <memory>

namespace Taktline {

// One working shift (班次) of a day; an end at or before the start runs past midnight, so
// 20:00–04:00 is a night shift and 16:00–00:00 ends at the next midnight.
struct Shift
{
    QTime start;
    QTime end;

    bool crossesMidnight() const { return end <= start; }
    int lengthSeconds() const { return start.secsTo(end) + (crossesMidnight() ? 24 * 3600 : 0); }
    bool operator==(const Shift &other) const = default;
};

// A span of working time, [startMs, endMs) in UTC milliseconds since the epoch.
struct WorkingInterval
{
    qint64 startMs = 0;
    qint64 endMs = 0;

    bool operator==(const WorkingInterval &other) const = default;
};

// A working span with the shift it belongs to (an index into WorkCalendar::shifts()) and the
// production day: the date the shift starts on, so a night shift's hours after midnight belong
// to the day before.
struct ShiftInterval
{
    WorkingInterval interval;
    int shift = 0;
    QDate day;
};

// The factory's working time (工作日历): shifts, weekly days off, specific days off (holidays)
// and extra working days, read in one time zone; answers "when can work happen" for scheduling.
// It always has working time — create() refuses a calendar without any — so every walk over it
// ends; a walk that still finds nothing (cannot happen for a built calendar) answers Never.
class WorkCalendar final
{
public:
    static constexpr qint64 Never = std::numeric_limits<qint64>::max();

    // The default: 08:00–12:00 and 13:00–17:30, Monday to Saturday, the system time zone.
    WorkCalendar()
        : WorkCalendar(defaultCalendar())
    {
    }
    static WorkCalendar defaultCalendar(const QTimeZone &zone = QTimeZone::systemTimeZone());
    static QList<Shift> defaultShifts()
    {
        return {{QTime(8, 0), QTime(12, 0)}, {QTime(13, 0), QTime(17, 30)}};
    }

    // A shift belongs to the day it starts on: Saturday's 20:00–04:00 runs if Saturday works.
    // Specific days off win over everything; extra working dates win over weekly days off.
    static Result<WorkCalendar> create(QList<Shift> shifts, QList<Qt::DayOfWeek> weeklyDaysOff,
                                       QSet<QDate> datesOff = {},
                                       QSet<QDate> extraWorkingDates = {},
                                       const QTimeZone &zone = QTimeZone::systemTimeZone());
    // Refuses invalid times, zero-length shifts, overlapping shifts (also a night shift running
    // into the next morning's first shift) and an empty list.
    static Outcome validateShifts(const QList<Shift> &shifts);
    static Outcome validate(const QList<Shift> &shifts, const QList<Qt::DayOfWeek> &weeklyDaysOff,
                            const QSet<QDate> &datesOff, const QSet<QDate> &extraWorkingDates);

    const QList<Shift> &shifts() const { return m_shifts; } // sorted by start
    QList<Qt::DayOfWeek> weeklyDaysOff() const              // sorted, Monday first
    {
        QList<Qt::DayOfWeek> days;
        for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
            if (m_weeklyOffMask & (1u << day))
                days.append(Qt::DayOfWeek(day));
        }
        return days;
    }
    const QSet<QDate> &datesOff() const { return m_datesOff; }
    const QSet<QDate> &extraWorkingDates() const { return m_extraWorkingDates; }
    const QTimeZone &timeZone() const { return m_zone; }

    bool isWorkingDay(QDate date) const
    {
        return date.isValid() && !m_datesOff.contains(date) &&
               (!(m_weeklyOffMask & (1u << date.dayOfWeek())) ||
                m_extraWorkingDates.contains(date));
    }
    // Working seconds of the shifts that start on this date (0 on a day off).
    double workingSecondsPerDay(QDate date) const;
    // The instant itself when it lies inside a shift, else the start of the next shift.
    qint64 nextWorkingMoment(qint64 utcMs) const;
    // When work of the given working seconds started at startUtcMs is done; breaks, nights and
    // days off do not count. Zero or negative seconds answer startUtcMs unchanged.
    qint64 addWorkingSeconds(qint64 startUtcMs, double seconds) const;
    double workingSecondsBetween(qint64 fromUtcMs, qint64 toUtcMs) const;
    // The working spans that overlap [fromUtcMs, toUtcMs), clipped to it, in order.
    QList<WorkingInterval> workingIntervals(qint64 fromUtcMs, qint64 toUtcMs) const;
    // The same spans, each with its shift and production day.
    QList<ShiftInterval> shiftIntervals(qint64 fromUtcMs, qint64 toUtcMs) const;

    // Local midnight at the start of the date in the calendar's zone, in UTC ms; a due date
    // ends at startOfDayUtcMs(due.addDays(1)), i.e. 24:00 local.
    qint64 startOfDayUtcMs(QDate date) const;
    QDate localDate(qint64 utcMs) const;

    // Compact JSON for the settings table; fromJson validates like create().
    QString toJson() const;
    static Result<WorkCalendar> fromJson(const QString &json);
    // The zone an IANA id (or alias, or "UTC+08:00") names on this computer; invalid if unknown.
    static QTimeZone zoneFromId(const QString &id);

    // Calendars in the same zone share one ZoneOffsets, so comparing the pointer is enough.
    bool operator==(const WorkCalendar &other) const = default;

    struct ZoneOffsets; // UTC offsets of the zone, shared between copies and read-only

private:
    WorkCalendar(QList<Shift> shifts, quint8 weeklyOffMask, QSet<QDate> datesOff,
                 QSet<QDate> extraWorkingDates, const QTimeZone &zone);
    int offsetMsAt(qint64 utcMs) const;
    qint64 localToUtc(qint64 localMs) const;
    template<typename Visit> bool walk(qint64 fromUtcMs, Visit visit) const;

    QList<Shift> m_shifts;
    quint8 m_weeklyOffMask = 0; // bit n set: Qt::DayOfWeek n is off
    QSet<QDate> m_datesOff;
    QSet<QDate> m_extraWorkingDates;
    QTimeZone m_zone;
    std::shared_ptr<const ZoneOffsets> m_offsets;
};

} // namespace Taktline
