#include "domain/access/signinlockout.h"

#include <algorithm>

namespace Taktline {

SignInLockout::SignInLockout(const QList<Event> &events)
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

qint64 SignInLockout::lockMsAfter(int failures)
{
    if (failures < FreeFailures)
        return 0;
    qint64 lock = FirstLockMs;
    for (int extra = failures - FreeFailures; extra > 0 && lock < LongestLockMs; --extra)
        lock *= 2;
    return std::min(lock, LongestLockMs);
}

qint64 SignInLockout::lockedUntilMs() const
{
    const qint64 lock = lockMsAfter(m_failures);
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
