#include "services/access/authservice.h"

#include "domain/access/signinlockout.h"
#include "domain/clock.h"
#include "services/access/passwordhasher.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/uuid.h"

#include <QCoreApplication>

namespace Taktline {

namespace {

const QString UserEntity = QStringLiteral("user");
// Sign-in attempts are audited per typed user name (lower case), known or not, so that an
// unknown name is locked like a real one and the answer never tells whether it exists.
const QString SignInEntity = QStringLiteral("sign-in");
const QString Failure = QStringLiteral("failure");
const QString Success = QStringLiteral("success");
const QString Unlock = QStringLiteral("unlock");
const QString RefusedLocked = QStringLiteral("refused-locked");
const QString RefusedInactive = QStringLiteral("refused-inactive");

QString nameKey(const QString &username)
{
    return username.trimmed().toLower();
}

} // namespace

AuthService::AuthService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                         AuditRepository *audit, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_users(m_db->connection())
    , m_access(access)
    , m_audit(audit)
{}

bool AuthService::needsOwnerSetup() const
{
    const Result<int> count = m_users.count();
    return count && count.value() == 0;
}

Outcome AuthService::insertUser(const QString &username, const QString &displayName, Role role,
                                const QString &password, QString *newId)
{
    const QString name = username.trimmed();
    if (name.isEmpty())
        return Outcome::failure(tr("The user name is required."));
    if (name.contains(QLatin1Char(' ')) || name.size() > 40)
        return Outcome::failure(tr("A user name has no spaces and at most 40 characters."));
    if (Outcome strong = PasswordHasher::checkStrength(password); !strong)
        return strong;
    const Result<std::optional<UserAccount>> existing = m_users.findByUsername(name);
    if (!existing)
        return existing.outcome();
    if (existing.value())
        return Outcome::failure(tr("The user name %1 is already taken.").arg(name));
    const Result<QString> hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.outcome();

    UserAccount user;
    user.id = newUuidV7();
    user.username = name;
    user.displayName = displayName.trimmed().isEmpty() ? name : displayName.trimmed();
    user.role = role;
    user.passwordHash = hash.value();
    Outcome saved = m_db->inTransaction([&] {
        if (Outcome inserted = m_users.insert(user); !inserted)
            return inserted;
        return m_audit->append(m_access->userId(), UserEntity, user.id, QStringLiteral("create"),
                               roleKey(role));
    });
    if (saved && newId)
        *newId = user.id;
    if (saved)
        emit usersChanged();
    return saved;
}

Outcome AuthService::createOwner(const QString &username, const QString &displayName,
                                 const QString &password, const QString &confirmation)
{
    if (!needsOwnerSetup())
        return Outcome::failure(tr("This factory already has an owner account."));
    if (password != confirmation)
        return Outcome::failure(tr("The two passwords are not the same."));
    if (Outcome created = insertUser(username, displayName, Role::Owner, password, nullptr);
        !created) {
        return created;
    }
    return signIn(username, password);
}

Outcome AuthService::startSession(const UserAccount &user)
{
    if (!user.active)
        return Outcome::failure(tr("The account %1 is deactivated. Ask the owner to activate it.")
                                    .arg(user.username));
    m_access->signIn({user.id, user.username, user.displayName, user.role});
    return Outcome::success();
}

Result<SignInLockout> AuthService::lockoutOf(const QString &key) const
{
    const Result<QList<QPair<qint64, QString>>> actions = m_audit->actionsFor(SignInEntity, key);
    if (!actions)
        return actions.outcome();
    QList<SignInLockout::Event> events;
    for (const auto &[atMs, action] : actions.value()) {
        if (action == Failure)
            events.append({atMs, SignInLockout::Attempt::Failure});
        else if (action == Success)
            events.append({atMs, SignInLockout::Attempt::Success});
        else if (action == Unlock)
            events.append({atMs, SignInLockout::Attempt::Unlock});
    }
    return SignInLockout(events);
}

Outcome AuthService::auditSignIn(const QString &key, const QString &action, const QString &userId)
{
    // The audit row carries this device's id; the detail names its short code too ("A").
    return m_audit->append(userId, SignInEntity, key, action,
                           QStringLiteral("device %1").arg(m_db->deviceCode()));
}

QString AuthService::lockedMessage(const SignInLockout &lockout) const
{
    return tr("Too many wrong passwords: this account is locked. Try again in %n minute(s), or "
              "ask the owner to unlock it.",
              nullptr, lockout.minutesLeft(m_clock.nowMs()));
}

Outcome AuthService::signIn(const QString &username, const QString &password)
{
    const QString key = nameKey(username);
    if (key.isEmpty())
        return Outcome::failure(tr("Wrong user name or password."));
    const Result<SignInLockout> before = lockoutOf(key);
    if (!before)
        return before.outcome();
    if (before.value().isLocked(m_clock.nowMs())) {
        // Refused without looking at the password: a locked name cannot be guessed at.
        if (Outcome audited = auditSignIn(key, RefusedLocked, {}); !audited)
            return audited;
        return Outcome::failure(lockedMessage(before.value()));
    }
    const Result<std::optional<UserAccount>> found = m_users.findByUsername(username);
    if (!found)
        return found.outcome();
    // One message for an unknown name and a wrong password: it tells a guesser nothing.
    if (!found.value() || !PasswordHasher::verify(found.value()->passwordHash, password)) {
        if (Outcome audited = auditSignIn(key, Failure, {}); !audited)
            return audited;
        const Result<SignInLockout> after = lockoutOf(key);
        if (after && after.value().isLocked(m_clock.nowMs()))
            return Outcome::failure(lockedMessage(after.value()));
        return Outcome::failure(tr("Wrong user name or password."));
    }
    const UserAccount &user = *found.value();
    if (!user.active) {
        if (Outcome audited = auditSignIn(key, RefusedInactive, user.id); !audited)
            return audited;
        return startSession(user);
    }
    if (Outcome audited = auditSignIn(key, Success, user.id); !audited)
        return audited;
    return startSession(user);
}

Result<qint64> AuthService::lockedUntil(const QString &username) const
{
    const Result<SignInLockout> lockout = lockoutOf(nameKey(username));
    if (!lockout)
        return lockout.outcome();
    return lockout.value().isLocked(m_clock.nowMs()) ? lockout.value().lockedUntilMs() : 0;
}

Outcome AuthService::unlock(const QString &username)
{
    if (Outcome allowed = m_access->require(Permission::ManageUsers); !allowed)
        return allowed;
    if (Outcome audited = auditSignIn(nameKey(username), Unlock, m_access->userId()); !audited)
        return audited;
    emit usersChanged();
    return Outcome::success();
}

Outcome AuthService::signInWithoutPassword(const QString &username)
{
    const Result<std::optional<UserAccount>> found = m_users.findByUsername(username);
    if (!found)
        return found.outcome();
    if (!found.value())
        return Outcome::failure(tr("There is no user %1.").arg(username));
    if (found.value()->active) {
        if (Outcome audited = auditSignIn(nameKey(username), Success, found.value()->id); !audited)
            return audited;
    }
    return startSession(*found.value());
}

void AuthService::signOut()
{
    m_access->signOut();
}

Result<QList<UserAccount>> AuthService::users() const
{
    if (Outcome allowed = m_access->require(Permission::ManageUsers); !allowed)
        return allowed;
    return m_users.list();
}

Outcome AuthService::createUser(const QString &username, const QString &displayName, Role role,
                                const QString &password)
{
    if (Outcome allowed = m_access->require(Permission::ManageUsers); !allowed)
        return allowed;
    return insertUser(username, displayName, role, password, nullptr);
}

Outcome AuthService::setUserActive(const QString &userId, bool active)
{
    if (Outcome allowed = m_access->require(Permission::ManageUsers); !allowed)
        return allowed;
    if (!active && userId == m_access->userId())
        return Outcome::failure(tr("You cannot deactivate your own account."));
    Outcome saved = m_db->inTransaction([&] {
        if (Outcome done = m_users.setActive(userId, active); !done)
            return done;
        return m_audit->append(m_access->userId(), UserEntity, userId,
                               active ? QStringLiteral("activate") : QStringLiteral("deactivate"));
    });
    if (saved)
        emit usersChanged();
    return saved;
}

Outcome AuthService::changeOwnPassword(const QString &oldPassword, const QString &newPassword)
{
    if (!m_access->isSignedIn() || m_access->userId().isEmpty())
        return Outcome::failure(tr("Please sign in first."));
    const Result<std::optional<UserAccount>> found =
        m_users.findByUsername(m_access->session()->username);
    if (!found)
        return found.outcome();
    if (!found.value() || !PasswordHasher::verify(found.value()->passwordHash, oldPassword))
        return Outcome::failure(tr("The current password is wrong."));
    if (Outcome strong = PasswordHasher::checkStrength(newPassword); !strong)
        return strong;
    const Result<QString> hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.outcome();
    return m_db->inTransaction([&] {
        if (Outcome done = m_users.updatePasswordHash(found.value()->id, hash.value()); !done)
            return done;
        return m_audit->append(m_access->userId(), UserEntity, found.value()->id,
                               QStringLiteral("password"));
    });
}

} // namespace Taktline
