#include "services/serials/serialgenealogy.h"

#include "domain/masterdata/masterrecord.h"
#include "domain/planning/workorder.h"
#include "services/places/placetrace.h"
#include "services/quality/qualitytrace.h"
#include "services/trace/downstreamtrace.h"
#include "storage/trace/shipmentrepository.h"
#include "storage/trace/tracerepository.h"

#include <QHash>
#include <QSet>

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
    node.title += SerialGenealogy::tr(", fitted by %1").arg(link.employeeName);
    node.details.insert(QStringLiteral("employee"), link.employeeName);
    node.details.insert(QStringLiteral("badge"), link.badge);
    node.details.insert(QStringLiteral("fitted_at_ms"), link.fittedAtMs);
    node.atMs = link.fittedAtMs;
}

// One step of a serial, passed or failed, by whom and where.
TraceNode stepNode(const SerialStepRow &step, const QString &orderNumber)
{
    TraceNode node;
    node.kind = TraceNode::Kind::SerialStep;
    node.code = QStringLiteral("%1/%2").arg(orderNumber).arg(step.seq);
    const QString result =
        step.pass ? SerialGenealogy::tr("passed") : SerialGenealogy::tr("failed");
    node.title = step.machineCode.isEmpty()
                     ? SerialGenealogy::tr("Step %1 %2 %3 by %4")
                           .arg(step.seq)
                           .arg(step.operationName, result, step.employeeName)
                     : SerialGenealogy::tr("Step %1 %2 %3 by %4 on %5")
                           .arg(step.seq)
                           .arg(step.operationName, result, step.employeeName, step.machineCode);
    node.details = {
        {QStringLiteral("seq"), step.seq},
        {QStringLiteral("operation"), step.operationName},
        {QStringLiteral("employee"), step.employeeName},
        {QStringLiteral("badge"), step.badge},
        {QStringLiteral("machine"), step.machineCode},
        {QStringLiteral("result"), step.pass ? QStringLiteral("pass") : QStringLiteral("fail")}};
    node.atMs = step.atMs;
    return node;
}

// A material lot fed to a serial's work order at one step, with its supplier and who fed it
// first.
TraceNode lotNode(const TraceFeedRow &feed)
{
    TraceNode node;
    node.kind = TraceNode::Kind::Lot;
    node.code = feed.lotNo;
    node.title = SerialGenealogy::tr("Lot %1 of %2 %3 fed to the work order at step %4: %5")
                     .arg(feed.lotNo, feed.materialPartNo, feed.materialName)
                     .arg(feed.seq)
                     .arg(quantityText(-feed.movement.quantity, 3));
    if (!feed.supplier.isEmpty())
        node.title += SerialGenealogy::tr(", from %1").arg(feed.supplier);
    if (!feed.supplierLot.isEmpty())
        node.title += SerialGenealogy::tr(" (supplier lot %1)").arg(feed.supplierLot);
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

// One backward walk down a serial's components. It reads each work order's row and fed lots
// once: the pieces of one order share them, and a deep assembly holds many pieces of few orders.
class Walk
{
public:
    explicit Walk(const QSqlDatabase &db)
        : m_serials(db)
        , m_feeds(db)
    {
    }

    Result<TraceNode> serialNode(const SerialNumber &serial);

private:
    // ORDER with the steps SERIAL_ID went through and the lots fed to the order.
    Result<TraceNode> orderNode(const QString &serialId, const TraceOrderRow &order);
    Result<QList<TraceNode>> lotNodes(const QString &workOrderId);

    SerialRepository m_serials;
    TraceRepository m_feeds;
    QSet<QString> m_seen;
    QHash<QString, std::optional<TraceOrderRow>> m_orders;
    QHash<QString, QList<TraceNode>> m_lotNodes;
};

Result<TraceNode> Walk::serialNode(const SerialNumber &serial)
{
    if (!m_orders.contains(serial.workOrderId)) {
        const Result<std::optional<TraceOrderRow>> read = m_serials.order(serial.workOrderId);
        if (!read)
            return read.outcome();
        m_orders.insert(serial.workOrderId, read.value());
    }
    const std::optional<TraceOrderRow> order = m_orders.value(serial.workOrderId);
    TraceNode node = DownstreamTrace::serialNode(serial, order);
    if (m_seen.contains(serial.id)) // never true while fitting refuses cycles; a guard only
        return node;
    m_seen.insert(serial.id);

    if (order) {
        const Result<TraceNode> ordered = orderNode(serial.id, *order);
        if (!ordered)
            return ordered;
        node.children.append(ordered.value());
    }

    const Result<QList<SerialLinkRow>> components = m_serials.components(serial.id);
    if (!components)
        return components.outcome();
    for (const SerialLinkRow &link : components.value()) {
        Result<TraceNode> child = serialNode(link.serial);
        if (!child)
            return child.outcome();
        addFitting(child.value(), link);
        node.children.append(child.value());
    }
    return node;
}

Result<TraceNode> Walk::orderNode(const QString &serialId, const TraceOrderRow &o)
{
    TraceNode node;
    node.kind = TraceNode::Kind::WorkOrder;
    node.code = o.number;
    node.title = SerialGenealogy::tr("Work order %1: %2 %3 (%4)")
                     .arg(o.number, o.partNo, o.productName, stateName(o.state));
    node.details = {{QStringLiteral("product"), o.partNo},
                    {QStringLiteral("state"), o.state},
                    {QStringLiteral("production_lot"), o.lotNo}};
    node.atMs = o.createdAtMs;
    const Result<QList<SerialStepRow>> steps = m_serials.steps(serialId);
    if (!steps)
        return steps.outcome();
    for (const SerialStepRow &step : steps.value())
        node.children.append(stepNode(step, o.number));
    // The material lots fed to the piece's work order: a lot goes into the order's pieces
    // together, so each of them may hold it.
    const Result<QList<TraceNode>> lots = lotNodes(o.id);
    if (!lots)
        return lots.outcome();
    node.children.append(lots.value());
    return node;
}

Result<QList<TraceNode>> Walk::lotNodes(const QString &workOrderId)
{
    if (const auto known = m_lotNodes.constFind(workOrderId); known != m_lotNodes.constEnd())
        return *known;
    const Result<QList<TraceFeedRow>> feeds = m_feeds.feedsOfOrder(workOrderId);
    if (!feeds)
        return feeds.outcome();
    // One node per lot and step, however many feeds it took.
    QList<TraceFeedRow> perLot;
    for (const TraceFeedRow &feed : feeds.value()) {
        const auto same = std::find_if(perLot.begin(), perLot.end(), [&](const TraceFeedRow &f) {
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
    m_lotNodes.insert(workOrderId, lots);
    return lots;
}

} // namespace

SerialGenealogy::SerialGenealogy(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<TraceNode> SerialGenealogy::backward(const SerialNumber &serial) const
{
    Walk walk(m_db);
    Result<TraceNode> root = walk.serialNode(serial);
    if (!root)
        return root;
    // Where the piece went: the shipment that took it, if it left the factory.
    const Result<std::optional<Shipment>> shipped =
        ShipmentRepository(m_db).shipmentOfSerial(serial.id);
    if (!shipped)
        return shipped.outcome();
    if (shipped.value())
        root.value().children.append(
            DownstreamTrace::shipmentNode(*shipped.value(), 1, {serial.serial}));
    // Its inspections and nonconformances, with what was decided on them.
    const Result<QList<TraceNode>> quality = QualityTrace(m_db).ofSerial(serial.id, serial.serial);
    if (!quality)
        return quality.outcome();
    root.value().children += quality.value();
    // Where it was taken in the factory (移库), oldest first.
    const Result<QList<TraceNode>> moves = PlaceTrace(m_db).ofSerial(serial.id);
    if (!moves)
        return moves.outcome();
    root.value().children += moves.value();
    return root;
}

Result<TraceNode> SerialGenealogy::forward(const SerialNumber &serial) const
{
    // Up the chain of parents to the unit that shipped, and its shipment.
    return DownstreamTrace(m_db).serialForward(serial);
}

} // namespace Taktline
