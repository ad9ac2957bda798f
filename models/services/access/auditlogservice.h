#pragma once

#include "domain/clock.h"
#include "domain/outcome.h"
#include "storage/auditrepository.h"

namespace Taktline {

class AccessControl;
class Database;

// Reads the audit log for the owner: every read asks the access control first, so a role
// without the permission gets a refusal whatever the UI shows.
class AuditLogService final
{
public:
    AuditLogService(Database &db, const AccessControl *access);

    Result<int> count(const AuditFilter &filter) const;
    Result<QList<AuditRow>> page(const AuditFilter &filter, int offset, int limit) const;
    Result<QList<QPair<QString, QString>>> users() const;
    QString deviceId() const { return m_deviceId; }     // this computer's
    QString deviceCode() const { return m_deviceCode; } // "A"

private:
    const AccessControl *m_access;
    Clock m_clock; // the repository's; reading never asks it
    QString m_deviceId;
    QString m_deviceCode;
    AuditRepository m_repository;
};

} // namespace Taktline
