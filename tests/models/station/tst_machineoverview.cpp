// The Machines page's live figures as a planner reads them: the status comes from the newest
// status event (Idle without one), the job from the newest Running / Set-up event or else the
// queue, the rate from recent good pieces per working hour, the estimated finish in working
// time, downtime and output from midnight on, and a voided report counts nowhere. An order on
// hold is nobody's planned job, by the same rule the dispatch board shows.
#include "fixturehelpers.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/scheduleservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/machineoverview.h"
#include "services/station/machinestatusservice.h"
#include "services/station/reportingservice.h"
#include "testshop.h"

#include <QDateTime>
#include <QTest>

using namespace Taktline;

class TstMachineOverview : public QObject
{
    Q_OBJECT
private slots:
    void statusComesFromEvents();
    void rateAndFinishFromReportsAtKnownTimes();
    void rateOfAPlannedJobLooksAtTheLastTwoWorkingHours();
    void overtimeIsMeasuredInClockTime();
    void downtimeTodayStartsAtMidnight();
    void outputTodayCountsThisMachineAndNoVoidedReport();
    void listsEveryMachineOnce();
    void heldOrderIsNoMachinesPlannedJob();
};

namespace {

qint64 at(int day, int hour, int minute = 0)
{
    return TestShop::at(day, hour, minute);
}

// The shop's order of 100 flanges, reported and the lathe's status set at known times; the
// overview of the Machines page on it.
struct Floor : TestShop
{
    MachineOverview overview{ws.get()};

    // Reports GOOD pieces of step INDEX on its machine at time WHEN; answers the report's id.
    QString report(qint64 when, int index, double good)
    {
        setNow(when);
        return TestShop::report(request(index, good));
    }
    void status(qint64 when, MachineStatus status, const QString &reason = {}, int job = -1)
    {
        setNow(when);
        Fixture::require(ws->machineStatus()->setStatus(lathe, status, reason, wang,
                                                        job < 0 ? QString() : step(job)),
                         "status");
    }
    MachineLiveState live(const QString &machine) const
    {
        const Result<MachineLiveState> state = overview.machine(machine, nowMs());
        Fixture::require(state.outcome(), "overview");
        return state.value();
    }
};

} // namespace

void TstMachineOverview::statusComesFromEvents()
{
    Floor f;
    MachineLiveState lathe = f.live(f.lathe);
    QCOMPARE(lathe.status, MachineStatus::Idle);
    QCOMPARE(lathe.sinceMs, 0);
    // Nothing reported yet: the job is the first operation in the queue.
    QCOMPARE(lathe.jobSource, MachineLiveState::JobSource::Planned);
    QCOMPARE(lathe.operationId, f.step(0));
    QVERIFY2(lathe.jobLabel.contains(QStringLiteral("10 车削")), qPrintable(lathe.jobLabel));
    QCOMPARE(lathe.planned, 100.0);
    QCOMPARE(lathe.ratePerHour, 0.0);
    QCOMPARE(lathe.etaMs, 0);

    f.status(at(0, 8, 10), MachineStatus::Running, {}, 0);
    lathe = f.live(f.lathe);
    QCOMPARE(lathe.status, MachineStatus::Running);
    QCOMPARE(lathe.sinceMs, at(0, 8, 10));
    QCOMPARE(lathe.jobSource, MachineLiveState::JobSource::Reported);
    QCOMPARE(lathe.operationId, f.step(0));

    f.status(at(0, 9), MachineStatus::Down, f.breakdown);
    f.setNow(at(0, 9, 20));
    lathe = f.live(f.lathe);
    QCOMPARE(lathe.status, MachineStatus::Down);
    QCOMPARE(lathe.sinceMs, at(0, 9));
    QCOMPARE(lathe.downtimeReason, QStringLiteral("设备故障"));
    QCOMPARE(lathe.downtimeTodaySeconds, 20 * 60.0);
    // Still the job it was running when it broke down.
    QCOMPARE(lathe.jobSource, MachineLiveState::JobSource::Reported);
    QCOMPARE(lathe.operationId, f.step(0));
    // The mill saw none of this.
    const MachineLiveState mill = f.live(f.mill);
    QCOMPARE(mill.status, MachineStatus::Idle);
    QCOMPARE(mill.operationId, f.step(1));
    QCOMPARE(mill.downtimeTodaySeconds, 0.0);
}

void TstMachineOverview::rateAndFinishFromReportsAtKnownTimes()
{
    Floor f;
    f.status(at(0, 14), MachineStatus::Running, {}, 0);
    f.report(at(0, 14, 30), 0, 20);
    f.report(at(0, 15), 0, 20);
    f.report(at(0, 15, 30), 0, 20);
    // Since the job started (1.5 h) is shorter than the last 2 h: 60 pieces / 1.5 h.
    MachineLiveState lathe = f.live(f.lathe);
    QCOMPARE(lathe.good, 60.0);
    QCOMPARE(lathe.progress(), 0.6);
    QCOMPARE(lathe.ratePerHour, 40.0);
    // 40 left at 40 /h: one working hour, half of it after tomorrow's shift starts.
    QCOMPARE(lathe.etaMs, at(1, 8, 30));

    // Next morning the last two working hours reach back into yesterday: 14:30–16:00 and
    // 08:00–08:30; the 14:00 start and nothing before 14:30 matter now.
    f.report(at(1, 8, 30), 0, 10);
    lathe = f.live(f.lathe);
    QCOMPARE(lathe.ratePerHour, 35.0); // 20 + 20 + 20 + 10 in 2 h
    const WorkCalendar calendar = f.ws->schedule()->calendar();
    QCOMPARE(lathe.etaMs, calendar.addWorkingSeconds(f.nowMs(), 30.0 / 35.0 * 3600));
    QVERIFY(lathe.etaMs > at(1, 9, 21) && lathe.etaMs < at(1, 9, 22));
    QCOMPARE(lathe.outputToday, 10.0);
}

void TstMachineOverview::rateOfAPlannedJobLooksAtTheLastTwoWorkingHours()
{
    Floor f; // no status events: when the job started is unknown
    f.report(at(0, 9), 0, 30);
    f.report(at(0, 10), 0, 10);
    f.report(at(0, 11), 0, 20);
    f.setNow(at(0, 11, 30));
    const MachineLiveState lathe = f.live(f.lathe);
    QCOMPARE(lathe.jobSource, MachineLiveState::JobSource::Planned);
    QCOMPARE(lathe.ratePerHour, 15.0); // 09:30–11:30 holds 10 + 20
    QCOMPARE(lathe.etaMs,
             f.ws->schedule()->calendar().addWorkingSeconds(f.nowMs(), 40.0 / 15 * 3600));
    // A machine that has made nothing lately has no rate and no estimate.
    f.setNow(at(1, 11, 30));
    QCOMPARE(f.live(f.lathe).ratePerHour, 0.0);
    QCOMPARE(f.live(f.lathe).etaMs, 0);
}

void TstMachineOverview::overtimeIsMeasuredInClockTime()
{
    Floor f; // the shift ends at 16:00; the lathe works on in the evening
    f.status(at(0, 18), MachineStatus::Running, {}, 0);
    f.report(at(0, 19), 0, 10);
    f.report(at(0, 20), 0, 10);
    const MachineLiveState lathe = f.live(f.lathe);
    QCOMPARE(lathe.ratePerHour, 10.0);
    // 80 left at 10 /h is 8 working hours: tomorrow's whole shift.
    QCOMPARE(lathe.etaMs, at(1, 16));
}

void TstMachineOverview::downtimeTodayStartsAtMidnight()
{
    Floor f;
    f.status(at(0, 8), MachineStatus::Running, {}, 0);
    f.status(at(0, 23), MachineStatus::Down, f.breakdown);
    f.setNow(at(1, 0, 30)); // still down after midnight: only today's half hour counts
    MachineLiveState lathe = f.live(f.lathe);
    QCOMPARE(lathe.status, MachineStatus::Down);
    QCOMPARE(lathe.sinceMs, at(0, 23));
    QCOMPARE(lathe.downtimeTodaySeconds, 30 * 60.0);

    f.status(at(1, 1), MachineStatus::Running, {}, 0);
    f.status(at(1, 10), MachineStatus::Maintenance);
    f.status(at(1, 10, 30), MachineStatus::Setup, {}, 0);
    f.status(at(1, 11), MachineStatus::Running, {}, 0);
    f.setNow(at(1, 12));
    lathe = f.live(f.lathe);
    QCOMPARE(lathe.status, MachineStatus::Running);
    QCOMPARE(lathe.downtimeTodaySeconds, 60 * 60.0 + 30 * 60.0); // set-up is not downtime
    // The next day starts at zero again.
    f.setNow(at(2, 9));
    QCOMPARE(f.live(f.lathe).downtimeTodaySeconds, 0.0);
}

void TstMachineOverview::outputTodayCountsThisMachineAndNoVoidedReport()
{
    Floor f;
    f.report(at(0, 15), 0, 30); // yesterday
    f.report(at(1, 9), 0, 20);
    const QString mistake = f.report(at(1, 9, 30), 0, 10);
    f.report(at(1, 10), 1, 15); // milled
    f.setNow(at(1, 10, 30));
    const Result<QString> voided = f.ws->reporting()->voidReport(mistake, QStringLiteral("录错"));
    QVERIFY2(voided.ok(), qPrintable(voided.error()));
    f.setNow(at(1, 11));

    const MachineLiveState lathe = f.live(f.lathe);
    QCOMPARE(lathe.outputToday, 20.0);
    QCOMPARE(lathe.good, 50.0);
    QCOMPARE(lathe.progress(), 0.5);
    QCOMPARE(lathe.ratePerHour, 10.0); // 09:00–11:00: the 20, not the voided 10
    const MachineLiveState mill = f.live(f.mill);
    QCOMPARE(mill.outputToday, 15.0);
    QCOMPARE(mill.good, 15.0);
}

void TstMachineOverview::listsEveryMachineOnce()
{
    Floor f;
    f.status(at(0, 8), MachineStatus::Running, {}, 0);
    const Result<QList<MachineLiveState>> all = f.overview.overview(f.nowMs());
    QVERIFY2(all.ok(), qPrintable(all.error()));
    QCOMPARE(all.value().size(), 3); // the retired drill is not among them
    QCOMPARE(all.value().at(0).machineId, f.lathe);
    QCOMPARE(all.value().at(0).status, MachineStatus::Running);
    QCOMPARE(all.value().at(0).queueLength, 1);
    QVERIFY(all.value().at(0).loadHours > 0);
    QCOMPARE(all.value().at(1).machineId, f.mill);
    QCOMPARE(all.value().at(1).status, MachineStatus::Idle);
    QCOMPARE(all.value().at(2).machineId, f.assembly);
    QCOMPARE(all.value().at(2).queueLength, 0);
    QVERIFY(!f.overview.machine(QStringLiteral("no-such-machine"), f.nowMs()).ok());
}

void TstMachineOverview::heldOrderIsNoMachinesPlannedJob()
{
    Floor f;
    const QString second = f.releasedOrder(f.flange, 50);
    f.report(at(0, 9), 0, 10); // the shop's order starts …
    const WorkOrder started = f.ws->workOrders()->find(f.order).value();
    QCOMPARE(started.state, WorkOrderState::InProgress);
    QVERIFY(f.ws->workOrders()->apply(f.order, WorkOrderAction::Hold, started.version).ok());
    QCoreApplication::processEvents(); // … and is put on hold; the plan follows

    // The dispatch board: the held order's steps head both queues, not planned, and why.
    const QList<MachineQueue> queues = f.ws->schedule()->machineQueues().value();
    int checked = 0;
    for (const MachineQueue &queue : queues) {
        if (queue.machineId != f.lathe && queue.machineId != f.mill)
            continue;
        ++checked;
        QCOMPARE(queue.operations.constFirst().workOrderId, f.order);
        QCOMPARE(queue.operations.constFirst().status, ScheduleStatus::OnHold);
        QVERIFY(!queue.operations.constFirst().planned());
        QCOMPARE(queue.nextPlanned()->workOrderId, second);
    }
    QCOMPARE(checked, 2);
    // The Machines page: the planned job is the next order the plan places.
    for (const auto &[machine, index] : {std::pair{f.lathe, 0}, std::pair{f.mill, 1}}) {
        const MachineLiveState live = f.live(machine);
        QCOMPARE(live.jobSource, MachineLiveState::JobSource::Planned);
        QCOMPARE(live.operationId, f.step(index, second));
        QCOMPARE(live.jobStatus, ScheduleStatus::Scheduled);
        QCOMPARE(live.planned, 50.0);
    }
    // A machine still reported running the held order's step shows it, and that it is held.
    f.status(at(0, 9, 30), MachineStatus::Running, {}, 0);
    const MachineLiveState lathe = f.live(f.lathe);
    QCOMPARE(lathe.jobSource, MachineLiveState::JobSource::Reported);
    QCOMPARE(lathe.operationId, f.step(0));
    QCOMPARE(lathe.jobStatus, ScheduleStatus::OnHold);
}

QTEST_GUILESS_MAIN(TstMachineOverview)
#include "tst_machineoverview.moc"
