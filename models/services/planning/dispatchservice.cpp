#include "services/planning/dispatchservice.h"

#include "domain/planning/workorderstatemachine.h"
#include "services/access/accesscontrol.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/planning/schedulerepository.h"
#include "storage/planning/workorderrepository.h"

#include <QLocale>

#include <algorithm>

namespace Taktline {

namespace {

const QString Entity = QStringLiteral("work_order");

// A rank that puts an operation at position INDEX of RANKS (sorted); nullopt when the
// neighbours are too close to fit one between them and the queue needs renumbering.
std::optional<double> rankAt(const QList<double> &ranks, qsizetype index)
{
    if (ranks.isEmpty())
        return 1.0;
    if (index <= 0)
        return ranks.first() - 1.0;
    if (index >= ranks.size())
        return ranks.last() + 1.0;
    const double before = ranks.at(index - 1);
    const double after = ranks.at(index);
    const double middle = before + (after - before) / 2;
    if (!(middle > before && middle < after))
        return std::nullopt;
    return middle;
}

} // namespace

DispatchService::DispatchService(std::shared_ptr<Database> db, AccessControl *access,
                                 AuditRepository *audit, ScheduleService *schedule, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_repository(std::make_unique<ScheduleRepository>(m_db->connection()))
    , m_workOrders(std::make_unique<WorkOrderRepository>(m_db->connection()))
    , m_access(access)
    , m_audit(audit)
    , m_schedule(schedule)
{
}

DispatchService::~DispatchService() = default;

Outcome DispatchService::moveOperation(const QString &operationId, const QString &toMachineId,
                                       int index)
{
    if (Outcome allowed = m_access->require(Permission::EditWorkOrders); !allowed)
        return allowed;
    Result<ScheduleService::Snapshot> loaded = m_schedule->load();
    if (!loaded)
        return loaded.outcome();
    ScheduleService::Snapshot &snapshot = loaded.value();
    const auto moving = std::find_if(snapshot.rows.begin(), snapshot.rows.end(),
                                     [&](const QueueRow &row) { return row.operationId == operationId; });
    if (moving == snapshot.rows.end())
        return Outcome::failure(tr("This operation no longer waits in a machine queue: its work "
                                   "order was completed, closed or cancelled in the meantime."));
    const auto target = std::find_if(snapshot.machines.begin(), snapshot.machines.end(),
                                     [&](const MachineRow &machine) { return machine.id == toMachineId; });
    if (target == snapshot.machines.end())
        return Outcome::failure(tr("The machine no longer exists."));
    if (!target->active)
        return Outcome::failure(tr("Machine %1 is deactivated: no operation can be dispatched to "
                                   "it. Activate it under Master data ▸ Machines first.")
                                    .arg(target->code));
    const bool changesMachine = moving->machineId != toMachineId;
    if (changesMachine && !WorkOrderStateMachine::operationsEditable(moving->state))
        return Outcome::failure(tr("Work order %1 is %2: once production has started its "
                                   "operations keep their machines; reorder them within the "
                                   "machine instead.")
                                    .arg(moving->workOrderNumber, workOrderStateDisplayName(moving->state)));

    QList<const QueueRow *> queue; // the target queue without the operation that moves
    for (const QueueRow &row : snapshot.rows) {
        if (row.machineId == toMachineId && row.operationId != operationId)
            queue.append(&row);
    }
    const qsizetype position = std::clamp<qsizetype>(index, 0, queue.size());
    if (!changesMachine) {
        const qsizetype current = std::count_if(snapshot.rows.begin(), moving, [&](const QueueRow &row) {
            return row.machineId == toMachineId;
        });
        if (current == position)
            return Outcome::success(); // dropped where it was
    }
    QList<double> ranks;
    for (const QueueRow *row : queue)
        ranks.append(row->queueRank);
    const std::optional<double> rank = rankAt(ranks, position);

    Outcome saved = m_db->inTransaction([&]() -> Outcome {
        if (rank) {
            if (Outcome done = m_repository->setPlace(operationId, toMachineId, *rank); !done)
                return done;
        } else { // renumber the whole queue 1, 2, 3 … with the operation in its new place
            queue.insert(position, &*moving);
            for (qsizetype i = 0; i < queue.size(); ++i) {
                if (Outcome done = m_repository->setPlace(queue.at(i)->operationId, toMachineId,
                                                          double(i + 1));
                    !done) {
                    return done;
                }
            }
        }
        if (changesMachine) {
            // Another window editing this order's operations must not overwrite the move.
            const Result<WorkOrder> order = m_workOrders->find(moving->workOrderId);
            if (!order)
                return order.outcome();
            if (Outcome done = m_workOrders->update(order.value(), order.value().version); !done)
                return done;
        }
        return m_audit->append(m_access->userId(), Entity, moving->workOrderId,
                               QStringLiteral("dispatch"),
                               QStringLiteral("%1 → %2 #%3").arg(moving->seq).arg(target->code).arg(position + 1));
    });
    if (!saved)
        return saved;
    // Plan from what was just stored, without reading every queue again.
    QHash<QString, double> newRanks;
    if (rank) {
        newRanks.insert(operationId, *rank);
    } else {
        for (qsizetype i = 0; i < queue.size(); ++i)
            newRanks.insert(queue.at(i)->operationId, double(i + 1));
    }
    for (QueueRow &row : snapshot.rows) {
        if (const auto found = newRanks.constFind(row.operationId); found != newRanks.cend()) {
            row.queueRank = found.value();
            row.machineId = toMachineId;
        }
    }
    return m_schedule->storeFromNow(snapshot);
}

Outcome DispatchService::checkRushable(const ScheduleService::Snapshot &snapshot, const QString &workOrderId) const
{
    const Result<WorkOrder> order = m_workOrders->find(workOrderId);
    if (!order)
        return order.outcome();
    const WorkOrder &wo = order.value();
    switch (wo.state) {
    case WorkOrderState::Draft:
        return Outcome::failure(tr("Work order %1 is a draft: release it first, so that its "
                                   "operations join the machine queues.").arg(wo.number));
    case WorkOrderState::OnHold:
        return Outcome::failure(tr("Work order %1 is on hold: resume it before inserting it as "
                                   "a rush order.").arg(wo.number));
    case WorkOrderState::Completed:
    case WorkOrderState::Closed:
    case WorkOrderState::Cancelled:
        return Outcome::failure(tr("Work order %1 is %2 and no longer waits for machines.")
                                    .arg(wo.number, workOrderStateDisplayName(wo.state)));
    case WorkOrderState::Released:
    case WorkOrderState::InProgress:
        break;
    }
    const bool queued = std::any_of(snapshot.rows.begin(), snapshot.rows.end(),
                                    [&](const QueueRow &row) { return row.workOrderId == workOrderId; });
    if (!queued)
        return Outcome::failure(tr("Work order %1 has no operations in the machine queues.").arg(wo.number));
    return Outcome::success();
}

Result<RushPreview> DispatchService::previewRush(const QString &workOrderId) const
{
    Result<ScheduleService::Snapshot> loaded = m_schedule->load();
    if (!loaded)
        return loaded.outcome();
    ScheduleService::Snapshot snapshot = std::move(loaded).value();
    if (Outcome rushable = checkRushable(snapshot, workOrderId); !rushable)
        return rushable;
    const QList<ScheduledSlot> before = m_schedule->plan(snapshot);
    const QHash<QString, double> ranks = RushPreview::frontRanks(snapshot.rows, workOrderId);
    for (QueueRow &row : snapshot.rows)
        row.queueRank = ranks.value(row.operationId, row.queueRank);
    return RushPreview::compare(workOrderId, snapshot.rows, before, m_schedule->plan(snapshot),
                                [this](const QDate &due) { return m_schedule->dueEndMs(due); });
}

Outcome DispatchService::insertRush(const QString &workOrderId)
{
    if (Outcome allowed = m_access->require(Permission::EditWorkOrders); !allowed)
        return allowed;
    Result<ScheduleService::Snapshot> loaded = m_schedule->load();
    if (!loaded)
        return loaded.outcome();
    if (Outcome rushable = checkRushable(loaded.value(), workOrderId); !rushable)
        return rushable;
    const QHash<QString, double> ranks = RushPreview::frontRanks(loaded.value().rows, workOrderId);
    Outcome saved = m_db->inTransaction([&]() -> Outcome {
        for (const QueueRow &row : loaded.value().rows) {
            if (!ranks.contains(row.operationId))
                continue;
            if (Outcome done = m_repository->setPlace(row.operationId, row.machineId, ranks.value(row.operationId)); !done)
                return done;
        }
        return m_audit->append(m_access->userId(), Entity, workOrderId, QStringLiteral("rush"));
    });
    if (!saved)
        return saved;
    ScheduleService::Snapshot &snapshot = loaded.value();
    for (QueueRow &row : snapshot.rows)
        row.queueRank = ranks.value(row.operationId, row.queueRank);
    return m_schedule->storeFromNow(snapshot);
}

Result<QHash<QString, double>> DispatchService::queueRanks(const QString &workOrderId) const
{
    Result<ScheduleService::Snapshot> loaded = m_schedule->load();
    if (!loaded)
        return loaded.outcome();
    QHash<QString, double> ranks;
    for (const QueueRow &row : loaded.value().rows) {
        if (row.workOrderId == workOrderId)
            ranks.insert(row.operationId, row.queueRank);
    }
    return ranks;
}

Outcome DispatchService::restoreQueueRanks(const QHash<QString, double> &ranks)
{
    if (Outcome allowed = m_access->require(Permission::EditWorkOrders); !allowed)
        return allowed;
    Result<ScheduleService::Snapshot> loaded = m_schedule->load();
    if (!loaded)
        return loaded.outcome();
    ScheduleService::Snapshot &snapshot = loaded.value();
    // Operations that left the queues meanwhile (finished, order closed) are left alone.
    Outcome saved = m_db->inTransaction([&]() -> Outcome {
        for (QueueRow &row : snapshot.rows) {
            const auto rank = ranks.constFind(row.operationId);
            if (rank == ranks.cend())
                continue;
            if (Outcome done = m_repository->setPlace(row.operationId, row.machineId, rank.value()); !done)
                return done;
            row.queueRank = rank.value();
        }
        return Outcome::success();
    });
    if (!saved)
        return saved;
    return m_schedule->storeFromNow(snapshot);
}

} // namespace Taktline
