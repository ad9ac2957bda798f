#include "services/station/machineoverview.h"

#include "domain/planning/workcalendar.h"
#include "services/masterdata/masterdataservice.h"
#include "services/oee/oeeservice.h"
#include "services/planning/scheduleservice.h"
#include "services/quality/firstarticlegate.h"
#include "services/station/machinestatusservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/station/productionrepository.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Taktline {

namespace {

constexpr qint64 LookBackMs = 14LL * 24 * 3600 * 1000;
constexpr double MinimumRateSeconds = 60; // less working time than this says nothing about a rate

} // namespace

MachineOverview::MachineOverview(Workspace *workspace)
    : m_workspace(workspace)
    , m_production(std::make_unique<ProductionRepository>(workspace->database().connection()))
{
}

MachineOverview::~MachineOverview() = default;

Result<QList<MachineLiveState>> MachineOverview::overview(qint64 nowMs) const
{
    return build(nowMs, {});
}

Result<MachineLiveState> MachineOverview::machine(const QString &machineId, qint64 nowMs) const
{
    Result<QList<MachineLiveState>> states = build(nowMs, machineId);
    if (!states)
        return states.outcome();
    if (states.value().isEmpty())
        return Outcome::failure(tr("This machine does not exist or is deactivated."));
    return states.value().constFirst();
}

qint64 MachineOverview::workingTimeBefore(const WorkCalendar &calendar, qint64 nowMs,
                                          qint64 windowMs)
{
    const QList<WorkingInterval> spans = calendar.workingIntervals(nowMs - LookBackMs, nowMs);
    qint64 left = windowMs;
    for (auto span = spans.crbegin(); span != spans.crend(); ++span) {
        const qint64 length = span->endMs - span->startMs;
        if (length >= left)
            return span->endMs - left;
        left -= length;
    }
    return spans.isEmpty() ? nowMs : spans.constFirst().startMs;
}

Result<QList<MachineLiveState>> MachineOverview::build(qint64 nowMs,
                                                       const QString &onlyMachineId) const
{
    const ScheduleService *schedule = m_workspace->schedule();
    const Result<QList<MachineQueue>> queues = schedule->machineQueues();
    if (!queues)
        return queues.outcome();
    // Loads from the queues just read: planning the whole factory once per refresh is enough.
    const QList<MachineLoad> loads = schedule->machineLoads(queues.value(), nowMs, nowMs + LoadWindowMs);
    const WorkCalendar calendar = schedule->calendar();
    const qint64 midnight = calendar.startOfDayUtcMs(calendar.localDate(nowMs));
    // Reports carry the clock's time, so one made at NOW counts.
    const Result<QHash<QString, double>> outputToday =
        m_production->goodByMachine(midnight, nowMs + 1);
    if (!outputToday)
        return outputToday.outcome();
    const Result<QList<MasterRecord>> reasons =
        m_workspace->masterData()->list(MasterDataKind::DowntimeReason);
    if (!reasons)
        return reasons.outcome();

    // Today's availability by the same rule as the dashboard's OEE (docs/oee.md), all machines
    // in one pass.
    OeeQuery today;
    today.fromMs = midnight;
    today.toMs = std::max(midnight + 1, nowMs);
    if (!onlyMachineId.isEmpty())
        today.machineIds = {onlyMachineId};
    const Result<OeeResult> oee = m_workspace->oee()->compute(today, nowMs);
    if (!oee)
        return oee.outcome();
    QHash<QString, std::optional<double>> availabilityOf;
    for (const OeeRow &row : oee.value().rows)
        availabilityOf.insert(row.key, row.figures.availability);

    QHash<QString, QString> reasonName;
    for (const MasterRecord &reason : reasons.value())
        reasonName.insert(reason.id, reason.localizedName());
    QHash<QString, const MachineLoad *> loadOf;
    for (const MachineLoad &load : loads)
        loadOf.insert(load.machineId, &load);
    // An operation in any queue is unfinished; a finished one is no machine's job any more.
    QHash<QString, const QueuedOperation *> queued;
    for (const MachineQueue &queue : queues.value()) {
        for (const QueuedOperation &op : queue.operations)
            queued.insert(op.operationId, &op);
    }

    QList<MachineLiveState> states;
    for (const MachineQueue &queue : queues.value()) {
        if (!onlyMachineId.isEmpty() && queue.machineId != onlyMachineId)
            continue;
        MachineLiveState state;
        state.machineId = queue.machineId;
        state.code = queue.code;
        state.name = queue.name;
        state.workshop = queue.workshop;
        state.capacity = queue.capacity;
        state.active = queue.active;
        state.queueLength = static_cast<int>(queue.operations.size());
        if (const MachineLoad *load = loadOf.value(queue.machineId)) {
            state.loadHours = load->loadHours;
            state.capacityHours = load->capacityHours;
        }
        state.outputToday = outputToday.value().value(queue.machineId);
        if (Outcome filled = fillLive(state, queue, queued, calendar, nowMs); !filled)
            return filled;
        state.downtimeReason = reasonName.value(state.downtimeReasonId);
        const Result<double> downtime =
            m_workspace->machineStatus()->downtimeSeconds(queue.machineId, midnight, nowMs);
        if (!downtime)
            return downtime.outcome();
        state.downtimeTodaySeconds = downtime.value();
        state.availabilityToday = availabilityOf.value(queue.machineId);
        states.append(state);
    }
    return states;
}

Outcome MachineOverview::fillLive(MachineLiveState &state, const MachineQueue &queue,
                                  const QHash<QString, const QueuedOperation *> &queued,
                                  const WorkCalendar &calendar, qint64 nowMs) const
{
    const Result<MachineState> current = m_workspace->machineStatus()->current(queue.machineId);
    if (!current)
        return current.outcome();
    state.status = current.value().status;
    state.sinceMs = current.value().sinceMs;
    state.downtimeReasonId = current.value().downtimeReasonId;

    const Result<std::optional<MachineJob>> reported = m_production->latestJob(queue.machineId);
    if (!reported)
        return reported.outcome();
    const QueuedOperation *job = nullptr;
    qint64 jobStartMs = 0; // unknown for a job only the plan names
    if (reported.value() && queued.contains(reported.value()->operationId)) {
        job = queued.value(reported.value()->operationId);
        jobStartMs = reported.value()->startedAtMs;
        state.jobSource = MachineLiveState::JobSource::Reported;
    } else if ((job = queue.nextPlanned())) {
        state.jobSource = MachineLiveState::JobSource::Planned;
    }
    if (!job)
        return Outcome::success();
    state.jobStatus = job->status;
    state.operationId = job->operationId;
    state.jobLabel =
        QStringLiteral("%1 · %2 %3").arg(job->workOrderNumber).arg(job->seq).arg(job->name);
    state.productName = job->productName;
    state.good = job->good;
    state.planned = job->quantity;
    const Result<FirstArticleGate::State> gate =
        FirstArticleGate(m_workspace->database().connection()).state(job->operationId, queue.machineId);
    if (!gate)
        return gate.outcome();
    state.waitingFirstArticleSinceMs = gate.value().waitingSinceMs;

    // The last two working hours, or since the job started if that is shorter. Work outside
    // the calendar (overtime on a day off) is measured in clock time instead.
    qint64 fromMs = std::max(workingTimeBefore(calendar, nowMs, RateWindowWorkingMs), jobStartMs);
    double seconds = calendar.workingSecondsBetween(fromMs, nowMs);
    if (seconds < MinimumRateSeconds) {
        fromMs = std::max(nowMs - RateWindowWorkingMs, jobStartMs);
        seconds = double(nowMs - fromMs) / 1000.0;
    }
    if (seconds < MinimumRateSeconds)
        return Outcome::success();
    const Result<double> good =
        m_production->goodOnMachine(queue.machineId, job->operationId, fromMs, nowMs + 1);
    if (!good)
        return good.outcome();
    state.ratePerHour = good.value() * 3600.0 / seconds;
    const double remaining = state.planned - state.good;
    if (state.ratePerHour > 0 && remaining > 0)
        state.etaMs = calendar.addWorkingSeconds(nowMs, remaining / state.ratePerHour * 3600.0);
    return Outcome::success();
}

} // namespace Taktline
