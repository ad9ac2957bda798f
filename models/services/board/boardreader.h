#pragma once

#include "domain/outcome.h"
#include "services/board/boardsnapshot.h"

#include <QCoreApplication>
#include <QHash>

namespace Taktline {

class Workspace;

// The wall board's reads: the whole board once when it opens, then the few rows one new fact
// touches (a step's good pieces, an hour's output, an order's progress). Reads only.
class BoardReader final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::BoardReader)

public:
    explicit BoardReader(Workspace *workspace);

    // Everything the board shows, for the machines of WORKSHOP (every one when empty).
    Result<BoardSnapshot> build(const QString &workshop, qint64 nowMs);

    // The machine's status event in force, with the reason given to it later if any.
    Outcome readStatus(BoardTile &tile);
    // The job OPERATION_ID on TILE: its label, planned and good pieces, time per piece.
    Outcome readJob(BoardTile &tile, const QString &operationId);
    // Good pieces per machine in [fromMs, toMs), from the reports that count.
    Result<QHash<QString, double>> goodByMachine(qint64 fromMs, qint64 toMs) const;
    // Good pieces at the order's last step.
    Result<double> orderGood(const QString &workOrderId) const;
    // The orders due on the board's day and those the plan finishes late, late ones first.
    Result<QList<BoardOrder>> orders(const BoardSnapshot &snapshot) const;
    QString reasonName(const QString &reasonId);
    // Each tile's open first-article request (the oldest a first article has not answered by
    // passing), for "等待首检 N 分钟".
    Outcome readFirstArticles(BoardSnapshot &snapshot) const;

    // Sums GOOD_BY_MACHINE into the line of each machine on the board, for hour H.
    static void fillHour(BoardSnapshot &snapshot, int hour,
                         const QHash<QString, double> &goodByMachine);

private:
    Outcome readLines(BoardSnapshot &snapshot) const;
    Outcome readReasons();

    Workspace *m_workspace;
    QHash<QString, QString> m_reasonNames;
};

} // namespace Taktline
