#include "services/planning/scheduleservice.h"

#include "domain/clock.h"
#include "domain/planning/workorderstatemachine.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/reportingservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/planning/schedulerepository.h"
#include "storage/settingsrepository.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace Taktline {

namespace {

const QString CalendarKey = QStringLiteral("work_calendar");

const char *const UnreadableKept = QT_TRANSLATE_NOOP(
    "Taktline::ScheduleService",
    "%1 It was not changed. To replace it, choose \"Replace the calendar\" in Settings.");

} // namespace

const QueuedOperation *MachineQueue::nextPlanned() const
{
    const auto next = std::find_if(operations.cbegin(), operations.cend(),
                                   [](const QueuedOperation &op) { return op.planned(); });
    return next == operations.cend() ? nullptr : &*next;
}

ScheduleService::ScheduleService(std::shared_ptr<Database> db, const Clock &clock,
                                 AccessControl *access, AuditRepository *audit,
                                 WorkOrderService *workOrders, MasterDataService *masterData,
                                 ReportingService *reporting, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_repository(std::make_unique<ScheduleRepository>(m_db->connection()))
    , m_settings(std::make_unique<SettingsRepository>(m_db->connection()))
    , m_access(access)
    , m_audit(audit)
{
    // A calendar that cannot be read falls back to the default rather than leaving nothing
    // planned; it stays stored, and Settings says so (storedCalendar()).
    if (Result<WorkCalendar> calendar = readStored(); calendar.ok())
        m_calendar = std::move(calendar).value();
    if (workOrders) {
        connect(workOrders, &WorkOrderService::workOrderAdded, this, &ScheduleService::rescheduleLater);
        connect(workOrders, &WorkOrderService::workOrdersAdded, this, &ScheduleService::rescheduleLater);
        connect(workOrders, &WorkOrderService::workOrderChanged, this, &ScheduleService::rescheduleLater);
    }
    if (reporting) {
        connect(reporting, &ReportingService::reportAdded, this, &ScheduleService::rescheduleLater);
        connect(reporting, &ReportingService::reportVoided, this, &ScheduleService::rescheduleLater);
    }
    if (masterData) {
        const auto machineChanged = [this](MasterDataKind kind) {
            if (kind == MasterDataKind::Machine)
                rescheduleLater();
        };
        connect(masterData, &MasterDataService::recordAdded, this, machineChanged);
        connect(masterData, &MasterDataService::recordChanged, this, machineChanged);
        connect(masterData, &MasterDataService::recordRemoved, this, machineChanged);
    }
}

ScheduleService::~ScheduleService() = default;

WorkCalendar ScheduleService::calendar() const
{
    return m_calendar;
}

// The stored calendar, the default when none was saved yet.
Result<WorkCalendar> ScheduleService::readStored() const
{
    const QString stored = m_settings->value(CalendarKey);
    if (stored.isEmpty())
        return WorkCalendar();
    return WorkCalendar::fromJson(stored);
}

Outcome ScheduleService::storedCalendar() const
{
    return readStored().outcome();
}

Outcome ScheduleService::setCalendar(const WorkCalendar &calendar, Unreadable unreadable)
{
    if (Outcome allowed = m_access->require(Permission::EditSettings); !allowed)
        return allowed;
    Outcome saved = m_db->inTransaction([&] {
        // Read inside the transaction: what is checked is what gets replaced.
        const QString before = m_settings->value(CalendarKey);
        const Outcome readable = readStored().outcome();
        if (!readable && unreadable == Unreadable::Keep)
            return Outcome::failure(tr(UnreadableKept).arg(readable.error()));
        if (Outcome done = m_settings->setValue(CalendarKey, calendar.toJson()); !done)
            return done;
        return m_audit->append(m_access->userId(), QStringLiteral("settings"), CalendarKey,
                               readable ? QStringLiteral("update") : QStringLiteral("replace"),
                               readable ? QString() : before);
    });
    if (!saved)
        return saved;
    m_calendar = calendar;
    return reschedule();
}

Result<ScheduleService::Snapshot> ScheduleService::load(bool withProduct) const
{
    Snapshot snapshot;
    Result<QList<MachineRow>> machines = m_repository->machines();
    if (!machines)
        return machines.outcome();
    Result<QList<QueueRow>> rows = m_repository->queuedOperations(withProduct);
    if (!rows)
        return rows.outcome();
    snapshot.machines = std::move(machines).value();
    snapshot.rows = std::move(rows).value();
    snapshot.anchorMs = m_anchorMs > 0 ? m_anchorMs : planStartMs();
    return snapshot;
}

QList<ScheduledSlot> ScheduleService::plan(const Snapshot &snapshot) const
{
    return planOn(m_calendar, snapshot);
}

QList<ScheduledSlot> ScheduleService::planOn(const WorkCalendar &calendar,
                                             const Snapshot &snapshot)
{
    QList<ScheduleMachine> machines;
    machines.reserve(snapshot.machines.size());
    for (const MachineRow &machine : snapshot.machines)
        machines.append({machine.id, machine.capacity, machine.active});
    QList<ScheduleJob> jobs;
    jobs.reserve(snapshot.rows.size());
    for (const QueueRow &row : snapshot.rows) {
        ScheduleJob job{row.operationId, row.workOrderId, row.seq, row.machineId, row.queueRank,
                        row.standardSeconds * std::max(0.0, row.quantity - row.good),
                        orderPlanStatus(row.state) == ScheduleStatus::OnHold};
        if (row.outsourced) {
            // 外协: away for the supplier's lead days, or, once a batch is out, until the end of
            // its due date (the scheduler expects an overdue batch now).
            constexpr qint64 DayMs = 24 * 3600 * 1000;
            job.machineId.clear();
            job.workSeconds = 0;
            job.outside = true;
            job.outsideMs = qint64(std::max(0, row.leadDays)) * DayMs;
            if (row.openDueDate.isValid())
                job.outsideUntilMs = calendar.startOfDayUtcMs(row.openDueDate.addDays(1));
        }
        jobs.append(job);
    }
    return Scheduler::run(calendar, machines, jobs, snapshot.anchorMs);
}

qint64 ScheduleService::dueEndMs(const QDate &dueDate) const
{
    return m_calendar.startOfDayUtcMs(dueDate.addDays(1));
}

QueuedOperation ScheduleService::queuedOperation(const QueueRow &row,
                                                 const ScheduledSlot &slot) const
{
    QueuedOperation op;
    op.operationId = row.operationId;
    op.workOrderId = row.workOrderId;
    op.workOrderNumber = row.workOrderNumber;
    op.workOrderState = row.state;
    op.priority = row.priority;
    op.partNo = row.partNo;
    op.productName = localizedName(row.productName, row.productNameEn);
    op.seq = row.seq;
    op.name = row.name;
    op.machineId = row.machineId;
    op.queueRank = row.queueRank;
    op.quantity = row.quantity;
    op.good = row.good;
    op.workSeconds = row.outsourced ? 0 : row.standardSeconds * std::max(0.0, row.quantity - row.good);
    op.outsourced = row.outsourced;
    op.dueDate = row.dueDate;
    op.status = slot.status;
    if (slot.status == ScheduleStatus::Scheduled) {
        op.plannedStartMs = slot.startMs;
        op.plannedEndMs = slot.endMs;
        op.lateByMs = std::max<qint64>(0, slot.endMs - dueEndMs(row.dueDate));
        op.late = op.lateByMs > 0;
    }
    return op;
}

qint64 ScheduleService::planStartMs() const
{
    // A quarter-hour grid: rescheduling again within it rewrites only what really moved.
    constexpr qint64 GridMs = 15 * 60 * 1000;
    const qint64 now = m_clock.nowMs();
    return now - now % GridMs;
}

Outcome ScheduleService::reschedule()
{
    m_anchorMs = planStartMs();
    Result<Snapshot> snapshot = load();
    if (!snapshot)
        return snapshot.outcome();
    return store(snapshot.value());
}

Outcome ScheduleService::storeFromNow(Snapshot &snapshot)
{
    m_anchorMs = snapshot.anchorMs = planStartMs();
    return store(snapshot);
}

Outcome ScheduleService::store(const Snapshot &snapshot)
{
    m_reschedulePending = false;
    const QList<ScheduledSlot> placements = plan(snapshot);
    QList<PlannedTimes> changed;
    for (qsizetype i = 0; i < placements.size(); ++i) {
        const QueueRow &row = snapshot.rows.at(i);
        const ScheduledSlot &slot = placements.at(i);
        const bool placed = slot.status == ScheduleStatus::Scheduled;
        const PlannedTimes times{row.operationId, placed ? slot.startMs : 0, placed ? slot.endMs : 0};
        if (times.startMs != row.plannedStartMs || times.endMs != row.plannedEndMs)
            changed.append(times);
    }
    if (!changed.isEmpty()) {
        if (Outcome saved = m_db->inTransaction([&] { return m_repository->writePlan(changed); }); !saved)
            return saved;
    }
    emit scheduleChanged();
    return Outcome::success();
}

void ScheduleService::rescheduleLater()
{
    // Several changes in one go (a release writes the order and its operations) plan once.
    if (m_reschedulePending)
        return;
    m_reschedulePending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reschedulePending)
            reschedule();
    });
}

Result<QList<MachineQueue>> ScheduleService::machineQueues() const
{
    Result<Snapshot> snapshot = load(true);
    if (!snapshot)
        return snapshot.outcome();
    const QList<ScheduledSlot> placements = plan(snapshot.value());
    QHash<QString, QList<QueuedOperation>> byMachine;
    for (qsizetype i = 0; i < placements.size(); ++i) {
        const QueueRow &row = snapshot.value().rows.at(i);
        if (row.outsourced)
            continue; // at a supplier, in no machine's queue
        byMachine[row.machineId].append(queuedOperation(row, placements.at(i)));
    }
    QList<MachineQueue> queues;
    for (const bool active : {true, false}) {
        for (const MachineRow &machine : snapshot.value().machines) {
            if (machine.active != active || (!active && !byMachine.contains(machine.id)))
                continue;
            queues.append({machine.id, machine.code, localizedName(machine.name, machine.nameEn),
                           machine.workshop, machine.capacity, machine.active,
                           byMachine.value(machine.id)});
        }
    }
    return queues;
}

Result<QList<MachineLoad>> ScheduleService::machineLoads(qint64 fromMs, qint64 toMs) const
{
    const Result<QList<MachineQueue>> queues = machineQueues();
    if (!queues)
        return queues.outcome();
    return machineLoads(queues.value(), fromMs, toMs);
}

QList<MachineLoad> ScheduleService::machineLoads(const QList<MachineQueue> &queues, qint64 fromMs,
                                                 qint64 toMs) const
{
    const double windowHours = m_calendar.workingSecondsBetween(fromMs, toMs) / 3600.0;
    const qint64 now = m_clock.nowMs();
    QList<MachineLoad> loads;
    for (const MachineQueue &queue : queues) {
        MachineLoad load;
        load.machineId = queue.machineId;
        load.queueLength = int(queue.operations.size());
        load.capacityHours = queue.active ? windowHours * queue.capacity : 0;
        for (const QueuedOperation &op : queue.operations) {
            if (op.status != ScheduleStatus::Scheduled)
                continue;
            const qint64 from = std::max(fromMs, op.plannedStartMs);
            const qint64 to = std::min(toMs, op.plannedEndMs);
            if (to > from)
                load.loadHours += m_calendar.workingSecondsBetween(from, to) / 3600.0;
            if (load.currentOperationId.isEmpty() && op.plannedStartMs <= now && now < op.plannedEndMs) {
                load.currentOperationId = op.operationId;
                load.currentLabel = QStringLiteral("%1 · %2 %3").arg(op.workOrderNumber).arg(op.seq).arg(op.name);
            }
        }
        loads.append(load);
    }
    return loads;
}

} // namespace Taktline
