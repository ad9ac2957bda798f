#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Taktline {

// One place (库位) as the moves read it, deleted ones included: pieces may still lie there.
struct PlaceRow
{
    QString id;
    QString code;
    QString name;
    QString nameEn;
    QString kind;      // rack, area, input, output
    QString machineId; // for input and output buffers
    bool active = true;
    bool deleted = false;

    QString displayName() const; // in the current language
    bool isInputOf(const QString &machine) const
    {
        return !machine.isEmpty() && kind == QLatin1String("input") && machineId == machine;
    }
};

// One step of a work order with what its reports say (voided reports left out).
struct StepRow
{
    QString operationId;
    QString workOrderId;
    QString workOrderNumber;
    QString state; // the work order's
    double orderQuantity = 0;
    QString partNo;
    QString productName; // in the current language
    int seq = 0;
    QString name;
    QString machineId;
    double good = 0;     // good pieces reported at the step
    double reported = 0; // good + defective + rework: what the step took from the one before
    double finished = 0; // the order's finished-goods receipts (what the last step gave away)
};

// The moves of one subject (a step's or a lot's pieces) from one place to another, summed.
struct MoveSum
{
    QString operationId; // empty for a lot
    QString fromPlaceId; // empty: from the pieces not placed
    QString toPlaceId;
    double quantity = 0;
    qint64 firstAtMs = 0;
    qint64 lastAtMs = 0;
};

// What a material lot received and what was fed from it (by machine; empty: none named) or
// adjusted (signed), from its movements.
struct LotUse
{
    double received = 0;
    double adjusted = 0;
    QHash<QString, double> fedByMachine; // positive quantities
};

// One recorded move (移库), as it is inserted.
struct PieceMove
{
    QString id;
    QString toPlaceId;
    QString fromPlaceId;
    QString workOrderId;
    QString operationId;
    QString lotId;
    QString serialId;
    double quantity = 0;
    QString employeeId;
    qint64 atMs = 0;
    QString deviceId;
    QString userId;
};

// One move of a serial with the names a genealogy shows.
struct SerialMoveRow
{
    qint64 atMs = 0;
    QString fromPlaceId;
    QString fromPlaceCode;
    QString toPlaceId;
    QString toPlaceCode;
    QString toPlaceName; // in the current language
    QString employeeName;
};

// Which work orders the step reads cover.
enum class StepScope { OneOrder, OpenOrders };

// Reads places and piece moves, and inserts moves (insert-only facts); each read is one query
// whatever the number of orders it covers.
class PlaceRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::PlaceRepository)

public:
    explicit PlaceRepository(QSqlDatabase db);

    // The place with CODE (as typed or scanned, any case) that is not deleted.
    Result<std::optional<PlaceRow>> placeByCode(const QString &code) const;
    // Every place, deleted ones included, by id.
    Result<QHash<QString, PlaceRow>> places() const;

    // The steps of WORK_ORDER_ID (OneOrder), or of every released, started, held or completed
    // order (OpenOrders), by order and seq.
    Result<QList<StepRow>> steps(StepScope scope, const QString &workOrderId = {}) const;
    // The moves of those steps' pieces, summed per step, source and destination.
    Result<QList<MoveSum>> stepMoves(StepScope scope, const QString &workOrderId = {}) const;

    // A material lot's moves, summed per source and destination.
    Result<QList<MoveSum>> lotMoves(const QString &lotId) const;
    // What a lot received, fed (by machine) and adjusted.
    Result<LotUse> lotUse(const QString &lotId) const;

    // The moves of a serial, oldest first; its place is the last one's destination.
    Result<QList<SerialMoveRow>> serialMoves(const QString &serialId) const;
    Result<bool> serialShipped(const QString &serialId) const;

    Outcome insert(const PieceMove &move);

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
