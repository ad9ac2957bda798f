#pragma once

#include "domain/planning/workcalendar.h"
#include "domain/planning/workorder.h"

#include <QList>
#include <QString>

namespace Taktline {

// A machine as the scheduler sees it: how many operations it runs at once.
struct ScheduleMachine
{
    QString id;
    int capacity = 1; // parallel lanes (并行能力)
    bool active = true;
};

// One queued operation to place on its machine.
struct ScheduleJob
{
    QString operationId;
    QString workOrderId;
    int seq = 0;               // order within the work order: lower runs first
    QString machineId;
    double queueRank = 0;      // order in the machine's queue: lower is dispatched first
    double workSeconds = 0;    // standard seconds per piece × quantity still to make
    bool held = false;         // the work order is on hold: not placed, nor its later steps
    // Done outside (外协): takes no machine lane and ignores MACHINE_ID. It starts when its
    // previous step ends (at the plan's start for a first step) and lasts OUTSIDE_MS of calendar
    // time, or, when OUTSIDE_UNTIL_MS is set (a batch already sent), ends then — at once when
    // that moment has passed. Its next step waits for it.
    bool outside = false;
    qint64 outsideMs = 0;
    qint64 outsideUntilMs = 0;
};

// Why a job did not get a place in the plan.
enum class ScheduleStatus {
    Scheduled,
    MachineInactive,  // its machine is deactivated
    MachineMissing,   // no machine, or one that no longer exists
    OnHold,           // its work order is on hold
    WaitingForStep,   // an earlier step of its work order could not be placed
};

// The one rule for what the plan places: the operations of a released or running work order,
// never those of an order on hold (OnHold says why). The Scheduler, the dispatch board and the
// Machines page all follow it.
ScheduleStatus orderPlanStatus(WorkOrderState state);

// Where one job landed; aligned by index with the jobs given to Scheduler::run().
struct ScheduledSlot
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    int lane = -1; // -1 for a job done outside
    ScheduleStatus status = ScheduleStatus::Scheduled;
};

// Finite-capacity forward scheduling (有限产能正排): every machine runs up to its capacity of
// jobs at once, in working time only, and each work order's steps run in sequence. Whenever a
// machine lane comes free it takes the first job in its queue order whose previous step is done
// (non-delay dispatching), so a job waiting for its previous step never leaves a machine idle
// while a later job could run. A job done outside (外协) holds no lane: it only delays the
// order's next step by its calendar time. Pure and deterministic: same input, same plan.
class Scheduler final
{
public:
    static QList<ScheduledSlot> run(const WorkCalendar &calendar,
                                    const QList<ScheduleMachine> &machines,
                                    const QList<ScheduleJob> &jobs, qint64 nowMs);
};

} // namespace Taktline
