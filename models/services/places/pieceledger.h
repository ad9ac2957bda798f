#pragma once

#include "storage/places/placerepository.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Taktline {

// One share of a subject's pieces: where it lies and since when.
struct PieceShare
{
    QString placeId; // empty: not placed
    double quantity = 0;
    qint64 sinceMs = 0; // the last move that brought pieces here; 0 when not placed
};

// What a later use took away from the pieces (the next step, finished goods, a feed): taken from
// the PREFERRED places first (the consumer's input buffers), then from the pieces not placed,
// then from the places in the order pieces reached them.
struct PieceTake
{
    double quantity = 0;
    QStringList preferred;
};

// Where the pieces of one subject (a step's finished pieces, a material lot) are, derived from
// how many came into being, their moves and what later uses took. A piece is in one place: the
// shares never add up to more than was made minus what was taken.
class PieceLedger final
{
public:
    // MADE pieces came into being not placed; MOVES (of this subject only) moved them.
    PieceLedger(double made, const QList<MoveSum> &moves, const QHash<QString, PlaceRow> &places);

    // A material lot's pieces: received and adjusted, less what was fed, each feed taken from the
    // feeding machine's input buffer first.
    static PieceLedger ofLot(const LotUse &use, const QList<MoveSum> &moves,
                             const QHash<QString, PlaceRow> &places);

    void take(const PieceTake &take);
    // Shares with pieces, the not-placed one first, then by place code.
    QList<PieceShare> shares() const;
    double at(const QString &placeId) const; // empty: not placed
    double total() const;

private:
    struct Held
    {
        QString placeId;
        QString code;
        double quantity = 0;
        qint64 firstAtMs = 0;
        qint64 lastAtMs = 0;
    };
    double takeFrom(Held &held, double wanted);

    Held m_notPlaced;
    QList<Held> m_places; // in the order pieces first reached them
};

// The pieces of each step of a set of work orders: a step's pieces are its good pieces minus what
// the next step took (its good, defective and rework pieces), for the last step minus what went
// into finished goods; the next step takes from its machine's input buffer first.
class StepPieceLedgers final
{
public:
    // STEPS by order and seq (as PlaceRepository::steps reads them), MOVES of those steps.
    StepPieceLedgers(const QList<StepRow> &steps, const QList<MoveSum> &moves,
                     const QHash<QString, PlaceRow> &places);

    const QList<StepRow> &steps() const { return m_steps; }
    const PieceLedger &ledger(const QString &operationId) const;
    // The step after OPERATION_ID in its order, or null for the last one.
    const StepRow *next(const QString &operationId) const;
    const StepRow *step(const QString &operationId) const;
    double pieces(const QString &operationId) const { return ledger(operationId).total(); }

private:
    QList<StepRow> m_steps;
    QHash<QString, int> m_index; // operation id → position in m_steps
    QHash<QString, PieceLedger> m_ledgers;
    PieceLedger m_empty;
};

} // namespace Taktline
