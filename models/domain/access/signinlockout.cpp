#include "domain/access/signinlockout.h"

#include <algorithm>

namespace Taktline {

SignInLockout::SignInLockout(const QList<Event> &events, qint64 firstLockMs)
    : m_firstLockMs(firstLockMs)
{
    for (const Event &event : events) {
        if (event.attempt == Attempt::Failure) {
            ++m_failures;
            m_lastFailureMs = event.atMs;
        } else {
            m_failures = 0;
            m_lastFailureMs = 0;
        }
    }
}

qint64 SignInLockout::lockMsAfter(int failures, qint64 firstLockMs)
{
    if (failures < FreeFailures)
        return 0;
    qint64 lock = firstLockMs;
    for (int extra = failures - FreeFailures; extra > 0 && lock < LongestLockMs; --extra)
        lock *= 2;
    return std::min(lock, LongestLockMs);
}

qint64 SignInLockout::lockedUntilMs() const
{
    const qint64 lock = lockMsAfter(m_failures, m_firstLockMs);
    return lock == 0 ? 0 : m_lastFailureMs + lock;
}

int SignInLockout::minutesLeft(qint64 nowMs) const
{
    const qint64 left = lockedUntilMs() - nowMs;
    if (left <= 0)
        return 0;
    return static_cast<int>((left + 60 * 1000 - 1) / (60 * 1000));
}

} // namespace Taktline
