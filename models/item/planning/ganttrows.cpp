#include "item/planning/ganttrows.h"

#include <algorithm>

namespace Taktline {

QList<GanttRow> buildGanttRows(const QList<MachineQueue> &queues)
{
    QList<GanttRow> rows;
    rows.reserve(queues.size());
    for (const MachineQueue &queue : queues) {
        GanttRow row{queue.machineId, queue.code, queue.name, queue.workshop, queue.active, 1, {}};
        for (const QueuedOperation &op : queue.operations) {
            if (op.planned() && op.plannedEndMs > op.plannedStartMs)
                row.bars.append({op, 0});
        }
        std::stable_sort(row.bars.begin(), row.bars.end(),
                         [](const GanttBar &a, const GanttBar &b) {
                             return a.operation.plannedStartMs < b.operation.plannedStartMs;
                         });
        QList<qint64> laneFreeAt; // when each lane's last bar ends
        for (GanttBar &bar : row.bars) {
            auto free = std::find_if(laneFreeAt.begin(), laneFreeAt.end(), [&](qint64 end) {
                return end <= bar.operation.plannedStartMs;
            });
            if (free == laneFreeAt.end()) {
                laneFreeAt.append(bar.operation.plannedEndMs);
                bar.lane = static_cast<int>(laneFreeAt.size()) - 1;
            } else {
                *free = bar.operation.plannedEndMs;
                bar.lane = static_cast<int>(free - laneFreeAt.begin());
            }
        }
        row.lanes = std::max<int>(1, static_cast<int>(laneFreeAt.size()));
        rows.append(row);
    }
    return rows;
}

} // namespace Taktline
