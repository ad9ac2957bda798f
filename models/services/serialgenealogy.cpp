// SerialService's genealogy (追溯): a serial's steps and components, and its parents.
#include "serialservice.h"

#include "workorder.h"

#include <QLocale>

namespace Taktline {

namespace {

QString stateName(const QString &key)
{
    const std::optional<WorkOrderState> state = workOrderStateFromKey(key);
    return state ? workOrderStateDisplayName(*state) : key;
}

// The serial with its product and work order, without what is inside it.
TraceNode headerNode(const SerialNumber &serial, const std::optional<TraceOrderRow> &order)
{
    TraceNode node;
    node.kind = TraceNode::Kind::Serial;
    node.code = serial.serial;
    node.title = order ? SerialService::tr("Serial %1: %2 %3 of work order %4")
                             .arg(serial.serial, order->partNo, order->productName, order->number)
                       : SerialService::tr("Serial %1").arg(serial.serial);
    node.details = {{QStringLiteral("work_order"), order ? order->number : QString()},
                    {QStringLiteral("product"), order ? order->partNo : QString()},
                    {QStringLiteral("product_name"), order ? order->productName : QString()}};
    node.atMs = serial.createdAtMs;
    return node;
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

} // namespace

Result<TraceNode> SerialService::serialNode(const SerialNumber &serial, QSet<QString> &seen) const
{
    const Result<std::optional<TraceOrderRow>> order = m_repository->order(serial.workOrderId);
    if (!order)
        return order.outcome();
    TraceNode node = headerNode(serial, order.value());
    if (seen.contains(serial.id)) // never true while fitting refuses cycles; a guard only
        return node;
    seen.insert(serial.id);

    if (order.value()) {
        const TraceOrderRow &o = *order.value();
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
        node.children.append(orderNode);
    }

    const Result<QList<SerialLinkRow>> components = m_repository->components(serial.id);
    if (!components)
        return components.outcome();
    for (const SerialLinkRow &link : components.value()) {
        Result<TraceNode> child = serialNode(link.serial, seen);
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
    QSet<QString> seen;
    return serialNode(found.value(), seen);
}

Result<TraceNode> SerialService::forward(const QString &serialCode) const
{
    const Result<SerialNumber> found = find(serialCode);
    if (!found)
        return found.outcome();
    // The serial and its parents, nearest first (each goes into one at most), and how each
    // went into the next.
    QList<TraceNode> chain;
    QList<SerialLinkRow> fittings;
    QSet<QString> seen;
    SerialNumber current = found.value();
    for (;;) {
        seen.insert(current.id);
        const Result<std::optional<TraceOrderRow>> order = m_repository->order(current.workOrderId);
        if (!order)
            return order.outcome();
        chain.append(headerNode(current, order.value()));
        const Result<std::optional<SerialLinkRow>> parent = m_repository->parentOf(current.id);
        if (!parent)
            return parent.outcome();
        if (!parent.value() || seen.contains(parent.value()->serial.id))
            break;
        fittings.append(*parent.value());
        current = parent.value()->serial;
    }
    TraceNode above = chain.takeLast();
    while (!chain.isEmpty()) {
        TraceNode below = chain.takeLast();
        const SerialLinkRow fitting = fittings.takeLast();
        above.title += tr(", %1 fitted into it by %2").arg(below.code, fitting.employeeName);
        above.details.insert(QStringLiteral("employee"), fitting.employeeName);
        above.details.insert(QStringLiteral("badge"), fitting.badge);
        above.details.insert(QStringLiteral("fitted_at_ms"), fitting.fittedAtMs);
        above.atMs = fitting.fittedAtMs;
        below.children.append(above);
        above = below;
    }
    return above;
}

} // namespace Taktline
