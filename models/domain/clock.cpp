#include "domain/clock.h"

namespace Taktline {

Clock Clock::fixedAt(qint64 utcMs)
{
    Clock clock;
    clock.m_fixedMs = utcMs;
    return clock;
}

Clock Clock::fixedAt(const QDateTime &moment)
{
    return fixedAt(moment.toMSecsSinceEpoch());
}

Clock Clock::shiftedBy(qint64 offsetMs)
{
    Clock clock;
    clock.m_offsetMs = offsetMs;
    return clock;
}

qint64 Clock::nowMs() const
{
    return m_fixedMs ? *m_fixedMs : QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

QDateTime Clock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs());
}

QDate Clock::today() const
{
    return now().date();
}

} // namespace Taktline
