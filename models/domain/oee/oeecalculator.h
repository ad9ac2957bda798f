#pragma once

#include "domain/oee/oeeelements.h"
#include "domain/oee/statusspan.h"
#include "domain/planning/workcalendar.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Taktline {

// A machine status event as OEE reads it: the reason in force (a reason given later wins).
struct StatusPoint
{
    qint64 atMs = 0;
    MachineStatus status = MachineStatus::Idle;
    QString eventId;
    QString reasonId;
    bool reasonGivenLater = false;
    QString operationId;
};

struct ReasonInfo
{
    OeeClass oeeClass = OeeClass::Unset;
    QString name; // in the current language
};

// A span of one machine's time inside one working interval (with its shift and production day)
// or outside every one (shift −1, the local date).
struct TimePiece
{
    StatusSpan span;
    bool working = false;
    int shift = -1;
    QDate day;
};

// Cuts machines' time in a window into pieces by their status events and the calendar, and adds
// pieces up into ISO 22400 time elements (docs/oee.md). Plain C++ over values: no database.
class OeeCalculator final
{
public:
    OeeCalculator(const WorkCalendar &calendar, qint64 fromMs, qint64 toMs);

    // EVENTS sorted by time; the first may lie before the window (the state carried in).
    QList<TimePiece> pieces(const QList<StatusPoint> &events,
                            const QHash<QString, ReasonInfo> &reasons) const;
    // Where an instant falls: its shift (−1 outside every one) and production day.
    TimePiece placeOf(qint64 atMs) const;

    static TimeUse useOf(MachineStatus status, const ReasonInfo *reason);
    // Adds PIECE's time to ELEMENTS; COUNTED holds the events already counted as delays there.
    static void add(OeeElements &elements, const TimePiece &piece, QSet<QString> &counted);

    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }
    const WorkCalendar &calendar() const { return m_calendar; }

private:
    void appendCut(QList<TimePiece> &out, const StatusSpan &span) const;

    WorkCalendar m_calendar;
    qint64 m_fromMs;
    qint64 m_toMs;
    QList<ShiftInterval> m_intervals;
};

} // namespace Taktline
