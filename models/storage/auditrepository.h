#pragma once

#include "domain/outcome.h"
#include "storage/sqlquery.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>

class QSqlQuery;

namespace Taktline {

class Clock;

// Which facts a reading of the audit log wants; an empty field lets everything through.
struct AuditFilter
{
    qint64 fromMs = 0;     // at or after (UTC ms); 0: from the start
    qint64 beforeMs = 0;   // before (UTC ms); 0: up to now
    QString userId;        // who made the change
    QStringList entities;  // of these kinds of records ("work_order", "work_orders" …)
    QString search;        // in the record's code, the detail, the user's name or the device
    QStringList searchActions;  // …or facts of these actions (whose names in the UI match it)
    QStringList searchEntities; // …or of these kinds of records
};

// One fact as the audit page shows it, with the names it refers to resolved.
struct AuditRow
{
    QString id;
    qint64 atMs = 0;
    QString deviceId;
    QString userId;
    QString userName;      // display name, else user name; empty for the system
    QString entity;
    QString entityId;
    QString record;        // the record's code or number where it has one, else empty
    QString action;
    QString detail;
};

// Appends audit facts: who changed which record, how, when (by CLOCK) and on which device.
class AuditRepository final
{
public:
    AuditRepository(QSqlDatabase db, QString deviceId, const Clock &clock);

    Outcome append(const QString &userId, const QString &entity, const QString &entityId,
                   const QString &action, const QString &detail = {});
    Result<int> countFor(const QString &entityId) const;
    // The actions recorded on ENTITY ENTITY_ID with their times (UTC ms), oldest first.
    Result<QList<QPair<qint64, QString>>> actionsFor(const QString &entity,
                                                     const QString &entityId) const;
    // How many facts of ACTION on records of ENTITY there are ("employee", "badge_printed").
    Result<int> countAction(const QString &entity, const QString &action) const;

    // Reading the log, newest first: how many facts FILTER lets through, and LIMIT of them
    // from OFFSET on.
    Result<int> count(const AuditFilter &filter) const;
    Result<QList<AuditRow>> page(const AuditFilter &filter, int offset, int limit) const;
    // Everyone who appears in the log, as (user id, name to show), by name.
    Result<QList<QPair<QString, QString>>> users() const;

private:
    QString whereClause(const AuditFilter &filter) const;
    void bindFilter(QSqlQuery &query, const AuditFilter &filter) const;

    QSqlDatabase m_db;
    QString m_deviceId;
    const Clock &m_clock;
    Sql::Statement m_insert; // every use case appends here: prepared once
};

} // namespace Taktline
