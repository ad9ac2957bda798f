#pragma once

#include "domain/outcome.h"
#include "services/planning/rushpreview.h"
#include "services/planning/scheduleservice.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Taktline {

class AccessControl;
class AuditRepository;
class Database;
class ScheduleRepository;
class WorkOrderRepository;

// Dispatching on the plan (派工, 插单): moves operations between and within machine queues and
// puts a rush order at the front after showing what it makes late. Every change is stored
// with an audit fact and planned again at once by the ScheduleService.
class DispatchService final : public QObject
{
    Q_OBJECT
public:
    DispatchService(std::shared_ptr<Database> db, AccessControl *access, AuditRepository *audit,
                    ScheduleService *schedule, QObject *parent = nullptr);
    ~DispatchService() override;

    // Moves an operation to position INDEX (0 = front) of TO_MACHINE's queue; the same machine
    // reorders. Refused for a deactivated machine or an order whose production has started.
    Outcome moveOperation(const QString &operationId, const QString &toMachineId, int index);
    // What putting every operation of the work order at the front of its machine's queue would
    // do; insertRush() does it (needs EditWorkOrders).
    Result<RushPreview> previewRush(const QString &workOrderId) const;
    Outcome insertRush(const QString &workOrderId);
    // The queue ranks of the work order's queued operations (operation id → rank), and putting
    // them back (needs EditWorkOrders): what undoing and redoing a rush insertion needs.
    Result<QHash<QString, double>> queueRanks(const QString &workOrderId) const;
    Outcome restoreQueueRanks(const QHash<QString, double> &ranks);

private:
    Outcome checkRushable(const ScheduleService::Snapshot &snapshot, const QString &workOrderId) const;

    std::shared_ptr<Database> m_db;
    std::unique_ptr<ScheduleRepository> m_repository;
    std::unique_ptr<WorkOrderRepository> m_workOrders;
    AccessControl *m_access;
    AuditRepository *m_audit;
    ScheduleService *m_schedule;
};

} // namespace Taktline
