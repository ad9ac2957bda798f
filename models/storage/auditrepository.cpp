#include "storage/auditrepository.h"

#include "domain/clock.h"
#include "storage/sqlquery.h"
#include "storage/uuid.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Taktline {

AuditRepository::AuditRepository(QSqlDatabase db, QString deviceId, const Clock &clock)
    : m_db(std::move(db))
    , m_deviceId(std::move(deviceId))
    , m_clock(clock)
{}

Outcome AuditRepository::append(const QString &userId, const QString &entity,
                                const QString &entityId, const QString &action,
                                const QString &detail)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO audit_log (id, at_ms, device_id, user_id, entity, entity_id, action, detail) "
        "VALUES (:id, :at, :device, :user, :entity, :entityId, :action, :detail)"));
    query.bindValue(QStringLiteral(":id"), newUuidV7());
    query.bindValue(QStringLiteral(":at"), m_clock.nowMs());
    query.bindValue(QStringLiteral(":device"), m_deviceId);
    query.bindValue(QStringLiteral(":user"),
                    userId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : userId);
    query.bindValue(QStringLiteral(":entity"), entity);
    query.bindValue(QStringLiteral(":entityId"), entityId);
    query.bindValue(QStringLiteral(":action"), action);
    query.bindValue(QStringLiteral(":detail"), Sql::text(detail));
    return Sql::exec(query, QCoreApplication::translate("Taktline::Database", "write the audit log"));
}

Result<int> AuditRepository::countFor(const QString &entityId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = :id"));
    query.bindValue(QStringLiteral(":id"), entityId);
    if (Outcome done = Sql::exec(query, QCoreApplication::translate("Taktline::Database",
                                                                    "read the audit log"));
        !done) {
        return done;
    }
    query.next();
    return query.value(0).toInt();
}

Result<QList<QPair<qint64, QString>>> AuditRepository::actionsFor(const QString &entity,
                                                                  const QString &entityId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT at_ms, action FROM audit_log WHERE entity_id = :id "
                                 "AND entity = :entity ORDER BY at_ms, id"));
    query.bindValue(QStringLiteral(":id"), entityId);
    query.bindValue(QStringLiteral(":entity"), entity);
    if (Outcome done = Sql::exec(query, QCoreApplication::translate("Taktline::Database",
                                                                    "read the audit log"));
        !done) {
        return done;
    }
    QList<QPair<qint64, QString>> actions;
    while (query.next())
        actions.append({query.value(QStringLiteral("at_ms")).toLongLong(),
                        query.value(QStringLiteral("action")).toString()});
    return actions;
}

Result<int> AuditRepository::countAction(const QString &entity, const QString &action) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT count(*) AS facts FROM audit_log WHERE entity = :entity AND action = :action"));
    query.bindValue(QStringLiteral(":entity"), entity);
    query.bindValue(QStringLiteral(":action"), action);
    if (Outcome done = Sql::exec(query, QCoreApplication::translate("Taktline::Database",
                                                                    "read the audit log"));
        !done) {
        return done;
    }
    query.next();
    return query.value(QStringLiteral("facts")).toInt();
}

} // namespace Taktline
