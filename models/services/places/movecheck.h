#pragma once

#include "domain/outcome.h"
#include "services/places/pieceledger.h"
#include "storage/places/placerepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace Taktline {

struct MoveInput;

// The step a traveller's move takes (WO: the latest step with pieces at the source, OP: the one
// named), with where its pieces are.
struct TravellerStep
{
    QString workOrderId;
    QString workOrderNumber;
    StepRow step;
    double atSource = 0;             // its pieces where the move takes them from
    QList<PieceShare> shares;        // all its pieces, by place
    QHash<QString, PlaceRow> places; // every place, by id
};

// Turns a scanned move (LOC: then WO:, OP:, LOT: or SN:) into the move to record, checked
// against what lies where right now: the place exists, the pieces are at the source, no more
// moves than the source holds, a serial is not moved to where it already is. Run inside the
// transaction that records the move, so that two moves cannot both take the same pieces.
class MoveCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::MoveCheck)

public:
    explicit MoveCheck(QSqlDatabase db);

    // The move INPUT asks for (id, time, device and user still to fill), or why it is refused.
    Result<PieceMove> check(const MoveInput &input) const;

    // The place FROM names (any place that ever existed), none for an empty code, or why not.
    Result<std::optional<PlaceRow>> sourcePlace(const QString &code) const;
    // The step a move of WORK_ORDER_NUMBER's traveller (SEQ 0) or step SEQ takes from FROM (not
    // placed when none), or why no move can take any: an unknown or closed order, no such step,
    // no finished pieces, none there.
    Result<TravellerStep> travellerStep(const QString &workOrderNumber, int seq,
                                        const std::optional<PlaceRow> &from) const;

    // Refused: a quantity that is not a number above zero, or past what one move can hold.
    static Outcome checkQuantity(double quantity);
    static constexpr double MaxQuantity = 1'000'000;

private:
    Result<PieceMove> stepMove(const MoveInput &input, const PlaceRow &to,
                               const std::optional<PlaceRow> &from) const;
    Result<PieceMove> lotMove(const MoveInput &input, const PlaceRow &to,
                              const std::optional<PlaceRow> &from) const;
    Result<PieceMove> serialMove(const MoveInput &input, const PlaceRow &to) const;
    // Refused when the order of a move is closed or cancelled.
    static Outcome checkOrderState(const QString &number, const QString &state);
    // "at R-01", or "not placed yet" for the pieces where they were made.
    static QString sourceText(const std::optional<PlaceRow> &from);

    QSqlDatabase m_db;
    PlaceRepository m_places;
};

} // namespace Taktline
