// The Machines page follows the shop floor by itself: a machine reported down shows its reason
// on its own card, and a production report moves the job's progress bar, with no refresh button
// — the services' change signals do it, coalesced into one reload. An order on hold is never a
// card's planned job: the card says what the dispatch board says.
#include "domain/planning/workorderstatemachine.h"
#include "machines/machinecard.h"
#include "machines/machinespage.h"
#include "machines/statuspill.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/scheduleservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/machinestatusservice.h"
#include "services/station/reportingservice.h"
#include "testshop.h"

#include <QDateTime>
#include <QProgressBar>
#include <QTest>

using namespace Taktline;

class TstMachinesUi : public QObject
{
    Q_OBJECT
private slots:
    void downStatusShowsOnTheRightCardWithItsReason();
    void reportMovesTheProgressWithoutARefresh();
    void cardsFitThreeAcrossATablet();
    void heldOrderIsNotShownAsThePlannedJob();
};

void TstMachinesUi::downStatusShowsOnTheRightCardWithItsReason()
{
    TestShop f;
    MachinesPage page(f.ws.get());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    MachineCard *lathe = page.card(f.lathe);
    MachineCard *mill = page.card(f.mill);
    QVERIFY(lathe && mill);
    QCOMPARE(lathe->statusPill()->status(), MachineStatus::Idle);

    f.setNow(TestShop::at(0, 9, 30));
    QVERIFY(f.ws->machineStatus()->setStatus(f.lathe, MachineStatus::Down, f.breakdown).ok());
    QTRY_COMPARE(lathe->statusPill()->status(), MachineStatus::Down);
    QVERIFY2(lathe->statusPill()->text().contains(QStringLiteral("设备故障")),
             qPrintable(lathe->statusPill()->text()));
    QVERIFY2(lathe->text().contains(QStringLiteral("since 09:30")), qPrintable(lathe->text()));
    QCOMPARE(page.card(f.lathe), lathe); // updated in place, not rebuilt
    QCOMPARE(mill->statusPill()->status(), MachineStatus::Idle);
    QVERIFY(!mill->text().contains(QStringLiteral("设备故障")));

    f.setNow(TestShop::at(0, 9, 50));
    QVERIFY(f.ws->machineStatus()->setStatus(f.lathe, MachineStatus::Running).ok());
    QTRY_COMPARE(lathe->statusPill()->status(), MachineStatus::Running);
    QVERIFY(!lathe->statusPill()->text().contains(QStringLiteral("设备故障")));
    QVERIFY2(lathe->text().contains(QStringLiteral("Down today: 20 min")),
             qPrintable(lathe->text()));
}

void TstMachinesUi::reportMovesTheProgressWithoutARefresh()
{
    TestShop f;
    MachinesPage page(f.ws.get());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    MachineCard *lathe = page.card(f.lathe);
    QVERIFY(lathe);
    QCOMPARE(lathe->progressBar()->value(), 0);

    f.setNow(TestShop::at(0, 9, 40));
    QVERIFY(f.ws->reporting()->report(f.request(0, 30)).ok()); // on the lathe
    // The reload waits for the burst of signals to end, then happens once.
    QCOMPARE(lathe->progressBar()->value(), 0);
    QTRY_COMPARE(lathe->progressBar()->value(), lathe->progressBar()->maximum() * 3 / 10);
    QVERIFY2(lathe->text().contains(QStringLiteral("Good 30 of 100")), qPrintable(lathe->text()));
    QVERIFY2(lathe->text().contains(QStringLiteral("Output today: 30")), qPrintable(lathe->text()));
    QCOMPARE(page.card(f.mill)->progressBar()->value(), 0);
}

void TstMachinesUi::cardsFitThreeAcrossATablet()
{
    TestShop f;
    const QString line = f.create(MasterDataKind::Machine, {{"code", "ASSY-LINE-A"},
                                                            {"name", "Gear pump assembly line"},
                                                            {"workshop", "一车间"},
                                                            {"capacity", "4"}});
    f.setNow(TestShop::at(0, 9, 30));
    QVERIFY(f.ws->machineStatus()->setStatus(f.lathe, MachineStatus::Down, f.breakdown).ok());
    QVERIFY(f.ws->machineStatus()->setStatus(line, MachineStatus::Maintenance).ok());
    MachinesPage page(f.ws.get());
    page.resize(1280 - 96, 800); // a 1280×800 tablet less the navigation rail
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.cards().size(),
                 4); // the shop's lathe, mill and assembly station, and the line
    QCOMPARE(page.card(f.lathe)->y(), page.card(line)->y()); // three side by side
    QVERIFY(page.card(line)->text().contains(QStringLiteral("Runs 4 at once")));
    const int third = (page.width() - 32) / 3;
    for (MachineCard *card : page.cards()) {
        QVERIFY2(card->width() <= third, qPrintable(QString::number(card->width())));
        QVERIFY2(card->mapTo(&page, QPoint(card->width(), 0)).x() <= page.width(),
                 "no card is cut off at the right");
    }
}

void TstMachinesUi::heldOrderIsNotShownAsThePlannedJob()
{
    TestShop f;
    const QString second = f.releasedOrder(f.flange, 50);
    f.setNow(TestShop::at(0, 9));
    f.report(f.request(0, 10)); // the shop's order starts
    MachinesPage page(f.ws.get());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    MachineCard *mill = page.card(f.mill);
    QVERIFY(mill);
    const QString held = f.number();
    QTRY_VERIFY2(mill->text().contains(QStringLiteral("Planned: ") + held),
                 qPrintable(mill->text()));

    const WorkOrder started = f.ws->workOrders()->find(f.order).value();
    QVERIFY(f.ws->workOrders()->apply(f.order, WorkOrderAction::Hold, started.version).ok());
    QTRY_VERIFY2(mill->text().contains(QStringLiteral("Planned: ") + f.number(second)),
                 qPrintable(mill->text()));
    QVERIFY2(!mill->text().contains(held), qPrintable(mill->text()));
    QVERIFY2(page.card(f.lathe)->text().contains(QStringLiteral("Planned: ") + f.number(second)),
             qPrintable(page.card(f.lathe)->text()));

    // Still reported running the held order's step, the lathe says why it is not planned.
    f.setNow(TestShop::at(0, 9, 30));
    QVERIFY(f.ws->machineStatus()
                ->setStatus(f.lathe, MachineStatus::Running, {}, f.wang, f.step(0))
                .ok());
    QTRY_VERIFY2(page.card(f.lathe)->text().contains(QStringLiteral("Job: ") + held),
                 qPrintable(page.card(f.lathe)->text()));
    QVERIFY2(page.card(f.lathe)->text().contains(QStringLiteral("Not planned: work order on hold")),
             qPrintable(page.card(f.lathe)->text()));
}

QTEST_MAIN(TstMachinesUi)
#include "tst_machinesui.moc"
