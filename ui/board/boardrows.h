#pragma once

#include "board/boardtable.h"
#include "services/board/boardsnapshot.h"

#include <QCoreApplication>

namespace Taktline {

// What the board's table pages say: the columns and rows of the hourly output, the orders and
// the andon calls, from the board's snapshot.
class BoardRows final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::BoardRows)

public:
    // The hours so far (at most MAXIMUM_ROWS - 1, the latest) and a total, one column per line.
    static void showHourly(BoardTable &table, const BoardSnapshot &snapshot, qint64 nowMs);
    static void showOrders(BoardTable &table, const BoardSnapshot &snapshot);
    static void showCalls(BoardTable &table, const BoardSnapshot &snapshot, qint64 nowMs);

    static QString waited(qint64 ms);   // "12:05" (minutes:seconds) or "1 h 05"
    static QString lateness(qint64 ms); // "5 h", "3 days"
};

} // namespace Taktline
