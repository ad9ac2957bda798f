#pragma once

#include <QCoreApplication>

#include "domain/outcome.h"
#include "domain/role.h"

#include <QSqlDatabase>

namespace Taktline {

// A user account as stored; the password only as its Argon2id hash.
struct UserAccount
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Operator;
    QString passwordHash;
    bool active = true;
};

// Reads and writes user accounts.
class UserRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::UserRepository)

public:
    explicit UserRepository(QSqlDatabase db);

    Result<QList<UserAccount>> list() const;
    Result<std::optional<UserAccount>> findByUsername(const QString &username) const;
    Result<int> count() const;
    Outcome insert(const UserAccount &user);
    Outcome updatePasswordHash(const QString &id, const QString &hash);
    Outcome updateRole(const QString &id, Role role);
    Outcome setActive(const QString &id, bool active);

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
