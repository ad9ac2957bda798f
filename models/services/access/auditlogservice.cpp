#include "services/access/auditlogservice.h"

#include "services/access/accesscontrol.h"
#include "storage/database.h"

namespace Taktline {

AuditLogService::AuditLogService(Database &db, const AccessControl *access)
    : m_access(access)
    , m_deviceId(db.deviceId())
    , m_deviceCode(db.deviceCode())
    , m_repository(db.connection(), m_deviceId, m_clock)
{}

Result<int> AuditLogService::count(const AuditFilter &filter) const
{
    if (Outcome allowed = m_access->require(Permission::ViewAuditLog); !allowed)
        return allowed;
    return m_repository.count(filter);
}

Result<QList<AuditRow>> AuditLogService::page(const AuditFilter &filter, int offset,
                                              int limit) const
{
    if (Outcome allowed = m_access->require(Permission::ViewAuditLog); !allowed)
        return allowed;
    return m_repository.page(filter, offset, limit);
}

Result<QList<QPair<QString, QString>>> AuditLogService::users() const
{
    if (Outcome allowed = m_access->require(Permission::ViewAuditLog); !allowed)
        return allowed;
    return m_repository.users();
}

} // namespace Taktline
