#include "storage/userrepository.h"

#include "storage/sqlquery.h"
#include "storage/uuid.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Taktline {

namespace {

const QString SelectUser = QStringLiteral(
    "SELECT id, username, display_name, role, password_hash, active FROM users WHERE deleted = 0 ");

UserAccount readUser(const QSqlQuery &query)
{
    UserAccount user;
    user.id = query.value(0).toString();
    user.username = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.role = roleFromKey(query.value(3).toString()).value_or(Role::Operator);
    user.passwordHash = query.value(4).toString();
    user.active = query.value(5).toInt() != 0;
    return user;
}

} // namespace

UserRepository::UserRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<UserAccount>> UserRepository::list() const
{
    QSqlQuery query(m_db);
    if (!query.exec(SelectUser + QStringLiteral("ORDER BY username")))
        return Outcome::failure(Sql::failureMessage(tr("read the user accounts"), query.lastError()));
    QList<UserAccount> users;
    while (query.next())
        users.append(readUser(query));
    return users;
}

Result<std::optional<UserAccount>> UserRepository::findByUsername(const QString &username) const
{
    QSqlQuery query(m_db);
    query.prepare(SelectUser + QStringLiteral("AND username = :username"));
    query.bindValue(QStringLiteral(":username"), username.trimmed());
    if (Outcome done = Sql::exec(query, tr("look up the user")); !done)
        return done;
    if (!query.next())
        return std::optional<UserAccount>();
    return std::optional<UserAccount>(readUser(query));
}

Result<int> UserRepository::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM users WHERE deleted = 0")) || !query.next())
        return Outcome::failure(Sql::failureMessage(tr("count the user accounts"), query.lastError()));
    return query.value(0).toInt();
}

Outcome UserRepository::insert(const UserAccount &user)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO users (id, username, display_name, role, password_hash, active, created_at, "
        "updated_at) VALUES (:id, :username, :display, :role, :hash, :active, :now, :now)"));
    query.bindValue(QStringLiteral(":id"), user.id);
    query.bindValue(QStringLiteral(":username"), user.username);
    query.bindValue(QStringLiteral(":display"), user.displayName);
    query.bindValue(QStringLiteral(":role"), roleKey(user.role));
    query.bindValue(QStringLiteral(":hash"), user.passwordHash);
    query.bindValue(QStringLiteral(":active"), user.active ? 1 : 0);
    query.bindValue(QStringLiteral(":now"), nowUtcMs());
    return Sql::exec(query, tr("save the user account"));
}

Outcome UserRepository::updatePasswordHash(const QString &id, const QString &hash)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE users SET password_hash = :hash, updated_at = :now WHERE id = :id"));
    query.bindValue(QStringLiteral(":hash"), hash);
    query.bindValue(QStringLiteral(":now"), nowUtcMs());
    query.bindValue(QStringLiteral(":id"), id);
    return Sql::exec(query, tr("save the password"));
}

Outcome UserRepository::updateRole(const QString &id, Role role)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE users SET role = :role, updated_at = :now WHERE id = :id"));
    query.bindValue(QStringLiteral(":role"), roleKey(role));
    query.bindValue(QStringLiteral(":now"), nowUtcMs());
    query.bindValue(QStringLiteral(":id"), id);
    return Sql::exec(query, tr("save the role"));
}

Outcome UserRepository::setActive(const QString &id, bool active)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE users SET active = :active, updated_at = :now WHERE id = :id"));
    query.bindValue(QStringLiteral(":active"), active ? 1 : 0);
    query.bindValue(QStringLiteral(":now"), nowUtcMs());
    query.bindValue(QStringLiteral(":id"), id);
    return Sql::exec(query, tr("save the user account"));
}

} // namespace Taktline
