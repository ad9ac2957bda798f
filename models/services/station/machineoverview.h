#pragma once

#include "domain/outcome.h"
#include "domain/planning/scheduler.h"
#include "domain/station/production.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Taktline {

class ProductionRepository;
class WorkCalendar;
class Workspace;
struct MachineLoad;
struct MachineQueue;
struct QueuedOperation;

// Everything the Machines page shows about one machine now, derived from status events,
// production reports and the plan.
struct MachineLiveState
{
    enum class JobSource { None, Reported, Planned };

    QString machineId;
    QString code;
    QString name; // in the current language
    QString workshop;
    int capacity = 1;
    bool active = true;

    MachineStatus status = MachineStatus::Idle;
    qint64 sinceMs = 0; // 0: no status reported yet
    QString downtimeReasonId;
    QString downtimeReason; // its name, when Down

    // The job: the operation of the newest Running / Set-up event while it is unfinished, else
    // the first operation in the machine's queue that the plan places (MachineQueue::nextPlanned).
    JobSource jobSource = JobSource::None;
    ScheduleStatus jobStatus = ScheduleStatus::Scheduled; // a reported job's order may be on hold
    QString operationId;
    QString jobLabel; // "WO-20261122-0007 · 20 车削"
    QString productName;
    double good = 0;    // of the job, on every machine
    double planned = 0; // the job's planned quantity
    // Good pieces of the job on this machine per working hour over the last 2 working hours,
    // or since the job started if shorter (clock hours for work outside the calendar); 0: none.
    double ratePerHour = 0;
    qint64 etaMs = 0; // when the job will be done at that rate; 0: cannot tell

    // 等待首检: since when the station's request for the job's first article waits for an
    // inspector (FirstArticleGate); 0 when nothing waits.
    qint64 waitingFirstArticleSinceMs = 0;

    double downtimeTodaySeconds = 0; // Down and Maintenance since local midnight
    // OEE availability of today so far (OeeService); empty when it cannot be told (no working
    // time yet, no status reported).
    std::optional<double> availabilityToday;
    double outputToday = 0;          // good pieces reported on this machine today

    int queueLength = 0;
    double loadHours = 0;     // planned working hours in the next 7 days
    double capacityHours = 0; // working hours × capacity in the next 7 days

    double progress() const { return planned > 0 ? good / planned : 0; } // may exceed 1
};

// Derives the live state of every machine for the Machines page in one pass: a handful of
// indexed queries per machine, the rest shared.
class MachineOverview final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::MachineOverview)

public:
    static constexpr qint64 RateWindowWorkingMs = 2 * 3600 * 1000;
    static constexpr qint64 LoadWindowMs = 7LL * 24 * 3600 * 1000;

    explicit MachineOverview(Workspace *workspace);
    ~MachineOverview();

    // Every machine the plan knows (active first, by workshop and code).
    Result<QList<MachineLiveState>> overview(qint64 nowMs) const;
    Result<MachineLiveState> machine(const QString &machineId, qint64 nowMs) const;

    // The start of the last WINDOW_MS of working time before NOW_MS (NOW_MS itself when the
    // calendar has no working time in the two weeks before).
    static qint64 workingTimeBefore(const WorkCalendar &calendar, qint64 nowMs, qint64 windowMs);

private:
    Result<QList<MachineLiveState>> build(qint64 nowMs, const QString &onlyMachineId) const;
    Outcome fillLive(MachineLiveState &state, const MachineQueue &queue,
                     const QHash<QString, const QueuedOperation *> &queued,
                     const WorkCalendar &calendar, qint64 nowMs) const;

    Workspace *m_workspace;
    std::unique_ptr<ProductionRepository> m_production;
};

} // namespace Taktline
