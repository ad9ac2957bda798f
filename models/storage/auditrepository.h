#pragma once

#include "domain/outcome.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>

namespace Taktline {

class Clock;

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

private:
    QSqlDatabase m_db;
    QString m_deviceId;
    const Clock &m_clock;
};

} // namespace Taktline
