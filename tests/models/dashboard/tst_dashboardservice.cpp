// The dashboard's figures against SQL written here, independently of the service: on the demo
// factory for several periods, and on the test shop for exact small cases and bad input.
#include "services/andon/andonservice.h"
#include "services/dashboard/dashboardservice.h"
#include "services/oee/oeeservice.h"
#include "services/planning/scheduleservice.h"
#include "services/station/reportingservice.h"
#include "storage/database.h"
#include "qualityfacts.h"
#include "testshop.h"
#include "testworkspace.h"

#include <QHash>
#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Taktline;

class TstDashboardService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoFiguresEqualIndependentSql_data();
    void demoFiguresEqualIndependentSql();
    void demoOeeTotalsAreTheSumsOfTheMachines();
    void demoQualityFiguresEqualIndependentSql_data();
    void demoQualityFiguresEqualIndependentSql();
    void planAndDoneCountFinishedPiecesOnly();
    void wipIsWhatWaitsBetweenSteps();
    void yieldAndDefectsSumBeforeDividing();
    void voidedReportsDoNotCount();
    void andonTimesAreAverageSeconds();
    void qualityFiguresCountInspectionsWaitsAndDispositions();
    void futurePeriodSaysSoInsteadOfZero();
    void dayOffHasNoTargetAndNoFakeRate();
    void machineWithoutEventsIsNotFullyAvailable();
    void periodsFollowTheCalendar();

private:
    std::unique_ptr<TestWorkspace> m_demo; // built once: the demo takes a while
};

namespace {

// A double from SQL: the first column of the one row.
double scalar(const Workspace &ws, const QString &sql, const QVariantMap &bind = {})
{
    QSqlQuery query(ws.database().connection());
    if (!query.prepare(sql))
        qFatal("prepare: %s", qPrintable(query.lastError().text()));
    for (auto it = bind.cbegin(); it != bind.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec() || !query.next())
        qFatal("exec: %s", qPrintable(query.lastError().text()));
    return query.value(0).toDouble();
}

// The reports that count, written differently from the service: as a set difference.
const QString Counting = QStringLiteral(
    "(SELECT * FROM production_reports WHERE voids_report_id IS NULL AND id NOT IN "
    "(SELECT voids_report_id FROM production_reports WHERE voids_report_id IS NOT NULL))");

// Each order's last step, by a join on the greatest sequence number.
const QString LastSteps = QStringLiteral(
    "(SELECT o.* FROM work_order_operations o JOIN (SELECT work_order_id, max(seq) AS top FROM "
    "work_order_operations WHERE deleted = 0 GROUP BY work_order_id) t ON t.work_order_id = "
    "o.work_order_id AND t.top = o.seq WHERE o.deleted = 0)");

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b));
}

} // namespace

void TstDashboardService::initTestCase()
{
    // Wednesday 10:30 of the test shop's week: mid-shift, mid-week, mid-history.
    m_demo = std::make_unique<TestWorkspace>(TestWorkspace::SignIn::Owner, true,
                                             Clock::fixedAt(TestShop::at(2, 10, 30)));
}

void TstDashboardService::demoFiguresEqualIndependentSql_data()
{
    QTest::addColumn<int>("range");
    QTest::newRow("today") << int(DashboardRange::Today);
    QTest::newRow("shift") << int(DashboardRange::Shift);
    QTest::newRow("week") << int(DashboardRange::Week);
    QTest::newRow("month") << int(DashboardRange::Month);
}

void TstDashboardService::demoFiguresEqualIndependentSql()
{
    QFETCH(int, range);
    const Workspace &ws = **m_demo;
    const DashboardService service(ws);
    const DashboardPeriod period = service.period(DashboardRange(range));
    QVERIFY(period.fromMs < period.toMs);
    const Result<DashboardFigures> computed = service.compute(period);
    QVERIFY2(computed, qPrintable(computed.error()));
    const DashboardFigures &f = computed.value();
    const QVariantMap window{{QStringLiteral(":from"), period.fromMs},
                             {QStringLiteral(":to"), period.toMs}};

    // Done: good pieces of the last steps.
    const double done =
        scalar(ws,
               QStringLiteral("SELECT coalesce(sum(r.good), 0) FROM %1 r JOIN %2 l ON "
                              "l.id = r.operation_id WHERE r.reported_at >= :from AND "
                              "r.reported_at < :to")
                   .arg(Counting, LastSteps),
               window);
    QCOMPARE(f.doneQty, done);
    if (range == int(DashboardRange::Month))
        QVERIFY2(done > 0, "the demo's month has finished pieces");
    double slotted = 0;
    for (const OutputSlot &slot : f.output) {
        const double inSlot =
            scalar(ws,
                   QStringLiteral("SELECT coalesce(sum(r.good), 0) FROM %1 r JOIN %2 l ON "
                                  "l.id = r.operation_id WHERE r.reported_at >= :from AND "
                                  "r.reported_at < :to")
                       .arg(Counting, LastSteps),
                   {{QStringLiteral(":from"), slot.startMs}, {QStringLiteral(":to"), slot.endMs}});
        QCOMPARE(slot.good, inSlot);
        slotted += slot.good;
    }
    QCOMPARE(slotted, done);

    // First-pass yield: summed pieces, then divided.
    const double good =
        scalar(ws,
               QStringLiteral("SELECT coalesce(sum(good), 0) FROM %1 WHERE reported_at >= :from "
                              "AND reported_at < :to")
                   .arg(Counting),
               window);
    const double made =
        scalar(ws,
               QStringLiteral("SELECT coalesce(sum(good + defective + rework), 0) FROM %1 WHERE "
                              "reported_at >= :from AND reported_at < :to")
                   .arg(Counting),
               window);
    QCOMPARE(f.yieldGood, good);
    QCOMPARE(f.yieldMade, made);
    QCOMPARE(f.firstPassYield.has_value(), made > 0);
    if (made > 0)
        QVERIFY(near(*f.firstPassYield, good / made));

    // Defects: the Top 5 and the rest add up to every defective piece.
    const double defective =
        scalar(ws,
               QStringLiteral("SELECT coalesce(sum(defective), 0) FROM %1 WHERE "
                              "reported_at >= :from AND reported_at < :to")
                   .arg(Counting),
               window);
    double barred = 0;
    for (qsizetype i = 0; i < f.defects.size(); ++i) {
        barred += f.defects.at(i).pieces;
        if (f.defects.at(i).others)
            continue;
        QVERIFY(i < 5);
        const double ofReason =
            scalar(ws,
                   QStringLiteral("SELECT coalesce(sum(defective), 0) FROM %1 WHERE "
                                  "reported_at >= :from AND reported_at < :to AND "
                                  "ifnull(defect_reason_id, '') = :reason")
                       .arg(Counting),
                   {{QStringLiteral(":from"), period.fromMs},
                    {QStringLiteral(":to"), period.toMs},
                    {QStringLiteral(":reason"), f.defects.at(i).reasonId}});
        QCOMPARE(f.defects.at(i).pieces, ofReason);
        if (i > 0)
            QVERIFY(f.defects.at(i - 1).pieces >= f.defects.at(i).pieces);
    }
    QCOMPARE(barred, defective);

    // On-time delivery: completed or closed orders by their last counted report.
    const WorkCalendar calendar = ws.schedule()->calendar();
    QSqlQuery orders(ws.database().connection());
    QVERIFY(orders.exec(
        QStringLiteral("SELECT w.due_date, (SELECT max(reported_at) FROM %1 c WHERE "
                       "c.work_order_id = w.id) AS last_at, (SELECT min(at_ms) FROM audit_log a "
                       "WHERE a.entity_id = w.id AND a.action = 'completed') AS marked FROM "
                       "work_orders w WHERE w.deleted = 0 AND w.state IN ('completed', 'closed')")
            .arg(Counting)));
    int finished = 0;
    int onTime = 0;
    while (orders.next()) {
        const qint64 at =
            orders.value(1).isNull() ? orders.value(2).toLongLong() : orders.value(1).toLongLong();
        if (at < period.fromMs || at >= std::min(period.toMs, f.nowMs + 1))
            continue;
        ++finished;
        const QDate due = QDate::fromString(orders.value(0).toString(), Qt::ISODate);
        onTime += at < calendar.startOfDayUtcMs(due.addDays(1)) ? 1 : 0;
    }
    QCOMPARE(int(f.finishedOrders.size()), finished);
    QCOMPARE(f.onTimeOrders, onTime);
    QCOMPARE(f.onTimeRate.has_value(), finished > 0);
    if (finished > 0)
        QVERIFY(near(*f.onTimeRate, double(onTime) / finished));

    // WIP: the step before's good pieces less what this step reported, by a self-join.
    QSqlQuery waiting(ws.database().connection());
    QVERIFY(waiting.exec(QStringLiteral("SELECT cur.name, sum(max(0, ifnull((SELECT sum(good) FROM "
                                        "%1 x WHERE x.operation_id = prev.id), 0) - "
                                        "ifnull((SELECT sum(good + defective + rework) FROM %1 y "
                                        "WHERE y.operation_id = cur.id), 0))) "
                                        "FROM work_order_operations cur JOIN work_order_operations "
                                        "prev ON prev.work_order_id = cur.work_order_id "
                                        "AND prev.deleted = 0 AND prev.seq = (SELECT max(seq) FROM "
                                        "work_order_operations z WHERE "
                                        "z.work_order_id = cur.work_order_id AND z.deleted = 0 AND "
                                        "z.seq < cur.seq) JOIN work_orders w ON "
                                        "w.id = cur.work_order_id WHERE cur.deleted = 0 AND "
                                        "w.deleted = 0 AND w.state IN ('released', "
                                        "'in_progress', 'on_hold') GROUP BY cur.name")
                             .arg(Counting)));
    QHash<QString, double> expected;
    while (waiting.next()) {
        if (waiting.value(1).toDouble() > 0)
            expected.insert(waiting.value(0).toString(), waiting.value(1).toDouble());
    }
    QHash<QString, double> shown;
    for (const WipStep &step : f.wip)
        shown.insert(step.step, step.pieces);
    QCOMPARE(shown, expected);
    QVERIFY2(!shown.isEmpty(), "the demo has orders in progress with pieces between steps");

    // The late list: every open order whose due date has passed is on it.
    const double overdue =
        scalar(ws,
               QStringLiteral("SELECT count(*) FROM work_orders WHERE deleted = 0 AND "
                              "state IN ('released', 'in_progress', 'on_hold') AND "
                              "due_date < :today"),
               {{QStringLiteral(":today"), calendar.localDate(f.nowMs).toString(Qt::ISODate)}});
    int pastDue = 0;
    for (const DashboardOrder &order : f.lateOrders)
        pastDue += order.dueDate < calendar.localDate(f.nowMs) ? 1 : 0;
    QCOMPARE(double(pastDue), overdue);
}

void TstDashboardService::demoQualityFiguresEqualIndependentSql_data()
{
    demoFiguresEqualIndependentSql_data();
}

// The demo's inspections, first-article waits and dispositions against SQL written here: the
// waits as the overlap of [request, first passing first article) with the period up to now.
void TstDashboardService::demoQualityFiguresEqualIndependentSql()
{
    QFETCH(int, range);
    const Workspace &ws = **m_demo;
    const DashboardService service(ws);
    const DashboardPeriod period = service.period(DashboardRange(range));
    const Result<DashboardFigures> computed = service.compute(period);
    QVERIFY2(computed, qPrintable(computed.error()));
    const DashboardFigures &f = computed.value();
    const QVariantMap window{{QStringLiteral(":from"), period.fromMs},
                             {QStringLiteral(":to"), period.toMs},
                             {QStringLiteral(":end"), std::min(period.toMs, f.nowMs)}};
    const QString standing = QStringLiteral(
        "voids_inspection_id IS NULL AND id NOT IN (SELECT voids_inspection_id FROM inspections "
        "WHERE voids_inspection_id IS NOT NULL)");
    QCOMPARE(double(f.inspectionsPassed),
             scalar(ws,
                    QStringLiteral("SELECT count(*) FROM inspections WHERE result = 'pass' AND "
                                   "at >= :from AND at < :to AND ") + standing,
                    window));
    QCOMPARE(double(f.inspectionsFailed),
             scalar(ws,
                    QStringLiteral("SELECT count(*) FROM inspections WHERE result = 'fail' AND "
                                   "at >= :from AND at < :to AND ") + standing,
                    window));
    const double waits = scalar(
        ws,
        QStringLiteral("SELECT coalesce(sum(max(0, min(coalesce(answered, :end), :end) - "
                       "max(asked, :from))), 0) / 1000.0 FROM (SELECT r.at AS asked, (SELECT "
                       "min(at) FROM inspections i WHERE i.operation_id = r.operation_id AND "
                       "i.kind = 'first_article' AND i.result = 'pass' AND i.at >= r.at AND "
                       "i.id IN (SELECT id FROM inspections WHERE %1)) AS answered FROM "
                       "inspection_requests r WHERE r.kind = 'first_article' AND r.at < :end)")
            .arg(standing),
        window);
    QVERIFY2(near(f.firstArticleWaitSeconds, waits),
             qPrintable(QStringLiteral("%1 vs %2").arg(f.firstArticleWaitSeconds).arg(waits)));
    double machines = 0;
    for (const FirstArticleWait &wait : f.firstArticleWaits)
        machines += wait.seconds;
    QVERIFY(near(machines, f.firstArticleWaitSeconds));
    double decided = 0;
    for (const DispositionCount &d : f.dispositions)
        decided += d.pieces;
    QCOMPARE(decided, scalar(ws,
                             QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM "
                                            "nc_dispositions WHERE at >= :from AND at < :to"),
                             window));
    if (DashboardRange(range) == DashboardRange::Month)
        QVERIFY2(f.inspectionsPassed > 0 && f.firstArticleWaitSeconds > 0,
                 "the demo inspects and waits for first articles");
}

void TstDashboardService::demoOeeTotalsAreTheSumsOfTheMachines()
{
    const Workspace &ws = **m_demo;
    const DashboardService service(ws);
    const DashboardPeriod period = service.period(DashboardRange::Week);
    const Result<DashboardFigures> computed = service.compute(period);
    QVERIFY2(computed, qPrintable(computed.error()));
    const DashboardFigures &f = computed.value();
    QVERIFY2(f.oee.has_value(), qPrintable(f.oeeError));
    OeeElements summed;
    for (const OeeRow &row : f.oee->rows)
        summed += row.elements;
    QCOMPARE(f.oee->total.elements, summed);
    // Produced pieces: every counted report of the (clipped) period on a machine.
    const double produced =
        scalar(ws,
               QStringLiteral("SELECT coalesce(sum(r.good + r.defective + r.rework), 0) FROM %1 r "
                              "WHERE r.reported_at >= :from AND r.reported_at < :to "
                              "AND r.machine_id IS NOT NULL")
                   .arg(Counting),
               {{QStringLiteral(":from"), f.oee->fromMs}, {QStringLiteral(":to"), f.oee->toMs}});
    // (A subcontracted step's receipts have no machine: the supplier's pieces are no OEE.)
    QCOMPARE(summed.producedQty, produced);
    // The waterfall starts at the planned time and every loss is one of its elements.
    QCOMPARE(f.losses.size(), 8);
    QCOMPARE(f.losses.first().seconds, summed.pot());
    QCOMPARE(f.losses.at(1).seconds, summed.plannedDownSeconds);
    QCOMPARE(f.losses.at(2).seconds, summed.setupSeconds);
    QCOMPARE(f.losses.last().seconds, summed.fullyProductiveSeconds());
    // The Pareto's stop time equals the failures, unclassified, speed and quality stops.
    double paretoSeconds = 0;
    for (const DowntimeCount &bar : f.downtime)
        paretoSeconds += bar.seconds;
    QVERIFY(near(paretoSeconds, summed.availabilitySeconds + summed.unclassifiedSeconds +
                                    summed.performanceStopSeconds + summed.qualityStopSeconds));
}

void TstDashboardService::planAndDoneCountFinishedPiecesOnly()
{
    TestShop shop;
    shop.reportAt(TestShop::at(0, 9), shop.request(0, 30));
    shop.reportAt(TestShop::at(0, 10), shop.request(1, 20));
    QVERIFY(shop.ws->schedule()->reschedule());
    const DashboardService service(*shop.ws);
    const Result<DashboardFigures> today = service.compute(service.period(DashboardRange::Today));
    QVERIFY2(today, qPrintable(today.error()));
    // Only the milled (last-step) flanges are finished; the 80 left fit into Monday's shift.
    QCOMPARE(today.value().doneQty, 20.0);
    QCOMPARE(today.value().plannedQty, 100.0);
    QVERIFY(today.value().attainment.has_value());
    QCOMPARE(*today.value().attainment, 0.2);
    // Eight working hours, each with an eighth of the plan as its target.
    QCOMPARE(today.value().output.size(), 8);
    QCOMPARE(today.value().output.at(0).startMs, TestShop::at(0, 8));
    QCOMPARE(today.value().output.at(2).good, 20.0);
    QCOMPARE(today.value().output.at(2).target, 12.5);
    double target = 0;
    for (const OutputSlot &slot : today.value().output)
        target += slot.target;
    QCOMPARE(target, 100.0);
    // Yesterday is over: the schedule keeps no plan for it, and says so.
    const Result<DashboardFigures> before =
        service.compute(service.period(DashboardRange::Day, TestShop::day(-1)));
    QVERIFY(before);
    QVERIFY(!before.value().attainment);
    QCOMPARE(before.value().attainmentNotice, std::optional(DashboardNotice::PlanPassed));
}

void TstDashboardService::wipIsWhatWaitsBetweenSteps()
{
    TestShop shop;
    shop.reportAt(TestShop::at(0, 9), shop.request(0, 30, 2));
    shop.reportAt(TestShop::at(0, 10), shop.request(1, 20, 1));
    const DashboardService service(*shop.ws);
    const Result<DashboardFigures> f = service.compute(service.period(DashboardRange::Today));
    QVERIFY2(f, qPrintable(f.error()));
    // 30 good turned, 21 milled (20 good, 1 defective): 9 wait at milling; none before turning.
    QCOMPARE(f.value().wip.size(), 1);
    QCOMPARE(f.value().wip.first().step, QStringLiteral("铣削"));
    QCOMPARE(f.value().wip.first().pieces, 9.0);
    QCOMPARE(f.value().wip.first().orders, 1);
    const Result<QList<DashboardOrder>> behind = service.ordersWaitingAt(QStringLiteral("铣削"));
    QVERIFY(behind);
    QCOMPARE(behind.value().size(), 1);
    QCOMPARE(behind.value().first().number, shop.number());
    QCOMPARE(behind.value().first().waiting, 9.0);
}

void TstDashboardService::yieldAndDefectsSumBeforeDividing()
{
    TestShop shop;
    shop.reportAt(TestShop::at(0, 9), shop.request(0, 90, 10)); // 90 %
    shop.reportAt(TestShop::at(0, 10), shop.request(1, 9, 1));  // 90 %, on far fewer pieces
    const DashboardService service(*shop.ws);
    const DashboardPeriod period = service.period(DashboardRange::Today);
    const Result<DashboardFigures> f = service.compute(period);
    QVERIFY2(f, qPrintable(f.error()));
    QCOMPARE(f.value().yieldGood, 99.0);
    QCOMPARE(f.value().yieldMade, 110.0);
    QCOMPARE(*f.value().firstPassYield, 0.9);
    QCOMPARE(f.value().yields.size(), 1);
    QCOMPARE(f.value().yields.first().steps.size(), 2);
    QVERIFY(near(*f.value().yields.first().rolled, 0.81)); // 0.9 × 0.9: a piece must pass both
    QCOMPARE(f.value().defects.size(), 1);
    QCOMPARE(f.value().defects.first().reason, QStringLiteral("划伤"));
    QCOMPARE(f.value().defects.first().pieces, 11.0);
    DashboardReportQuery query;
    query.fromMs = period.fromMs;
    query.toMs = period.toMs;
    query.defectiveOnly = true;
    query.defectReasonId = shop.scratch;
    const Result<QList<DashboardReport>> rows = service.reports(query);
    QVERIFY(rows);
    QCOMPARE(rows.value().size(), 2);
    QCOMPARE(rows.value().first().defective, 10.0);
    QCOMPARE(rows.value().first().machine, QStringLiteral("LATHE-1"));
}

void TstDashboardService::voidedReportsDoNotCount()
{
    TestShop shop;
    shop.reportAt(TestShop::at(0, 9), shop.request(0, 30));
    const QString wrong = shop.reportAt(TestShop::at(0, 10), shop.request(1, 25));
    shop.reportAt(TestShop::at(0, 11), shop.request(1, 5));
    QVERIFY(shop.ws->reporting()->voidReport(wrong, QStringLiteral("typed 25 for 2")));
    const DashboardService service(*shop.ws);
    const Result<DashboardFigures> f = service.compute(service.period(DashboardRange::Today));
    QVERIFY2(f, qPrintable(f.error()));
    QCOMPARE(f.value().doneQty, 5.0);
    QCOMPARE(f.value().wip.first().pieces, 25.0);
}

void TstDashboardService::andonTimesAreAverageSeconds()
{
    TestShop shop;
    AndonService *andon = shop.ws->andon();
    shop.setNow(TestShop::at(0, 9));
    const Result<QString> first =
        andon->call(shop.lathe, AndonKind::Material, shop.wang, QStringLiteral("缺料"));
    QVERIFY2(first, qPrintable(first.error()));
    shop.setNow(TestShop::at(0, 9, 2));
    QVERIFY(andon->acknowledge(first.value(), QStringLiteral("来了")));
    shop.setNow(TestShop::at(0, 9, 12));
    QVERIFY(andon->close(first.value(), QStringLiteral("已补料")));
    shop.setNow(TestShop::at(0, 10));
    const Result<QString> second =
        andon->call(shop.mill, AndonKind::Quality, shop.wang, QStringLiteral("尺寸"));
    QVERIFY(second);
    shop.setNow(TestShop::at(0, 10, 4));
    QVERIFY(andon->acknowledge(second.value(), QStringLiteral("来了")));
    const DashboardService service(*shop.ws);
    const Result<DashboardFigures> f = service.compute(service.period(DashboardRange::Today));
    QVERIFY2(f, qPrintable(f.error()));
    QCOMPARE(f.value().andonCalls, 2);
    QCOMPARE(f.value().calls.size(), 2);         // the rows behind the tile
    QCOMPARE(*f.value().responseSeconds, 180.0); // (2 + 4) min ÷ 2
    QCOMPARE(*f.value().repairSeconds, 600.0);   // one closed, 10 min after its acknowledgement
    const Result<DashboardFigures> none =
        service.compute(service.period(DashboardRange::Day, TestShop::day(-1)));
    QVERIFY(none);
    QCOMPARE(none.value().andonCalls, 0);
    QVERIFY(!none.value().responseSeconds);
    QVERIFY(!none.value().repairSeconds);
}

// Quality facts written here as SQL (the rows the quality services write): verdicts in the
// period without the voided one, the first-article waiting per machine from each request to the
// first passing first article (or now), nonconformances open at the end and pieces by decision.
void TstDashboardService::qualityFiguresCountInspectionsWaitsAndDispositions()
{
    TestShop shop;
    Test::QualityFacts q(*shop.ws);
    const QString plan = QStringLiteral("plan");
    q.plan(plan, shop.flange);
    const QString step0 = shop.step(0), step1 = shop.step(1);
    const auto fa = QStringLiteral("first_article");
    const auto pass = QStringLiteral("pass"), fail = QStringLiteral("fail");
    // Yesterday: asked and passed within five minutes (not in today's figures).
    q.request(QStringLiteral("r0"), step0, shop.lathe, TestShop::at(-1, 10));
    q.inspection(QStringLiteral("i0"), fa, plan, step0, shop.lathe, pass, TestShop::at(-1, 10, 5));
    // Today on the lathe: failed first, passed 25 minutes after the request.
    q.request(QStringLiteral("r1"), step0, shop.lathe, TestShop::at(0, 8));
    q.inspection(QStringLiteral("i1"), fa, plan, step0, shop.lathe, fail, TestShop::at(0, 8, 10));
    q.inspection(QStringLiteral("i2"), fa, plan, step0, shop.lathe, pass, TestShop::at(0, 8, 25));
    // A patrol passed, then voided (its voiding record is no verdict either).
    q.inspection(QStringLiteral("i3"), QStringLiteral("patrol"), plan, step0, shop.lathe, pass,
                 TestShop::at(0, 8, 40));
    q.inspection(QStringLiteral("i4"), QStringLiteral("patrol"), plan, step0, shop.lathe, pass,
                 TestShop::at(0, 8, 45), QStringLiteral("i3"));
    // On the mill: asked at 9:00, nobody came yet (now 9:30).
    q.request(QStringLiteral("r2"), step1, shop.mill, TestShop::at(0, 9));
    q.nonconformance(QStringLiteral("NC-1"), shop.flange, QStringLiteral("i1"), 1,
                     TestShop::at(-1, 11));
    q.disposition(QStringLiteral("NC-1"), QStringLiteral("concession"), 1, TestShop::at(-1, 12));
    q.nonconformance(QStringLiteral("NC-2"), shop.flange, QStringLiteral("i1"), 5,
                     TestShop::at(0, 8, 12));
    q.disposition(QStringLiteral("NC-2"), QStringLiteral("rework"), 2, TestShop::at(0, 8, 30));
    q.disposition(QStringLiteral("NC-2"), QStringLiteral("scrap"), 1, TestShop::at(0, 8, 31));
    shop.setNow(TestShop::at(0, 9, 30));

    const DashboardService service(*shop.ws);
    const Result<DashboardFigures> f = service.compute(service.period(DashboardRange::Today));
    QVERIFY2(f, qPrintable(f.error()));
    QCOMPARE(f.value().inspectionsPassed, 1);
    QCOMPARE(f.value().inspectionsFailed, 1);
    QCOMPARE(f.value().firstArticleWaits.size(), 2);
    QCOMPARE(f.value().firstArticleWaits.at(0).machineId, shop.mill); // most first
    QCOMPARE(f.value().firstArticleWaits.at(0).seconds, 30 * 60.0);
    QCOMPARE(f.value().firstArticleWaits.at(0).open, 1);
    QCOMPARE(f.value().firstArticleWaits.at(1).machineId, shop.lathe);
    QCOMPARE(f.value().firstArticleWaits.at(1).seconds, 25 * 60.0);
    QCOMPARE(f.value().firstArticleWaits.at(1).requests, 1);
    QCOMPARE(f.value().firstArticleWaits.at(1).open, 0);
    QCOMPARE(f.value().firstArticleWaitSeconds, 55 * 60.0);
    QCOMPARE(f.value().openNonconformances, 1);
    QCOMPARE(f.value().openNonconformingPieces, 2.0);
    QHash<QString, double> pieces;
    for (const DispositionCount &d : f.value().dispositions)
        pieces.insert(d.key, d.pieces);
    QCOMPARE(f.value().dispositions.size(), 5);
    QCOMPARE(pieces.value(QStringLiteral("rework")), 2.0);
    QCOMPARE(pieces.value(QStringLiteral("scrap")), 1.0);
    QCOMPARE(pieces.value(QStringLiteral("concession")), 0.0); // yesterday's
    // The same from SQL written here: the verdicts and the decided pieces of the day.
    const QVariantMap day = {{QStringLiteral(":from"), f.value().fromMs},
                             {QStringLiteral(":to"), f.value().toMs}};
    QCOMPARE(double(f.value().inspectionsPassed),
             scalar(*shop.ws,
                    QStringLiteral("SELECT count(*) FROM inspections WHERE result = 'pass' AND "
                                   "at >= :from AND at < :to AND voids_inspection_id IS NULL AND "
                                   "id NOT IN (SELECT voids_inspection_id FROM inspections WHERE "
                                   "voids_inspection_id IS NOT NULL)"),
                    day));
    QCOMPARE(3.0, scalar(*shop.ws,
                         QStringLiteral("SELECT sum(quantity) FROM nc_dispositions WHERE at >= "
                                        ":from AND at < :to"),
                         day));
    // Yesterday: five minutes on the lathe, one concession piece.
    const Result<DashboardFigures> y =
        service.compute(service.period(DashboardRange::Day, TestShop::day(-1)));
    QVERIFY(y);
    QCOMPARE(y.value().firstArticleWaitSeconds, 5 * 60.0);
    QCOMPARE(y.value().inspectionsPassed, 1);
    QCOMPARE(y.value().openNonconformances, 0);
}

void TstDashboardService::futurePeriodSaysSoInsteadOfZero()
{
    TestShop shop;
    shop.reportAt(TestShop::at(0, 9), shop.request(0, 30, 3));
    const DashboardService service(*shop.ws);
    const DashboardPeriod next = service.period(DashboardRange::Day, TestShop::day(7));
    const Result<DashboardFigures> f = service.compute(next);
    QVERIFY2(f, qPrintable(f.error()));
    QCOMPARE(f.value().doneQty, 0.0);
    QVERIFY(!f.value().attainment);
    QCOMPARE(f.value().attainmentNotice, std::optional(DashboardNotice::FuturePeriod));
    QVERIFY(!f.value().onTimeRate);
    QVERIFY(!f.value().firstPassYield);
    QVERIFY(f.value().defects.isEmpty());
    QVERIFY(!DashboardService::noticeText(DashboardNotice::FuturePeriod).isEmpty());
    for (const OutputSlot &slot : f.value().output)
        QCOMPARE(slot.good, 0.0);
    if (f.value().oee) {
        QVERIFY(!f.value().oee->total.figures.oee);
        QVERIFY(!f.value().oee->total.notices.isEmpty());
    }
}

void TstDashboardService::dayOffHasNoTargetAndNoFakeRate()
{
    TestShop shop;
    QVERIFY(shop.ws->schedule()->setCalendar(TestShop::calendar({TestShop::day(1)})));
    shop.setNow(TestShop::at(2, 9));
    const DashboardService service(*shop.ws);
    const DashboardPeriod holiday = service.period(DashboardRange::Day, TestShop::day(1));
    const Result<DashboardFigures> f = service.compute(holiday);
    QVERIFY2(f, qPrintable(f.error()));
    QVERIFY(f.value().output.isEmpty()); // no working hour and nothing reported: no slots
    QVERIFY(!f.value().attainment);
    QVERIFY(!f.value().firstPassYield);
    QVERIFY(f.value().oee.has_value() || !f.value().oeeError.isEmpty());
    if (f.value().oee) {
        QCOMPARE(f.value().oee->total.elements.pot(), 0.0);
        QVERIFY(!f.value().oee->total.figures.availability);
        QVERIFY(f.value().oee->total.notices.contains(OeeNotice::NoCalendarTime));
        for (const LossStep &step : f.value().losses)
            QVERIFY(std::isfinite(step.seconds));
    }
}

void TstDashboardService::machineWithoutEventsIsNotFullyAvailable()
{
    TestShop shop;
    shop.reportAt(TestShop::at(0, 9), shop.request(0, 30));
    shop.setNow(TestShop::at(0, 12));
    const DashboardService service(*shop.ws);
    const Result<DashboardFigures> f = service.compute(service.period(DashboardRange::Today));
    QVERIFY2(f, qPrintable(f.error()));
    QVERIFY2(f.value().oee.has_value(), qPrintable(f.value().oeeError));
    bool seen = false;
    for (const OeeRow &row : f.value().oee->rows) {
        if (row.key != shop.lathe)
            continue;
        seen = true;
        // No status event: its time is unknown, shown as unclassified and said, never running.
        QVERIFY(row.notices.contains(OeeNotice::NoStatusEvents));
        QVERIFY(row.figures.availability.value_or(0) < 1.0);
    }
    QVERIFY(seen);
    bool unclassified = false;
    for (const DowntimeCount &bar : f.value().downtime)
        unclassified |=
            bar.use == TimeUse::Unclassified && bar.reasonId.isEmpty() && bar.seconds > 0;
    QVERIFY2(unclassified, "the Pareto shows the unknown time as 未分类");
}

void TstDashboardService::periodsFollowTheCalendar()
{
    TestShop shop;
    shop.setNow(TestShop::at(2, 10, 30)); // Wednesday mid-shift
    const DashboardService service(*shop.ws);
    const DashboardPeriod today = service.period(DashboardRange::Today);
    QCOMPARE(today.fromMs, TestShop::at(2, 0));
    QCOMPARE(today.toMs, TestShop::at(3, 0));
    const DashboardPeriod shift = service.period(DashboardRange::Shift);
    QCOMPARE(shift.fromMs, TestShop::at(2, 8));
    QCOMPARE(shift.toMs, TestShop::at(2, 16));
    const DashboardPeriod week = service.period(DashboardRange::Week);
    QCOMPARE(week.fromMs, TestShop::at(0, 0));
    QCOMPARE(week.toMs, TestShop::at(7, 0));
    const DashboardPeriod month = service.period(DashboardRange::Month);
    const QDate first(TestShop::day(2).year(), TestShop::day(2).month(), 1);
    QCOMPARE(month.fromMs, TestShop::calendar().startOfDayUtcMs(first));
    QCOMPARE(month.toMs, TestShop::calendar().startOfDayUtcMs(first.addMonths(1)));
    // After the shift the last one begun is "this shift"; before the first, the next one.
    shop.setNow(TestShop::at(2, 18));
    QCOMPARE(service.period(DashboardRange::Shift).fromMs, TestShop::at(2, 8));
    shop.setNow(TestShop::at(2, 6));
    QCOMPARE(service.period(DashboardRange::Shift).fromMs, TestShop::at(2, 8));
}

QTEST_GUILESS_MAIN(TstDashboardService)
#include "tst_dashboardservice.moc"
