#include "services/places/pieceledger.h"

#include <algorithm>

namespace Taktline {

namespace {

// Below this a share is the rounding of sums like 0.1 + 0.2 − 0.3, not a piece.
constexpr double Crumb = 1e-9;

} // namespace

PieceLedger::PieceLedger(double made, const QList<MoveSum> &moves,
                         const QHash<QString, PlaceRow> &places)
{
    m_notPlaced.quantity = made;
    QHash<QString, int> index;
    const auto held = [&](const QString &placeId) -> Held & {
        auto found = index.constFind(placeId);
        if (found == index.constEnd()) {
            Held h;
            h.placeId = placeId;
            h.code = places.value(placeId).code;
            found = index.insert(placeId, int(m_places.size()));
            m_places.append(h);
        }
        return m_places[*found];
    };
    for (const MoveSum &move : moves) {
        if (move.fromPlaceId.isEmpty())
            m_notPlaced.quantity -= move.quantity;
        else
            held(move.fromPlaceId).quantity -= move.quantity;
        Held &to = held(move.toPlaceId);
        to.quantity += move.quantity;
        to.firstAtMs = to.firstAtMs == 0 ? move.firstAtMs : std::min(to.firstAtMs, move.firstAtMs);
        to.lastAtMs = std::max(to.lastAtMs, move.lastAtMs);
    }
    std::sort(m_places.begin(), m_places.end(), [](const Held &a, const Held &b) {
        return a.firstAtMs != b.firstAtMs ? a.firstAtMs < b.firstAtMs : a.code < b.code;
    });
    // Less than nothing somewhere (a report voided after its pieces were moved): those pieces
    // never were, so they come off the rest like a use would.
    double missing = 0;
    const auto clamp = [&missing](Held &h) {
        if (h.quantity < 0) {
            missing -= h.quantity;
            h.quantity = 0;
        }
    };
    clamp(m_notPlaced);
    for (Held &h : m_places)
        clamp(h);
    if (missing > Crumb)
        take({missing, {}});
}

PieceLedger PieceLedger::ofLot(const LotUse &use, const QList<MoveSum> &moves,
                               const QHash<QString, PlaceRow> &places)
{
    PieceLedger ledger(use.received + std::max(0.0, use.adjusted), moves, places);
    // Feeds at a named machine first (they know their buffer), in a fixed order.
    QStringList machines = use.fedByMachine.keys();
    std::sort(machines.begin(), machines.end(), [](const QString &a, const QString &b) {
        return a.isEmpty() != b.isEmpty() ? b.isEmpty() : a < b;
    });
    for (const QString &machine : machines) {
        PieceTake take{use.fedByMachine.value(machine), {}};
        for (const PlaceRow &place : places) {
            if (place.isInputOf(machine))
                take.preferred << place.id;
        }
        ledger.take(take);
    }
    if (use.adjusted < 0)
        ledger.take({-use.adjusted, {}});
    return ledger;
}

double PieceLedger::takeFrom(Held &held, double wanted)
{
    const double taken = std::min(held.quantity, wanted);
    if (taken <= 0)
        return 0;
    held.quantity -= taken;
    return taken;
}

void PieceLedger::take(const PieceTake &take)
{
    double wanted = take.quantity;
    for (Held &h : m_places) {
        if (wanted > Crumb && take.preferred.contains(h.placeId))
            wanted -= takeFrom(h, wanted);
    }
    if (wanted > Crumb)
        wanted -= takeFrom(m_notPlaced, wanted);
    for (Held &h : m_places) {
        if (wanted > Crumb)
            wanted -= takeFrom(h, wanted);
    }
}

QList<PieceShare> PieceLedger::shares() const
{
    QList<PieceShare> shares;
    if (m_notPlaced.quantity > Crumb)
        shares.append({QString(), m_notPlaced.quantity, 0});
    QList<Held> byCode = m_places;
    std::sort(byCode.begin(), byCode.end(),
              [](const Held &a, const Held &b) { return a.code < b.code; });
    for (const Held &h : byCode) {
        if (h.quantity > Crumb)
            shares.append({h.placeId, h.quantity, h.lastAtMs});
    }
    return shares;
}

double PieceLedger::at(const QString &placeId) const
{
    if (placeId.isEmpty())
        return m_notPlaced.quantity > Crumb ? m_notPlaced.quantity : 0;
    for (const Held &h : m_places) {
        if (h.placeId == placeId)
            return h.quantity > Crumb ? h.quantity : 0;
    }
    return 0;
}

double PieceLedger::total() const
{
    double total = 0;
    for (const PieceShare &share : shares())
        total += share.quantity;
    return total;
}

StepPieceLedgers::StepPieceLedgers(const QList<StepRow> &steps, const QList<MoveSum> &moves,
                                   const QHash<QString, PlaceRow> &places)
    : m_steps(steps)
    , m_empty(0, {}, {})
{
    QHash<QString, QList<MoveSum>> movesOf;
    for (const MoveSum &move : moves)
        movesOf[move.operationId].append(move);
    for (int i = 0; i < m_steps.size(); ++i)
        m_index.insert(m_steps.at(i).operationId, i);
    for (int i = 0; i < m_steps.size(); ++i) {
        const StepRow &step = m_steps.at(i);
        PieceLedger ledger(step.good, movesOf.value(step.operationId), places);
        if (const StepRow *after = next(step.operationId)) {
            PieceTake take{after->reported, {}};
            for (const PlaceRow &place : places) {
                if (place.isInputOf(after->machineId))
                    take.preferred << place.id;
            }
            ledger.take(take);
        } else {
            ledger.take({step.finished, {}});
        }
        m_ledgers.insert(step.operationId, ledger);
    }
}

const PieceLedger &StepPieceLedgers::ledger(const QString &operationId) const
{
    const auto found = m_ledgers.constFind(operationId);
    return found == m_ledgers.constEnd() ? m_empty : *found;
}

const StepRow *StepPieceLedgers::step(const QString &operationId) const
{
    const auto found = m_index.constFind(operationId);
    return found == m_index.constEnd() ? nullptr : &m_steps.at(*found);
}

const StepRow *StepPieceLedgers::next(const QString &operationId) const
{
    const auto found = m_index.constFind(operationId);
    if (found == m_index.constEnd() || *found + 1 >= m_steps.size())
        return nullptr;
    const StepRow &after = m_steps.at(*found + 1);
    return after.workOrderId == m_steps.at(*found).workOrderId ? &after : nullptr;
}

} // namespace Taktline
