#pragma once

#include "domain/planning/scheduler.h"
#include "storage/planning/schedulerepository.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace Taktline {

// A work order whose planned end moves because of a rush insertion.
struct WorkOrderDelay
{
    QString workOrderId;
    QString number;
    QDate dueDate;
    qint64 plannedEndBeforeMs = 0;
    qint64 plannedEndAfterMs = 0;
    qint64 lateByMs = 0; // after the insertion, past the end of the due date
};

// What inserting a rush order (插单) would do, worked out before anything is saved: the queue
// ranks that put its operations first, and which orders it makes late. Pure: it compares two
// plans of the same queues and reads no database.
struct RushPreview
{
    QString workOrderId;
    QString number;
    qint64 plannedEndBeforeMs = 0;
    qint64 plannedEndAfterMs = 0;
    QList<WorkOrderDelay> newlyLate;      // on time before, late after; most late first
    QList<WorkOrderDelay> furtherDelayed; // late before and later still

    // The ranks that put every queued operation of WORK_ORDER_ID before the others on its
    // machine, in step order (operation id → rank).
    static QHash<QString, double> frontRanks(const QList<QueueRow> &rows, const QString &workOrderId);
    // Compares the plan of ROWS before (BEFORE) and after (AFTER, the same rows re-ranked) the
    // insertion of WORK_ORDER_ID; DUE_END gives the end of a due date.
    static RushPreview compare(const QString &workOrderId, const QList<QueueRow> &rows,
                               const QList<ScheduledSlot> &before, const QList<ScheduledSlot> &after,
                               const std::function<qint64(const QDate &)> &dueEnd);
};

} // namespace Taktline
