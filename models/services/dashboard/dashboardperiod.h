#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Taktline {

class WorkCalendar;

// The spans the dashboard's period buttons and date picker choose.
enum class DashboardRange { Today, Shift, Week, Month, Day };

// One period of the dashboard, [fromMs, toMs) in UTC ms, read in the calendar's time zone: today,
// the shift in force (or the last one begun, or the next one), the week from Monday, the month,
// or a picked day.
struct DashboardPeriod
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::DashboardPeriod)

public:
    DashboardRange range = DashboardRange::Today;
    QDate day; // the local day the period was chosen from
    qint64 fromMs = 0;
    qint64 toMs = 0;

    // The period RANGE names at NOW_MS; DAY is the picked date for DashboardRange::Day.
    static DashboardPeriod of(DashboardRange range, const WorkCalendar &calendar, qint64 nowMs,
                              const QDate &day = {});
    bool isSingleDay() const { return toMs - fromMs <= 25 * 3600 * 1000LL; }
    QString
    label(const WorkCalendar &calendar) const; // "2026-12-07 08:00 – 16:00", translated words
};

} // namespace Taktline
