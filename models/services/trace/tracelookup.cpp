#include "services/trace/tracelookup.h"

#include "barcode/barcodecodec.h"
#include "domain/masterdata/masterrecord.h"
#include "services/serials/serialservice.h"
#include "services/trace/downstreamtrace.h"
#include "services/trace/shipmentservice.h"
#include "services/trace/traceservice.h"
#include "services/workspace.h"

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
    // A serial goes backward to its steps and components unless forward is asked.
    const auto serialTrace = [&] {
        return direction == TraceDirection::Forward ? serials->forward(typed)
                                                    : serials->backward(typed);
    };
    if (scan && scan.value().kind == ScanKind::Serial)
        return serialTrace();
    const Result<MaterialLot> lot = trace->lot(typed);
    // A work order or production lot: traced backward once, whatever is asked after.
    const Result<TraceNode> back = lot && direction == TraceDirection::Forward
                                       ? Result<TraceNode>(Outcome::failure(QString()))
                                       : trace->backward(typed);
    if (!lot && !back) {
        // A bare serial (typed without "SN:") is a serial when nothing else has that code.
        if (serials->find(typed))
            return serialTrace();
        if (scan && scan.value().kind == ScanKind::Lot)
            return lot.outcome();
        if (hasOtherPrefix(scan) || direction != TraceDirection::Auto)
            return back;
        return Outcome::failure(tr("Nothing in this factory has the code %1: no work order, "
                                   "production lot, material lot, serial number or shipment.")
                                    .arg(typed));
    }
    if (direction == TraceDirection::Forward)
        return trace->forward(typed);
    if (direction == TraceDirection::Backward || !lot)
        return back;
    // No direction given: a material lot goes forward, anything else backward.
    if (back)
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
