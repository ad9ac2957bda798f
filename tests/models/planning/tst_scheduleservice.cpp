// The plan as the planner lives with it: released orders get planned times by themselves, the
// calendar moves them, dispatching reorders and moves operations (never onto a deactivated
// machine), and a rush order (插单) shows exactly which orders it makes late before it is saved.
#include "fixturehelpers.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/dispatchservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/scheduleservice.h"
#include "services/planning/workorderservice.h"
#include "sqlinspection.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "testshop.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Taktline;

class TstScheduleService : public QObject
{
    Q_OBJECT
private slots:
    void releasedOrderIsPlannedByItself();
    void heldOrderLeavesTheQueueTimeFree();
    void calendarDayOffMovesThePlan();
    void calendarNeedsSettingsPermission();
    void calendarRoundTripInEveryZone_data();
    void calendarRoundTripInEveryZone();
    void unreadableCalendarIsReportedAndKept();
    void reorderWithinAMachine();
    void moveToAnotherMachineGuardsOtherWindows();
    void moveToDeactivatedMachineRefused();
    void startedOrderKeepsItsMachines();
    void rushPreviewListsExactlyTheOrdersMadeLate();
    void rushInsertionPutsTheOrderFirst();
    void rushRefusedForOrdersNotWaiting();
    void machineLoadAgainstCapacity();
};

namespace {

const QDate Monday = TestShop::monday();

qint64 at(int day, int hour)
{
    return TestShop::at(day, hour);
}

QString show(qint64 ms)
{
    return ms == 0 ? QStringLiteral("unplanned")
                   : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
                         .toString(QStringLiteral("ddd HH:mm"));
}

// The shop with nothing ordered yet: flanges are turned then milled, covers (CV-1 端盖) only
// milled, one minute per piece each, planned on the shop's one shift 08:00–16:00 every day with
// the clock standing at Monday 08:00; the retired drill stays retired.
struct Shop : TestShop
{
    QString cover;

    Shop()
        : TestShop(Options{.order = false})
    {
        cover = product("CV-1", "端盖", {{{}, QStringLiteral("铣削"), 60, mill}});
    }
    // A released order of PIECES pieces (minutes of work per step), due on Monday + DUE_DAY.
    QString released(const QString &productId, int pieces, int dueDay) const
    {
        return releasedOrder(productId, pieces, day(dueDay));
    }
    void apply(const QString &id, WorkOrderAction action) const
    {
        Fixture::require(
            ws->workOrders()->apply(id, action, ws->workOrders()->find(id).value().version),
            "apply");
    }
    QList<WorkOrderOperation> operations(const QString &id) const
    {
        return ws->workOrders()->operations(id).value();
    }
    MachineQueue queue(const QString &machineId) const
    {
        for (const MachineQueue &queue : ws->schedule()->machineQueues().value()) {
            if (queue.machineId == machineId)
                return queue;
        }
        return {};
    }
    QStringList queueOrder(const QString &machineId) const
    {
        QStringList numbers;
        for (const QueuedOperation &op : queue(machineId).operations)
            numbers.append(op.workOrderNumber);
        return numbers;
    }
    QString plannedSpan(const QString &orderId, int index = 0) const
    {
        const WorkOrderOperation op = operations(orderId).at(index);
        return show(op.plannedStartMs) + QStringLiteral("–") + show(op.plannedEndMs);
    }
    void settle() const { QCoreApplication::processEvents(); } // the deferred reschedule
};

} // namespace

void TstScheduleService::releasedOrderIsPlannedByItself()
{
    Shop shop;
    QSignalSpy changed(shop.ws->schedule(), &ScheduleService::scheduleChanged);
    const QString order = shop.released(shop.flange, 60, 3);
    shop.settle();
    QVERIFY(changed.count() >= 1);
    QCOMPARE(shop.plannedSpan(order, 0), QStringLiteral("Mon 08:00–Mon 09:00"));
    QCOMPARE(shop.plannedSpan(order, 1), QStringLiteral("Mon 09:00–Mon 10:00"));
}

void TstScheduleService::heldOrderLeavesTheQueueTimeFree()
{
    Shop shop;
    const QString first = shop.released(shop.cover, 120, 3);
    const QString second = shop.released(shop.cover, 60, 3);
    shop.settle();
    QCOMPARE(shop.plannedSpan(second), QStringLiteral("Mon 10:00–Mon 11:00"));
    shop.apply(first, WorkOrderAction::Start);
    shop.apply(first, WorkOrderAction::Hold);
    shop.settle();
    QCOMPARE(shop.plannedSpan(first), QStringLiteral("unplanned–unplanned"));
    QCOMPARE(shop.plannedSpan(second), QStringLiteral("Mon 08:00–Mon 09:00"));
    QCOMPARE(shop.queue(shop.mill).operations.first().status, ScheduleStatus::OnHold);
}

void TstScheduleService::calendarDayOffMovesThePlan()
{
    Shop shop;
    const QString order = shop.released(shop.flange, 60, 3);
    shop.settle();
    QVERIFY(shop.ws->schedule()->setCalendar(TestShop::calendar({Monday})).ok());
    QCOMPARE(shop.plannedSpan(order, 0), QStringLiteral("Tue 08:00–Tue 09:00"));
    // The calendar is stored for the factory: a fresh start reads it back.
    shop.ws.reopen();
    QVERIFY(shop.ws->schedule()->calendar().datesOff().contains(Monday));
}

void TstScheduleService::calendarNeedsSettingsPermission()
{
    Shop shop;
    shop.ws->access()->signIn({QStringLiteral("u"), QStringLiteral("op"), QStringLiteral("Op"), Role::Operator});
    const Outcome refused = shop.ws->schedule()->setCalendar(TestShop::calendar({Monday}));
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().isEmpty());
    QVERIFY(!shop.ws->schedule()->calendar().datesOff().contains(Monday));
}

void TstScheduleService::calendarRoundTripInEveryZone_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::newRow("Etc/UTC") << QByteArray("Etc/UTC"); // what a machine set to UTC reports
    QTest::newRow("UTC") << QByteArray("UTC");
    QTest::newRow("Asia/Shanghai") << QByteArray("Asia/Shanghai");
}

void TstScheduleService::calendarRoundTripInEveryZone()
{
    QFETCH(QByteArray, zoneId);
    Shop shop;
    QSet<QDate> holidays;
    for (int day = 1; day <= 8; ++day)
        holidays.insert(QDate(2026, 10, day));
    const WorkCalendar calendar =
        WorkCalendar::create(WorkCalendar::defaultShifts(), {Qt::Sunday}, holidays, {},
                             QTimeZone(zoneId))
            .value();
    QVERIFY(shop.ws->schedule()->setCalendar(calendar).ok());
    // The next start of the app reads the eight holidays back, in the same zone.
    shop.ws.reopen();
    QCOMPARE(shop.ws->schedule()->calendar().datesOff(), holidays);
    QCOMPARE(shop.ws->schedule()->calendar().timeZone().id(), zoneId);
    QVERIFY(shop.ws->schedule()->calendar() == calendar);
    QVERIFY(shop.ws->schedule()->storedCalendar().ok());
    // Saving what was read keeps them.
    shop.signIn(Role::Owner);
    QVERIFY(shop.ws->schedule()->setCalendar(shop.ws->schedule()->calendar()).ok());
    shop.ws.reopen();
    QCOMPARE(shop.ws->schedule()->calendar().datesOff(), holidays);
}

void TstScheduleService::unreadableCalendarIsReportedAndKept()
{
    Shop shop;
    // Saved on a computer that knows a zone this one does not, with its eight holidays.
    const QString stored =
        QStringLiteral("{\"shifts\":[[\"08:00\",\"16:00\"]],\"weeklyDaysOff\":[7],"
                       "\"datesOff\":[\"2026-10-01\",\"2026-10-02\",\"2026-10-03\","
                       "\"2026-10-04\",\"2026-10-05\",\"2026-10-06\",\"2026-10-07\","
                       "\"2026-10-08\"],\"timeZone\":\"Mars/Olympus\"}");
    Fixture::require(SettingsRepository(shop.ws->database().connection())
                .setValue(QStringLiteral("work_calendar"), stored),
            "store the calendar");
    shop.ws.reopen();
    shop.signIn(Role::Owner);
    ScheduleService *schedule = shop.ws->schedule();
    const Outcome read = schedule->storedCalendar();
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QStringLiteral("Mars/Olympus")), qPrintable(read.error()));
    // Planning goes on with the default calendar.
    QVERIFY(schedule->calendar().datesOff().isEmpty());

    // Saving what is shown would lose the holidays: refused, the stored text untouched.
    const auto storedText = [&] {
        return SqlInspection::inspect<QString>(shop.ws.path(), [](const QSqlDatabase &db) {
            return SqlInspection::value(
                db, QStringLiteral("SELECT value FROM settings WHERE key = 'work_calendar'"));
        });
    };
    const Outcome refused = schedule->setCalendar(schedule->calendar());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("not changed")), qPrintable(refused.error()));
    QCOMPARE(storedText(), stored);

    // Replacing it on purpose works and keeps the old text in the audit log.
    QVERIFY(schedule->setCalendar(TestShop::calendar({Monday}),
                                  ScheduleService::Unreadable::Replace)
                .ok());
    QVERIFY(schedule->storedCalendar().ok());
    QVERIFY(schedule->calendar().datesOff().contains(Monday));
    const QString audited =
        SqlInspection::inspect<QString>(shop.ws.path(), [](const QSqlDatabase &db) {
            return SqlInspection::value(db, QStringLiteral("SELECT detail FROM audit_log WHERE "
                                                           "entity_id = 'work_calendar' AND "
                                                           "action = 'replace'"));
        });
    QCOMPARE(audited, stored);
}

void TstScheduleService::reorderWithinAMachine()
{
    Shop shop;
    const QString a = shop.released(shop.cover, 60, 3);
    const QString b = shop.released(shop.cover, 60, 3);
    const QString c = shop.released(shop.cover, 60, 3);
    shop.settle();
    QCOMPARE(shop.queueOrder(shop.mill), (QStringList{shop.number(a), shop.number(b), shop.number(c)}));
    const QString cOp = shop.operations(c).first().id;
    QVERIFY(shop.ws->dispatch()->moveOperation(cOp, shop.mill, 0).ok());
    QCOMPARE(shop.queueOrder(shop.mill), (QStringList{shop.number(c), shop.number(a), shop.number(b)}));
    QCOMPARE(shop.plannedSpan(c), QStringLiteral("Mon 08:00–Mon 09:00"));
    QVERIFY(shop.ws->dispatch()->moveOperation(cOp, shop.mill, 1).ok()); // between a and b
    QCOMPARE(shop.queueOrder(shop.mill), (QStringList{shop.number(a), shop.number(c), shop.number(b)}));
    QVERIFY(shop.ws->dispatch()->moveOperation(cOp, shop.mill, 99).ok()); // past the end: last
    QCOMPARE(shop.queueOrder(shop.mill), (QStringList{shop.number(a), shop.number(b), shop.number(c)}));
    // Many moves into the same gap still keep a clean order (ranks get renumbered).
    const QString aOp = shop.operations(a).first().id;
    for (int i = 0; i < 80; ++i)
        QVERIFY(shop.ws->dispatch()->moveOperation(i % 2 ? aOp : cOp, shop.mill, 1).ok());
    QCOMPARE(shop.queue(shop.mill).operations.size(), 3);
}

void TstScheduleService::moveToAnotherMachineGuardsOtherWindows()
{
    Shop shop;
    const QString order = shop.released(shop.cover, 60, 3);
    const WorkOrder before = shop.ws->workOrders()->find(order).value();
    const QString op = shop.operations(order).first().id;
    QVERIFY(shop.ws->dispatch()->moveOperation(op, shop.lathe, 0).ok());
    QCOMPARE(shop.operations(order).first().machineId, shop.lathe);
    QCOMPARE(shop.queueOrder(shop.lathe), QStringList{shop.number(order)});
    QVERIFY(shop.queueOrder(shop.mill).isEmpty());
    // A window still holding the old operations cannot overwrite the move.
    QList<WorkOrderOperation> stale = shop.operations(order);
    stale.first().machineId = shop.mill;
    const Outcome refused = shop.ws->workOrders()->setOperations(order, stale, before.version);
    QVERIFY(!refused.ok());
    QCOMPARE(shop.operations(order).first().machineId, shop.lathe);
}

void TstScheduleService::moveToDeactivatedMachineRefused()
{
    Shop shop;
    const QString order = shop.released(shop.cover, 60, 3);
    const QString op = shop.operations(order).first().id;
    const Outcome refused = shop.ws->dispatch()->moveOperation(op, shop.retired, 0);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("OLD-1")) &&
                 refused.error().contains(QStringLiteral("deactivated")),
             qPrintable(refused.error()));
    QCOMPARE(shop.operations(order).first().machineId, shop.mill);
    // A machine retired while work waits on it: the plan says why instead of placing it.
    QVERIFY(shop.ws->masterData()->setActive(MasterDataKind::Machine, shop.mill, false).ok());
    shop.settle();
    const MachineQueue queue = shop.queue(shop.mill);
    QVERIFY(!queue.active);
    QCOMPARE(queue.operations.first().status, ScheduleStatus::MachineInactive);
    QCOMPARE(shop.plannedSpan(order), QStringLiteral("unplanned–unplanned"));
}

void TstScheduleService::startedOrderKeepsItsMachines()
{
    Shop shop;
    const QString first = shop.released(shop.cover, 60, 3);
    const QString running = shop.released(shop.cover, 60, 3);
    shop.apply(running, WorkOrderAction::Start);
    const QString op = shop.operations(running).first().id;
    const Outcome refused = shop.ws->dispatch()->moveOperation(op, shop.lathe, 0);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(shop.number(running)), qPrintable(refused.error()));
    QVERIFY(shop.ws->dispatch()->moveOperation(op, shop.mill, 0).ok()); // reordering is fine
    QCOMPARE(shop.queueOrder(shop.mill), (QStringList{shop.number(running), shop.number(first)}));
}

void TstScheduleService::rushPreviewListsExactlyTheOrdersMadeLate()
{
    // On the mill: A 4 h due Monday, B 3 h due Monday, C 1 h due Tuesday, D 1 h due last
    // Sunday (already late), then the rush order R 2 h.
    Shop shop;
    const QString a = shop.released(shop.cover, 240, 0);
    const QString b = shop.released(shop.cover, 180, 0);
    const QString c = shop.released(shop.cover, 60, 1);
    const QString d = shop.released(shop.cover, 60, -1);
    const QString r = shop.released(shop.cover, 120, 0);
    shop.settle();
    const QStringList queueBefore = shop.queueOrder(shop.mill);

    const Result<RushPreview> preview = shop.ws->dispatch()->previewRush(r);
    QVERIFY2(preview.ok(), qPrintable(preview.error()));
    QCOMPARE(preview.value().number, shop.number(r));
    QCOMPARE(show(preview.value().plannedEndBeforeMs), QStringLiteral("Tue 11:00"));
    QCOMPARE(show(preview.value().plannedEndAfterMs), QStringLiteral("Mon 10:00"));
    // B slips from Monday 15:00 to Tuesday 09:00: nine hours past its due date. A and C stay
    // on time, so they are not listed.
    QCOMPARE(preview.value().newlyLate.size(), 1);
    const WorkOrderDelay late = preview.value().newlyLate.first();
    QCOMPARE(late.number, shop.number(b));
    QCOMPARE(show(late.plannedEndBeforeMs), QStringLiteral("Mon 15:00"));
    QCOMPARE(show(late.plannedEndAfterMs), QStringLiteral("Tue 09:00"));
    QCOMPARE(late.lateByMs, qint64(9) * 3600 * 1000);
    // D was late already and gets two hours later.
    QCOMPARE(preview.value().furtherDelayed.size(), 1);
    QCOMPARE(preview.value().furtherDelayed.first().number, shop.number(d));
    QCOMPARE(preview.value().furtherDelayed.first().lateByMs, qint64(35) * 3600 * 1000);
    // A preview saves nothing.
    QCOMPARE(shop.queueOrder(shop.mill), queueBefore);
    Q_UNUSED(a)
    Q_UNUSED(c)
}

void TstScheduleService::rushInsertionPutsTheOrderFirst()
{
    Shop shop;
    const QString a = shop.released(shop.flange, 60, 3);
    const QString b = shop.released(shop.flange, 60, 3);
    const QString r = shop.released(shop.flange, 30, 3);
    shop.settle();
    QVERIFY(shop.ws->dispatch()->insertRush(r).ok());
    for (const QString &machine : {shop.lathe, shop.mill})
        QCOMPARE(shop.queueOrder(machine), (QStringList{shop.number(r), shop.number(a), shop.number(b)}));
    QCOMPARE(shop.plannedSpan(r, 0), QStringLiteral("Mon 08:00–Mon 08:30"));
    QCOMPARE(shop.plannedSpan(r, 1), QStringLiteral("Mon 08:30–Mon 09:00"));
    QCOMPARE(shop.plannedSpan(a, 0), QStringLiteral("Mon 08:30–Mon 09:30"));
}

void TstScheduleService::rushRefusedForOrdersNotWaiting()
{
    Shop shop;
    WorkOrder draft;
    draft.productId = shop.cover;
    draft.quantity = 10;
    draft.dueDate = Monday.addDays(2);
    const QString draftId = shop.ws->workOrders()->create(draft).value();
    const QString held = shop.released(shop.cover, 10, 2);
    shop.apply(held, WorkOrderAction::Start);
    shop.apply(held, WorkOrderAction::Hold);
    const QString cancelled = shop.released(shop.cover, 10, 2);
    shop.apply(cancelled, WorkOrderAction::Cancel);
    for (const auto &[id, word] : {std::pair{draftId, QStringLiteral("draft")},
                                   {held, QStringLiteral("on hold")}, {cancelled, QStringLiteral("no longer")}}) {
        const Result<RushPreview> preview = shop.ws->dispatch()->previewRush(id);
        QVERIFY(!preview.ok());
        QVERIFY2(preview.error().contains(word) && preview.error().contains(shop.number(id)),
                 qPrintable(preview.error()));
        QVERIFY(!shop.ws->dispatch()->insertRush(id).ok());
    }
}

void TstScheduleService::machineLoadAgainstCapacity()
{
    Shop shop;
    shop.released(shop.flange, 600, 9); // 10 h on the lathe, then 10 h on the mill
    shop.settle();
    const Result<QList<MachineLoad>> loads = shop.ws->schedule()->machineLoads(at(0, 0), at(7, 0));
    QVERIFY2(loads.ok(), qPrintable(loads.error()));
    QHash<QString, MachineLoad> byMachine;
    for (const MachineLoad &load : loads.value())
        byMachine.insert(load.machineId, load);
    QVERIFY(!byMachine.contains(shop.retired)); // retired and empty
    QCOMPARE(byMachine.value(shop.lathe).queueLength, 1);
    QCOMPARE(byMachine.value(shop.lathe).loadHours, 10.0);
    QCOMPARE(byMachine.value(shop.mill).loadHours, 10.0);
    QCOMPARE(byMachine.value(shop.lathe).capacityHours, 7 * 8.0);
    QVERIFY(byMachine.value(shop.lathe).currentLabel.contains(QStringLiteral("车削")));
}

QTEST_GUILESS_MAIN(TstScheduleService)
#include "tst_scheduleservice.moc"
