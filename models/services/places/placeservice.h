#pragma once

#include "domain/outcome.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Taktline {

class AccessControl;
class Clock;
class Database;
class MasterDataService;

// A move of pieces to a place (移库), as a scan gives it: LOC:<code> first, then what moves —
// a traveller (WO: with the latest step that has finished pieces, or OP: for one step), a lot
// (LOT:) or a serial (SN:).
struct MoveInput
{
    QString toPlaceCode;     // the LOC: code scanned first
    QString fromPlaceCode;   // empty: pieces not placed yet (where the step made them)
    QString workOrderNumber; // WO: / OP:
    int seq = 0;             // OP: step; 0 for WO: (the latest step with pieces not consumed)
    QString lotNo;           // LOT:
    QString serial;          // SN: (one piece; QUANTITY is ignored)
    double quantity = 0;     // pieces; must be > 0 and ≤ what the source holds
    QString employeeId;      // who moved them (the badge scanned at the station), may be empty
};

// How many finished pieces of one step are where.
struct PlacedPieces
{
    QString placeId;   // empty: not placed (still where the step made them)
    QString placeCode;
    QString placeName; // in the current language
    double quantity = 0;
    qint64 sinceMs = 0; // the last move that brought pieces here
};

// One step of a work order: its finished pieces not yet consumed by the next step, by place.
struct StepPieces
{
    QString operationId;
    int seq = 0;
    QString name;
    double pieces = 0; // finished here and not yet taken by the next step (or shipped)
    QList<PlacedPieces> places; // the not-placed share first, then by place code
};

// Pieces waiting in front of a machine: the finished pieces of the step before an operation
// queued on it.
struct WaitingPieces
{
    QString workOrderId;
    QString workOrderNumber;
    QString partNo;
    QString productName;
    QString operationId; // the queued operation on this machine
    int seq = 0;
    double quantity = 0;
    QString placeCode;   // where they are; empty when not placed
};

// One move of a serial, for its genealogy.
struct SerialMove
{
    qint64 atMs = 0;
    QString fromPlaceCode; // empty: from where it was made
    QString toPlaceCode;
    QString toPlaceName;
    QString employeeName;
};

// Where the pieces are (零件位置): records moves of pieces between places as facts and derives
// what lies where. A piece is in one place only: a serial is where its last move took it; a step's
// pieces at a place are the moves in minus the moves out minus what the next step consumed (taken
// from the next machine's input buffer first, then from the pieces not placed, then from the
// place reached first). See docs/capacity.md.
class PlaceService final : public QObject
{
    Q_OBJECT
public:
    PlaceService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                 MasterDataService *masterData, QObject *parent = nullptr);
    ~PlaceService() override;

    // Records one move in one transaction (needs UseStation or ManageMaterial). Refused with a
    // message, writing nothing: an unknown or deleted place, a zero, negative or absurd quantity,
    // more than the source holds, a serial already at that place, a moved order that is closed.
    Result<QString> move(const MoveInput &input);

    Result<QList<StepPieces>> piecesOf(const QString &workOrderId) const;
    // The step a move of WORK_ORDER_NUMBER would take from FROM_PLACE_CODE (empty: the pieces
    // not placed): step SEQ, or for 0 the traveller's latest step with pieces there — what a
    // station shows before the quantity is typed; or why no move could take any.
    Result<StepPieces> stepToMove(const QString &workOrderNumber, int seq,
                                  const QString &fromPlaceCode = {}) const;
    Result<QList<WaitingPieces>> waitingAt(const QString &machineId) const;
    // Pieces waiting in front of every machine (machine id → pieces), for the Machines page.
    Result<QHash<QString, double>> waitingByMachine() const;
    Result<QList<SerialMove>> serialMoves(const QString &serialId) const;
    // Where the pieces of a material lot are (lots received to a place, moved between places).
    Result<QList<PlacedPieces>> lotPlaces(const QString &lotId) const;

signals:
    void piecesMoved();

private:
    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    AccessControl *m_access;
    MasterDataService *m_masterData;
};

} // namespace Taktline
