#include "tracelookup.h"

#include "barcodecodec.h"
#include "downstreamtrace.h"
#include "masterrecord.h"
#include "serialservice.h"
#include "shipmentservice.h"
#include "traceservice.h"
#include "workspace.h"

#include <algorithm>

namespace Taktline {

namespace {

// True when CODE carries a typed prefix of something other than a shipment.
bool hasOtherPrefix(const Result<ScanResult> &scan)
{
    if (!scan)
        return false;
    const ScanKind kind = scan.value().kind;
    return kind == ScanKind::WorkOrder || kind == ScanKind::Operation || kind == ScanKind::Lot ||
           kind == ScanKind::Serial;
}

} // namespace

Result<TraceNode> TraceLookup::trace(const QString &code, TraceDirection direction) const
{
    const QString typed = code.trimmed();
    if (typed.isEmpty())
        return Outcome::failure(tr("Scan or type a code to trace."));
    const TraceService *trace = m_workspace->trace();
    const SerialService *serials = m_workspace->serials();
    const Result<ScanResult> scan = BarcodeCodec::parse(typed);
    // A shipment: "SHP:…", or a number only a shipment has; backward unless forward is asked.
    if (isShipmentCode(typed) || (!hasOtherPrefix(scan) && m_workspace->shipments()->find(typed)))
        return traceShipment(typed, direction);
    // A bare serial (typed without "SN:") is a serial when nothing else has that code.
    const bool isSerial = (scan && scan.value().kind == ScanKind::Serial) ||
                          (!trace->lot(typed) && !trace->backward(typed) && serials->find(typed));
    // A serial goes backward to its steps and components unless forward is asked.
    if (isSerial)
        return direction == TraceDirection::Forward ? serials->forward(typed)
                                                    : serials->backward(typed);
    if (direction == TraceDirection::Forward)
        return trace->forward(typed);
    if (direction == TraceDirection::Backward)
        return trace->backward(typed);
    // No direction given: a material lot goes forward, anything else backward.
    if (!trace->lot(typed))
        return trace->backward(typed);
    if (trace->backward(typed))
        return Outcome::failure(tr("%1 is both a material lot and a production lot: choose forward "
                                   "or backward.")
                                    .arg(typed));
    return trace->forward(typed);
}

Result<TraceNode> TraceLookup::traceShipment(const QString &code, TraceDirection direction) const
{
    const ShipmentService *shipments = m_workspace->shipments();
    const Result<Shipment> shipment = shipments->find(code);
    if (!shipment)
        return shipment.outcome();
    const Result<QList<ShipmentLineRow>> lines = shipments->lines(shipment.value().id);
    if (!lines)
        return lines.outcome();
    TraceNode root = DownstreamTrace::shipmentHeader(shipment.value(), lines.value());
    for (const ShipmentLineRow &line : lines.value()) {
        // Forward, a shipment is the end of the road: its lines, nothing under them.
        if (direction == TraceDirection::Forward) {
            root.children.append(DownstreamTrace::lineNode(line));
            continue;
        }
        Result<TraceNode> back = line.serial.isEmpty()
                                     ? m_workspace->trace()->backward(line.order.number)
                                     : m_workspace->serials()->backward(line.serial);
        if (!back)
            return back.outcome();
        TraceNode &node = back.value();
        // This shipment is the root already; the order's other shipments stay (a recall
        // needs them).
        node.children.removeIf([&](const TraceNode &child) {
            return child.kind == TraceNode::Kind::Shipment && child.code == root.code;
        });
        if (line.serial.isEmpty()) {
            node.title += tr(": %1 in this shipment").arg(quantityText(line.line.quantity, 3));
            node.details.insert(QStringLiteral("shipped"), line.line.quantity);
        }
        root.children.append(node);
    }
    return root;
}

} // namespace Taktline
