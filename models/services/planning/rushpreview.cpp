#include "services/planning/rushpreview.h"

#include <QSet>

#include <algorithm>

namespace Taktline {

namespace {

// A work order's planned end, if every one of its queued operations got a place.
QHash<QString, qint64> plannedEnds(const QList<QueueRow> &rows, const QList<ScheduledSlot> &placements)
{
    QHash<QString, qint64> ends;
    QSet<QString> unplaced;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString &order = rows.at(i).workOrderId;
        if (placements.at(i).status != ScheduleStatus::Scheduled)
            unplaced.insert(order);
        else
            ends[order] = std::max(ends.value(order), placements.at(i).endMs);
    }
    for (const QString &order : unplaced)
        ends.remove(order);
    return ends;
}

} // namespace

QHash<QString, double> RushPreview::frontRanks(const QList<QueueRow> &rows, const QString &workOrderId)
{
    QHash<QString, double> frontRank;            // per machine: the first rank of the others
    QHash<QString, QList<const QueueRow *>> rush; // per machine: the rush order's operations
    for (const QueueRow &row : rows) {
        if (row.workOrderId == workOrderId) {
            rush[row.machineId].append(&row);
        } else if (!frontRank.contains(row.machineId) || row.queueRank < frontRank.value(row.machineId)) {
            frontRank[row.machineId] = row.queueRank;
        }
    }
    QHash<QString, double> ranks;
    for (auto it = rush.begin(); it != rush.end(); ++it) {
        QList<const QueueRow *> &ops = it.value();
        std::sort(ops.begin(), ops.end(), [](const QueueRow *a, const QueueRow *b) { return a->seq < b->seq; });
        const double front = frontRank.value(it.key(), 1.0);
        for (qsizetype i = 0; i < ops.size(); ++i)
            ranks.insert(ops.at(i)->operationId, front - double(ops.size() - i));
    }
    return ranks;
}

RushPreview RushPreview::compare(const QString &workOrderId, const QList<QueueRow> &rows,
                                 const QList<ScheduledSlot> &before, const QList<ScheduledSlot> &after,
                                 const std::function<qint64(const QDate &)> &dueEnd)
{
    const QHash<QString, qint64> endsBefore = plannedEnds(rows, before);
    const QHash<QString, qint64> endsAfter = plannedEnds(rows, after);
    RushPreview preview;
    preview.workOrderId = workOrderId;
    preview.plannedEndBeforeMs = endsBefore.value(workOrderId);
    preview.plannedEndAfterMs = endsAfter.value(workOrderId);
    QSet<QString> seen;
    for (const QueueRow &row : rows) {
        if (row.workOrderId == workOrderId)
            preview.number = row.workOrderNumber;
        if (row.workOrderId == workOrderId || seen.contains(row.workOrderId)
            || !endsBefore.contains(row.workOrderId) || !endsAfter.contains(row.workOrderId)) {
            continue;
        }
        seen.insert(row.workOrderId);
        const qint64 due = dueEnd(row.dueDate);
        const qint64 endBefore = endsBefore.value(row.workOrderId);
        const qint64 endAfter = endsAfter.value(row.workOrderId);
        if (endAfter <= due || endAfter <= endBefore)
            continue;
        const WorkOrderDelay delay{row.workOrderId, row.workOrderNumber, row.dueDate,
                                   endBefore, endAfter, endAfter - due};
        (endBefore <= due ? preview.newlyLate : preview.furtherDelayed).append(delay);
    }
    for (QList<WorkOrderDelay> *list : {&preview.newlyLate, &preview.furtherDelayed}) {
        std::sort(list->begin(), list->end(), [](const WorkOrderDelay &a, const WorkOrderDelay &b) {
            return a.lateByMs != b.lateByMs ? a.lateByMs > b.lateByMs : a.number < b.number;
        });
    }
    return preview;
}

} // namespace Taktline
