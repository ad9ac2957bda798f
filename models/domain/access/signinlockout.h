#pragma once

#include <QList>
#include <QtGlobal>

namespace Taktline {

// The sign-in lockout rule: after five wrong passwords in a row a user name is locked for a
// minute, and each further failure after the lock ends doubles it, up to an hour. A success or
// an owner's unlock starts the count again. Plain rule over the audited attempts, no database.
// A badge's station PIN follows the same rule with a longer first lock.
class SignInLockout final
{
public:
    enum class Attempt { Failure, Success, Unlock };
    struct Event
    {
        qint64 atMs = 0;
        Attempt attempt = Attempt::Failure;
    };

    static constexpr int FreeFailures = 5;
    static constexpr qint64 FirstLockMs = 60 * 1000;
    static constexpr qint64 LongestLockMs = 60 * 60 * 1000;

    // EVENTS of one user name, oldest first; the first lock lasts FIRST_LOCK_MS.
    explicit SignInLockout(const QList<Event> &events, qint64 firstLockMs = FirstLockMs);

    int failuresInARow() const { return m_failures; }
    // How long the lock after N failures in a row lasts; 0 below five.
    static qint64 lockMsAfter(int failures, qint64 firstLockMs = FirstLockMs);
    // When the lock ends (UTC ms), or 0 when the name was never locked since the last reset.
    qint64 lockedUntilMs() const;
    bool isLocked(qint64 nowMs) const { return lockedUntilMs() > nowMs; }
    // Whole minutes left, rounded up, for the message ("try again in 3 minutes").
    int minutesLeft(qint64 nowMs) const;

private:
    qint64 m_firstLockMs;
    int m_failures = 0;
    qint64 m_lastFailureMs = 0;
};

} // namespace Taktline
