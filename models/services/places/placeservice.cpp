#include "services/places/placeservice.h"

#include "domain/clock.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/places/movecheck.h"
#include "services/places/pieceledger.h"
#include "services/places/waitingpieces.h"
#include "storage/database.h"
#include "storage/places/placerepository.h"
#include "storage/uuid.h"

#include <QHash>

namespace Taktline {

namespace {

PlacedPieces placed(const PieceShare &share, const QHash<QString, PlaceRow> &places)
{
    PlacedPieces p;
    p.placeId = share.placeId;
    p.quantity = share.quantity;
    p.sinceMs = share.sinceMs;
    if (!share.placeId.isEmpty()) {
        const PlaceRow place = places.value(share.placeId);
        p.placeCode = place.code;
        p.placeName = place.displayName();
    }
    return p;
}

// The ledgers of one order's steps, or of every open order's, with the places they name.
struct Ledgers
{
    QHash<QString, PlaceRow> places;
    std::optional<StepPieceLedgers> steps;
};

Result<Ledgers> readLedgers(const QSqlDatabase &db, StepScope scope, const QString &orderId = {})
{
    const PlaceRepository repository(db);
    Ledgers ledgers;
    Result<QHash<QString, PlaceRow>> places = repository.places();
    if (!places)
        return places.outcome();
    ledgers.places = std::move(places.value());
    const Result<QList<StepRow>> steps = repository.steps(scope, orderId);
    if (!steps)
        return steps.outcome();
    const Result<QList<MoveSum>> moves = repository.stepMoves(scope, orderId);
    if (!moves)
        return moves.outcome();
    ledgers.steps.emplace(steps.value(), moves.value(), ledgers.places);
    return ledgers;
}

} // namespace

PlaceService::PlaceService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                           MasterDataService *masterData, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_access(access)
    , m_masterData(masterData)
{
}

PlaceService::~PlaceService() = default;

Result<QString> PlaceService::move(const MoveInput &input)
{
    if (!m_access->allows(Permission::UseStation) && !m_access->allows(Permission::ManageMaterial))
        return m_access->require(Permission::UseStation);
    PieceMove move;
    Outcome saved = m_db->inTransaction([&]() -> Outcome {
        // Checked inside the transaction that writes, so two moves cannot take the same pieces.
        Result<PieceMove> checked = MoveCheck(m_db->connection()).check(input);
        if (!checked)
            return checked.outcome();
        move = std::move(checked.value());
        move.id = newUuidV7();
        move.atMs = m_clock.nowMs();
        move.deviceId = m_db->deviceId();
        move.userId = m_access->userId();
        if (Outcome inserted = PlaceRepository(m_db->connection()).insert(move); !inserted)
            return inserted;
        m_db->afterCommit([this] { emit piecesMoved(); });
        return Outcome::success();
    });
    if (!saved)
        return saved;
    return move.id;
}

Result<QList<StepPieces>> PlaceService::piecesOf(const QString &workOrderId) const
{
    const Result<Ledgers> ledgers =
        readLedgers(m_db->connection(), StepScope::OneOrder, workOrderId);
    if (!ledgers)
        return ledgers.outcome();
    QList<StepPieces> steps;
    for (const StepRow &row : ledgers.value().steps->steps()) {
        StepPieces step;
        step.operationId = row.operationId;
        step.seq = row.seq;
        step.name = row.name;
        for (const PieceShare &share : ledgers.value().steps->ledger(row.operationId).shares()) {
            step.places.append(placed(share, ledgers.value().places));
            step.pieces += share.quantity;
        }
        steps.append(step);
    }
    return steps;
}

Result<StepPieces> PlaceService::stepToMove(const QString &workOrderNumber, int seq,
                                            const QString &fromPlaceCode) const
{
    const MoveCheck check(m_db->connection());
    const Result<std::optional<PlaceRow>> from = check.sourcePlace(fromPlaceCode);
    if (!from)
        return from.outcome();
    const Result<TravellerStep> found = check.travellerStep(workOrderNumber, seq, from.value());
    if (!found)
        return found.outcome();
    StepPieces step;
    step.operationId = found.value().step.operationId;
    step.seq = found.value().step.seq;
    step.name = found.value().step.name;
    for (const PieceShare &share : found.value().shares) {
        step.places.append(placed(share, found.value().places));
        step.pieces += share.quantity;
    }
    return step;
}

Result<QList<WaitingPieces>> PlaceService::waitingAt(const QString &machineId) const
{
    const Result<Ledgers> ledgers = readLedgers(m_db->connection(), StepScope::OpenOrders);
    if (!ledgers)
        return ledgers.outcome();
    return WaitingPiecesFinder(*ledgers.value().steps, ledgers.value().places).at(machineId);
}

Result<QHash<QString, double>> PlaceService::waitingByMachine() const
{
    const Result<Ledgers> ledgers = readLedgers(m_db->connection(), StepScope::OpenOrders);
    if (!ledgers)
        return ledgers.outcome();
    return WaitingPiecesFinder(*ledgers.value().steps, ledgers.value().places).byMachine();
}

Result<QList<SerialMove>> PlaceService::serialMoves(const QString &serialId) const
{
    const Result<QList<SerialMoveRow>> rows =
        PlaceRepository(m_db->connection()).serialMoves(serialId);
    if (!rows)
        return rows.outcome();
    QList<SerialMove> moves;
    for (const SerialMoveRow &row : rows.value())
        moves.append(
            {row.atMs, row.fromPlaceCode, row.toPlaceCode, row.toPlaceName, row.employeeName});
    return moves;
}

Result<QList<PlacedPieces>> PlaceService::lotPlaces(const QString &lotId) const
{
    const PlaceRepository repository(m_db->connection());
    const Result<QHash<QString, PlaceRow>> places = repository.places();
    if (!places)
        return places.outcome();
    const Result<LotUse> use = repository.lotUse(lotId);
    if (!use)
        return use.outcome();
    const Result<QList<MoveSum>> moves = repository.lotMoves(lotId);
    if (!moves)
        return moves.outcome();
    QList<PlacedPieces> shares;
    for (const PieceShare &share :
         PieceLedger::ofLot(use.value(), moves.value(), places.value()).shares())
        shares.append(placed(share, places.value()));
    return shares;
}

} // namespace Taktline
