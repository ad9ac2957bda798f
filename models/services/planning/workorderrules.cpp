#include "services/planning/workorderrules.h"

#include "domain/planning/routingoperation.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "storage/database.h"
#include "storage/planning/workorderrepository.h"
#include "storage/trace/tracerepository.h"
#include "storage/uuid.h"

#include <QLocale>

#include <algorithm>

namespace Taktline {

namespace {
constexpr double MaxQuantity = 10'000'000;
} // namespace

WorkOrderRules::WorkOrderRules(std::shared_ptr<Database> db, const WorkOrderRepository &repository,
                               const MasterDataService *masterData, const RoutingService *routing)
    : m_repository(repository)
    , m_lots(std::make_unique<TraceRepository>(db->connection()))
    , m_masterData(masterData)
    , m_routing(routing)
{}

WorkOrderRules::~WorkOrderRules() = default;

Outcome WorkOrderRules::validate(const WorkOrder &order,
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

Outcome WorkOrderRules::validateOperations(const QList<WorkOrderOperation> &ops) const
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
        if (op.outsourced) {
            // 外协: done by the supplier, on no machine of ours.
            if (op.supplierId.isEmpty())
                return Outcome::failure(tr("Operation %1 (%2) is outsourced and needs a supplier.")
                                            .arg(op.seq)
                                            .arg(op.name));
            if (!(op.subcontractPrice >= 0))
                return Outcome::failure(tr("Operation %1 (%2): the subcontract price cannot be "
                                           "negative.")
                                            .arg(op.seq)
                                            .arg(op.name));
            continue;
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

Result<QList<WorkOrderOperation>> WorkOrderRules::operationsFromRouting(const WorkOrder &order) const
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
        op.machineId = step.outsourced ? QString() : step.machineId;
        op.outsourced = step.outsourced; // 外协: the supplier and price go with the order
        op.supplierId = step.supplierId;
        op.subcontractPrice = step.subcontractPrice;
        ops.append(op);
    }
    return ops;
}

Outcome WorkOrderRules::queueAtBack(QList<WorkOrderOperation> &ops,
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

} // namespace Taktline
