#pragma once

#include "domain/planning/routingoperation.h"
#include "storage/masterdata/routingrepository.h"

#include <QObject>

#include <memory>

namespace Taktline {

class AccessControl;
class AuditRepository;
class Database;
class MasterDataService;

// Use cases on routings: read a product's operations and save an edited list in one go.
class RoutingService final : public QObject
{
    Q_OBJECT
public:
    RoutingService(std::shared_ptr<Database> db, AccessControl *access, AuditRepository *audit,
                   const MasterDataService *masterData, QObject *parent = nullptr);

    Result<Routing> operations(const QString &productId) const;
    // Replaces the routing of PRODUCTID by ROUTING (new operations get ids). A machine newly
    // chosen for an operation must exist and be active.
    Outcome setOperations(const QString &productId, Routing routing);

signals:
    void routingChanged(const QString &productId);

private:
    Outcome checkMachines(const Routing &current, const Routing &edited) const;

    std::shared_ptr<Database> m_db;
    RoutingRepository m_repository;
    AccessControl *m_access;
    AuditRepository *m_audit;
    const MasterDataService *m_masterData;
};

} // namespace Taktline
