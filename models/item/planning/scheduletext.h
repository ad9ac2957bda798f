#pragma once

#include "domain/planning/scheduler.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace Taktline {

struct QueuedOperation;

// Wording and formats the planning views share: why an operation is not placed, how late it
// is, and planned times in the factory calendar's time zone.
class ScheduleText final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ScheduleText)

public:
    static QString statusText(ScheduleStatus status);           // "Machine deactivated"
    static QString lateBy(qint64 lateByMs);                     // "Late by 5 h" / "Late by 3 d"
    static QString duration(qint64 ms);                         // "5 h" / "3 d"
    static QString moment(qint64 utcMs, const QTimeZone &zone); // "11-22 08:00"
    static QString span(qint64 startMs, qint64 endMs,
                        const QTimeZone &zone);  // "11-22 08:00 → 11-23 10:30"
    static QString shortDate(const QDate &date); // "11-22"
    static QString quantity(double value);
    // Everything about one queued operation, as rich text for a tooltip.
    static QString operationDetails(const QueuedOperation &op, const QString &machine,
                                    const QTimeZone &zone);
};

} // namespace Taktline
