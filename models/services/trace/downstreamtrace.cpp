#include "services/trace/downstreamtrace.h"

#include "domain/masterdata/masterrecord.h"

#include <QLocale>
#include <QSet>

namespace Taktline {

namespace {

constexpr int SerialsInTitle = 5;

// "A, B, C, D, E … (+7)": a title names the first few serials; the details keep them all.
QString serialList(const QStringList &serials)
{
    QString text = serials.mid(0, SerialsInTitle).join(QStringLiteral(", "));
    if (serials.size() > SerialsInTitle)
        text += QStringLiteral(" … (+%1)").arg(serials.size() - SerialsInTitle);
    return text;
}

QVariantMap shipmentDetails(const Shipment &shipment)
{
    return {{QStringLiteral("shipment"), shipment.shipmentNo},
            {QStringLiteral("customer"), shipment.customer},
            {QStringLiteral("customer_order"), shipment.customerOrder},
            {QStringLiteral("shipped_on"), shipment.shippedOn.toString(Qt::ISODate)},
            {QStringLiteral("note"), shipment.note}};
}

} // namespace

DownstreamTrace::DownstreamTrace(const QSqlDatabase &db)
    : m_serials(db)
    , m_finishedGoods(db)
    , m_shipments(db)
    , m_downstream(db)
{
}

TraceNode DownstreamTrace::serialNode(const SerialNumber &serial,
                                      const std::optional<TraceOrderRow> &order)
{
    TraceNode node;
    node.kind = TraceNode::Kind::Serial;
    node.code = serial.serial;
    // The serial genealogy's words stay in SerialService's translation context.
    node.title = order ? QCoreApplication::translate("Taktline::SerialService",
                                                     "Serial %1: %2 %3 of work order %4")
                             .arg(serial.serial, order->partNo, order->productName, order->number)
                       : QCoreApplication::translate("Taktline::SerialService", "Serial %1")
                             .arg(serial.serial);
    node.details = {{QStringLiteral("work_order"), order ? order->number : QString()},
                    {QStringLiteral("product"), order ? order->partNo : QString()},
                    {QStringLiteral("product_name"), order ? order->productName : QString()}};
    node.atMs = serial.createdAtMs;
    return node;
}

TraceNode DownstreamTrace::shipmentNode(const Shipment &shipment, double quantity,
                                        const QStringList &serials)
{
    TraceNode node;
    node.kind = TraceNode::Kind::Shipment;
    node.code = shipment.shipmentNo;
    // The shipment number first: a narrow tree or timeline cuts the end of a title.
    node.title = tr("Shipment %4: %1 shipped to %2 on %3")
                     .arg(quantityText(quantity, 3), shipment.customer,
                          shipment.shippedOn.toString(Qt::ISODate), shipment.shipmentNo);
    if (!shipment.customerOrder.isEmpty())
        node.title += tr(", customer order %1").arg(shipment.customerOrder);
    if (!serials.isEmpty())
        node.title += tr(", serials %1").arg(serialList(serials));
    node.details = shipmentDetails(shipment);
    node.details.insert(QStringLiteral("quantity"), quantity);
    node.details.insert(QStringLiteral("serials"), serials);
    node.atMs = shipment.atMs;
    return node;
}

TraceNode DownstreamTrace::shipmentHeader(const Shipment &shipment,
                                          const QList<ShipmentLineRow> &lines)
{
    double quantity = 0;
    QSet<QString> orders;
    for (const ShipmentLineRow &line : lines) {
        quantity += line.line.quantity;
        orders.insert(line.order.id);
    }
    TraceNode node;
    node.kind = TraceNode::Kind::Shipment;
    node.code = shipment.shipmentNo;
    node.title = tr("Shipment %1 to %2 on %3: %4 pieces in %n line(s)", nullptr, int(lines.size()))
                     .arg(shipment.shipmentNo, shipment.customer,
                          shipment.shippedOn.toString(Qt::ISODate), quantityText(quantity, 3));
    if (!shipment.customerOrder.isEmpty())
        node.title += tr(", customer order %1").arg(shipment.customerOrder);
    node.details = shipmentDetails(shipment);
    node.details.insert(QStringLiteral("quantity"), quantity);
    node.details.insert(QStringLiteral("lines"), int(lines.size()));
    node.details.insert(QStringLiteral("work_orders"), int(orders.size()));
    node.atMs = shipment.atMs;
    return node;
}

TraceNode DownstreamTrace::lineNode(const ShipmentLineRow &line)
{
    if (!line.serial.isEmpty()) {
        TraceNode node =
            serialNode({line.line.serialId, line.serial, line.order.id, {}, 0, {}, {}}, line.order);
        node.details.insert(QStringLiteral("quantity"), 1);
        node.atMs = line.line.atMs;
        return node;
    }
    TraceNode node;
    node.kind = TraceNode::Kind::WorkOrder;
    node.code = line.order.number;
    node.title = tr("Work order %1: %2 %3, %4 shipped")
                     .arg(line.order.number, line.order.partNo, line.order.productName,
                          quantityText(line.line.quantity, 3));
    if (!line.order.lotNo.isEmpty())
        node.title += tr(", production lot %1").arg(line.order.lotNo);
    node.details = {{QStringLiteral("product"), line.order.partNo},
                    {QStringLiteral("product_name"), line.order.productName},
                    {QStringLiteral("quantity"), line.line.quantity},
                    {QStringLiteral("production_lot"), line.order.lotNo}};
    node.atMs = line.line.atMs;
    return node;
}

TraceNode DownstreamTrace::receiptNode(const ReceiptRow &row, const QString &orderNumber)
{
    const FinishedGoodsReceipt &r = row.receipt;
    TraceNode node;
    node.kind = TraceNode::Kind::FinishedGoods;
    node.code = orderNumber;
    node.title = tr("%1 received into finished goods").arg(quantityText(r.quantity, 3));
    if (!r.location.isEmpty())
        node.title += tr(" at %1").arg(r.location);
    if (!row.employeeName.isEmpty())
        node.title += tr(" by %1").arg(row.employeeName);
    node.details = {{QStringLiteral("quantity"), r.quantity},
                    {QStringLiteral("location"), r.location},
                    {QStringLiteral("employee"), row.employeeName},
                    {QStringLiteral("badge"), row.badge}};
    node.atMs = r.atMs;
    return node;
}

Result<std::optional<TraceOrderRow>> DownstreamTrace::order(const QString &workOrderId) const
{
    if (const auto cached = m_orders.constFind(workOrderId); cached != m_orders.constEnd())
        return *cached;
    const Result<std::optional<TraceOrderRow>> found = m_serials.order(workOrderId);
    if (found)
        m_orders.insert(workOrderId, found.value());
    return found;
}

Result<TraceNode> DownstreamTrace::serialForward(const SerialNumber &serial) const
{
    // The serial and its parents, nearest first (each goes into one at most), and how each
    // went into the next.
    QList<TraceNode> chain;
    QList<SerialLinkRow> fittings;
    QSet<QString> seen;
    SerialNumber current = serial;
    for (;;) {
        seen.insert(current.id);
        const Result<std::optional<TraceOrderRow>> own = order(current.workOrderId);
        if (!own)
            return own.outcome();
        TraceNode node = serialNode(current, own.value());
        const Result<std::optional<Shipment>> shipped = m_shipments.shipmentOfSerial(current.id);
        if (!shipped)
            return shipped.outcome();
        if (shipped.value())
            node.children.append(shipmentNode(*shipped.value(), 1, {current.serial}));
        chain.append(node);
        const Result<std::optional<SerialLinkRow>> parent = m_serials.parentOf(current.id);
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
        above.title +=
            QCoreApplication::translate("Taktline::SerialService", ", %1 fitted into it by %2")
                .arg(below.code, fitting.employeeName);
        above.details.insert(QStringLiteral("employee"), fitting.employeeName);
        above.details.insert(QStringLiteral("badge"), fitting.badge);
        above.details.insert(QStringLiteral("fitted_at_ms"), fitting.fittedAtMs);
        above.atMs = fitting.fittedAtMs;
        below.children.append(above);
        above = below;
    }
    return above;
}

Result<QList<TraceNode>> DownstreamTrace::receiptsAndShipments(const QString &workOrderId,
                                                               const QString &orderNumber) const
{
    const Result<QList<ReceiptRow>> receipts = m_finishedGoods.receipts(workOrderId);
    if (!receipts)
        return receipts.outcome();
    const Result<QList<OrderShipmentRow>> shipments = m_shipments.shipmentsOfOrder(workOrderId);
    if (!shipments)
        return shipments.outcome();
    QList<TraceNode> nodes;
    for (const ReceiptRow &receipt : receipts.value())
        nodes.append(receiptNode(receipt, orderNumber));
    for (const OrderShipmentRow &row : shipments.value())
        nodes.append(shipmentNode(row.shipment, row.quantity, row.serials));
    return nodes;
}

Result<QList<TraceNode>> DownstreamTrace::forwardOfOrder(const QString &workOrderId,
                                                         const QString &orderNumber) const
{
    Result<QList<TraceNode>> nodes = receiptsAndShipments(workOrderId, orderNumber);
    if (!nodes)
        return nodes;
    const Result<QList<SerialNumber>> fitted = m_downstream.fittedSerialsOf(workOrderId);
    if (!fitted)
        return fitted.outcome();
    for (const SerialNumber &serial : fitted.value()) {
        const Result<TraceNode> chain = serialForward(serial);
        if (!chain)
            return chain.outcome();
        nodes.value().append(chain.value());
    }
    return nodes;
}

} // namespace Taktline
