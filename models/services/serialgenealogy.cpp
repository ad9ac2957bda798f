// SerialService's genealogy (追溯): a serial's steps and components, and its parents.
#include "serialservice.h"

#include "database.h"
#include "downstreamtrace.h"
#include "masterrecord.h"
#include "tracerepository.h"
#include "workorder.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Taktline {

namespace {

QString stateName(const QString &key)
{
    const std::optional<WorkOrderState> state = workOrderStateFromKey(key);
    return state ? workOrderStateDisplayName(*state) : key;
}

// "…, fitted by 李明" on a serial that went into (or took in) another one.
void addFitting(TraceNode &node, const SerialLinkRow &link)
{
    node.title += SerialService::tr(", fitted by %1").arg(link.employeeName);
    node.details.insert(QStringLiteral("employee"), link.employeeName);
    node.details.insert(QStringLiteral("badge"), link.badge);
    node.details.insert(QStringLiteral("fitted_at_ms"), link.fittedAtMs);
    node.atMs = link.fittedAtMs;
}

// A material lot fed to a serial's work order at one step, with its supplier and who fed it
// first.
TraceNode lotNode(const TraceFeedRow &feed)
{
    TraceNode node;
    node.kind = TraceNode::Kind::Lot;
    node.code = feed.lotNo;
    node.title = SerialService::tr("Lot %1 of %2 %3 fed to the work order at step %4: %5")
                     .arg(feed.lotNo, feed.materialPartNo, feed.materialName)
                     .arg(feed.seq)
                     .arg(quantityText(-feed.movement.quantity, 3));
    if (!feed.supplier.isEmpty())
        node.title += SerialService::tr(", from %1").arg(feed.supplier);
    if (!feed.supplierLot.isEmpty())
        node.title += SerialService::tr(" (supplier lot %1)").arg(feed.supplierLot);
    node.details = {{QStringLiteral("material"), feed.materialPartNo},
                    {QStringLiteral("material_name"), feed.materialName},
                    {QStringLiteral("supplier"), feed.supplier},
                    {QStringLiteral("supplier_lot"), feed.supplierLot},
                    {QStringLiteral("quantity"), -feed.movement.quantity},
                    {QStringLiteral("seq"), feed.seq},
                    {QStringLiteral("employee"), feed.employeeName},
                    {QStringLiteral("badge"), feed.badge},
                    {QStringLiteral("machine"), feed.machineCode}};
    node.atMs = feed.movement.atMs;
    return node;
}

} // namespace

// The serials visited, and each work order's row and fed lots read once: the pieces of one
// order share them, and a deep assembly holds many pieces of few orders.
struct SerialService::Walk
{
    QSet<QString> seen;
    QHash<QString, std::optional<TraceOrderRow>> orders;
    QHash<QString, QList<TraceNode>> lotNodes;
};

Result<TraceNode> SerialService::serialNode(const SerialNumber &serial, Walk &walk) const
{
    if (!walk.orders.contains(serial.workOrderId)) {
        const Result<std::optional<TraceOrderRow>> read = m_repository->order(serial.workOrderId);
        if (!read)
            return read.outcome();
        walk.orders.insert(serial.workOrderId, read.value());
    }
    const std::optional<TraceOrderRow> order = walk.orders.value(serial.workOrderId);
    TraceNode node = DownstreamTrace::serialNode(serial, order);
    if (walk.seen.contains(serial.id)) // never true while fitting refuses cycles; a guard only
        return node;
    walk.seen.insert(serial.id);

    if (order) {
        const TraceOrderRow &o = *order;
        TraceNode orderNode;
        orderNode.kind = TraceNode::Kind::WorkOrder;
        orderNode.code = o.number;
        orderNode.title = tr("Work order %1: %2 %3 (%4)")
                              .arg(o.number, o.partNo, o.productName, stateName(o.state));
        orderNode.details = {{QStringLiteral("product"), o.partNo},
                             {QStringLiteral("state"), o.state},
                             {QStringLiteral("production_lot"), o.lotNo}};
        orderNode.atMs = o.createdAtMs;
        const Result<QList<SerialStepRow>> steps = m_repository->steps(serial.id);
        if (!steps)
            return steps.outcome();
        for (const SerialStepRow &step : steps.value()) {
            TraceNode stepNode;
            stepNode.kind = TraceNode::Kind::SerialStep;
            stepNode.code = QStringLiteral("%1/%2").arg(o.number).arg(step.seq);
            const QString result = step.pass ? tr("passed") : tr("failed");
            stepNode.title =
                step.machineCode.isEmpty()
                    ? tr("Step %1 %2 %3 by %4")
                          .arg(step.seq)
                          .arg(step.operationName, result, step.employeeName)
                    : tr("Step %1 %2 %3 by %4 on %5")
                          .arg(step.seq)
                          .arg(step.operationName, result, step.employeeName, step.machineCode);
            stepNode.details = {{QStringLiteral("seq"), step.seq},
                                {QStringLiteral("operation"), step.operationName},
                                {QStringLiteral("employee"), step.employeeName},
                                {QStringLiteral("badge"), step.badge},
                                {QStringLiteral("machine"), step.machineCode},
                                {QStringLiteral("result"),
                                 step.pass ? QStringLiteral("pass") : QStringLiteral("fail")}};
            stepNode.atMs = step.atMs;
            orderNode.children.append(stepNode);
        }
        // The material lots fed to the piece's work order: a lot goes into the order's
        // pieces together, so each of them may hold it.
        if (!walk.lotNodes.contains(o.id)) {
            const Result<QList<TraceFeedRow>> feeds =
                TraceRepository(m_db->connection()).feedsOfOrder(o.id);
            if (!feeds)
                return feeds.outcome();
            // One node per lot and step, however many feeds it took.
            QList<TraceFeedRow> perLot;
            for (const TraceFeedRow &feed : feeds.value()) {
                const auto same =
                    std::find_if(perLot.begin(), perLot.end(), [&](const TraceFeedRow &f) {
                        return f.movement.lotId == feed.movement.lotId && f.seq == feed.seq;
                    });
                if (same == perLot.end())
                    perLot.append(feed);
                else
                    same->movement.quantity += feed.movement.quantity;
            }
            QList<TraceNode> lots;
            for (const TraceFeedRow &feed : perLot)
                lots.append(lotNode(feed));
            walk.lotNodes.insert(o.id, lots);
        }
        orderNode.children.append(walk.lotNodes.value(o.id));
        node.children.append(orderNode);
    }

    const Result<QList<SerialLinkRow>> components = m_repository->components(serial.id);
    if (!components)
        return components.outcome();
    for (const SerialLinkRow &link : components.value()) {
        Result<TraceNode> child = serialNode(link.serial, walk);
        if (!child)
            return child.outcome();
        addFitting(child.value(), link);
        node.children.append(child.value());
    }
    return node;
}

Result<TraceNode> SerialService::backward(const QString &serialCode) const
{
    const Result<SerialNumber> found = find(serialCode);
    if (!found)
        return found.outcome();
    Walk walk;
    Result<TraceNode> root = serialNode(found.value(), walk);
    if (!root)
        return root;
    // Where the piece went: the shipment that took it, if it left the factory.
    const Result<std::optional<Shipment>> shipped =
        ShipmentRepository(m_db->connection()).shipmentOfSerial(found.value().id);
    if (!shipped)
        return shipped.outcome();
    if (shipped.value())
        root.value().children.append(
            DownstreamTrace::shipmentNode(*shipped.value(), 1, {found.value().serial}));
    return root;
}

Result<TraceNode> SerialService::forward(const QString &serialCode) const
{
    const Result<SerialNumber> found = find(serialCode);
    if (!found)
        return found.outcome();
    // Up the chain of parents to the unit that shipped, and its shipment.
    return DownstreamTrace(m_db->connection()).serialForward(found.value());
}

} // namespace Taktline
