#pragma once

#include "services/access/accesscontrol.h"
#include "storage/userrepository.h"

#include <QObject>

#include <memory>

namespace Taktline {

class AuditRepository;
class Clock;
class Database;
class SignInLockout;

// Accounts and signing in: the owner account of a new factory, sign-in with a password (every
// attempt audited with the device, a name locked after repeated failures), and user management
// for the owner.
class AuthService final : public QObject
{
    Q_OBJECT
public:
    AuthService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                AuditRepository *audit, QObject *parent = nullptr);

    // True for a new factory database: nobody can sign in until the owner is created.
    bool needsOwnerSetup() const;
    Outcome createOwner(const QString &username, const QString &displayName,
                        const QString &password, const QString &confirmation);
    Outcome signIn(const QString &username, const QString &password);
    // Signs in without a password; only for the demo factory and command-line tools.
    Outcome signInWithoutPassword(const QString &username);
    void signOut();

    Result<QList<UserAccount>> users() const;
    Outcome createUser(const QString &username, const QString &displayName, Role role,
                       const QString &password);
    Outcome setUserActive(const QString &userId, bool active);
    Outcome changeOwnPassword(const QString &oldPassword, const QString &newPassword);
    // When USERNAME's sign-in lock ends (UTC ms, by the workspace clock); 0 when it is not locked.
    Result<qint64> lockedUntil(const QString &username) const;
    // Lifts USERNAME's sign-in lock at once; only the owner may.
    Outcome unlock(const QString &username);

signals:
    void usersChanged();

private:
    Outcome insertUser(const QString &username, const QString &displayName, Role role,
                       const QString &password, QString *newId);
    Outcome startSession(const UserAccount &user);
    Result<SignInLockout> lockoutOf(const QString &nameKey) const;
    Outcome auditSignIn(const QString &nameKey, const QString &action, const QString &userId);
    QString lockedMessage(const SignInLockout &lockout) const;

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    UserRepository m_users;
    AccessControl *m_access;
    AuditRepository *m_audit;
};

} // namespace Taktline
