#pragma once

#include "domain/oee/oeeclass.h"
#include "domain/station/production.h"

#include <QString>

namespace Taktline {

// Where a span of a machine's time goes in OEE.
enum class TimeUse {
    Running,
    Setup,
    PlannedDown,
    Excluded,
    Availability,
    Performance,
    Quality,
    Unclassified, // a stop with no reason or a reason without class
    NoStatus,     // before the machine's first status event
    OffShift,     // outside the calendar and not running or setting up
};

// One span of a machine's day for the timeline and the stops list: from one status event to the
// next (or the end of the window), with the reason in force (a reason given after the fact wins
// over the event's own).
struct StatusSpan
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    MachineStatus status = MachineStatus::Idle;
    TimeUse use = TimeUse::NoStatus;
    QString eventId; // the status event that began it; empty for NoStatus
    QString downtimeReasonId;
    QString downtimeReason;       // its name in the current language
    bool reasonGivenLater = false; // the reason comes from status_event_reasons
    QString operationId;

    qint64 durationMs() const { return endMs - startMs; }
    bool isStop() const
    {
        return use != TimeUse::Running && use != TimeUse::Setup && use != TimeUse::OffShift;
    }
};

} // namespace Taktline
