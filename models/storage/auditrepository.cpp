#include "storage/auditrepository.h"

#include "domain/clock.h"
#include "domain/masterdata/masterdataspecs.h"
#include "storage/sqlquery.h"
#include "storage/uuid.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Taktline {

namespace {

QString readPurpose()
{
    return QCoreApplication::translate("Taktline::Database", "read the audit log");
}

// The record's code or number, looked up by the kind of record the fact is about.
QString recordExpression()
{
    QString cases = QStringLiteral(
        "CASE a.entity "
        "WHEN 'work_order' THEN (SELECT number FROM work_orders WHERE id = a.entity_id) "
        "WHEN 'work_orders' THEN (SELECT number FROM work_orders WHERE id = a.entity_id) "
        "WHEN 'material_lots' THEN (SELECT lot_no FROM material_lots WHERE id = a.entity_id) "
        "WHEN 'shipments' THEN (SELECT shipment_no FROM shipments WHERE id = a.entity_id) "
        "WHEN 'user' THEN (SELECT username FROM users WHERE id = a.entity_id) "
        "WHEN 'sign-in' THEN a.entity_id "
        "WHEN 'station-pin' THEN (SELECT badge FROM employees WHERE id = a.entity_id) ");
    const EntitySpec &products = entitySpec(MasterDataKind::Product);
    cases += QStringLiteral("WHEN 'routing' THEN (SELECT %1 FROM %2 WHERE id = a.entity_id) ")
                 .arg(products.codeField().column, products.table);
    // A line of a bill of materials is known by the product it belongs to.
    cases += QStringLiteral("WHEN 'bom_lines' THEN (SELECT p.%1 FROM bom_lines b JOIN %2 p ON "
                            "p.id = b.product_id WHERE b.id = a.entity_id) ")
                 .arg(products.codeField().column, products.table);
    for (MasterDataKind kind : allMasterDataKinds()) {
        const EntitySpec &spec = entitySpec(kind);
        cases += QStringLiteral("WHEN '%1' THEN (SELECT %2 FROM %3 WHERE id = a.entity_id) ")
                     .arg(spec.key, spec.codeField().column, spec.table);
    }
    return cases + QStringLiteral("END");
}

// " OR COLUMN IN (:p0,:p1…)" for COUNT values, or nothing.
QString placeholders(const QString &column, const QString &prefix, qsizetype count)
{
    if (count == 0)
        return {};
    QStringList names;
    for (qsizetype i = 0; i < count; ++i)
        names << prefix + QString::number(i);
    return QStringLiteral(" OR %1 IN (%2)").arg(column, names.join(QLatin1Char(',')));
}

QString userNameExpression()
{
    return QStringLiteral("(SELECT CASE WHEN u.display_name <> '' THEN u.display_name "
                          "ELSE u.username END FROM users u WHERE u.id = a.user_id)");
}

} // namespace


AuditRepository::AuditRepository(QSqlDatabase db, QString deviceId, const Clock &clock)
    : m_db(db)
    , m_deviceId(std::move(deviceId))
    , m_clock(clock)
    , m_insert(std::move(db),
               QStringLiteral("INSERT INTO audit_log (id, at_ms, device_id, user_id, entity, "
                              "entity_id, action, detail) VALUES (:id, :at, :device, :user, "
                              ":entity, :entityId, :action, :detail)"))
{}

Outcome AuditRepository::append(const QString &userId, const QString &entity,
                                const QString &entityId, const QString &action,
                                const QString &detail)
{
    const QString purpose = QCoreApplication::translate("Taktline::Database", "write the audit log");
    const Result<QSqlQuery *> prepared = m_insert.query(purpose);
    if (!prepared)
        return prepared.outcome();
    QSqlQuery &query = *prepared.value();
    query.bindValue(QStringLiteral(":id"), newUuidV7());
    query.bindValue(QStringLiteral(":at"), m_clock.nowMs());
    query.bindValue(QStringLiteral(":device"), m_deviceId);
    query.bindValue(QStringLiteral(":user"),
                    userId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : userId);
    query.bindValue(QStringLiteral(":entity"), entity);
    query.bindValue(QStringLiteral(":entityId"), entityId);
    query.bindValue(QStringLiteral(":action"), action);
    query.bindValue(QStringLiteral(":detail"), Sql::text(detail));
    const Outcome done = Sql::exec(query, purpose);
    query.finish();
    return done;
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

QString AuditRepository::whereClause(const AuditFilter &filter) const
{
    QStringList terms;
    if (filter.fromMs > 0)
        terms << QStringLiteral("a.at_ms >= :from");
    if (filter.beforeMs > 0)
        terms << QStringLiteral("a.at_ms < :before");
    if (!filter.userId.isEmpty())
        terms << QStringLiteral("a.user_id = :user");
    if (!filter.entities.isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < filter.entities.size(); ++i)
            names << QStringLiteral(":entity%1").arg(i);
        terms << QStringLiteral("a.entity IN (%1)").arg(names.join(QLatin1Char(',')));
    }
    if (!filter.search.trimmed().isEmpty()) {
        terms << QStringLiteral("(ifnull(%1, '') LIKE :search ESCAPE '\\' "
                                "OR a.detail LIKE :search ESCAPE '\\' "
                                "OR a.entity_id LIKE :search ESCAPE '\\' "
                                "OR a.device_id LIKE :search ESCAPE '\\' "
                                "OR ifnull(%2, '') LIKE :search ESCAPE '\\'%3%4)")
                     .arg(recordExpression(), userNameExpression(),
                          placeholders(QStringLiteral("a.action"), QStringLiteral(":sa"),
                                       filter.searchActions.size()),
                          placeholders(QStringLiteral("a.entity"), QStringLiteral(":se"),
                                       filter.searchEntities.size()));
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

void AuditRepository::bindFilter(QSqlQuery &query, const AuditFilter &filter) const
{
    if (filter.fromMs > 0)
        query.bindValue(QStringLiteral(":from"), filter.fromMs);
    if (filter.beforeMs > 0)
        query.bindValue(QStringLiteral(":before"), filter.beforeMs);
    if (!filter.userId.isEmpty())
        query.bindValue(QStringLiteral(":user"), filter.userId);
    for (qsizetype i = 0; i < filter.entities.size(); ++i)
        query.bindValue(QStringLiteral(":entity%1").arg(i), filter.entities.at(i));
    if (const QString search = filter.search.trimmed(); !search.isEmpty()) {
        QString escaped = search;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        for (qsizetype i = 0; i < filter.searchActions.size(); ++i)
            query.bindValue(QStringLiteral(":sa%1").arg(i), filter.searchActions.at(i));
        for (qsizetype i = 0; i < filter.searchEntities.size(); ++i)
            query.bindValue(QStringLiteral(":se%1").arg(i), filter.searchEntities.at(i));
        query.bindValue(QStringLiteral(":search"), QString(QLatin1Char('%') + escaped + QLatin1Char('%')));
    }
}

Result<int> AuditRepository::count(const AuditFilter &filter) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM audit_log a") + whereClause(filter));
    bindFilter(query, filter);
    if (Outcome done = Sql::exec(query, readPurpose()); !done)
        return done;
    query.next();
    return query.value(0).toInt();
}

Result<QList<AuditRow>> AuditRepository::page(const AuditFilter &filter, int offset, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id, a.at_ms, a.device_id, a.user_id, a.entity, "
                                 "a.entity_id, a.action, a.detail, %1 AS record, %2 AS user_name "
                                 "FROM audit_log a")
                      .arg(recordExpression(), userNameExpression())
                  + whereClause(filter)
                  + QStringLiteral(" ORDER BY a.at_ms DESC, a.id DESC LIMIT :limit OFFSET :offset"));
    bindFilter(query, filter);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    if (Outcome done = Sql::exec(query, readPurpose()); !done)
        return done;
    QList<AuditRow> rows;
    while (query.next()) {
        AuditRow row;
        row.id = query.value(0).toString();
        row.atMs = query.value(1).toLongLong();
        row.deviceId = query.value(2).toString();
        row.userId = query.value(3).toString();
        row.entity = query.value(4).toString();
        row.entityId = query.value(5).toString();
        row.action = query.value(6).toString();
        row.detail = query.value(7).toString();
        row.record = query.value(8).toString();
        row.userName = query.value(9).toString();
        rows.append(row);
    }
    return rows;
}

Result<QList<QPair<QString, QString>>> AuditRepository::users() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT u.id, CASE WHEN u.display_name <> '' THEN u.display_name ELSE u.username END "
        "AS name FROM users u WHERE u.id IN (SELECT DISTINCT user_id FROM audit_log) "
        "ORDER BY name"));
    if (Outcome done = Sql::exec(query, readPurpose()); !done)
        return done;
    QList<QPair<QString, QString>> users;
    while (query.next())
        users.append({query.value(0).toString(), query.value(1).toString()});
    return users;
}

} // namespace Taktline
