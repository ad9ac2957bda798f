#pragma once

#include "domain/andon/andoncall.h"
#include "domain/station/production.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace Taktline {

// One machine on the wall board: its status, the job in hand and how far it is.
struct BoardTile
{
    QString machineId;
    QString code;
    QString name; // in the current language
    QString workshop;
    QString line; // the machine's line, else its workshop
    int capacity = 1;

    MachineStatus status = MachineStatus::Idle;
    qint64 sinceMs = 0; // 0: no status reported yet
    QString eventId;    // the status event in force
    QString reason;     // the downtime reason's name, when stopped with one

    QString operationId; // empty: no job
    QString workOrderId;
    QString jobLabel;    // "WO-20261122-0007 · 20 车削"
    QString orderNumber; // "WO-20261122-0007"
    QString step;        // "20 车削"
    double good = 0;
    double planned = 0;
    double secondsPerPiece = 0; // ideal, else standard time of the job's step
    // Since when the station waits for its first article to be inspected (等待首检); 0: not.
    qint64 firstArticleSinceMs = 0;

    // Pieces an hour this machine should make on its job (0: no job).
    double targetPerHour() const
    {
        return secondsPerPiece > 0 ? capacity * 3600.0 / secondsPerPiece : 0;
    }
};

// A line's pieces per working hour of today: what its machines' jobs should make, and made.
struct BoardLine
{
    QString name;
    QList<double> target; // per hour of BoardSnapshot::hours
    QList<double> actual;
};

// An order on the board: due today, or planned to finish after its due date.
struct BoardOrder
{
    QString workOrderId;
    QString number;
    QString product;
    QDate due;
    double quantity = 0;
    double good = 0; // good pieces at its last step
    bool late = false;
    qint64 lateByMs = 0;
    bool done() const { return good >= quantity; }
};

// Everything the wall board shows, as plain data: built once when the board opens, then
// patched fact by fact (BoardService).
struct BoardSnapshot
{
    QString workshop; // empty: every workshop
    QDate day;
    qint64 dayStartMs = 0;
    QList<qint64> hours;          // the starts of today's working hours (clock hours)
    QList<double> workingSeconds; // of each hour, by the calendar
    QList<BoardTile> tiles;
    QList<BoardLine> lines;
    QList<BoardOrder> orders;
    QList<AndonCall> calls; // open, oldest first
    qint64 escalateAfterMs = 0;

    int tileOf(const QString &machineId) const;
    int lineOf(const QString &name) const;
    int hourOf(qint64 utcMs) const; // -1: outside today's working hours
    int orderOf(const QString &workOrderId) const;
    // Whether MACHINE_ID has an open call, and whether one of them has waited too long.
    bool hasOpenCall(const QString &machineId) const;
    bool hasEscalatedCall(const QString &machineId, qint64 nowMs) const;
    QSet<QString> callMachines() const;

    // The lines' targets from the tiles' jobs (pure).
    void computeTargets();
    // Fills the lines from the tiles (one per line name, in tile order) with zero figures.
    void makeLines();
};

} // namespace Taktline
