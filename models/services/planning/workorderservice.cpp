#include "services/planning/workorderservice.h"

#include "barcode/barcodecodec.h"
#include "domain/clock.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/trace/tracerepository.h"
#include "storage/uuid.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Taktline {

namespace {
const QString Entity = QStringLiteral("work_order");
constexpr double MaxQuantity = 10'000'000;
} // namespace

WorkOrderService::WorkOrderService(std::shared_ptr<Database> db, const Clock &clock,
                                   AccessControl *access, AuditRepository *audit,
                                   const MasterDataService *masterData,
                                   const RoutingService *routing, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_repository(m_db->connection())
    , m_lots(std::make_unique<TraceRepository>(m_db->connection()))
    , m_access(access)
    , m_audit(audit)
    , m_masterData(masterData)
    , m_routing(routing)
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

Outcome WorkOrderService::validate(const WorkOrder &order,
                                   QHash<QString, MasterRecord> *products) const
{
    if (order.productId.isEmpty())
        return Outcome::failure(tr("Choose the product to make."));
    const auto known = products ? products->constFind(order.productId) : QHash<QString, MasterRecord>::const_iterator();
    const Result<MasterRecord> product = products && known != products->cend()
        ? Result<MasterRecord>(*known)
        : m_masterData->find(MasterDataKind::Product, order.productId);
    if (!product)
        return product.outcome();
    if (products)
        products->insert(order.productId, product.value());
    if (!product.value().active)
        return Outcome::failure(tr("Product %1 is deactivated. Activate it or choose another product.")
                                    .arg(product.value().text(QStringLiteral("part_no"))));
    if (!(order.quantity > 0))
        return Outcome::failure(tr("The planned quantity must be greater than zero."));
    if (order.quantity > MaxQuantity)
        return Outcome::failure(tr("A planned quantity of more than %1 is not plausible.")
                                    .arg(QLocale().toString(MaxQuantity, 'f', 0)));
    if (!order.dueDate.isValid())
        return Outcome::failure(tr("The due date is required."));
    for (const auto &[text, label] : {std::pair{order.customer, tr("Customer")},
                                      {order.salesOrder, tr("Sales order")},
                                      {order.lotNo, tr("Lot No.")}}) {
        if (text.size() > 80)
            return Outcome::failure(tr("%1 is too long: at most 80 characters.").arg(label));
    }
    if (order.notes.size() > 2000)
        return Outcome::failure(tr("The notes are too long: at most 2000 characters."));
    if (!order.lotNo.isEmpty()) {
        // A production lot never reads like a material lot, or a scan or trace could not tell
        // which one is meant.
        const Result<std::optional<MaterialLot>> material = m_lots->findLotByNo(order.lotNo.toUpper());
        if (!material)
            return material.outcome();
        if (material.value())
            return Outcome::failure(tr("%1 is already the number of a material lot. Give the "
                                       "production lot a number of its own.")
                                        .arg(order.lotNo));
    }
    return Outcome::success();
}

Outcome WorkOrderService::validateOperations(const QList<WorkOrderOperation> &ops) const
{
    if (ops.isEmpty())
        return Outcome::failure(tr("A work order needs at least one operation."));
    for (const WorkOrderOperation &op : ops) {
        if (op.name.trimmed().isEmpty())
            return Outcome::failure(tr("Operation %1 needs a name.").arg(op.seq));
        if (!(op.standardSeconds > 0))
            return Outcome::failure(tr("Operation %1 (%2): the standard time must be greater than "
                                       "zero seconds per piece.").arg(op.seq).arg(op.name));
        if (Outcome ideal = validateIdealSeconds(op.idealSeconds, op.standardSeconds, op.seq, op.name);
            !ideal) {
            return ideal;
        }
        if (op.machineId.isEmpty())
            return Outcome::failure(tr("Operation %1 (%2) needs a machine.").arg(op.seq).arg(op.name));
        const Result<MasterRecord> machine = m_masterData->find(MasterDataKind::Machine, op.machineId);
        if (!machine)
            return machine.outcome();
        if (!machine.value().active)
            return Outcome::failure(tr("Operation %1 (%2): machine %3 is deactivated. Choose an "
                                       "active machine.")
                                        .arg(op.seq)
                                        .arg(op.name, machine.value().text(QStringLiteral("code"))));
    }
    return Outcome::success();
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
    if (Outcome valid = validate(order, products); !valid)
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
    if (Outcome valid = validate(order); !valid)
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
        Result<QList<WorkOrderOperation>> ops = operationsFromRouting(draft.value());
        if (!ops)
            return ops.outcome();
        if (Outcome valid = validateOperations(ops.value()); !valid)
            return valid;
        if (Outcome queued = queueAtBack(ops.value(), {}); !queued)
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
    if (Outcome valid = validate(order); !valid)
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

Result<QList<WorkOrderOperation>> WorkOrderService::operationsFromRouting(const WorkOrder &order) const
{
    const Result<Routing> routing = m_routing->operations(order.productId);
    if (!routing)
        return routing.outcome();
    if (routing.value().isEmpty()) {
        const Result<MasterRecord> product = m_masterData->find(MasterDataKind::Product, order.productId);
        return Outcome::failure(tr("Product %1 has no routing. Add its operations under Master "
                                   "data ▸ Routings, then release again.")
                                    .arg(product ? product.value().text(QStringLiteral("part_no")) : QString()));
    }
    QList<WorkOrderOperation> ops;
    for (int i = 0; i < routing.value().size(); ++i) {
        const RoutingOperation &step = routing.value().at(i);
        WorkOrderOperation op;
        op.id = newUuidV7();
        op.workOrderId = order.id;
        op.seq = (i + 1) * 10;
        op.name = step.name;
        op.standardSeconds = step.standardSeconds;
        op.idealSeconds = step.idealSeconds; // OEE's ideal cycle time goes with the order
        op.machineId = step.machineId;
        ops.append(op);
    }
    return ops;
}

Outcome WorkOrderService::queueAtBack(QList<WorkOrderOperation> &ops,
                                      const QList<WorkOrderOperation> &queued) const
{
    QHash<QString, double> nextRank; // per machine, so two steps on one machine keep their order
    for (WorkOrderOperation &op : ops) {
        const auto same = std::find_if(queued.begin(), queued.end(), [&](const WorkOrderOperation &q) {
            return q.id == op.id && q.machineId == op.machineId;
        });
        if (same != queued.end()) {
            op.queueRank = same->queueRank;
            continue;
        }
        if (!nextRank.contains(op.machineId)) {
            const Result<double> last = m_repository.lastQueueRank(op.machineId);
            if (!last)
                return last.outcome();
            nextRank.insert(op.machineId, last.value() + 1);
        }
        op.queueRank = nextRank.value(op.machineId);
        nextRank[op.machineId] += 1;
    }
    return Outcome::success();
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
                const Result<QList<WorkOrderOperation>> fromRouting = operationsFromRouting(stored.value());
                if (!fromRouting)
                    return fromRouting.outcome();
                ops = fromRouting.value();
            }
            if (Outcome valid = validateOperations(ops); !valid)
                return valid;
            // A draft waits in no queue: on release every step joins its machine's queue last.
            if (Outcome queued = queueAtBack(ops, {}); !queued)
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
    if (Outcome valid = validateOperations(ops); !valid)
        return valid;
    Outcome saved = m_db->inTransaction([&] {
        // Released steps keep their place in the queues; new ones, or ones given another
        // machine, join the back of their machine's queue.
        if (stored.value().state != WorkOrderState::Draft) {
            const Result<QList<WorkOrderOperation>> queued = m_repository.operations(id);
            if (!queued)
                return queued.outcome();
            if (Outcome done = queueAtBack(ops, queued.value()); !done)
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
