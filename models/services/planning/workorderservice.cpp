#include "services/planning/workorderservice.h"

#include "barcode/barcodecodec.h"
#include "domain/clock.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderrules.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/uuid.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace Taktline {

namespace {
const QString Entity = QStringLiteral("work_order");
} // namespace

WorkOrderService::WorkOrderService(std::shared_ptr<Database> db, const Clock &clock,
                                   AccessControl *access, AuditRepository *audit,
                                   const MasterDataService *masterData,
                                   const RoutingService *routing, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_repository(m_db->connection())
    , m_access(access)
    , m_audit(audit)
    , m_masterData(masterData)
    , m_routing(routing)
    , m_rules(std::make_unique<WorkOrderRules>(m_db, m_repository, masterData, routing))
{}

WorkOrderService::~WorkOrderService() = default;

Result<WorkOrder> WorkOrderService::find(const QString &id) const
{
    return m_repository.find(id);
}

Result<QString> WorkOrderService::idForNumber(const QString &number) const
{
    return m_repository.idForNumber(number);
}

Result<QList<WorkOrderListRow>> WorkOrderService::page(const WorkOrderFilter &filter, int offset,
                                                       int limit) const
{
    return m_repository.page(withToday(filter), offset, limit);
}

Result<int> WorkOrderService::count(const WorkOrderFilter &filter) const
{
    return m_repository.count(withToday(filter));
}

WorkOrderFilter WorkOrderService::withToday(WorkOrderFilter filter) const
{
    if (!filter.today.isValid())
        filter.today = today();
    return filter;
}

QDate WorkOrderService::today() const
{
    return m_clock.today();
}

Result<QList<WorkOrderOperation>> WorkOrderService::operations(const QString &workOrderId) const
{
    return m_repository.operations(workOrderId);
}

QStringList WorkOrderService::warnings(const WorkOrder &order) const
{
    QStringList list;
    if (order.dueDate.isValid() && order.dueDate < today())
        list << tr("The due date %1 is in the past: the order will show as overdue at once.")
                    .arg(QLocale().toString(order.dueDate, QLocale::ShortFormat));
    return list;
}

Result<QString> WorkOrderService::create(WorkOrder order)
{
    order.number.clear();
    return insertDraft(std::move(order));
}

Result<QString> WorkOrderService::createNumbered(WorkOrder order)
{
    return insertNumbered(std::move(order), true);
}

Result<QStringList> WorkOrderService::createNumbered(const QList<WorkOrder> &orders)
{
    QStringList ids;
    ids.reserve(orders.size());
    QHash<QString, MasterRecord> products; // read once: no other writer inside this transaction
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        for (const WorkOrder &order : orders) {
            const Result<QString> id = insertNumbered(order, false, &products);
            if (!id)
                return Outcome::failure(tr("Work order %1: %2").arg(order.number.trimmed(), id.error()));
            ids.append(id.value());
        }
        m_db->afterCommit([this, ids] { emit workOrdersAdded(ids); });
        return Outcome::success();
    });
    if (!saved)
        return saved;
    return ids;
}

Result<QString> WorkOrderService::insertNumbered(WorkOrder order, bool announce,
                                                 QHash<QString, MasterRecord> *products)
{
    order.number = order.number.trimmed();
    if (order.number.isEmpty() || BarcodeCodec::encode(ScanKind::WorkOrder, order.number).isEmpty())
        return Outcome::failure(tr("Work order number “%1” cannot be printed as a barcode: use "
                                   "letters, digits and dashes only.")
                                    .arg(order.number));
    return insertDraft(std::move(order), announce, products);
}

// A new draft numbered by the day it was made, or by ORDER.number when it has one.
Result<QString> WorkOrderService::insertDraft(WorkOrder order, bool announce,
                                              QHash<QString, MasterRecord> *products)
{
    if (Outcome allowed = m_access->require(Permission::EditWorkOrders); !allowed)
        return allowed;
    order.notes = order.notes.trimmed();
    order.customer = order.customer.simplified();
    order.salesOrder = order.salesOrder.simplified();
    order.lotNo = order.lotNo.simplified();
    if (Outcome valid = m_rules->validate(order, products); !valid)
        return valid;
    order.id = newUuidV7();
    order.state = WorkOrderState::Draft;
    Outcome saved = m_db->inTransaction([&] {
        // Numbered by the day the order was made (the demo back-dates its history).
        if (order.createdAtMs <= 0)
            order.createdAtMs = m_clock.nowMs();
        if (order.number.isEmpty()) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(order.createdAtMs).date();
            const Result<QString> number = m_repository.nextNumber(day, m_db->deviceCode());
            if (!number)
                return number.outcome();
            order.number = number.value();
        }
        if (Outcome inserted = m_repository.insert(order); !inserted)
            return inserted;
        return m_audit->append(m_access->userId(), Entity, order.id, QStringLiteral("create"), order.number);
    });
    if (!saved)
        return saved;
    if (announce)
        emit workOrderAdded(order.id);
    return order.id;
}

Result<WorkOrder> WorkOrderService::createReleased(WorkOrder order)
{
    order.notes = order.notes.trimmed();
    order.customer = order.customer.simplified();
    order.salesOrder = order.salesOrder.simplified();
    order.lotNo = order.lotNo.simplified();
    order.number.clear();
    if (!order.dueDate.isValid())
        order.dueDate = today();
    if (Outcome valid = m_rules->validate(order); !valid)
        return valid;
    order.id = newUuidV7();
    order.state = WorkOrderState::Draft;
    WorkOrder stored;
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        order.createdAtMs = m_clock.nowMs();
        const QDate day = QDateTime::fromMSecsSinceEpoch(order.createdAtMs).date();
        const Result<QString> number = m_repository.nextNumber(day, m_db->deviceCode());
        if (!number)
            return number.outcome();
        order.number = number.value();
        if (Outcome inserted = m_repository.insert(order); !inserted)
            return inserted;
        if (Outcome done = m_audit->append(m_access->userId(), Entity, order.id,
                                           QStringLiteral("create"), order.number);
            !done)
            return done;
        const Result<WorkOrder> draft = m_repository.find(order.id);
        if (!draft)
            return draft.outcome();
        Result<QList<WorkOrderOperation>> ops = m_rules->operationsFromRouting(draft.value());
        if (!ops)
            return ops.outcome();
        if (Outcome valid = m_rules->validateOperations(ops.value()); !valid)
            return valid;
        if (Outcome queued = m_rules->queueAtBack(ops.value(), {}); !queued)
            return queued;
        if (Outcome moved = transition(draft.value(), WorkOrderAction::Release,
                                       draft.value().version);
            !moved)
            return moved;
        if (Outcome done = m_repository.replaceOperations(order.id, ops.value()); !done)
            return done;
        const Result<WorkOrder> released = m_repository.find(order.id);
        if (!released)
            return released.outcome();
        stored = released.value();
        m_db->afterCommit([this, id = order.id] { emit workOrderAdded(id); });
        return Outcome::success();
    });
    if (!saved)
        return saved;
    return stored;
}

Outcome WorkOrderService::setDraftRemoved(const QString &id, bool removed)
{
    if (Outcome allowed = m_access->require(Permission::EditWorkOrders); !allowed)
        return allowed;
    const Result<WorkOrder> stored = m_repository.find(id, !removed);
    if (!stored)
        return stored.outcome();
    if (stored.value().state != WorkOrderState::Draft)
        return Outcome::failure(
            tr("Work order %1 is %2: only a draft can be removed.")
                .arg(stored.value().number, workOrderStateDisplayName(stored.value().state)));
    Outcome saved = m_db->inTransaction([&] {
        if (Outcome done = m_repository.setRemoved(id, removed); !done)
            return done;
        return m_audit->append(m_access->userId(), Entity, id,
                               removed ? QStringLiteral("remove") : QStringLiteral("restore"),
                               stored.value().number);
    });
    if (saved)
        emit workOrderChanged(id);
    return saved;
}

Outcome WorkOrderService::update(const WorkOrder &edited)
{
    if (Outcome allowed = m_access->require(Permission::EditWorkOrders); !allowed)
        return allowed;
    const Result<WorkOrder> stored = m_repository.find(edited.id);
    if (!stored)
        return stored.outcome();
    if (stored.value().state == WorkOrderState::Closed || stored.value().state == WorkOrderState::Cancelled)
        return Outcome::failure(tr("Work order %1 is %2 and can no longer be edited.")
                                    .arg(stored.value().number, workOrderStateDisplayName(stored.value().state)));
    WorkOrder order = edited;
    order.state = stored.value().state; // state changes only through apply()
    if (order.productId != stored.value().productId
        && !WorkOrderStateMachine::operationsEditable(stored.value().state)) {
        return Outcome::failure(tr("The product cannot change once production has started."));
    }
    if (Outcome valid = m_rules->validate(order); !valid)
        return valid;
    Outcome saved = m_db->inTransaction([&] {
        if (Outcome done = m_repository.update(order, edited.version); !done)
            return done;
        return m_audit->append(m_access->userId(), Entity, order.id, QStringLiteral("update"));
    });
    if (saved)
        emit workOrderChanged(order.id);
    return saved;
}

Outcome WorkOrderService::bumpVersion(const WorkOrder &order, int expectedVersion)
{
    return m_repository.update(order, expectedVersion);
}

Outcome WorkOrderService::apply(const QString &id, WorkOrderAction action, int expectedVersion)
{
    if (Outcome allowed = m_access->require(Permission::EditWorkOrders); !allowed)
        return allowed;
    const Result<WorkOrder> stored = m_repository.find(id);
    if (!stored)
        return stored.outcome();
    return m_db->inTransaction([&] {
        if (Outcome moved = transition(stored.value(), action, expectedVersion); !moved)
            return moved;
        if (action == WorkOrderAction::Release) {
            const Result<QList<WorkOrderOperation>> existing = m_repository.operations(id);
            if (!existing)
                return existing.outcome();
            QList<WorkOrderOperation> ops = existing.value();
            if (ops.isEmpty()) {
                const Result<QList<WorkOrderOperation>> fromRouting = m_rules->operationsFromRouting(stored.value());
                if (!fromRouting)
                    return fromRouting.outcome();
                ops = fromRouting.value();
            }
            if (Outcome valid = m_rules->validateOperations(ops); !valid)
                return valid;
            // A draft waits in no queue: on release every step joins its machine's queue last.
            if (Outcome queued = m_rules->queueAtBack(ops, {}); !queued)
                return queued;
            return m_repository.replaceOperations(id, ops);
        }
        return Outcome::success();
    });
}

Outcome WorkOrderService::startFromReport(const WorkOrder &order)
{
    if (Outcome allowed = m_access->require(Permission::UseStation); !allowed)
        return allowed;
    return m_db->inTransaction([&] { return transition(order, WorkOrderAction::Start, order.version); });
}

Outcome WorkOrderService::transition(const WorkOrder &stored, WorkOrderAction action, int expectedVersion)
{
    const Result<WorkOrderState> next = WorkOrderStateMachine::apply(stored.state, action);
    if (!next)
        return next.outcome();
    WorkOrder order = stored;
    order.state = next.value();
    if (Outcome done = bumpVersion(order, expectedVersion); !done)
        return done;
    if (Outcome done = m_audit->append(m_access->userId(), Entity, order.id, workOrderStateKey(order.state)); !done)
        return done;
    m_db->afterCommit([this, id = order.id] { emit workOrderChanged(id); });
    return Outcome::success();
}

Outcome WorkOrderService::setOperations(const QString &id, QList<WorkOrderOperation> ops,
                                        int expectedVersion)
{
    if (Outcome allowed = m_access->require(Permission::EditWorkOrders); !allowed)
        return allowed;
    const Result<WorkOrder> stored = m_repository.find(id);
    if (!stored)
        return stored.outcome();
    if (!WorkOrderStateMachine::operationsEditable(stored.value().state))
        return Outcome::failure(tr("Work order %1 is %2: its operations can no longer change.")
                                    .arg(stored.value().number, workOrderStateDisplayName(stored.value().state)));
    for (int i = 0; i < ops.size(); ++i) {
        ops[i].seq = (i + 1) * 10;
        ops[i].workOrderId = id;
        if (ops[i].id.isEmpty())
            ops[i].id = newUuidV7();
    }
    if (Outcome valid = m_rules->validateOperations(ops); !valid)
        return valid;
    Outcome saved = m_db->inTransaction([&] {
        // Released steps keep their place in the queues; new ones, or ones given another
        // machine, join the back of their machine's queue.
        if (stored.value().state != WorkOrderState::Draft) {
            const Result<QList<WorkOrderOperation>> queued = m_repository.operations(id);
            if (!queued)
                return queued.outcome();
            if (Outcome done = m_rules->queueAtBack(ops, queued.value()); !done)
                return done;
        }
        if (Outcome done = m_repository.replaceOperations(id, ops); !done)
            return done;
        if (Outcome done = bumpVersion(stored.value(), expectedVersion); !done)
            return done;
        return m_audit->append(m_access->userId(), Entity, id, QStringLiteral("operations"));
    });
    if (saved)
        emit workOrderChanged(id);
    return saved;
}

} // namespace Taktline
