// Production reporting (报工) as the shop floor and the supervisor live with it: the first report
// starts the order, progress is derived from the reports, no step reports more good than the
// step before it made, a double scan is not counted twice, only a supervisor voids a report and
// says why, and every refused report writes nothing. Machine status is kept as events.
#include "domain/planning/workcalendar.h"
#include "fixturehelpers.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/scheduleservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/machinestatusservice.h"
#include "services/station/reportingservice.h"
#include "storage/database.h"
#include "testworkspace.h"

#include <QDateTime>
#include <QSqlError>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace Taktline;

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

namespace {

const QTimeZone Utc = QTimeZone::utc();
qint64 monday(int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 11, 23), QTime(hour, minute, second), Utc).toMSecsSinceEpoch();
}

// A lathe and a mill; flanges are turned then milled (one minute per piece each); two operators,
// one of them gone; defect and downtime reasons; an order of 100 flanges released.
struct Floor
{
    TestWorkspace ws;
    QString lathe, mill, oldMachine, flange, worker, leaver, scratch, breakdown, order;

    Floor()
    {
        ws->setClock(Clock::fixedAt(monday(8)));
        require(ws->schedule()->setCalendar(WorkCalendar::create({{QTime(8, 0), QTime(16, 0)}}, {}, {}, {}, Utc).value()), "calendar");
        lathe = create(MasterDataKind::Machine, {{"code", "LATHE-1"}, {"name", "数控车床"}, {"workshop", "一车间"}});
        mill = create(MasterDataKind::Machine, {{"code", "MILL-1"}, {"name", "加工中心"}, {"workshop", "一车间"}});
        oldMachine = create(MasterDataKind::Machine, {{"code", "OLD-1"}, {"name", "旧钻床"}, {"workshop", "一车间"}});
        worker = create(MasterDataKind::Employee, {{"badge", "E001"}, {"name", "王建国"}});
        leaver = create(MasterDataKind::Employee, {{"badge", "E099"}, {"name", "离职员工"}});
        scratch = create(MasterDataKind::DefectReason, {{"code", "D01"}, {"name", "划伤"}});
        breakdown = create(MasterDataKind::DowntimeReason, {{"code", "T01"}, {"name", "设备故障"}});
        require(ws->masterData()->setActive(MasterDataKind::Employee, leaver, false), "leaver");
        require(ws->masterData()->setActive(MasterDataKind::Machine, oldMachine, false), "old machine");
        flange = create(MasterDataKind::Product, {{"part_no", "FL-1"}, {"name", "法兰"}});
        require(ws->routing()->setOperations(flange, {{{}, QStringLiteral("车削"), 60, lathe},
                                                      {{}, QStringLiteral("铣削"), 60, mill}}), "routing");
        order = released(100);
    }
    static void require(const Outcome &outcome, const char *what) { Fixture::require(outcome, what); }
    QString create(MasterDataKind kind, std::initializer_list<std::pair<const char *, const char *>> values) const
    {
        return Fixture::createRecord(*ws, kind, values);
    }
    QString released(double quantity) const
    {
        WorkOrder wo;
        wo.productId = flange;
        wo.quantity = quantity;
        wo.dueDate = QDate(2026, 11, 27);
        const Result<QString> id = ws->workOrders()->create(wo);
        require(id.outcome(), "order");
        require(ws->workOrders()->apply(id.value(), WorkOrderAction::Release, 1), "release");
        return id.value();
    }
    QString step(int index, const QString &orderId = {}) const
    {
        return ws->workOrders()->operations(orderId.isEmpty() ? order : orderId).value().at(index).id;
    }
    ReportRequest request(int index, double good, double defective = 0) const
    {
        ReportRequest r;
        r.operationId = step(index);
        r.employeeId = worker;
        r.machineId = index == 0 ? lathe : mill;
        r.good = good;
        r.defective = defective;
        r.defectReasonId = defective > 0 ? scratch : QString();
        return r;
    }
    double good(int index) const { return ws->reporting()->progress(step(index)).value().good; }
    int reportRows() const
    {
        QSqlQuery query(ws->database().connection());
        query.exec(QStringLiteral("SELECT count(*) FROM production_reports"));
        query.next();
        return query.value(0).toInt();
    }
    void signIn(Role role) const
    {
        ws->access()->signIn({QStringLiteral("u-") + roleKey(role), roleKey(role), roleKey(role), role});
    }
};

} // namespace

void TstReportingService::firstReportStartsTheOrderAndProgressIsDerived()
{
    Floor f;
    f.signIn(Role::Operator);
    const Result<ReportReceipt> receipt = f.ws->reporting()->report(f.request(0, 30, 2));
    QVERIFY2(receipt.ok(), qPrintable(receipt.error()));
    QVERIFY(!receipt.value().duplicate);
    QCOMPARE(receipt.value().seq, 10);
    QCOMPARE(receipt.value().progress.good, 30.0);
    QCOMPARE(receipt.value().progress.defective, 2.0);
    QCOMPARE(f.ws->workOrders()->find(f.order).value().state, WorkOrderState::InProgress);
    f.ws->setClock(Clock::fixedAt(f.ws->clock().nowMs() + 60000));
    QVERIFY(f.ws->reporting()->report(f.request(0, 20)).ok());
    QCOMPARE(f.good(0), 50.0);
    QCOMPARE(f.ws->reporting()->progressForWorkOrder(f.order).value().value(f.step(0)).reports, 2);
}

void TstReportingService::noMoreGoodThanThePreviousStepMade()
{
    Floor f;
    QVERIFY(f.ws->reporting()->report(f.request(0, 30)).ok());
    const Result<ReportReceipt> tooMany = f.ws->reporting()->report(f.request(1, 31));
    QVERIFY(!tooMany.ok());
    QVERIFY2(tooMany.error().contains(QStringLiteral("Only 30 more")), qPrintable(tooMany.error()));
    QCOMPARE(f.good(1), 0.0);
    QVERIFY(f.ws->reporting()->report(f.request(1, 30)).ok());
    // The first step is bounded by the planned quantity.
    f.ws->setClock(Clock::fixedAt(f.ws->clock().nowMs() + 60000));
    const Result<ReportReceipt> overPlan = f.ws->reporting()->report(f.request(0, 71));
    QVERIFY(!overPlan.ok());
    QVERIFY2(overPlan.error().contains(QStringLiteral("Only 70 more")), qPrintable(overPlan.error()));
    QCOMPARE(f.ws->reporting()->reportableGood(f.step(0)).value(), 70.0);
}

void TstReportingService::toleranceAllowsALittleMore()
{
    Floor f;
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
    Floor f;
    const Result<ReportReceipt> first = f.ws->reporting()->report(f.request(0, 10));
    f.ws->setClock(Clock::fixedAt(f.ws->clock().nowMs() + 3000)); // the operator pressed Enter twice
    const Result<ReportReceipt> again = f.ws->reporting()->report(f.request(0, 10));
    QVERIFY(again.ok());
    QVERIFY(again.value().duplicate);
    QCOMPARE(again.value().reportId, first.value().reportId);
    QCOMPARE(f.good(0), 10.0);
    QCOMPARE(f.reportRows(), 1);
    f.ws->setClock(Clock::fixedAt(f.ws->clock().nowMs() + 3000)); // a different quantity is a different report
    QVERIFY(!f.ws->reporting()->report(f.request(0, 11)).value().duplicate);
    f.ws->setClock(Clock::fixedAt(f.ws->clock().nowMs() + 11000)); // the same quantity after the window is a new batch
    QVERIFY(!f.ws->reporting()->report(f.request(0, 11)).value().duplicate);
    QCOMPARE(f.good(0), 32.0);
}

void TstReportingService::doubleScanWindowEdgeIsStillADoubleScan()
{
    // The rule (README, Station): the same quantities by the same operator on the same step
    // again at most the window (10 s) after the last counted report are one report; a moment
    // later they are a new batch.
    Floor f;
    const Result<ReportReceipt> first = f.ws->reporting()->report(f.request(0, 10));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    f.ws->setClock(Clock::fixedAt(f.ws->clock().nowMs() + 10 * 1000)); // exactly at the edge
    const Result<ReportReceipt> atEdge = f.ws->reporting()->report(f.request(0, 10));
    QVERIFY(atEdge.ok());
    QVERIFY(atEdge.value().duplicate);
    QCOMPARE(atEdge.value().reportId, first.value().reportId);
    f.ws->setClock(Clock::fixedAt(f.ws->clock().nowMs() + 1)); // one millisecond past it
    const Result<ReportReceipt> past = f.ws->reporting()->report(f.request(0, 10));
    QVERIFY(past.ok());
    QVERIFY(!past.value().duplicate);
    QCOMPARE(f.good(0), 20.0);
    QCOMPARE(f.reportRows(), 2);
}

void TstReportingService::firstReportStartsTheOrderByTheStateMachineWithAuditAndSignal()
{
    Floor f;
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
    f.ws->setClock(Clock::fixedAt(f.ws->clock().nowMs() + 60000));
    QVERIFY(f.ws->reporting()->report(f.request(0, 5)).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(f.ws->workOrders()->find(f.order).value().version, versionBefore + 1);
}

void TstReportingService::refusedReportLeavesTheOrderReleasedAndAnnouncesNothing()
{
    Floor f;
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
    Floor f;
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
    QCOMPARE(f.reportRows(), 2); // the report stays, with its correction
    QVERIFY(!f.ws->reporting()->voidReport(reportId, QStringLiteral("again")).ok());
    QVERIFY(!f.ws->reporting()->voidReport(voided.value(), QStringLiteral("undo")).ok());
}

void TstReportingService::reportsCannotBeEditedOrDeleted()
{
    Floor f;
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
}

void TstReportingService::badReportsWriteNothing()
{
    QFETCH(QString, bad);
    QFETCH(QString, message);
    Floor f;
    ReportRequest request = f.request(0, 10);
    if (bad == QLatin1String("operation"))
        request.operationId = QStringLiteral("no-such-operation");
    else if (bad == QLatin1String("leaver"))
        request.employeeId = f.leaver;
    else if (bad == QLatin1String("nobody"))
        request.employeeId = QStringLiteral("no-such-employee");
    else if (bad == QLatin1String("machine"))
        request.machineId = f.oldMachine;
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
    } else if (bad == QLatin1String("signedout"))
        f.ws->access()->signOut();
    const WorkOrderState stateBefore = f.ws->workOrders()->find(f.order).value().state;
    const Result<ReportReceipt> refused = f.ws->reporting()->report(request);
    QVERIFY(!refused.ok());
    QVERIFY2(!refused.error().isEmpty() && refused.error().contains(message), qPrintable(refused.error()));
    QCOMPARE(f.reportRows(), 0);
    QCOMPARE(f.ws->workOrders()->find(f.order).value().state, stateBefore);
}

void TstReportingService::scannedTravellerFindsTheOperation()
{
    Floor f;
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
    Floor f;
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
    Floor f;
    MachineStatusService *status = f.ws->machineStatus();
    QCOMPARE(status->current(f.lathe).value().status, MachineStatus::Idle);
    const Outcome running = status->setStatus(f.lathe, MachineStatus::Running, {}, f.worker, f.step(0));
    QVERIFY2(running.ok(), qPrintable(running.error()));
    f.ws->setClock(Clock::fixedAt(monday(9)));
    const Outcome noReason = status->setStatus(f.lathe, MachineStatus::Down);
    QVERIFY(!noReason.ok());
    QVERIFY(noReason.error().contains(QStringLiteral("LATHE-1")));
    QVERIFY(status->setStatus(f.lathe, MachineStatus::Down, f.breakdown).ok());
    QVERIFY(status->setStatus(f.lathe, MachineStatus::Down, f.breakdown).ok()); // no second event
    f.ws->setClock(Clock::fixedAt(monday(9, 45)));
    QVERIFY(status->setStatus(f.lathe, MachineStatus::Running).ok());
    QCOMPARE(status->current(f.lathe).value().status, MachineStatus::Running);
    QCOMPARE(status->current(f.lathe).value().sinceMs, monday(9, 45));
    QCOMPARE(status->downtimeSeconds(f.lathe, monday(0), monday(23)).value(), 45 * 60.0);
    QCOMPARE(status->downtimeSeconds(f.lathe, monday(9, 30), monday(23)).value(), 15 * 60.0);
    // Availability on the 08:00–16:00 calendar up to 10:00: 45 of 120 planned minutes lost.
    const WorkCalendar calendar = f.ws->schedule()->calendar();
    const Availability morning = status->availability(f.lathe, calendar, monday(0), monday(10)).value();
    QCOMPARE(morning.workingSeconds, 120 * 60.0);
    QCOMPARE(morning.unplannedDownSeconds, 45 * 60.0);
    QCOMPARE(morning.ratio, 75.0 / 120.0);
    // Maintenance is a planned stop: it leaves the planned time instead of counting against it.
    f.ws->setClock(Clock::fixedAt(monday(10)));
    QVERIFY(status->setStatus(f.lathe, MachineStatus::Maintenance).ok());
    f.ws->setClock(Clock::fixedAt(monday(11)));
    QVERIFY(status->setStatus(f.lathe, MachineStatus::Running).ok());
    const Availability noon = status->availability(f.lathe, calendar, monday(0), monday(12)).value();
    QCOMPARE(noon.plannedStopSeconds, 60 * 60.0);
    QCOMPARE(noon.ratio, (180.0 - 45.0) / 180.0);
    QVERIFY(!status->setStatus(f.oldMachine, MachineStatus::Running).ok());
    QSqlQuery query(f.ws->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM machine_status_events")) && query.next());
    QCOMPARE(query.value(0).toInt(), 5);
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM machine_status_events")));
}

QTEST_GUILESS_MAIN(TstReportingService)
#include "tst_reportingservice.moc"
