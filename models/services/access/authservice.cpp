#include "services/access/authservice.h"

#include "services/access/passwordhasher.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/uuid.h"

#include <QCoreApplication>

namespace Taktline {

namespace {

const QString UserEntity = QStringLiteral("user");

} // namespace

AuthService::AuthService(std::shared_ptr<Database> db, AccessControl *access,
                         AuditRepository *audit, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
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

Outcome AuthService::signIn(const QString &username, const QString &password)
{
    const Result<std::optional<UserAccount>> found = m_users.findByUsername(username);
    if (!found)
        return found.outcome();
    // One message for an unknown name and a wrong password: it tells a guesser nothing.
    if (!found.value() || !PasswordHasher::verify(found.value()->passwordHash, password))
        return Outcome::failure(tr("Wrong user name or password."));
    return startSession(*found.value());
}

Outcome AuthService::signInWithoutPassword(const QString &username)
{
    const Result<std::optional<UserAccount>> found = m_users.findByUsername(username);
    if (!found)
        return found.outcome();
    if (!found.value())
        return Outcome::failure(tr("There is no user %1.").arg(username));
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
