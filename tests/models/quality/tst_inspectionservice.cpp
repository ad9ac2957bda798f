// Recording inspections (质检记录): a first article, a patrol, a sampled final inspection and an
// incoming inspection are saved as one inspection with a value per entry in one transaction,
// with the verdict the plan and GB/T 2828.1 give; a failed incoming inspection blocks the lot;
// every bad input is refused with a clear message and nothing written; a void keeps the
// inspection, marked.
#include "inspectionshop.h"
#include "services/station/reportingservice.h"
#include "services/station/stationpinservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Taktline;

class TstInspectionService : public QObject
{
    Q_OBJECT
private slots:
    void firstArticlePassesWithItsValues();
    void aReadingOutsideTheLimitsFailsTheFirstArticle();
    void aRequestIsAnsweredOnce();
    void patrolIsRecorded();
    void finalInspectionSamplesByTheTables();
    void failedIncomingInspectionBlocksTheLot();
    void badInputIsRefusedAndNothingWritten();
    void onlyAnInspectorSignsAtTheStation();
    void voidingKeepsTheInspectionMarked();
};

void TstInspectionService::firstArticlePassesWithItsValues()
{
    InspectionShop f;
    InspectionInput input = f.turning(10.01);
    input.employeeId = f.inspector;
    const InspectionVerdict verdict = f.record(input);
    QVERIFY(verdict.passed);
    QCOMPARE(verdict.nonconforming, 0);
    QCOMPARE(verdict.judgements.size(), 3);
    QVERIFY(!verdict.sampling);
    QVERIFY(!verdict.inspectionId.isEmpty());
    QCOMPARE(f.rows("inspections"), 1);
    QCOMPARE(f.rows("inspection_values"), 3);
    QCOMPARE(f.scalar(QStringLiteral("SELECT kind || '|' || result || '|' || machine_id FROM "
                                     "inspections")),
             QStringLiteral("first_article|pass|") + f.lathe);

    const Result<InspectionRecord> found = f.ws->inspections()->find(verdict.inspectionId);
    QVERIFY2(found.ok(), qPrintable(found.error()));
    QCOMPARE(found.value().inspector, QStringLiteral("赵敏"));
    QCOMPARE(found.value().workOrderNumber, f.number());
    QCOMPARE(found.value().seq, 10);
    QCOMPARE(found.value().machineCode, QStringLiteral("LATHE-1"));
    QCOMPARE(found.value().entries.size(), 3);
    QCOMPARE(*found.value().entries.constFirst().value, 10.01);
    QCOMPARE(found.value().entries.at(1).text, QStringLiteral("良好"));
}

void TstInspectionService::aReadingOutsideTheLimitsFailsTheFirstArticle()
{
    InspectionShop f;
    InspectionInput input = f.turning(10.12);
    const Result<InspectionVerdict> preview = f.ws->inspections()->preview(input);
    QVERIFY2(preview.ok(), qPrintable(preview.error()));
    QVERIFY(!preview.value().passed);
    QCOMPARE(f.rows("inspections"), 0); // a preview writes nothing
    const InspectionVerdict verdict = f.record(input);
    QVERIFY(!verdict.passed);
    QCOMPARE(verdict.nonconforming, 1);
    QVERIFY(!verdict.judgements.constFirst().ok);
    QVERIFY(verdict.judgements.at(1).ok);
    QCOMPARE(f.scalar(QStringLiteral("SELECT group_concat(ok, '') FROM (SELECT ok FROM "
                                     "inspection_values ORDER BY characteristic_id = '%1' DESC)")
                          .arg(f.diameter)),
             QStringLiteral("011"));
    // A severe scratch is not an acceptable look either.
    InspectionInput scratched = f.turning(10.0);
    scratched.entries[1].text = QStringLiteral("严重划伤");
    QVERIFY(!f.record(scratched).passed);
}

void TstInspectionService::aRequestIsAnsweredOnce()
{
    InspectionShop f;
    const Result<QString> first = f.ws->inspections()->requestFirstArticle(f.step(0), f.lathe, f.wang);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const Result<QString> again = f.ws->inspections()->requestFirstArticle(f.step(0), f.lathe, f.wang);
    QCOMPARE(again.value(), first.value());
    QCOMPARE(f.rows("inspection_requests"), 1);
    f.record(f.turning(10.0)); // answers the open request
    QCOMPARE(f.scalar(QStringLiteral("SELECT request_id FROM inspections")), first.value());
    const Result<QString> next = f.ws->inspections()->requestFirstArticle(f.step(0), f.lathe, f.wang);
    QVERIFY(next.ok());
    QVERIFY(next.value() != first.value());
    // The milling step has no plan asking for a first article.
    const Result<QString> mill = f.ws->inspections()->requestFirstArticle(f.step(1), f.mill, f.wang);
    QVERIFY(!mill.ok());
    QVERIFY2(mill.error().contains(QStringLiteral("first article")), qPrintable(mill.error()));
}

void TstInspectionService::patrolIsRecorded()
{
    InspectionShop f;
    const InspectionVerdict verdict = f.record(f.turning(9.97, InspectionKind::Patrol));
    QVERIFY(verdict.passed);
    QCOMPARE(f.scalar(QStringLiteral("SELECT kind FROM inspections")), QStringLiteral("patrol"));
}

void TstInspectionService::finalInspectionSamplesByTheTables()
{
    InspectionShop f;
    f.completeOrder(); // the last step made 100 good: the lot
    const Result<SamplingPlan> expected =
        SamplingTables::lookup(100, InspectionLevel::II, 6.5, Severity::Normal);
    QVERIFY2(expected.ok(), qPrintable(expected.error()));
    const SamplingPlan &plan = expected.value();
    QVERIFY(plan.accept >= 1);

    InspectionInput input;
    input.kind = InspectionKind::Final;
    input.workOrderId = f.order;
    input.entries = InspectionShop::samples(f.finalDiameter, plan.sampleSize, plan.accept);
    const InspectionVerdict accepted = f.record(input);
    QVERIFY(accepted.passed); // Ac nonconforming samples still accept the lot
    QCOMPARE(accepted.nonconforming, plan.accept);
    QVERIFY(accepted.sampling);
    QCOMPARE(accepted.sampling->sampleSize, plan.sampleSize);
    QCOMPARE(f.scalar(QStringLiteral("SELECT lot_size || '|' || sample_size || '|' || code_letter "
                                     "|| '|' || severity || '|' || accept_number || '|' || "
                                     "reject_number FROM inspections")),
             QStringLiteral("100.0|%1|%2|normal|%3|%4")
                 .arg(plan.sampleSize)
                 .arg(plan.codeLetter)
                 .arg(plan.accept)
                 .arg(plan.reject));
    QCOMPARE(f.rows("inspection_values"), plan.sampleSize);

    input.entries = InspectionShop::samples(f.finalDiameter, plan.sampleSize, plan.reject);
    const InspectionVerdict rejected = f.record(input);
    QVERIFY(!rejected.passed); // Re nonconforming samples reject it
    QCOMPARE(rejected.nonconforming, plan.reject);
}

void TstInspectionService::failedIncomingInspectionBlocksTheLot()
{
    InspectionShop f;
    const Result<SamplingPlan> plan =
        SamplingTables::lookup(100, InspectionLevel::II, 6.5, Severity::Normal);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    InspectionInput input;
    input.kind = InspectionKind::Incoming;
    input.lotCode = f.steelLot;
    input.entries = InspectionShop::samples(f.thickness, plan.value().sampleSize,
                                            plan.value().reject, 2.0, 2.3);
    const InspectionVerdict verdict = f.record(input);
    QVERIFY(!verdict.passed);
    QCOMPARE(f.scalar(QStringLiteral("SELECT supplier || '|' || lot_size FROM inspections")),
             QStringLiteral("宝钢|100.0"));
    QCOMPARE(f.scalar(QStringLiteral("SELECT blocked FROM material_lots WHERE lot_no = '%1'")
                          .arg(f.steelLot)),
             QStringLiteral("1"));
    QVERIFY(f.scalar(QStringLiteral("SELECT block_reason FROM material_lots"))
                .contains(QStringLiteral("Incoming inspection failed")));
}

void TstInspectionService::badInputIsRefusedAndNothingWritten()
{
    InspectionShop f;
    const InspectionInput good = f.turning(10.0);
    const Result<InspectionVerdict> fine = f.ws->inspections()->preview(good);
    QVERIFY2(fine.ok(), qPrintable(fine.error()));

    struct Case
    {
        const char *name;
        std::function<void(InspectionInput &)> change;
        QString expect; // a word of the message
    };
    const QList<Case> cases = {
        {"implausible value", [](InspectionInput &i) { i.entries[0].value = 100.0; },
         QStringLiteral("cannot be a reading")},
        {"missing required", [](InspectionInput &i) { i.entries.removeAt(2); },
         QStringLiteral("螺纹通止规")},
        {"unknown choice", [](InspectionInput &i) { i.entries[1].text = QStringLiteral("红色"); },
         QStringLiteral("红色")},
        {"text for a number", [](InspectionInput &i) {
             i.entries[0].value.reset();
             i.entries[0].text = QStringLiteral("abc");
         }, QStringLiteral("not a number")},
        {"foreign characteristic", [&f](InspectionInput &i) { i.entries[0].characteristicId = f.thickness; },
         QStringLiteral("not in the plan")},
        {"twice the same", [](InspectionInput &i) { i.entries.append(i.entries.constFirst()); },
         QStringLiteral("twice")},
        {"no plan for the step", [&f](InspectionInput &i) { i.operationId = f.step(1); },
         QStringLiteral("No inspection plan")},
        {"unknown step", [](InspectionInput &i) { i.operationId = QStringLiteral("nope"); },
         QStringLiteral("does not exist")},
        {"unknown lot", [](InspectionInput &i) {
             i.kind = InspectionKind::Incoming;
             i.lotCode = QStringLiteral("L0000-9999");
         }, QStringLiteral("L0000-9999")},
        {"unknown serial", [](InspectionInput &i) { i.serial = QStringLiteral("SN-NONE"); },
         QStringLiteral("SN-NONE")},
        {"lot size outside the tables", [&f](InspectionInput &i) {
             i.kind = InspectionKind::Final;
             i.workOrderId = f.order;
             i.lotSize = 0.5;
             i.entries = {InspectionShop::value(f.finalDiameter, 10.0)};
         }, QStringLiteral("lot size")},
        {"fewer samples than the plan", [&f](InspectionInput &i) {
             i.kind = InspectionKind::Final;
             i.workOrderId = f.order;
             i.lotSize = 100;
             i.entries = {InspectionShop::value(f.finalDiameter, 10.0)};
         }, QStringLiteral("Sample 2")},
    };
    const QString before = f.fingerprint();
    for (const Case &c : cases) {
        InspectionInput input = good;
        c.change(input);
        const Result<InspectionVerdict> saved = f.ws->inspections()->record(input);
        QVERIFY2(!saved.ok(), c.name);
        QVERIFY2(saved.error().contains(c.expect), qPrintable(QString::fromLatin1(c.name) +
                                                              QStringLiteral(": ") + saved.error()));
        QCOMPARE(f.fingerprint(), before);
    }

    // An AQL the tables do not have.
    f.exec(QStringLiteral("UPDATE inspection_plans SET aql = 0.3 WHERE id = ?"), {f.finalPlan});
    InspectionInput final;
    final.kind = InspectionKind::Final;
    final.workOrderId = f.order;
    final.lotSize = 100;
    final.entries = InspectionShop::samples(f.finalDiameter, 20, 0);
    const Result<InspectionVerdict> aql = f.ws->inspections()->record(final);
    QVERIFY(!aql.ok());
    QVERIFY(!aql.error().isEmpty());
    QCOMPARE(f.fingerprint(), before);

    // A closed order takes no more inspections.
    f.completeOrder();
    Fixture::require(f.ws->workOrders()->apply(f.order, WorkOrderAction::Close,
                                               f.ws->workOrders()->find(f.order).value().version),
                     "close");
    const QString closedBefore = f.fingerprint();
    const Result<InspectionVerdict> closed = f.ws->inspections()->record(good);
    QVERIFY(!closed.ok());
    QVERIFY2(closed.error().contains(QStringLiteral("closed")), qPrintable(closed.error()));
    QCOMPARE(f.fingerprint(), closedBefore);
}

void TstInspectionService::onlyAnInspectorSignsAtTheStation()
{
    InspectionShop f;
    f.report(f.request(0, 10)); // Wang reported the turning step
    const QString before = f.fingerprint();
    InspectionInput input = f.turning(10.0);
    input.employeeId = f.li; // not an inspector
    Result<InspectionVerdict> saved = f.ws->inspections()->record(input);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("inspector")), qPrintable(saved.error()));

    f.exec(QStringLiteral("UPDATE employees SET inspector = 1 WHERE id = ?"), {f.wang});
    input.employeeId = f.wang; // an inspector, but he reported the step
    saved = f.ws->inspections()->record(input);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("reported this step")), qPrintable(saved.error()));

    // With PINs on, the inspector's PIN must have been typed.
    StationRules rules = f.ws->reporting()->rules();
    rules.pinRequired = true;
    Fixture::require(f.ws->reporting()->setRules(rules), "rules");
    const QString withRules = f.fingerprint();
    input.employeeId = f.inspector;
    saved = f.ws->inspections()->record(input);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("PIN")), qPrintable(saved.error()));
    QCOMPARE(f.fingerprint(), withRules);

    // An operator's session records nothing without an inspector's badge.
    f.signIn(Role::Operator);
    input.employeeId.clear();
    saved = f.ws->inspections()->record(input);
    QVERIFY(!saved.ok());
    QCOMPARE(f.fingerprint(), withRules);
    Q_UNUSED(before);
}

void TstInspectionService::voidingKeepsTheInspectionMarked()
{
    InspectionShop f;
    const InspectionVerdict verdict = f.record(f.turning(10.0));
    QVERIFY(!f.ws->inspections()->voidInspection(verdict.inspectionId, QStringLiteral(" ")).ok());
    const Result<QString> voided =
        f.ws->inspections()->voidInspection(verdict.inspectionId, QStringLiteral("量具未校准"));
    QVERIFY2(voided.ok(), qPrintable(voided.error()));
    QCOMPARE(f.rows("inspections"), 2);
    const Result<InspectionRecord> found = f.ws->inspections()->find(verdict.inspectionId);
    QVERIFY(found.value().voided);
    const Result<QList<InspectionRecord>> listed = f.ws->inspections()->inspections({});
    QCOMPARE(listed.value().size(), 1); // the correction is not a second inspection
    QVERIFY(listed.value().constFirst().voided);
    const Result<QString> twice =
        f.ws->inspections()->voidInspection(verdict.inspectionId, QStringLiteral("again"));
    QVERIFY(!twice.ok());
    QVERIFY(!f.ws->inspections()->voidInspection(voided.value(), QStringLiteral("undo")).ok());
    f.signIn(Role::Operator);
    const InspectionVerdict other = f.record([&] {
        InspectionInput input = f.turning(10.0);
        input.employeeId = f.inspector;
        return input;
    }());
    QVERIFY(!f.ws->inspections()->voidInspection(other.inspectionId, QStringLiteral("x")).ok());
}

QTEST_GUILESS_MAIN(TstInspectionService)
#include "tst_inspectionservice.moc"
