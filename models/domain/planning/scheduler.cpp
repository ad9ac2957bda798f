#include "domain/planning/scheduler.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>
#include <queue>
#include <vector>

namespace Taktline {

namespace {

// A job waiting for a lane, ordered by the time its previous step is done.
struct Pending
{
    qint64 readyMs;
    int job;
    bool operator>(const Pending &other) const
    {
        return readyMs != other.readyMs ? readyMs > other.readyMs : job > other.job;
    }
};

// A job whose previous step is done, ordered by the machine's queue.
struct Available
{
    double rank;
    int job;
    qint64 readyMs;
    bool operator>(const Available &other) const
    {
        return rank != other.rank ? rank > other.rank : job > other.job;
    }
};

template<typename T> using MinHeap = std::priority_queue<T, std::vector<T>, std::greater<T>>;

// One machine during the run: its lanes and the jobs that can or will be able to run on it.
struct MachineState
{
    std::vector<qint64> laneFreeMs;
    MinHeap<Pending> pending;
    MinHeap<Available> available;
    qint64 availableReadyMs = std::numeric_limits<qint64>::min(); // latest ready among available
    int version = 0;     // bumped when a job arrives; older heap entries are stale

    int freestLane() const
    {
        return int(std::min_element(laneFreeMs.begin(), laneFreeMs.end()) - laneFreeMs.begin());
    }
};

// The next moment the machine can start a job, with the jobs ready by then made available;
// -1 when nothing is waiting for it.
qint64 nextStart(MachineState &machine, const QList<ScheduleJob> &jobs)
{
    qint64 at = machine.laneFreeMs[size_t(machine.freestLane())];
    // After waiting for a job that is ready later, a job that is ready sooner may have come;
    // the waiting ones go back until the machine gets to them.
    if (!machine.available.empty() && machine.availableReadyMs > at) {
        while (!machine.available.empty()) {
            const Available waiting = machine.available.top();
            machine.available.pop();
            machine.pending.push({waiting.readyMs, waiting.job});
        }
    }
    if (machine.available.empty()) {
        machine.availableReadyMs = std::numeric_limits<qint64>::min();
        if (machine.pending.empty())
            return -1;
        at = std::max(at, machine.pending.top().readyMs);
    }
    while (!machine.pending.empty() && machine.pending.top().readyMs <= at) {
        const Pending ready = machine.pending.top();
        machine.pending.pop();
        machine.availableReadyMs = std::max(machine.availableReadyMs, ready.readyMs);
        machine.available.push({jobs.at(ready.job).queueRank, ready.job, ready.readyMs});
    }
    return at;
}

// Which jobs cannot be placed on their own account (the caller adds blocked later steps).
std::vector<ScheduleStatus> statuses(const QList<ScheduleJob> &jobs,
                                     const std::vector<int> &machineOf,
                                     const QList<ScheduleMachine> &machines)
{
    std::vector<ScheduleStatus> status(size_t(jobs.size()), ScheduleStatus::Scheduled);
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        if (jobs.at(i).held)
            status[size_t(i)] = ScheduleStatus::OnHold;
        else if (jobs.at(i).outside)
            continue; // needs no machine
        else if (machineOf[size_t(i)] < 0)
            status[size_t(i)] = ScheduleStatus::MachineMissing;
        else if (!machines.at(machineOf[size_t(i)]).active)
            status[size_t(i)] = ScheduleStatus::MachineInactive;
    }
    return status;
}

} // namespace

ScheduleStatus orderPlanStatus(WorkOrderState state)
{
    return state == WorkOrderState::OnHold ? ScheduleStatus::OnHold : ScheduleStatus::Scheduled;
}

QList<ScheduledSlot> Scheduler::run(const WorkCalendar &calendar,
                                    const QList<ScheduleMachine> &machines,
                                    const QList<ScheduleJob> &jobs, qint64 nowMs)
{
    const size_t jobCount = size_t(jobs.size());
    QList<ScheduledSlot> placements(jobs.size());

    QHash<QString, int> machineIndex;
    machineIndex.reserve(machines.size());
    for (qsizetype m = 0; m < machines.size(); ++m)
        machineIndex.insert(machines.at(m).id, int(m));
    std::vector<int> machineOf(jobCount);
    for (size_t i = 0; i < jobCount; ++i)
        machineOf[i] = machineIndex.value(jobs.at(qsizetype(i)).machineId, -1);

    // Each work order's steps in sequence: nextStep links a step to the one after it.
    std::vector<int> order(jobCount);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const ScheduleJob &x = jobs.at(a);
        const ScheduleJob &y = jobs.at(b);
        if (x.workOrderId != y.workOrderId)
            return x.workOrderId < y.workOrderId;
        return x.seq != y.seq ? x.seq < y.seq : a < b;
    });
    std::vector<int> nextStep(jobCount, -1);
    std::vector<int> previousStep(jobCount, -1);
    for (size_t k = 1; k < jobCount; ++k) {
        if (jobs.at(order[k - 1]).workOrderId == jobs.at(order[k]).workOrderId) {
            nextStep[size_t(order[k - 1])] = order[k];
            previousStep[size_t(order[k])] = order[k - 1];
        }
    }

    std::vector<ScheduleStatus> status = statuses(jobs, machineOf, machines);
    for (const int job : order) { // in sequence, so a block runs down the whole order
        const int previous = previousStep[size_t(job)];
        if (previous >= 0 && status[size_t(previous)] != ScheduleStatus::Scheduled
            && status[size_t(job)] == ScheduleStatus::Scheduled) {
            status[size_t(job)] = ScheduleStatus::WaitingForStep;
        }
        placements[job].status = status[size_t(job)];
    }

    const qint64 startMs = calendar.nextWorkingMoment(nowMs);
    std::vector<MachineState> state(size_t(machines.size()));
    for (qsizetype m = 0; m < machines.size(); ++m)
        state[size_t(m)].laneFreeMs.assign(size_t(std::max(1, machines.at(m).capacity)), startMs);
    // A step becomes ready at READY_MS: a machine job waits in its machine's queue; a job done
    // outside is placed at once and makes the step after it ready when it comes back.
    // Returns the machine that got a job, -1 when none did.
    const auto makeReady = [&](int job, qint64 readyMs) {
        while (job >= 0 && status[size_t(job)] == ScheduleStatus::Scheduled) {
            const ScheduleJob &ready = jobs.at(job);
            if (!ready.outside) {
                state[size_t(machineOf[size_t(job)])].pending.push({readyMs, job});
                return machineOf[size_t(job)];
            }
            const qint64 end = ready.outsideUntilMs > 0
                                   ? std::max(readyMs, ready.outsideUntilMs)
                                   : readyMs + std::max<qint64>(0, ready.outsideMs);
            placements[job].startMs = readyMs;
            placements[job].endMs = end;
            placements[job].lane = -1;
            job = nextStep[size_t(job)];
            readyMs = end;
        }
        return -1;
    };
    for (size_t i = 0; i < jobCount; ++i) {
        if (previousStep[i] < 0)
            makeReady(int(i), startMs);
    }

    // Machines by the moment they can next start something; stale entries are skipped.
    struct Entry
    {
        qint64 atMs;
        int machine;
        int version;
        bool operator>(const Entry &other) const
        {
            return atMs != other.atMs ? atMs > other.atMs : machine > other.machine;
        }
    };
    MinHeap<Entry> machinesByTime;
    const auto enqueue = [&](int m) {
        MachineState &machine = state[size_t(m)];
        ++machine.version;
        const qint64 at = nextStart(machine, jobs);
        if (at >= 0)
            machinesByTime.push({at, m, machine.version});
    };
    for (int m = 0; m < int(state.size()); ++m)
        enqueue(m);

    while (!machinesByTime.empty()) {
        const Entry entry = machinesByTime.top();
        machinesByTime.pop();
        MachineState &machine = state[size_t(entry.machine)];
        if (entry.version != machine.version)
            continue;
        const int job = machine.available.top().job;
        machine.available.pop();
        const int lane = machine.freestLane();
        const qint64 start = calendar.nextWorkingMoment(entry.atMs);
        const qint64 end = calendar.addWorkingSeconds(start, jobs.at(job).workSeconds);
        placements[job].startMs = start;
        placements[job].endMs = end;
        placements[job].lane = lane;
        machine.laneFreeMs[size_t(lane)] = end;
        const int nextMachine = makeReady(nextStep[size_t(job)], end);
        if (nextMachine >= 0 && nextMachine != entry.machine)
            enqueue(nextMachine);
        enqueue(entry.machine);
    }
    return placements;
}

} // namespace Taktline
