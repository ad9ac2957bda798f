// Finite-capacity forward scheduling as a planner checks it by hand: queue order per machine,
// parallel capacity, each order's steps in sequence, work only inside shifts, days off skipped,
// blocked operations said why — and the same plan every time.
#include "domain/planning/scheduler.h"
#include "domain/planning/workcalendar.h"
#include "testshop.h"

#include <QDateTime>
#include <QTest>

using namespace Taktline;

class TstScheduler : public QObject
{
    Q_OBJECT
private slots:
    void queueOrderDecidesWhoRunsFirst();
    void parallelCapacityRunsSideBySide();
    void stepsOfAnOrderRunInSequence();
    void idleMachineTakesTheNextReadyJob();
    void workStopsForBreaksNightsAndDaysOff();
    void planStartsAtTheNextShiftWhenNowIsOffShift();
    void blockedOperationsSayWhy();
    void samePlanEveryTime();
    void emptyInputGivesEmptyPlan();
    void outsideStepTakesNoMachineAndDelaysTheNextStep();
    void sentBatchEndsAtItsDueMoment();
    void overdueBatchIsExpectedNow();
    void outsideStepsChainAndFollowHolds();
};

namespace {

const QTimeZone Utc = QTimeZone::utc();

// Day 0 is the shop's Monday; times in UTC.
qint64 at(int day, int hour, int minute = 0)
{
    return TestShop::at(day, hour, minute);
}

QString show(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Utc).toString(QStringLiteral("ddd HH:mm"));
}

// One 8-hour shift every day, so the arithmetic in the tests stays readable.
WorkCalendar everyDayEightToFour()
{
    return WorkCalendar::create({{QTime(8, 0), QTime(16, 0)}}, {}, {}, {}, Utc).value();
}

ScheduleJob job(const QString &id, const QString &order, int seq, const QString &machine,
                double rank, double hours)
{
    return {id, order, seq, machine, rank, hours * 3600, false};
}

ScheduleJob job(const char *id, const char *order, int seq, const char *machine, double rank,
                double hours)
{
    return job(QString::fromUtf8(id), QString::fromUtf8(order), seq, QString::fromUtf8(machine), rank, hours);
}

#define COMPARE_SLOT(slot, expectedStart, expectedEnd)                                            \
    do {                                                                                         \
        QCOMPARE((slot).status, ScheduleStatus::Scheduled);                                      \
        QCOMPARE(show((slot).startMs), show(expectedStart));                                     \
        QCOMPARE(show((slot).endMs), show(expectedEnd));                                         \
    } while (false)

} // namespace

void TstScheduler::queueOrderDecidesWhoRunsFirst()
{
    const QList<ScheduledSlot> plan = Scheduler::run(
        everyDayEightToFour(), {{QStringLiteral("M1"), 1, true}},
        {job("a", "WO1", 10, "M1", 2, 1), job("b", "WO2", 10, "M1", 1, 2), job("c", "WO3", 10, "M1", 3, 1)},
        at(0, 8));
    COMPARE_SLOT(plan[1], at(0, 8), at(0, 10));  // rank 1 first
    COMPARE_SLOT(plan[0], at(0, 10), at(0, 11)); // then rank 2
    COMPARE_SLOT(plan[2], at(0, 11), at(0, 12));
}

void TstScheduler::parallelCapacityRunsSideBySide()
{
    const QList<ScheduledSlot> plan = Scheduler::run(
        everyDayEightToFour(), {{QStringLiteral("OVEN"), 2, true}},
        {job("a", "WO1", 10, "OVEN", 1, 2), job("b", "WO2", 10, "OVEN", 2, 1),
         job("c", "WO3", 10, "OVEN", 3, 1)},
        at(0, 8));
    COMPARE_SLOT(plan[0], at(0, 8), at(0, 10));
    COMPARE_SLOT(plan[1], at(0, 8), at(0, 9));
    COMPARE_SLOT(plan[2], at(0, 9), at(0, 10)); // the lane that came free first
    QVERIFY(plan[0].lane != plan[1].lane);
    QCOMPARE(plan[2].lane, plan[1].lane);
}

void TstScheduler::stepsOfAnOrderRunInSequence()
{
    // Turning (2 h on the lathe) must finish before milling (1 h) starts, though the mill is
    // idle; and step 30 on the lathe again waits for step 20.
    const QList<ScheduledSlot> plan = Scheduler::run(
        everyDayEightToFour(), {{QStringLiteral("LATHE"), 1, true}, {QStringLiteral("MILL"), 1, true}},
        {job("w30", "WO1", 30, "LATHE", 5, 1), job("w20", "WO1", 20, "MILL", 1, 1),
         job("w10", "WO1", 10, "LATHE", 1, 2)},
        at(0, 8));
    COMPARE_SLOT(plan[2], at(0, 8), at(0, 10));
    COMPARE_SLOT(plan[1], at(0, 10), at(0, 11));
    COMPARE_SLOT(plan[0], at(0, 11), at(0, 12));
}

void TstScheduler::idleMachineTakesTheNextReadyJob()
{
    // The mill's first job waits for its turning step until 10:00; the mill does not stand idle
    // meanwhile but runs the next job in its queue, which is ready now.
    const QList<ScheduledSlot> plan = Scheduler::run(
        everyDayEightToFour(), {{QStringLiteral("LATHE"), 1, true}, {QStringLiteral("MILL"), 1, true}},
        {job("t", "WO1", 10, "LATHE", 1, 2), job("m", "WO1", 20, "MILL", 1, 1),
         job("x", "WO2", 10, "MILL", 2, 1.5)},
        at(0, 8));
    COMPARE_SLOT(plan[2], at(0, 8), at(0, 9, 30));
    COMPARE_SLOT(plan[1], at(0, 10), at(0, 11));
}

void TstScheduler::workStopsForBreaksNightsAndDaysOff()
{
    // 08:00–12:00 and 13:00–17:00; Sundays off, and Tuesday a holiday.
    const WorkCalendar calendar =
        WorkCalendar::create({{QTime(8, 0), QTime(12, 0)}, {QTime(13, 0), QTime(17, 0)}},
                             {Qt::Sunday}, {TestShop::day(1)}, {}, Utc)
            .value();
    const QList<ScheduledSlot> plan = Scheduler::run(
        calendar, {{QStringLiteral("M1"), 1, true}},
        {job("lunch", "WO1", 10, "M1", 1, 5), job("long", "WO2", 10, "M1", 2, 12)}, at(0, 8));
    COMPARE_SLOT(plan[0], at(0, 8), at(0, 14));  // 4 h, lunch, 1 h
    COMPARE_SLOT(plan[1], at(0, 14), at(3, 9));  // 3 h Monday, holiday, 8 h Wednesday, 1 h Thursday
    QCOMPARE(calendar.workingSecondsBetween(plan[1].startMs, plan[1].endMs), 12 * 3600.0);
}

void TstScheduler::planStartsAtTheNextShiftWhenNowIsOffShift()
{
    // Saturday evening with Sunday off: the plan starts Monday morning.
    const WorkCalendar calendar =
        WorkCalendar::create({{QTime(8, 0), QTime(16, 0)}}, {Qt::Sunday}, {}, {}, Utc).value();
    const QList<ScheduledSlot> plan = Scheduler::run(
        calendar, {{QStringLiteral("M1"), 1, true}}, {job("a", "WO1", 10, "M1", 1, 1)}, at(5, 20));
    COMPARE_SLOT(plan[0], at(7, 8), at(7, 9));
}

void TstScheduler::blockedOperationsSayWhy()
{
    QList<ScheduleJob> jobs = {job("off", "WO1", 10, "OLD", 1, 1), job("after", "WO1", 20, "M1", 1, 1),
                               job("gone", "WO2", 10, "NOWHERE", 1, 1), job("held", "WO3", 10, "M1", 2, 1),
                               job("fine", "WO4", 10, "M1", 3, 1)};
    jobs[3].held = true;
    const QList<ScheduledSlot> plan = Scheduler::run(
        everyDayEightToFour(), {{QStringLiteral("M1"), 1, true}, {QStringLiteral("OLD"), 1, false}},
        jobs, at(0, 8));
    QCOMPARE(plan[0].status, ScheduleStatus::MachineInactive);
    QCOMPARE(plan[1].status, ScheduleStatus::WaitingForStep);
    QCOMPARE(plan[2].status, ScheduleStatus::MachineMissing);
    QCOMPARE(plan[3].status, ScheduleStatus::OnHold);
    COMPARE_SLOT(plan[4], at(0, 8), at(0, 9)); // nothing blocked takes the machine's time
}

void TstScheduler::samePlanEveryTime()
{
    QList<ScheduleJob> jobs;
    QList<ScheduleMachine> machines;
    for (int m = 0; m < 5; ++m)
        machines.append({QStringLiteral("M%1").arg(m), 1 + m % 2, true});
    for (int order = 0; order < 200; ++order) {
        for (int step = 0; step < 4; ++step) {
            jobs.append(job(QStringLiteral("%1/%2").arg(order).arg(step), QStringLiteral("WO%1").arg(order),
                            (step + 1) * 10, QStringLiteral("M%1").arg((order + step) % 5),
                            double((order * 7 + step) % 50), 0.25 + (order % 3)));
        }
    }
    const QList<ScheduledSlot> first = Scheduler::run(everyDayEightToFour(), machines, jobs, at(0, 8));
    const QList<ScheduledSlot> second = Scheduler::run(everyDayEightToFour(), machines, jobs, at(0, 8));
    QCOMPARE(first.size(), jobs.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        QCOMPARE(first[i].startMs, second[i].startMs);
        QCOMPARE(first[i].endMs, second[i].endMs);
        QVERIFY(first[i].endMs > first[i].startMs);
    }
    // No lane ever runs two jobs at once, and every step starts after the previous one ends.
    QHash<QString, QList<QPair<qint64, qint64>>> lanes;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        lanes[jobs[i].machineId + QString::number(first[i].lane)].append({first[i].startMs, first[i].endMs});
        if (i % 4 != 0)
            QVERIFY(first[i].startMs >= first[i - 1].endMs);
    }
    for (QList<QPair<qint64, qint64>> &spans : lanes) {
        std::sort(spans.begin(), spans.end());
        for (qsizetype k = 1; k < spans.size(); ++k)
            QVERIFY(spans[k].first >= spans[k - 1].second);
    }
}

void TstScheduler::emptyInputGivesEmptyPlan()
{
    QVERIFY(Scheduler::run(everyDayEightToFour(), {}, {}, at(0, 8)).isEmpty());
}

namespace {

ScheduleJob outsideJob(const char *id, const char *order, int seq, qint64 durationMs, qint64 untilMs = 0)
{
    ScheduleJob job{QString::fromUtf8(id), QString::fromUtf8(order), seq, QString(), 0, 0, false};
    job.outside = true;
    job.outsideMs = durationMs;
    job.outsideUntilMs = untilMs;
    return job;
}

constexpr qint64 HourMs = 3600 * 1000;

} // namespace

void TstScheduler::outsideStepTakesNoMachineAndDelaysTheNextStep()
{
    // WO1: turning 1 h, plating at the supplier for 2 days, then grinding 1 h on the same machine.
    // WO2's 2 h job runs on the machine while WO1 is away.
    const QList<ScheduleJob> jobs = {job("turn", "WO1", 10, "M1", 1, 1),
                                     outsideJob("plate", "WO1", 20, 48 * HourMs),
                                     job("grind", "WO1", 30, "M1", 0, 1),
                                     job("other", "WO2", 10, "M1", 2, 2)};
    const QList<ScheduledSlot> plan =
        Scheduler::run(everyDayEightToFour(), {{QStringLiteral("M1"), 1, true}}, jobs, at(0, 8));
    COMPARE_SLOT(plan[0], at(0, 8), at(0, 9));
    COMPARE_SLOT(plan[1], at(0, 9), at(2, 9)); // calendar time, nights included
    QCOMPARE(plan[1].lane, -1);
    COMPARE_SLOT(plan[3], at(0, 9), at(0, 11)); // the machine is not held while WO1 is away
    COMPARE_SLOT(plan[2], at(2, 9), at(2, 10));
}

void TstScheduler::sentBatchEndsAtItsDueMoment()
{
    // A first step already at the supplier, due back at the end of day 3; the next step runs
    // at the first working moment after it.
    const QList<ScheduleJob> jobs = {outsideJob("heat", "WO1", 10, 24 * HourMs, at(4, 0)),
                                     job("grind", "WO1", 20, "M1", 1, 1)};
    const QList<ScheduledSlot> plan =
        Scheduler::run(everyDayEightToFour(), {{QStringLiteral("M1"), 1, true}}, jobs, at(0, 8));
    COMPARE_SLOT(plan[0], at(0, 8), at(4, 0));
    COMPARE_SLOT(plan[1], at(4, 8), at(4, 9));
}

void TstScheduler::overdueBatchIsExpectedNow()
{
    const QList<ScheduleJob> jobs = {outsideJob("heat", "WO1", 10, 24 * HourMs, at(0, 0)),
                                     job("grind", "WO1", 20, "M1", 1, 1)};
    const QList<ScheduledSlot> plan =
        Scheduler::run(everyDayEightToFour(), {{QStringLiteral("M1"), 1, true}}, jobs, at(1, 10));
    COMPARE_SLOT(plan[0], at(1, 10), at(1, 10));
    COMPARE_SLOT(plan[1], at(1, 10), at(1, 11));
}

void TstScheduler::outsideStepsChainAndFollowHolds()
{
    QList<ScheduleJob> jobs = {outsideJob("plate", "WO1", 10, 24 * HourMs),
                               outsideJob("paint", "WO1", 20, 24 * HourMs),
                               job("pack", "WO1", 30, "M1", 1, 1),
                               outsideJob("heldOut", "WO2", 10, 24 * HourMs),
                               job("afterHeld", "WO2", 20, "M1", 2, 1)};
    jobs[3].held = true;
    const QList<ScheduledSlot> plan =
        Scheduler::run(everyDayEightToFour(), {{QStringLiteral("M1"), 1, true}}, jobs, at(0, 8));
    COMPARE_SLOT(plan[0], at(0, 8), at(1, 8));
    COMPARE_SLOT(plan[1], at(1, 8), at(2, 8));
    COMPARE_SLOT(plan[2], at(2, 8), at(2, 9));
    QCOMPARE(plan[3].status, ScheduleStatus::OnHold);
    QCOMPARE(plan[4].status, ScheduleStatus::WaitingForStep);
}

QTEST_GUILESS_MAIN(TstScheduler)
#include "tst_scheduler.moc"
