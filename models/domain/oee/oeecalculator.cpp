#include "domain/oee/oeecalculator.h"

#include <QSet>

#include <algorithm>

namespace Taktline {

OeeCalculator::OeeCalculator(const WorkCalendar &calendar, qint64 fromMs, qint64 toMs)
    : m_calendar(calendar)
    , m_fromMs(fromMs)
    , m_toMs(std::max(fromMs, toMs))
    , m_intervals(calendar.shiftIntervals(fromMs, m_toMs))
{
}

TimeUse OeeCalculator::useOf(MachineStatus status, const ReasonInfo *reason)
{
    if (status == MachineStatus::Running)
        return TimeUse::Running;
    if (status == MachineStatus::Setup)
        return TimeUse::Setup;
    const OeeClass oeeClass = reason ? reason->oeeClass : OeeClass::Unset;
    switch (oeeClass) {
    case OeeClass::Excluded: return TimeUse::Excluded;
    case OeeClass::Planned: return TimeUse::PlannedDown;
    case OeeClass::Availability: return TimeUse::Availability;
    case OeeClass::Performance: return TimeUse::Performance;
    case OeeClass::Quality: return TimeUse::Quality;
    case OeeClass::Unset: break;
    }
    // Maintenance is planned by its nature; an idle or down machine with no classed reason is
    // a stop nobody has explained.
    return status == MachineStatus::Maintenance ? TimeUse::PlannedDown : TimeUse::Unclassified;
}

QList<TimePiece> OeeCalculator::pieces(const QList<StatusPoint> &events,
                                       const QHash<QString, ReasonInfo> &reasons) const
{
    QList<TimePiece> out;
    if (m_toMs <= m_fromMs)
        return out;
    qsizetype first = 0;
    // The event in force at the start of the window is the last one at or before it.
    while (first + 1 < events.size() && events.at(first + 1).atMs <= m_fromMs)
        ++first;
    qint64 cursor = m_fromMs;
    if (events.isEmpty() || events.at(first).atMs > m_fromMs) {
        StatusSpan unknown;
        unknown.startMs = m_fromMs;
        unknown.endMs = events.isEmpty() ? m_toMs : std::min(m_toMs, events.at(first).atMs);
        unknown.use = TimeUse::NoStatus;
        appendCut(out, unknown);
        cursor = unknown.endMs;
    }
    for (qsizetype i = first; i < events.size() && cursor < m_toMs; ++i) {
        const StatusPoint &event = events.at(i);
        const qint64 end = i + 1 < events.size() ? std::min(m_toMs, events.at(i + 1).atMs) : m_toMs;
        if (end <= cursor)
            continue;
        StatusSpan span;
        span.startMs = cursor;
        span.endMs = end;
        span.status = event.status;
        span.eventId = event.eventId;
        span.downtimeReasonId = event.reasonId;
        span.reasonGivenLater = event.reasonGivenLater;
        span.operationId = event.operationId;
        const auto reason = reasons.constFind(event.reasonId);
        const ReasonInfo *info = reason == reasons.cend() ? nullptr : &reason.value();
        if (info)
            span.downtimeReason = info->name;
        span.use = useOf(event.status, info);
        appendCut(out, span);
        cursor = end;
    }
    return out;
}

// Cuts SPAN at the edges of the working intervals: inside one, a working piece of its shift and
// day; outside, running and set-up stay what they are (overtime), anything else is off shift.
void OeeCalculator::appendCut(QList<TimePiece> &out, const StatusSpan &span) const
{
    const auto offShift = [&](qint64 start, qint64 end) {
        TimePiece piece;
        piece.span = span;
        piece.span.startMs = start;
        piece.span.endMs = end;
        if (span.use != TimeUse::Running && span.use != TimeUse::Setup)
            piece.span.use = TimeUse::OffShift;
        piece.day = m_calendar.localDate(start + (end - start) / 2);
        out.append(piece);
    };
    auto it = std::lower_bound(m_intervals.cbegin(), m_intervals.cend(), span.startMs,
                               [](const ShiftInterval &i, qint64 at) { return i.interval.endMs <= at; });
    qint64 cursor = span.startMs;
    for (; it != m_intervals.cend() && it->interval.startMs < span.endMs; ++it) {
        const qint64 start = std::max(cursor, it->interval.startMs);
        const qint64 end = std::min(span.endMs, it->interval.endMs);
        if (cursor < start)
            offShift(cursor, start);
        if (start < end) {
            TimePiece piece;
            piece.span = span;
            piece.span.startMs = start;
            piece.span.endMs = end;
            piece.working = true;
            piece.shift = it->shift;
            piece.day = it->day;
            out.append(piece);
        }
        cursor = std::max(cursor, end);
    }
    if (cursor < span.endMs)
        offShift(cursor, span.endMs);
}

TimePiece OeeCalculator::placeOf(qint64 atMs) const
{
    TimePiece place;
    auto it = std::lower_bound(m_intervals.cbegin(), m_intervals.cend(), atMs,
                               [](const ShiftInterval &i, qint64 at) { return i.interval.endMs <= at; });
    if (it != m_intervals.cend() && it->interval.startMs <= atMs) {
        place.working = true;
        place.shift = it->shift;
        place.day = it->day;
    } else {
        place.day = m_calendar.localDate(atMs);
    }
    return place;
}

void OeeCalculator::add(OeeElements &e, const TimePiece &piece, QSet<QString> &counted)
{
    const double seconds = double(piece.span.durationMs()) / 1000.0;
    const TimeUse use = piece.span.use;
    if (!piece.working) {
        // Outside the calendar only running and set-up count: as overtime added to planned time.
        if (use == TimeUse::Running || use == TimeUse::Setup) {
            e.overtimeSeconds += seconds;
            (use == TimeUse::Running ? e.runningSeconds : e.setupSeconds) += seconds;
        }
        return;
    }
    e.calendarSeconds += seconds;
    switch (use) {
    case TimeUse::Running: e.runningSeconds += seconds; break;
    case TimeUse::Setup: e.setupSeconds += seconds; break;
    case TimeUse::PlannedDown: e.plannedDownSeconds += seconds; break;
    case TimeUse::Excluded: e.excludedSeconds += seconds; break;
    case TimeUse::Performance: e.performanceStopSeconds += seconds; break;
    case TimeUse::Quality: e.qualityStopSeconds += seconds; break;
    case TimeUse::Availability:
    case TimeUse::Unclassified:
        (use == TimeUse::Availability ? e.availabilitySeconds : e.unclassifiedSeconds) += seconds;
        if (!piece.span.eventId.isEmpty() && !counted.contains(piece.span.eventId)) {
            counted.insert(piece.span.eventId);
            ++e.delayEvents;
        }
        break;
    case TimeUse::NoStatus:
        e.unclassifiedSeconds += seconds;
        e.noStatusSeconds += seconds;
        break;
    case TimeUse::OffShift: break;
    }
}

} // namespace Taktline
