#pragma once

#include "domain/masterdata/masterrecord.h"
#include "domain/outcome.h"
#include "domain/planning/workorder.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace Taktline {

class Database;
class MasterDataService;
class RoutingService;
class TraceRepository;
class WorkOrderRepository;

// What a work order must keep before WorkOrderService saves it: its header fields, its
// operations, the operations a release copies from the routing and their places in the queues.
class WorkOrderRules final
{
    Q_DECLARE_TR_FUNCTIONS(WorkOrderRules)
public:
    WorkOrderRules(std::shared_ptr<Database> db, const WorkOrderRepository &repository,
                   const MasterDataService *masterData, const RoutingService *routing);
    ~WorkOrderRules();

    // PRODUCTS, when given, keeps the products read so far (one transaction, many orders).
    Outcome validate(const WorkOrder &order, QHash<QString, MasterRecord> *products = nullptr) const;
    Outcome validateOperations(const QList<WorkOrderOperation> &ops) const;
    Result<QList<WorkOrderOperation>> operationsFromRouting(const WorkOrder &order) const;
    // Gives each step of OPS not already in QUEUED (same id, same machine) the last place in
    // its machine's queue; the others keep their place.
    Outcome queueAtBack(QList<WorkOrderOperation> &ops, const QList<WorkOrderOperation> &queued) const;

private:
    const WorkOrderRepository &m_repository;
    std::unique_ptr<TraceRepository> m_lots; // production lots never take a material lot's number
    const MasterDataService *m_masterData;
    const RoutingService *m_routing;
};

} // namespace Taktline
