#include "domain/backup/backuprotation.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace Taktline {

BackupRotation::BackupRotation(int keepDaily, int keepWeekly, int keepMonthly)
    : m_daily(keepDaily)
    , m_weekly(keepWeekly)
    , m_monthly(keepMonthly)
{
}

QStringList BackupRotation::toDelete(const QList<Item> &items) const
{
    QList<Item> rotated;
    for (const Item &item : items) {
        if (isRotated(item.kind))
            rotated.append(item);
    }
    std::sort(rotated.begin(), rotated.end(),
              [](const Item &a, const Item &b) { return a.takenAt > b.takenAt; });
    QSet<QString> keep;
    // Walks newest first: the first backup of a period is that period's newest; LIMIT periods.
    const auto keepNewestPer = [&](int limit, const std::function<qint64(const QDate &)> &period) {
        QSet<qint64> seen;
        for (const Item &item : std::as_const(rotated)) {
            if (seen.size() >= limit)
                break;
            const qint64 key = period(item.takenAt.toLocalTime().date());
            if (seen.contains(key))
                continue;
            seen.insert(key);
            keep.insert(item.file);
        }
    };
    keepNewestPer(m_daily, [](const QDate &day) { return day.toJulianDay(); });
    keepNewestPer(m_weekly, [](const QDate &day) {
        int year = 0;
        const int week = day.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestPer(m_monthly,
                  [](const QDate &day) { return qint64(day.year()) * 100 + day.month(); });
    QStringList doomed;
    for (const Item &item : std::as_const(rotated)) {
        if (!keep.contains(item.file))
            doomed.append(item.file);
    }
    return doomed;
}

} // namespace Taktline
