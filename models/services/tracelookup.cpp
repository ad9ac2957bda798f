#include "tracelookup.h"

#include "barcodecodec.h"
#include "serialservice.h"
#include "traceservice.h"
#include "workspace.h"

namespace Taktline {

Result<TraceNode> TraceLookup::trace(const QString &code, TraceDirection direction) const
{
    const QString typed = code.trimmed();
    if (typed.isEmpty())
        return Outcome::failure(tr("Scan or type a code to trace."));
    const TraceService *trace = m_workspace->trace();
    const SerialService *serials = m_workspace->serials();
    const Result<ScanResult> scan = BarcodeCodec::parse(typed);
    // A bare serial (typed without "SN:") is a serial when nothing else has that code.
    const bool isSerial = (scan && scan.value().kind == ScanKind::Serial)
                          || (!trace->lot(typed) && !trace->backward(typed) && serials->find(typed));
    // A serial goes backward to its steps and components unless forward is asked.
    if (isSerial)
        return direction == TraceDirection::Forward ? serials->forward(typed) : serials->backward(typed);
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

} // namespace Taktline
