#pragma once

#include "domain/outcome.h"
#include "domain/planning/scheduler.h"
#include "domain/planning/workcalendar.h"
#include "domain/planning/workorder.h"
#include "storage/planning/schedulerepository.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Taktline {

class AccessControl;
class AuditRepository;
class Clock;
class Database;
class ScheduleRepository;
class ReportingService;
class SettingsRepository;
class WorkOrderService;
class MasterDataService;

// One operation in a machine's queue with its plan, as the dispatch board and the Gantt show it.
struct QueuedOperation
{
    QString operationId;
    QString workOrderId;
    QString workOrderNumber;
    WorkOrderState workOrderState = WorkOrderState::Released;
    WorkOrderPriority priority = WorkOrderPriority::Normal;
    QString partNo;
    QString productName;   // in the current language
    int seq = 0;
    QString name;          // the operation's name (车削, Turning …)
    QString machineId;
    double queueRank = 0;
    double quantity = 0;
    double good = 0;        // reported so far (derived from production reports)
    double workSeconds = 0; // standard seconds × quantity still to make
    QDate dueDate;
    qint64 plannedStartMs = 0; // 0 when not placed (see status)
    qint64 plannedEndMs = 0;
    ScheduleStatus status = ScheduleStatus::Scheduled;
    bool late = false;         // planned end after the end of the due date
    qint64 lateByMs = 0;
    bool outsourced = false;   // done by a supplier (外协): in no machine's queue

    bool planned() const { return status == ScheduleStatus::Scheduled; }
};

// A machine with its queue in dispatch order.
struct MachineQueue
{
    QString machineId;
    QString code;
    QString name;          // in the current language
    QString workshop;
    int capacity = 1;
    bool active = true;
    QList<QueuedOperation> operations;

    // What the machine runs next by the plan: the first operation in dispatch order that the
    // plan places (not one of an order on hold); null when none is.
    const QueuedOperation *nextPlanned() const;
};

// What the Machines page shows per machine beyond its live status.
struct MachineLoad
{
    QString machineId;
    int queueLength = 0;          // queued operations, placed or not
    double loadHours = 0;         // planned working hours inside the window
    double capacityHours = 0;     // working hours of the calendar × capacity in the window
    QString currentOperationId;   // planned to run now, if any
    QString currentLabel;         // "WO-20261122-0007 · 20 车削"
};

// Keeps the plan (排产): places every queued operation with the Scheduler on the working
// calendar, stores planned start/end, and reschedules by itself after any change to work
// orders, machines, the calendar or the queues. The DispatchService plans through it after
// every move, so the plan is never stale.
class ScheduleService final : public QObject
{
    Q_OBJECT
public:
    ScheduleService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                    AuditRepository *audit, WorkOrderService *workOrders,
                    MasterDataService *masterData, ReportingService *reporting = nullptr,
                    QObject *parent = nullptr);
    ~ScheduleService() override;

    // The stored calendar; while it cannot be read, the default one (and storedCalendar() says
    // why), so planning goes on.
    WorkCalendar calendar() const;
    // Whether the stored calendar can be read on this computer; the failure says why.
    Outcome storedCalendar() const;
    // Whether setCalendar() may write over a stored calendar that cannot be read.
    enum class Unreadable { Keep, Replace };
    // Saves the calendar for every device (needs EditSettings) and reschedules. A stored
    // calendar that cannot be read is never overwritten unless the caller says Replace; its
    // text is then kept in the audit entry.
    Outcome setCalendar(const WorkCalendar &calendar, Unreadable unreadable = Unreadable::Keep);

    // Recomputes the whole plan and stores what changed, in one transaction. An operation whose
    // good quantity reached the planned quantity leaves its machine's queue.
    Outcome reschedule();
    // Reschedules once control returns to the event loop, however many changes come before:
    // for changes the service does not watch itself (a batch sent to a supplier).
    void rescheduleLater();

    // The machines (active first, by workshop and code) with their queues in dispatch order;
    // deactivated machines appear only while something is still queued on them.
    Result<QList<MachineQueue>> machineQueues() const;
    Result<QList<MachineLoad>> machineLoads(qint64 fromMs, qint64 toMs) const;
    // The same for queues already read with machineQueues(), without planning again.
    QList<MachineLoad> machineLoads(const QList<MachineQueue> &queues, qint64 fromMs, qint64 toMs) const;

    // The machines and their queues as read in one go, and the plan computed from them: what
    // the DispatchService moves and then stores with storeFromNow().
    struct Snapshot
    {
        QList<MachineRow> machines;
        QList<QueueRow> rows; // by machine and queue rank
        qint64 anchorMs = 0;
    };
    Result<Snapshot> load(bool withProduct = false) const;
    QList<ScheduledSlot> plan(const Snapshot &snapshot) const;
    // The same plan on another CALENDAR (a what-if), reading nothing and storing nothing.
    static QList<ScheduledSlot> planOn(const WorkCalendar &calendar, const Snapshot &snapshot);
    // Plans SNAPSHOT — the queues as just stored — from now, and stores the planned times.
    Outcome storeFromNow(Snapshot &snapshot);
    qint64 dueEndMs(const QDate &dueDate) const; // the end of a due date in the calendar

signals:
    void scheduleChanged();

private:
    qint64 planStartMs() const;
    Result<WorkCalendar> readStored() const;
    // Plans SNAPSHOT (as it is now stored) from m_anchorMs and stores the planned times.
    Outcome store(const Snapshot &snapshot);
    QueuedOperation queuedOperation(const QueueRow &row, const ScheduledSlot &slot) const;

    std::shared_ptr<Database> m_db;
    const Clock &m_clock; // decides where the plan starts
    std::unique_ptr<ScheduleRepository> m_repository;
    std::unique_ptr<SettingsRepository> m_settings;
    AccessControl *m_access;
    AuditRepository *m_audit;
    WorkCalendar m_calendar;
    qint64 m_anchorMs = 0; // where the stored plan starts: the last reschedule
    bool m_reschedulePending = false;
};

} // namespace Taktline
