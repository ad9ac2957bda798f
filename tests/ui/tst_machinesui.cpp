// The Machines page follows the shop floor by itself: a machine reported down shows its reason
// on its own card, and a production report moves the job's progress bar, with no refresh button
// — the services' change signals do it, coalesced into one reload.
#include "fixturehelpers.h"
#include "machines/machinecard.h"
#include "machines/machinespage.h"
#include "machines/statuspill.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/scheduleservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/machinestatusservice.h"
#include "services/station/reportingservice.h"
#include "testworkspace.h"

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
};

namespace {

const QTimeZone Utc = QTimeZone::utc();
qint64 monday(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 23), QTime(hour, minute), Utc).toMSecsSinceEpoch();
}

// A lathe and a mill in one workshop, a downtime reason, and 100 flanges released: turned on
// the lathe, then milled.
struct Floor
{
    TestWorkspace ws;
    QString lathe, mill, worker, breakdown, order;

    Floor()
    {
        ws->setClock(Clock::fixedAt(monday(9)));
        require(ws->schedule()->setCalendar(
                    WorkCalendar::create({{QTime(8, 0), QTime(16, 0)}}, {}, {}, {}, Utc).value()),
                "calendar");
        lathe = create(MasterDataKind::Machine,
                       {{"code", "LATHE-1"}, {"name", "数控车床"}, {"workshop", "一车间"}});
        mill = create(MasterDataKind::Machine,
                      {{"code", "MILL-1"}, {"name", "加工中心"}, {"workshop", "一车间"}});
        worker = create(MasterDataKind::Employee, {{"badge", "E001"}, {"name", "王建国"}});
        breakdown = create(MasterDataKind::DowntimeReason, {{"code", "T01"}, {"name", "设备故障"}});
        const QString flange =
            create(MasterDataKind::Product, {{"part_no", "FL-1"}, {"name", "法兰"}});
        require(ws->routing()->setOperations(flange, {{{}, QStringLiteral("车削"), 60, lathe},
                                                      {{}, QStringLiteral("铣削"), 60, mill}}),
                "routing");
        WorkOrder wo;
        wo.productId = flange;
        wo.quantity = 100;
        wo.dueDate = QDate(2026, 11, 30);
        const Result<QString> id = ws->workOrders()->create(wo);
        require(id.outcome(), "order");
        require(ws->workOrders()->apply(id.value(), WorkOrderAction::Release, 1), "release");
        order = id.value();
    }
    static void require(const Outcome &outcome, const char *what) { Fixture::require(outcome, what); }
    QString create(MasterDataKind kind, std::initializer_list<std::pair<const char *, const char *>> values) const
    {
        return Fixture::createRecord(*ws, kind, values);
    }
};

} // namespace

void TstMachinesUi::downStatusShowsOnTheRightCardWithItsReason()
{
    Floor f;
    MachinesPage page(f.ws.get());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    MachineCard *lathe = page.card(f.lathe);
    MachineCard *mill = page.card(f.mill);
    QVERIFY(lathe && mill);
    QCOMPARE(lathe->statusPill()->status(), MachineStatus::Idle);

    f.ws->setClock(Clock::fixedAt(monday(9, 30)));
    QVERIFY(f.ws->machineStatus()->setStatus(f.lathe, MachineStatus::Down, f.breakdown).ok());
    QTRY_COMPARE(lathe->statusPill()->status(), MachineStatus::Down);
    QVERIFY2(lathe->statusPill()->text().contains(QStringLiteral("设备故障")),
             qPrintable(lathe->statusPill()->text()));
    QVERIFY2(lathe->text().contains(QStringLiteral("since 09:30")), qPrintable(lathe->text()));
    QCOMPARE(page.card(f.lathe), lathe); // updated in place, not rebuilt
    QCOMPARE(mill->statusPill()->status(), MachineStatus::Idle);
    QVERIFY(!mill->text().contains(QStringLiteral("设备故障")));

    f.ws->setClock(Clock::fixedAt(monday(9, 50)));
    QVERIFY(f.ws->machineStatus()->setStatus(f.lathe, MachineStatus::Running).ok());
    QTRY_COMPARE(lathe->statusPill()->status(), MachineStatus::Running);
    QVERIFY(!lathe->statusPill()->text().contains(QStringLiteral("设备故障")));
    QVERIFY2(lathe->text().contains(QStringLiteral("Down today: 20 min")),
             qPrintable(lathe->text()));
}

void TstMachinesUi::reportMovesTheProgressWithoutARefresh()
{
    Floor f;
    MachinesPage page(f.ws.get());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    MachineCard *lathe = page.card(f.lathe);
    QVERIFY(lathe);
    QCOMPARE(lathe->progressBar()->value(), 0);

    ReportRequest report;
    report.operationId = f.ws->workOrders()->operations(f.order).value().at(0).id;
    report.employeeId = f.worker;
    report.machineId = f.lathe;
    report.good = 30;
    f.ws->setClock(Clock::fixedAt(monday(9, 40)));
    QVERIFY(f.ws->reporting()->report(report).ok());
    // The reload waits for the burst of signals to end, then happens once.
    QCOMPARE(lathe->progressBar()->value(), 0);
    QTRY_COMPARE(lathe->progressBar()->value(), lathe->progressBar()->maximum() * 3 / 10);
    QVERIFY2(lathe->text().contains(QStringLiteral("Good 30 of 100")), qPrintable(lathe->text()));
    QVERIFY2(lathe->text().contains(QStringLiteral("Output today: 30")), qPrintable(lathe->text()));
    QCOMPARE(page.card(f.mill)->progressBar()->value(), 0);
}

void TstMachinesUi::cardsFitThreeAcrossATablet()
{
    Floor f;
    const QString line = f.create(MasterDataKind::Machine, {{"code", "ASSY-LINE-A"},
                                                            {"name", "Gear pump assembly line"},
                                                            {"workshop", "一车间"},
                                                            {"capacity", "4"}});
    f.ws->setClock(Clock::fixedAt(monday(9, 30)));
    QVERIFY(f.ws->machineStatus()->setStatus(f.lathe, MachineStatus::Down, f.breakdown).ok());
    QVERIFY(f.ws->machineStatus()->setStatus(line, MachineStatus::Maintenance).ok());
    MachinesPage page(f.ws.get());
    page.resize(1280 - 96, 800); // a 1280×800 tablet less the navigation rail
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.cards().size(), 3);
    QCOMPARE(page.card(f.lathe)->y(), page.card(line)->y()); // three side by side
    QVERIFY(page.card(line)->text().contains(QStringLiteral("Runs 4 at once")));
    const int third = (page.width() - 32) / 3;
    for (MachineCard *card : page.cards()) {
        QVERIFY2(card->width() <= third, qPrintable(QString::number(card->width())));
        QVERIFY2(card->mapTo(&page, QPoint(card->width(), 0)).x() <= page.width(),
                 "no card is cut off at the right");
    }
}

QTEST_MAIN(TstMachinesUi)
#include "tst_machinesui.moc"
