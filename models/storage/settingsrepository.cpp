#include "storage/settingsrepository.h"

#include "storage/sqlquery.h"
#include "storage/uuid.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Taktline {

SettingsRepository::SettingsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

Outcome SettingsRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO settings (key, value, updated_at) VALUES (:key, :value, :now) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), value);
    query.bindValue(QStringLiteral(":now"), nowUtcMs());
    return Sql::exec(query, QCoreApplication::translate("Taktline::Database", "save a setting"));
}

} // namespace Taktline
