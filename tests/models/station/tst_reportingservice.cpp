// Production reporting (报工) as the shop floor and the supervisor live with it: the first report
// starts the order, progress is derived from the reports, no step reports more good than the
// step before it made, a double scan is not counted twice, only a supervisor voids a report and
// says why, and every refused report writes nothing. Machine status is kept as events.
#include "domain/planning/workcalendar.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/oee/oeeservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/scheduleservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/machinestatusservice.h"
#include "services/station/reportingservice.h"
#include "storage/database.h"
#include "testshop.h"

#include <QDateTime>
#include <QSqlError>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace Taktline;
using namespace std::chrono_literals;

class TstReportingService : public QObject
{
    Q_OBJECT
private slots:
    void firstReportStartsTheOrderAndProgressIsDerived();
    void noMoreGoodThanThePreviousStepMade();
    void toleranceAllowsALittleMore();
    void doubleScanIsNotCountedTwice();
    void doubleScanWindowEdgeIsStillADoubleScan();
    void firstReportStartsTheOrderByTheStateMachineWithAuditAndSignal();
    void refusedReportLeavesTheOrderReleasedAndAnnouncesNothing();
    void voidingNeedsASupervisorAndAReason();
    void reportsCannotBeEditedOrDeleted();
    void badReportsWriteNothing_data();
    void badReportsWriteNothing();
    void scannedTravellerFindsTheOperation();
    void planShrinksWithProgressAndDropsFinishedSteps();
    void machineStatusIsKeptAsEvents();
};

void TstReportingService::firstReportStartsTheOrderAndProgressIsDerived()
{
    TestShop f; // reports on the shop's order, from Monday 08:00
    f.signIn(Role::Operator);
    const Result<ReportReceipt> receipt = f.ws->reporting()->report(f.request(0, 30, 2));
    QVERIFY2(receipt.ok(), qPrintable(receipt.error()));
    QVERIFY(!receipt.value().duplicate);
    QCOMPARE(receipt.value().seq, 10);
    QCOMPARE(receipt.value().progress.good, 30.0);
    QCOMPARE(receipt.value().progress.defective, 2.0);
    QCOMPARE(f.ws->workOrders()->find(f.order).value().state, WorkOrderState::InProgress);
    f.advance(1min);
    QVERIFY(f.ws->reporting()->report(f.request(0, 20)).ok());
    QCOMPARE(f.good(0), 50.0);
    QCOMPARE(f.ws->reporting()->progressForWorkOrder(f.order).value().value(f.step(0)).reports, 2);
}

void TstReportingService::noMoreGoodThanThePreviousStepMade()
{
    TestShop f;
    QVERIFY(f.ws->reporting()->report(f.request(0, 30)).ok());
    const Result<ReportReceipt> tooMany = f.ws->reporting()->report(f.request(1, 31));
    QVERIFY(!tooMany.ok());
    QVERIFY2(tooMany.error().contains(QStringLiteral("Only 30 more")), qPrintable(tooMany.error()));
    QCOMPARE(f.good(1), 0.0);
    QVERIFY(f.ws->reporting()->report(f.request(1, 30)).ok());
    // The first step is bounded by the planned quantity.
    f.advance(1min);
    const Result<ReportReceipt> overPlan = f.ws->reporting()->report(f.request(0, 71));
    QVERIFY(!overPlan.ok());
    QVERIFY2(overPlan.error().contains(QStringLiteral("Only 70 more")), qPrintable(overPlan.error()));
    QCOMPARE(f.ws->reporting()->reportableGood(f.step(0)).value(), 70.0);
}

void TstReportingService::toleranceAllowsALittleMore()
{
    TestShop f;
    StationRules rules = f.ws->reporting()->rules();
    rules.overReportTolerancePercent = 5;
    QVERIFY(f.ws->reporting()->setRules(rules).ok());
    QVERIFY(f.ws->reporting()->report(f.request(0, 105)).ok());
    QVERIFY(!f.ws->reporting()->report(f.request(0, 1)).ok());
    rules.overReportTolerancePercent = 150;
    QVERIFY(!f.ws->reporting()->setRules(rules).ok());
    f.signIn(Role::Operator);
    QVERIFY(!f.ws->reporting()->setRules(StationRules{}).ok()); // not the operator's to change
}

void TstReportingService::doubleScanIsNotCountedTwice()
{
    TestShop f;
    const Result<ReportReceipt> first = f.ws->reporting()->report(f.request(0, 10));
    f.advance(3s); // the operator pressed Enter twice
    const Result<ReportReceipt> again = f.ws->reporting()->report(f.request(0, 10));
    QVERIFY(again.ok());
    QVERIFY(again.value().duplicate);
    QCOMPARE(again.value().reportId, first.value().reportId);
    QCOMPARE(f.good(0), 10.0);
    QCOMPARE(f.rows("production_reports"), 1);
    f.advance(3s); // a different quantity is a different report
    QVERIFY(!f.ws->reporting()->report(f.request(0, 11)).value().duplicate);
    f.advance(11s); // the same quantity after the window is a new batch
    QVERIFY(!f.ws->reporting()->report(f.request(0, 11)).value().duplicate);
    QCOMPARE(f.good(0), 32.0);
}

void TstReportingService::doubleScanWindowEdgeIsStillADoubleScan()
{
    // The rule (README, Station): the same quantities by the same operator on the same step
    // again at most the window (10 s) after the last counted report are one report; a moment
    // later they are a new batch.
    TestShop f;
    const Result<ReportReceipt> first = f.ws->reporting()->report(f.request(0, 10));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    f.advance(10s); // exactly at the edge
    const Result<ReportReceipt> atEdge = f.ws->reporting()->report(f.request(0, 10));
    QVERIFY(atEdge.ok());
    QVERIFY(atEdge.value().duplicate);
    QCOMPARE(atEdge.value().reportId, first.value().reportId);
    f.advance(1ms); // one millisecond past it
    const Result<ReportReceipt> past = f.ws->reporting()->report(f.request(0, 10));
    QVERIFY(past.ok());
    QVERIFY(!past.value().duplicate);
    QCOMPARE(f.good(0), 20.0);
    QCOMPARE(f.rows("production_reports"), 2);
}

void TstReportingService::firstReportStartsTheOrderByTheStateMachineWithAuditAndSignal()
{
    TestShop f;
    f.signIn(Role::Operator);
    const int versionBefore = f.ws->workOrders()->find(f.order).value().version;
    QSignalSpy changed(f.ws->workOrders(), &WorkOrderService::workOrderChanged);
    QVERIFY(f.ws->reporting()->report(f.request(0, 5)).ok());
    const WorkOrder started = f.ws->workOrders()->find(f.order).value();
    QCOMPARE(started.state, WorkOrderState::InProgress);
    QCOMPARE(started.version, versionBefore + 1); // an open edit dialog learns it is stale
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toString(), f.order);
    QSqlQuery audit(f.ws->database().connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT user_id FROM audit_log WHERE entity = 'work_order' "
                                      "AND entity_id = '%1' AND action = 'in_progress'").arg(f.order)));
    QVERIFY2(audit.next(), "the start is an audit fact like every other state change");
    QCOMPARE(audit.value(QStringLiteral("user_id")).toString(), QStringLiteral("u-operator"));
    // The next report changes no state: no second start, no second audit fact.
    f.advance(1min);
    QVERIFY(f.ws->reporting()->report(f.request(0, 5)).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(f.ws->workOrders()->find(f.order).value().version, versionBefore + 1);
}

void TstReportingService::refusedReportLeavesTheOrderReleasedAndAnnouncesNothing()
{
    TestShop f;
    // The report row itself cannot be written (a full disk, a damaged page): the start that
    // came with it in the same transaction goes too.
    QSqlQuery fail(f.ws->database().connection());
    QVERIFY(fail.exec(QStringLiteral("CREATE TEMP TRIGGER no_reports BEFORE INSERT ON production_reports "
                                     "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")));
    QSignalSpy changed(f.ws->workOrders(), &WorkOrderService::workOrderChanged);
    QSignalSpy added(f.ws->reporting(), &ReportingService::reportAdded);
    const Result<ReportReceipt> receipt = f.ws->reporting()->report(f.request(0, 5));
    QVERIFY(!receipt.ok());
    QVERIFY2(receipt.error().contains(QStringLiteral("disk I/O error")), qPrintable(receipt.error()));
    QCOMPARE(f.ws->workOrders()->find(f.order).value().state, WorkOrderState::Released);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(added.count(), 0);
    QSqlQuery audit(f.ws->database().connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'in_progress'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 0);
}

void TstReportingService::voidingNeedsASupervisorAndAReason()
{
    TestShop f;
    const QString reportId = f.ws->reporting()->report(f.request(0, 40)).value().reportId;
    f.signIn(Role::Operator);
    QVERIFY(!f.ws->reporting()->voidReport(reportId, QStringLiteral("typo")).ok());
    f.signIn(Role::Supervisor);
    const Result<QString> noReason = f.ws->reporting()->voidReport(reportId, QStringLiteral("  "));
    QVERIFY(!noReason.ok());
    QVERIFY2(noReason.error().contains(QStringLiteral("why")), qPrintable(noReason.error()));
    const Result<QString> voided = f.ws->reporting()->voidReport(reportId, QStringLiteral("数量录错"));
    QVERIFY2(voided.ok(), qPrintable(voided.error()));
    QCOMPARE(f.good(0), 0.0);
    QCOMPARE(f.rows("production_reports"), 2); // the report stays, with its correction
    QVERIFY(!f.ws->reporting()->voidReport(reportId, QStringLiteral("again")).ok());
    QVERIFY(!f.ws->reporting()->voidReport(voided.value(), QStringLiteral("undo")).ok());
}

void TstReportingService::reportsCannotBeEditedOrDeleted()
{
    TestShop f;
    QVERIFY(f.ws->reporting()->report(f.request(0, 40)).ok());
    QSqlQuery query(f.ws->database().connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE production_reports SET good = 400")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM production_reports")));
    QCOMPARE(f.good(0), 40.0);
}

void TstReportingService::badReportsWriteNothing_data()
{
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown operation") << "operation" << "does not exist";
    QTest::newRow("deactivated employee") << "leaver" << "deactivated";
    QTest::newRow("no employee") << "nobody" << "badge";
    QTest::newRow("deactivated machine") << "machine" << "OLD-1";
    QTest::newRow("not a number") << "nan" << "numbers";
    QTest::newRow("infinite") << "inf" << "numbers";
    QTest::newRow("negative") << "negative" << "zero or more";
    QTest::newRow("absurd") << "absurd" << "not plausible";
    QTest::newRow("nothing made") << "zero" << "how many";
    QTest::newRow("defective without reason") << "reason" << "defect reason";
    QTest::newRow("cancelled order") << "cancelled" << "no more production";
    QTest::newRow("order on hold") << "hold" << "on hold";
    QTest::newRow("operator not signed in") << "signedout" << "";
    QTest::newRow("PIN required, none typed") << "pin" << "PIN";
}

void TstReportingService::badReportsWriteNothing()
{
    QFETCH(QString, bad);
    QFETCH(QString, message);
    TestShop f;
    ReportRequest request = f.request(0, 10);
    if (bad == QLatin1String("operation"))
        request.operationId = QStringLiteral("no-such-operation");
    else if (bad == QLatin1String("leaver"))
        request.employeeId = f.leaver;
    else if (bad == QLatin1String("nobody"))
        request.employeeId = QStringLiteral("no-such-employee");
    else if (bad == QLatin1String("machine"))
        request.machineId = f.retired;
    else if (bad == QLatin1String("nan"))
        request.good = std::numeric_limits<double>::quiet_NaN();
    else if (bad == QLatin1String("inf"))
        request.defective = std::numeric_limits<double>::infinity();
    else if (bad == QLatin1String("negative"))
        request.good = -5;
    else if (bad == QLatin1String("absurd"))
        request.good = 5e6;
    else if (bad == QLatin1String("zero"))
        request.good = 0;
    else if (bad == QLatin1String("reason"))
        request.defective = 3;
    else if (bad == QLatin1String("cancelled"))
        QVERIFY(f.ws->workOrders()->apply(f.order, WorkOrderAction::Cancel, 2).ok());
    else if (bad == QLatin1String("hold")) {
        QVERIFY(f.ws->workOrders()->apply(f.order, WorkOrderAction::Start, 2).ok());
        QVERIFY(f.ws->workOrders()->apply(f.order, WorkOrderAction::Hold, 3).ok());
    } else if (bad == QLatin1String("signedout")) {
        f.ws->access()->signOut();
    } else if (bad == QLatin1String("pin")) {
        // The factory asks for PINs (the setting as Settings ▸ Station stores it); the request
        // carries no confirmation that Wang typed his.
        QSqlQuery query(f.ws->database().connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO settings (key, value, updated_at) VALUES ('station_rules', "
            "'{\"pinRequired\":true}', 0) ON CONFLICT(key) DO UPDATE SET value = excluded.value")));
    }
    const WorkOrderState stateBefore = f.ws->workOrders()->find(f.order).value().state;
    const Result<ReportReceipt> refused = f.ws->reporting()->report(request);
    QVERIFY(!refused.ok());
    QVERIFY2(!refused.error().isEmpty() && refused.error().contains(message), qPrintable(refused.error()));
    QCOMPARE(f.rows("production_reports"), 0);
    QCOMPARE(f.ws->workOrders()->find(f.order).value().state, stateBefore);
}

void TstReportingService::scannedTravellerFindsTheOperation()
{
    TestShop f;
    const QString number = f.ws->workOrders()->find(f.order).value().number;
    QCOMPARE(f.ws->reporting()->operationForScan(number, 20, {}).value(), f.step(1));
    // A WO: code at the mill means the step on the mill; at any other machine the first open step.
    QCOMPARE(f.ws->reporting()->operationForScan(number, 0, f.mill).value(), f.step(1));
    QCOMPARE(f.ws->reporting()->operationForScan(number, 0, QString()).value(), f.step(0));
    QVERIFY(f.ws->reporting()->operationForScan(number, 30, {}).error().contains(QStringLiteral("no step 30")));
    QVERIFY(f.ws->reporting()->operationForScan(QStringLiteral("WO-19990101-0001"), 10, {}).error()
                .contains(QStringLiteral("No work order")));
}

void TstReportingService::planShrinksWithProgressAndDropsFinishedSteps()
{
    TestShop f;
    QCoreApplication::processEvents();
    const auto millQueue = [&f] {
        for (const MachineQueue &queue : f.ws->schedule()->machineQueues().value()) {
            if (queue.machineId == f.mill)
                return queue.operations;
        }
        return QList<QueuedOperation>();
    };
    QCOMPARE(millQueue().size(), 1);
    QVERIFY(f.ws->reporting()->report(f.request(0, 100)).ok()); // turning done
    QVERIFY(f.ws->reporting()->report(f.request(1, 40)).ok());
    QCoreApplication::processEvents();
    const QList<QueuedOperation> queue = millQueue();
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue.first().good, 40.0);
    QCOMPARE(queue.first().workSeconds, 60.0 * 60); // 60 pieces left at a minute each
    for (const MachineQueue &q : f.ws->schedule()->machineQueues().value())
        QVERIFY2(q.machineId != f.lathe || q.operations.isEmpty(), "the finished turning step left the lathe's queue");
}

void TstReportingService::machineStatusIsKeptAsEvents()
{
    TestShop f;
    MachineStatusService *status = f.ws->machineStatus();
    QCOMPARE(status->current(f.lathe).value().status, MachineStatus::Idle);
    const Outcome running =
        status->setStatus(f.lathe, MachineStatus::Running, {}, f.wang, f.step(0));
    QVERIFY2(running.ok(), qPrintable(running.error()));
    f.setNow(TestShop::at(0, 9));
    const Outcome noReason = status->setStatus(f.lathe, MachineStatus::Down);
    QVERIFY(!noReason.ok());
    QVERIFY(noReason.error().contains(QStringLiteral("LATHE-1")));
    QVERIFY(status->setStatus(f.lathe, MachineStatus::Down, f.breakdown).ok());
    QVERIFY(status->setStatus(f.lathe, MachineStatus::Down, f.breakdown).ok()); // no second event
    f.setNow(TestShop::at(0, 9, 45));
    QVERIFY(status->setStatus(f.lathe, MachineStatus::Running).ok());
    QCOMPARE(status->current(f.lathe).value().status, MachineStatus::Running);
    QCOMPARE(status->current(f.lathe).value().sinceMs, TestShop::at(0, 9, 45));
    QCOMPARE(status->downtimeSeconds(f.lathe, TestShop::at(0, 0), TestShop::at(0, 23)).value(),
             45 * 60.0);
    QCOMPARE(status->downtimeSeconds(f.lathe, TestShop::at(0, 9, 30), TestShop::at(0, 23)).value(),
             15 * 60.0);
    // Availability (OEE, docs/oee.md) on the 08:00–16:00 calendar up to 10:00: 45 of 120
    // planned minutes lost to a stop whose reason has no class yet.
    OeeQuery morning;
    morning.fromMs = TestShop::at(0, 0);
    morning.toMs = TestShop::at(0, 10);
    morning.machineIds = {f.lathe};
    const OeeRow first = f.ws->oee()->compute(morning, TestShop::at(0, 10)).value().total;
    QCOMPARE(first.elements.calendarSeconds, 120 * 60.0);
    QCOMPARE(first.elements.delaySeconds(), 45 * 60.0);
    QCOMPARE(*first.figures.availability, 75.0 / 120.0);
    // Maintenance is a planned stop: it leaves the planned time instead of counting against it.
    f.setNow(TestShop::at(0, 10));
    QVERIFY(status->setStatus(f.lathe, MachineStatus::Maintenance).ok());
    f.setNow(TestShop::at(0, 11));
    QVERIFY(status->setStatus(f.lathe, MachineStatus::Running).ok());
    OeeQuery noon = morning;
    noon.toMs = TestShop::at(0, 12);
    const OeeRow second = f.ws->oee()->compute(noon, TestShop::at(0, 12)).value().total;
    QCOMPARE(second.elements.plannedDownSeconds, 60 * 60.0);
    QCOMPARE(*second.figures.availability, (180.0 - 45.0) / 180.0);
    QVERIFY(!status->setStatus(f.retired, MachineStatus::Running).ok());
    QSqlQuery query(f.ws->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM machine_status_events")) && query.next());
    QCOMPARE(query.value(0).toInt(), 5);
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM machine_status_events")));
}

QTEST_GUILESS_MAIN(TstReportingService)
#include "tst_reportingservice.moc"
