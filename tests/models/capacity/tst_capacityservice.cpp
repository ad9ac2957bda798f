// Capacity analysis against loads computed by hand: a calendar with a lunch break (08:00–12:00,
// 13:00–17:30), Sundays off and a holiday on Wednesday; a grinder running two operations at once;
// an order turned over three working days. Then the what-if: planned in memory, nothing written,
// the utilisation and the late orders as computed by hand; accepting saves the calendar.
#include "domain/planning/capacityload.h"
#include "services/access/accesscontrol.h"
#include "services/capacity/capacityanalyser.h"
#include "services/capacity/capacityservice.h"
#include "services/planning/scheduleservice.h"
#include "storage/database.h"
#include "capacityshop.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Taktline;

namespace {

constexpr double H = 3600; // seconds in an hour

const CapacityRow &rowOf(const QList<CapacityRow> &rows, const QString &key)
{
    for (const CapacityRow &row : rows) {
        if (row.key == key)
            return row;
    }
    qFatal("no row %s", qPrintable(key));
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

} // namespace

class TstCapacityService : public QObject
{
    Q_OBJECT
private slots:
    void machineLoadsAreTheHandComputedOnes();
    void linesAndWorkshopsSumTheirMachines();
    void weeksSumTheirDays();
    void theBottleneckIsTheBusiestMachine();
    void whatIfOvertimeWritesNothingAndLowersTheLoad();
    void whatIfWorkingSundaysAddsTheirCapacity();
    void whatIfPlansLikeTheScheduleService();
    void whatIfThatDoesNotFitIsRefused();
    void acceptSavesTheCalendarForTheOwnerOnly();
};

void TstCapacityService::machineLoadsAreTheHandComputedOnes()
{
    CapacityShop f;
    const CapacityAnalysis a = f.analyse();
    QCOMPARE(a.first, TestShop::day(0));
    QCOMPARE(a.last, TestShop::day(27)); // four weeks from today
    QCOMPARE(a.buckets.size(), 28);
    // Active machines only: the retired drill has no row.
    QCOMPARE(a.rows.size(), 4);

    // The lathe: flanges 08:00–09:40 (1 h 40), then pins 09:40–12:00 and 13:00–17:30 on Monday
    // (6 h 50), all of Tuesday (8 h 30), nothing on the Wednesday holiday, 08:00–11:00 Thursday.
    const CapacityRow &lathe = rowOf(a.rows, f.shop.lathe);
    QVERIFY(near(lathe.loadSeconds.at(0), 8.5 * H));
    QVERIFY(near(lathe.loadSeconds.at(1), 8.5 * H));
    QVERIFY(near(lathe.loadSeconds.at(2), 0));
    QVERIFY(near(lathe.loadSeconds.at(3), 3 * H));
    QVERIFY(near(lathe.totalLoad(), 20 * H));
    // Capacity: 8 h 30 a working day, none on the holiday or a Sunday; 23 working days.
    QVERIFY(near(lathe.capacitySeconds.at(0), 8.5 * H));
    QVERIFY(near(lathe.capacitySeconds.at(2), 0));
    QVERIFY(near(lathe.capacitySeconds.at(6), 0));
    QVERIFY(near(lathe.totalCapacity(), 23 * 8.5 * H));
    QVERIFY(near(*lathe.utilisation(), 20 / 195.5));
    QVERIFY(!lathe.utilisationAt(2)); // a day off: nothing to divide by
    QCOMPARE(capacityBand(lathe.utilisationAt(0)), CapacityBand::Full);
    QCOMPARE(capacityBand(lathe.utilisationAt(3)), CapacityBand::Low);
    QCOMPARE(lathe.overloadedDays, (QList<QDate>{TestShop::day(0), TestShop::day(1)}));

    // The mill: the flanges 09:40–11:20.
    QVERIFY(near(rowOf(a.rows, f.shop.mill).totalLoad(), 100 * 60));
    // The grinder runs both shaft orders at once: 2 × 8 h 30 on Monday, 2 × 1 h 30 on Tuesday,
    // against twice the calendar.
    const CapacityRow &grinder = rowOf(a.rows, f.grinder);
    QVERIFY(near(grinder.loadSeconds.at(0), 17 * H));
    QVERIFY(near(grinder.loadSeconds.at(1), 3 * H));
    QVERIFY(near(grinder.capacitySeconds.at(0), 17 * H));
    QVERIFY(near(grinder.totalCapacity(), 2 * 195.5 * H));
    QCOMPARE(grinder.overloadedDays, QList<QDate>{TestShop::day(0)});
    QVERIFY(near(rowOf(a.rows, f.shop.assembly).totalLoad(), 0));
    // The pins end on Thursday, after their Tuesday due date.
    QCOMPARE(a.lateOrderIds, QStringList{f.pinOrder});
}

void TstCapacityService::linesAndWorkshopsSumTheirMachines()
{
    CapacityShop f;
    const CapacityAnalysis byLine = f.analyse(CapacityGrouping::Line);
    QCOMPARE(byLine.rows.size(), 3); // 一车间 without a line, 一车间 L2, 装配车间 without a line
    const CapacityRow &noLine = rowOf(byLine.rows, QStringLiteral("一车间\n"));
    QCOMPARE(noLine.machines, 2);
    QVERIFY(near(noLine.loadSeconds.at(0), (8.5 + 100.0 / 60) * H));
    QVERIFY(near(noLine.totalLoad(), (20 + 100.0 / 60) * H));
    QVERIFY(near(noLine.totalCapacity(), 2 * 195.5 * H));
    const CapacityRow &l2 = rowOf(byLine.rows, QStringLiteral("一车间\nL2"));
    QCOMPARE(l2.label, QStringLiteral("L2"));
    QVERIFY(near(l2.totalLoad(), 20 * H));

    const CapacityAnalysis byWorkshop = f.analyse(CapacityGrouping::Workshop);
    QCOMPARE(byWorkshop.rows.size(), 2);
    const CapacityRow &first = rowOf(byWorkshop.rows, QStringLiteral("一车间"));
    QCOMPARE(first.machines, 3);
    QVERIFY(near(first.loadSeconds.at(0), (8.5 + 100.0 / 60 + 17) * H));
    QVERIFY(near(first.capacitySeconds.at(0), 4 * 8.5 * H)); // lathe, mill, grinder × 2
    QVERIFY(near(first.totalLoad(), (40 + 100.0 / 60) * H));
    QVERIFY(near(rowOf(byWorkshop.rows, QStringLiteral("装配车间")).totalCapacity(), 195.5 * H));
}

void TstCapacityService::weeksSumTheirDays()
{
    CapacityShop f;
    const CapacityAnalysis a = f.analyse(CapacityGrouping::Machine, CapacityBucketing::Week);
    QCOMPARE(a.buckets.size(), 4); // today is a Monday: four whole weeks
    QCOMPARE(a.buckets.at(1).first, TestShop::day(7));
    QCOMPARE(a.buckets.at(1).last, TestShop::day(13));
    const CapacityRow &lathe = rowOf(a.rows, f.shop.lathe);
    QVERIFY(near(lathe.loadSeconds.at(0), 20 * H));
    QVERIFY(near(lathe.capacitySeconds.at(0), 5 * 8.5 * H)); // Mon, Tue, Thu, Fri, Sat
    QVERIFY(near(lathe.capacitySeconds.at(1), 6 * 8.5 * H));
    QVERIFY(near(*lathe.utilisationAt(0), 20 / 42.5));
}

void TstCapacityService::theBottleneckIsTheBusiestMachine()
{
    CapacityShop f;
    const CapacityAnalysis a = f.analyse(CapacityGrouping::Workshop);
    // Named among the machines whatever the grouping: the lathe at 20 / 195.5 h beats the
    // grinder's 20 / 391 h.
    QVERIFY(a.bottleneck);
    const CapacityRow &bottleneck = a.machineDays.at(*a.bottleneck);
    QCOMPARE(bottleneck.key, f.shop.lathe);
    QCOMPARE(bottleneck.label, QStringLiteral("LATHE-1 数控车床"));
    QCOMPARE(bottleneck.overloadedDays, (QList<QDate>{TestShop::day(0), TestShop::day(1)}));
}

void TstCapacityService::whatIfOvertimeWritesNothingAndLowersTheLoad()
{
    CapacityShop f;
    const QString before = f.fingerprint();
    const int outbox = f.shop.rows("sync_outbox");
    CapacityWhatIf overtime;
    overtime.overtimeHours = 2;
    const Result<CapacityComparison> compared = f.shop.ws->capacity()->compare({}, overtime);
    QVERIFY2(compared.ok(), qPrintable(compared.error()));
    QCOMPARE(f.fingerprint(), before);
    QCOMPARE(f.shop.rows("sync_outbox"), outbox);
    QCOMPARE(f.shop.ws->schedule()->calendar(), CapacityShop::calendar());

    const CapacityComparison &c = compared.value();
    QCOMPARE(c.calendar.shifts().constLast(), (Shift{QTime(17, 30), QTime(19, 30)}));
    // With 10 h 30 a day the pins take Monday to 19:30 and Tuesday to 18:30: on time.
    const CapacityRow &lathe = rowOf(c.after.rows, f.shop.lathe);
    QVERIFY(near(lathe.loadSeconds.at(0), 10.5 * H));
    QVERIFY(near(lathe.loadSeconds.at(1), 9.5 * H));
    QVERIFY(near(lathe.loadSeconds.at(3), 0));
    QVERIFY(near(lathe.totalCapacity(), 23 * 10.5 * H));
    QVERIFY(near(*lathe.utilisation(), 20 / 241.5));
    QVERIFY(*lathe.utilisation() < *rowOf(c.before.rows, f.shop.lathe).utilisation());
    QCOMPARE(c.before.lateOrderIds, QStringList{f.pinOrder});
    QVERIFY(c.after.lateOrderIds.isEmpty());
    QCOMPARE(c.becomeOnTime, 1);
    // The stored plan still ends the pins on Thursday at 11:00.
    QCOMPARE(f.plannedEnd(f.pinOrder), TestShop::at(3, 11));
}

void TstCapacityService::whatIfWorkingSundaysAddsTheirCapacity()
{
    CapacityShop f;
    const QString before = f.fingerprint();
    CapacityWhatIf sundays;
    sundays.workedDaysOff = {Qt::Sunday};
    const Result<CapacityComparison> compared = f.shop.ws->capacity()->compare({}, sundays);
    QVERIFY2(compared.ok(), qPrintable(compared.error()));
    QCOMPARE(f.fingerprint(), before);
    // The four Sundays of the horizon work; the holiday stays off; nothing else changes.
    QCOMPARE(compared.value().calendar.extraWorkingDates(),
             (QSet<QDate>{TestShop::day(6), TestShop::day(13), TestShop::day(20), TestShop::day(27)}));
    QCOMPARE(compared.value().calendar.shifts(), WorkCalendar::defaultShifts());
    const CapacityRow &lathe = rowOf(compared.value().after.rows, f.shop.lathe);
    QVERIFY(near(lathe.capacitySeconds.at(6), 8.5 * H));
    QVERIFY(near(lathe.capacitySeconds.at(2), 0));
    QVERIFY(near(*lathe.utilisation(), 20 / (27 * 8.5)));
    QCOMPARE(compared.value().becomeOnTime, 0); // the pins are done before Sunday anyway
}

void TstCapacityService::whatIfPlansLikeTheScheduleService()
{
    // The what-if builds the Scheduler's input itself; on the stored calendar it must give the
    // schedule's own plan, or its loads would differ for another reason than the what-if.
    CapacityShop f;
    // With a step plated outside (外协) between turning and milling: no machine, lead days.
    const QString plater = f.shop.create(MasterDataKind::Supplier,
                                         {{"code", "S01"}, {"name", "镀锌厂"}, {"lead_days", "2"}});
    RoutingOperation plating{{}, QStringLiteral("镀锌"), 60, {}};
    plating.outsourced = true;
    plating.supplierId = plater;
    const QString bolt = f.shop.product("BT-1", "螺栓",
                                       {{{}, QStringLiteral("车削"), 30, f.shop.lathe}, plating,
                                        {{}, QStringLiteral("铣削"), 30, f.shop.mill}});
    f.shop.releasedOrder(bolt, 50, TestShop::day(4));
    Fixture::require(f.shop.ws->schedule()->reschedule(), "plan");
    const Result<ScheduleService::Snapshot> snapshot = f.shop.ws->schedule()->load();
    QVERIFY(snapshot.ok());
    const QList<ScheduledSlot> own = f.shop.ws->schedule()->plan(snapshot.value());
    const QList<ScheduledSlot> again =
        CapacityAnalyser::planOn(f.shop.ws->schedule()->calendar(), snapshot.value());
    QCOMPARE(again.size(), own.size());
    QVERIFY(std::any_of(snapshot.value().rows.cbegin(), snapshot.value().rows.cend(),
                        [](const QueueRow &row) { return row.outsourced; }));
    for (qsizetype i = 0; i < own.size(); ++i) {
        QCOMPARE(again.at(i).startMs, own.at(i).startMs);
        QCOMPARE(again.at(i).endMs, own.at(i).endMs);
        QCOMPARE(again.at(i).status, own.at(i).status);
    }
}

void TstCapacityService::whatIfThatDoesNotFitIsRefused()
{
    CapacityShop f;
    const QString before = f.fingerprint();
    CapacityService *capacity = f.shop.ws->capacity();
    CapacityWhatIf none;
    QCOMPARE(capacity->compare({}, none).error(),
             CapacityAnalyser::tr("Choose overtime or a day off to work first."));
    CapacityWhatIf tooMuch;
    tooMuch.overtimeHours = 9;
    QVERIFY(capacity->compare({}, tooMuch).error().contains(QStringLiteral("8")));
    CapacityWhatIf saturday;
    saturday.workedDaysOff = {Qt::Saturday};
    QVERIFY(!capacity->compare({}, saturday).ok());
    CapacityQuery tooLong;
    tooLong.weeks = 27;
    QVERIFY(!capacity->analyse(tooLong).ok());
    QVERIFY(!capacity->accept({}, tooMuch).ok());
    QCOMPARE(f.fingerprint(), before);
}

void TstCapacityService::acceptSavesTheCalendarForTheOwnerOnly()
{
    CapacityShop f;
    CapacityWhatIf overtime;
    overtime.overtimeHours = 2;
    const QString before = f.fingerprint();
    f.shop.signIn(Role::Supervisor);
    QVERIFY(f.shop.ws->capacity()->analyse({}).ok()); // a supervisor may look …
    const Outcome refused = f.shop.ws->capacity()->accept({}, overtime);
    QVERIFY(!refused.ok()); // … but not change the calendar
    QCOMPARE(refused.error(), f.shop.ws->access()->require(Permission::EditSettings).error());
    QCOMPARE(f.fingerprint(), before);

    f.shop.signIn(Role::Owner);
    const Outcome accepted = f.shop.ws->capacity()->accept({}, overtime);
    QVERIFY2(accepted.ok(), qPrintable(accepted.error()));
    QCOMPARE(f.shop.ws->schedule()->calendar().shifts().size(), 3);
    QVERIFY(f.shop.ws->schedule()->storedCalendar().ok());
    f.shop.ws.reopen(); // read back from the file
    f.shop.signIn(Role::Owner);
    const WorkCalendar stored = f.shop.ws->schedule()->calendar();
    QCOMPARE(stored.shifts().constLast(), (Shift{QTime(17, 30), QTime(19, 30)}));
    QCOMPARE(stored.weeklyDaysOff(), QList<Qt::DayOfWeek>{Qt::Sunday});
    // The plan was stored on it: the pins end on Tuesday at 18:30.
    QCOMPARE(f.plannedEnd(f.pinOrder), TestShop::at(1, 18, 30));
    QVERIFY(f.shop.ws->capacity()->analyse({}).value().lateOrderIds.isEmpty());
}

QTEST_GUILESS_MAIN(TstCapacityService)
#include "tst_capacityservice.moc"
