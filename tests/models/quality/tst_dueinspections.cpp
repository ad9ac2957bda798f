// What is due (待检), derived from the facts by the workspace clock: a first article asked for
// or not yet passed on a running step (again after a set-up), a patrol every N pieces or N
// minutes since the step's last first article or patrol, a completed order's final inspection,
// a received lot's incoming inspection; and the switching rules replayed over a product's
// final inspections in order.
#include "inspectionshop.h"
#include "services/station/machinestatusservice.h"

#include <QTest>

using namespace Taktline;
using namespace std::chrono_literals;

class TstDueInspections : public QObject
{
    Q_OBJECT
private slots:
    void requestedFirstArticleIsDue();
    void startedStepWaitsForAPassingFirstArticle();
    void aSetupAsksForTheFirstArticleAgain();
    void patrolByPieces();
    void patrolByMinutes();
    void finalAfterCompletion();
    void incomingForAReceivedLot();
    void switchingReplaysTheFinalInspections();
};

namespace {

QList<DueInspection> due(const InspectionShop &f, const QString &machine = {})
{
    const Result<QList<DueInspection>> found = f.ws->inspections()->due(machine);
    if (!found)
        qFatal("due: %s", qPrintable(found.error()));
    return found.value();
}

QList<DueInspection> ofKind(const QList<DueInspection> &all, InspectionKind kind)
{
    QList<DueInspection> found;
    for (const DueInspection &d : all) {
        if (d.kind == kind)
            found.append(d);
    }
    return found;
}

} // namespace

void TstDueInspections::requestedFirstArticleIsDue()
{
    InspectionShop f;
    QVERIFY(ofKind(due(f), InspectionKind::FirstArticle).isEmpty()); // nothing runs yet
    f.setNow(TestShop::at(0, 9));
    const QString request = f.ws->inspections()->requestFirstArticle(f.step(0), f.lathe, f.wang).value();
    f.advance(10min);
    const QList<DueInspection> first = ofKind(due(f, f.lathe), InspectionKind::FirstArticle);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.constFirst().requestId, request);
    QCOMPARE(first.constFirst().dueSinceMs, TestShop::at(0, 9));
    QCOMPARE(first.constFirst().machineCode, QStringLiteral("LATHE-1"));
    QCOMPARE(first.constFirst().seq, 10);
    QVERIFY(!first.constFirst().why.isEmpty());
    QVERIFY(due(f, f.mill).isEmpty());
    f.record(f.turning(10.0));
    QVERIFY(ofKind(due(f), InspectionKind::FirstArticle).isEmpty());
}

void TstDueInspections::startedStepWaitsForAPassingFirstArticle()
{
    InspectionShop f;
    f.reportAt(TestShop::at(0, 9), f.request(0, 5)); // the plan does not gate: good accepted
    QCOMPARE(ofKind(due(f), InspectionKind::FirstArticle).size(), 1);
    f.record(f.turning(10.2)); // failed
    QCOMPARE(ofKind(due(f), InspectionKind::FirstArticle).size(), 1);
    const InspectionVerdict pass = f.record(f.turning(10.0));
    QVERIFY(ofKind(due(f), InspectionKind::FirstArticle).isEmpty());
    // A voided pass does not count.
    QVERIFY(f.ws->inspections()->voidInspection(pass.inspectionId, QStringLiteral("错检")).ok());
    QCOMPARE(ofKind(due(f), InspectionKind::FirstArticle).size(), 1);
}

void TstDueInspections::aSetupAsksForTheFirstArticleAgain()
{
    InspectionShop f;
    f.reportAt(TestShop::at(0, 9), f.request(0, 5));
    f.setNow(TestShop::at(0, 9, 10));
    f.record(f.turning(10.0));
    QVERIFY(ofKind(due(f), InspectionKind::FirstArticle).isEmpty());
    f.setNow(TestShop::at(0, 11));
    Fixture::require(f.ws->machineStatus()->setStatus(f.lathe, MachineStatus::Setup, {}, f.wang),
                     "setup");
    f.advance(1min);
    const QList<DueInspection> again = ofKind(due(f), InspectionKind::FirstArticle);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.constFirst().dueSinceMs, TestShop::at(0, 11));
}

void TstDueInspections::patrolByPieces()
{
    InspectionShop f;
    f.reportAt(TestShop::at(0, 9), f.request(0, 5));
    f.setNow(TestShop::at(0, 9, 5));
    f.record(f.turning(10.0)); // the first article: the patrol counts from here
    f.reportAt(TestShop::at(0, 10), f.request(0, 30));
    QVERIFY(ofKind(due(f), InspectionKind::Patrol).isEmpty()); // 30 of 50
    f.reportAt(TestShop::at(0, 11), f.request(0, 25));
    const QList<DueInspection> patrol = ofKind(due(f), InspectionKind::Patrol);
    QCOMPARE(patrol.size(), 1);
    QCOMPARE(patrol.constFirst().dueSinceMs, TestShop::at(0, 11)); // the report that made 55
    QVERIFY2(patrol.constFirst().why.contains(QStringLiteral("55")), qPrintable(patrol.constFirst().why));
    f.setNow(TestShop::at(0, 11, 30));
    f.record(f.turning(10.0, InspectionKind::Patrol));
    QVERIFY(ofKind(due(f), InspectionKind::Patrol).isEmpty());
}

void TstDueInspections::patrolByMinutes()
{
    InspectionShop f;
    f.exec(QStringLiteral("UPDATE inspection_plans SET patrol_pieces = 0, patrol_minutes = 120, "
                          "first_article = 0 WHERE id = ?"),
           {f.turningPlan});
    f.reportAt(TestShop::at(0, 9), f.request(0, 5));
    f.setNow(TestShop::at(0, 10, 59));
    QVERIFY(ofKind(due(f), InspectionKind::Patrol).isEmpty());
    f.setNow(TestShop::at(0, 11, 1));
    const QList<DueInspection> patrol = ofKind(due(f), InspectionKind::Patrol);
    QCOMPARE(patrol.size(), 1);
    QCOMPARE(patrol.constFirst().dueSinceMs, TestShop::at(0, 11));
    f.record(f.turning(10.0, InspectionKind::Patrol));
    f.advance(119min);
    QVERIFY(ofKind(due(f), InspectionKind::Patrol).isEmpty());
    f.advance(1min);
    QCOMPARE(ofKind(due(f), InspectionKind::Patrol).size(), 1);
}

void TstDueInspections::finalAfterCompletion()
{
    InspectionShop f;
    QVERIFY(ofKind(due(f), InspectionKind::Final).isEmpty());
    f.completeOrder();
    const QList<DueInspection> final = ofKind(due(f), InspectionKind::Final);
    QCOMPARE(final.size(), 1);
    QCOMPARE(final.constFirst().workOrderNumber, f.number());
    QCOMPARE(final.constFirst().planId, f.finalPlan);
    QVERIFY(ofKind(due(f, f.lathe), InspectionKind::Final).isEmpty()); // not a machine's
    const Result<SamplingPlan> plan = f.ws->inspections()->samplingFor(f.finalPlan, 100);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    InspectionInput input;
    input.kind = InspectionKind::Final;
    input.workOrderId = f.order;
    input.entries = InspectionShop::samples(f.finalDiameter, plan.value().sampleSize, 0);
    f.record(input);
    QVERIFY(ofKind(due(f), InspectionKind::Final).isEmpty());
}

void TstDueInspections::incomingForAReceivedLot()
{
    InspectionShop f;
    const QList<DueInspection> incoming = ofKind(due(f), InspectionKind::Incoming);
    QCOMPARE(incoming.size(), 1);
    QCOMPARE(incoming.constFirst().lotNo, f.steelLot);
    QVERIFY(incoming.constFirst().why.contains(QStringLiteral("宝钢")));
}

void TstDueInspections::switchingReplaysTheFinalInspections()
{
    InspectionShop f;
    f.completeOrder();
    const Result<SamplingPlan> normal = f.ws->inspections()->samplingFor(f.finalPlan, 100);
    QVERIFY2(normal.ok(), qPrintable(normal.error()));
    const auto inspect = [&](bool accept) {
        const Result<SamplingPlan> plan = f.ws->inspections()->samplingFor(f.finalPlan, 100);
        InspectionInput input;
        input.kind = InspectionKind::Final;
        input.workOrderId = f.order;
        input.entries = InspectionShop::samples(f.finalDiameter, plan.value().sampleSize,
                                                accept ? 0 : plan.value().reject);
        f.advance(1min);
        return f.record(input);
    };
    // Normal → tightened when 2 of 5 or fewer consecutive lots are not accepted.
    inspect(true);
    const InspectionVerdict firstRejected = inspect(false);
    inspect(true);
    QCOMPARE(f.ws->inspections()->switching(f.finalPlan).value().severity(), Severity::Normal);
    inspect(false);
    QCOMPARE(f.ws->inspections()->switching(f.finalPlan).value().severity(), Severity::Tightened);
    const Result<SamplingPlan> tightened = f.ws->inspections()->samplingFor(f.finalPlan, 100);
    const Result<SamplingPlan> table =
        SamplingTables::lookup(100, InspectionLevel::II, 6.5, Severity::Tightened);
    QCOMPARE(tightened.value().accept, table.value().accept);
    QCOMPARE(tightened.value().sampleSize, table.value().sampleSize);
    // The next inspection is sampled as tightened and says so.
    const InspectionVerdict next = inspect(true);
    QCOMPARE(next.severity, Severity::Tightened);
    // A voided rejection no longer counts: back to 1 of 5.
    QVERIFY(f.ws->inspections()->voidInspection(firstRejected.inspectionId, QStringLiteral("录错")).ok());
    QCOMPARE(f.ws->inspections()->switching(f.finalPlan).value().severity(), Severity::Normal);
}

QTEST_GUILESS_MAIN(TstDueInspections)
#include "tst_dueinspections.moc"
