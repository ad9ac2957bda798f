#include "services/dashboard/dashboardperiod.h"

#include "domain/planning/workcalendar.h"

#include <QLocale>

namespace Taktline {

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000LL;

// The shift in force at NOW_MS; else the last one begun today; else the next one (a night shift
// begun yesterday counts). An empty period at the start of today when the calendar has none near.
std::pair<qint64, qint64> shiftAt(const WorkCalendar &calendar, qint64 nowMs)
{
    const QDate today = calendar.localDate(nowMs);
    std::pair<qint64, qint64> lastBegun{0, 0};
    std::pair<qint64, qint64> next{0, 0};
    for (const QDate &date : {today.addDays(-1), today, today.addDays(1)}) {
        if (!calendar.isWorkingDay(date))
            continue;
        for (const Shift &shift : calendar.shifts()) {
            const qint64 start =
                calendar.startOfDayUtcMs(date) + shift.start.msecsSinceStartOfDay();
            const qint64 end = start + qint64(shift.lengthSeconds()) * 1000;
            if (start <= nowMs && nowMs < end)
                return {start, end};
            if (start <= nowMs && calendar.localDate(start) == today && start > lastBegun.first)
                lastBegun = {start, end};
            if (start > nowMs && (next.first == 0 || start < next.first))
                next = {start, end};
        }
    }
    if (lastBegun.first)
        return lastBegun;
    if (next.first)
        return next;
    const qint64 midnight = calendar.startOfDayUtcMs(today);
    return {midnight, midnight};
}

} // namespace

DashboardPeriod DashboardPeriod::of(DashboardRange range, const WorkCalendar &calendar,
                                    qint64 nowMs, const QDate &day)
{
    DashboardPeriod period;
    period.range = range;
    period.day = range == DashboardRange::Day && day.isValid() ? day : calendar.localDate(nowMs);
    const QDate date = period.day;
    switch (range) {
    case DashboardRange::Today:
    case DashboardRange::Day:
        period.fromMs = calendar.startOfDayUtcMs(date);
        period.toMs = calendar.startOfDayUtcMs(date.addDays(1));
        break;
    case DashboardRange::Shift: {
        const auto [from, to] = shiftAt(calendar, nowMs);
        period.fromMs = from;
        period.toMs = to;
        break;
    }
    case DashboardRange::Week: {
        const QDate monday = date.addDays(1 - date.dayOfWeek());
        period.fromMs = calendar.startOfDayUtcMs(monday);
        period.toMs = calendar.startOfDayUtcMs(monday.addDays(7));
        break;
    }
    case DashboardRange::Month: {
        const QDate first(date.year(), date.month(), 1);
        period.fromMs = calendar.startOfDayUtcMs(first);
        period.toMs = calendar.startOfDayUtcMs(first.addMonths(1));
        break;
    }
    }
    return period;
}

QString DashboardPeriod::label(const WorkCalendar &calendar) const
{
    const QLocale locale;
    const QString dateFormat = QStringLiteral("yyyy-MM-dd");
    const QDate first = calendar.localDate(fromMs);
    const QDate last = calendar.localDate(std::max(fromMs, toMs - 1));
    if (range == DashboardRange::Shift) {
        const auto time = [&](qint64 ms) {
            const qint64 local = ms - calendar.startOfDayUtcMs(calendar.localDate(ms));
            return QTime::fromMSecsSinceStartOfDay(int(local % DayMs))
                .toString(QStringLiteral("HH:mm"));
        };
        return tr("Shift %1 %2–%3").arg(first.toString(dateFormat), time(fromMs), time(toMs));
    }
    if (first == last)
        return first.toString(dateFormat) + QLatin1Char(' ') + locale.dayName(first.dayOfWeek());
    return tr("%1 to %2").arg(first.toString(dateFormat), last.toString(dateFormat));
}

} // namespace Taktline
