#include "services/places/waitingpieces.h"

#include "services/places/placeservice.h"

#include <algorithm>

namespace Taktline {

namespace {

// An operation still in its machine's queue: its order is running and the step is not done
// (the rule of the machine queues, ScheduleRepository::queuedOperations).
bool queued(const StepRow &step)
{
    return !step.machineId.isEmpty() && step.good < step.orderQuantity &&
           (step.state == QLatin1String("released") || step.state == QLatin1String("in_progress") ||
            step.state == QLatin1String("on_hold"));
}

} // namespace

WaitingPiecesFinder::WaitingPiecesFinder(const StepPieceLedgers &ledgers,
                                         const QHash<QString, PlaceRow> &places)
    : m_ledgers(ledgers)
    , m_places(places)
{
}

template<typename Visit> void WaitingPiecesFinder::forEach(Visit visit) const
{
    for (const StepRow &step : m_ledgers.steps()) {
        const StepRow *next = m_ledgers.next(step.operationId);
        const QString queuedOn = next && queued(*next) ? next->machineId : QString();
        for (const PieceShare &share : m_ledgers.ledger(step.operationId).shares()) {
            const PlaceRow place = m_places.value(share.placeId);
            const QString machine =
                place.kind == QLatin1String("input") && !place.machineId.isEmpty() ? place.machineId
                                                                                   : queuedOn;
            if (!machine.isEmpty())
                visit(machine, step, next, share);
        }
    }
}

QList<WaitingPieces> WaitingPiecesFinder::at(const QString &machineId) const
{
    QList<WaitingPieces> waiting;
    forEach([&](const QString &machine, const StepRow &step, const StepRow *next,
                const PieceShare &share) {
        if (machine != machineId)
            return;
        WaitingPieces w;
        w.workOrderId = step.workOrderId;
        w.workOrderNumber = step.workOrderNumber;
        w.partNo = step.partNo;
        w.productName = step.productName;
        // The operation that takes them; the step that made them when none follows.
        w.operationId = next ? next->operationId : step.operationId;
        w.seq = next ? next->seq : step.seq;
        w.quantity = share.quantity;
        w.placeCode = m_places.value(share.placeId).code;
        waiting.append(w);
    });
    std::sort(waiting.begin(), waiting.end(), [](const WaitingPieces &a, const WaitingPieces &b) {
        if (a.workOrderNumber != b.workOrderNumber)
            return a.workOrderNumber < b.workOrderNumber;
        if (a.seq != b.seq)
            return a.seq < b.seq;
        return a.placeCode < b.placeCode;
    });
    return waiting;
}

QHash<QString, double> WaitingPiecesFinder::byMachine() const
{
    QHash<QString, double> pieces;
    forEach([&](const QString &machine, const StepRow &, const StepRow *, const PieceShare &share) {
        pieces[machine] += share.quantity;
    });
    return pieces;
}

} // namespace Taktline
