#pragma once

#include "services/planning/scheduleservice.h"

#include <QList>

namespace Taktline {

// One placed operation on the Gantt chart, on a lane of its machine's row.
struct GanttBar
{
    QueuedOperation operation;
    int lane = 0;
};

// One machine on the Gantt chart: as many lanes as operations overlap on it (its capacity).
struct GanttRow
{
    QString machineId;
    QString code;
    QString name;
    QString workshop;
    bool active = true;
    int lanes = 1;
    QList<GanttBar> bars; // by planned start
};

// Turns the machines' queues into Gantt rows: placed operations only, each on the first lane
// free at its start, so operations that run in parallel on one machine never overlap.
QList<GanttRow> buildGanttRows(const QList<MachineQueue> &queues);

} // namespace Taktline
