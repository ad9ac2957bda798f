#pragma once

#include <QDate>
#include <QDateTime>

#include <optional>

namespace Taktline {

// What time it is for one factory: every service of a Workspace asks it for "now" and "today",
// so that one setting moves the whole factory's time (tests, the demo's back-dated history).
// The wall clock (possibly shifted) unless fixed at a moment; "today" is the day in the factory's local time.
class Clock final
{
public:
    Clock() = default; // the wall clock
    // A clock standing at UTC_MS (milliseconds since the epoch) until it is set again.
    static Clock fixedAt(qint64 utcMs);
    static Clock fixedAt(const QDateTime &moment);
    // The wall clock moved by OFFSET_MS, still advancing: a copy of a factory built earlier
    // (the tests' demo) reads the time as it was that long ago.
    static Clock shiftedBy(qint64 offsetMs);

    qint64 nowMs() const;  // UTC milliseconds since the epoch
    QDateTime now() const; // in local time
    QDate today() const;   // the local day of nowMs()
    bool isFixed() const { return m_fixedMs.has_value(); }

private:
    std::optional<qint64> m_fixedMs;
    qint64 m_offsetMs = 0; // added to the wall clock
};

} // namespace Taktline
