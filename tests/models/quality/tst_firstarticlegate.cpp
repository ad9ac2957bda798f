// The first-article gate (首件检验): on a step whose inspection plan asks for a gated first
// article, the station reports no good quantity until a first article of the step passed after
// the machine was last set up; defective pieces are always accepted; a refusal writes nothing.
#include "services/quality/firstarticlegate.h"
#include "services/quality/inspectionplanservice.h"
#include "services/quality/inspectionservice.h"
#include "services/station/machineoverview.h"
#include "services/station/machinestatusservice.h"
#include "services/station/reportingservice.h"
#include "storage/database.h"
#include "storage/uuid.h"
#include "testshop.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Taktline;
using namespace std::chrono_literals;

namespace {

void exec(TestShop &f, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(f.ws->database().connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

// The flange's plan for routing step SEQ (the lathe's step is 10), saved as the planner does.
QString plan(TestShop &f, bool firstArticle, bool gate, int seq = 10)
{
    InspectionPlan plan;
    plan.productId = f.flange;
    plan.operationSeq = seq;
    plan.name = QStringLiteral("车削首检");
    plan.firstArticle = firstArticle;
    plan.firstArticleGate = gate;
    plan.patrolPieces = firstArticle ? 0 : 50; // a plan asks for something
    Characteristic look;
    look.seq = 1;
    look.name = QStringLiteral("外观");
    look.kind = CharacteristicKind::PassFail;
    plan.characteristics = {look};
    const Result<QString> saved = f.ws->inspectionPlans()->save(plan);
    if (!saved)
        qFatal("plan: %s", qPrintable(saved.error()));
    return saved.value();
}

QString request(TestShop &f, const QString &operationId)
{
    const QString id = newUuidV7();
    exec(f,
         QStringLiteral("INSERT INTO inspection_requests (id, kind, work_order_id, operation_id, "
                        "machine_id, employee_id, at, device_id) "
                        "VALUES (?, 'first_article', ?, ?, ?, ?, ?, ?)"),
         {id, f.order, operationId, f.lathe, f.wang, f.nowMs(), f.ws->database().deviceId()});
    return id;
}

QString inspect(TestShop &f, const QString &planId, const QString &operationId, bool pass,
                const QString &requestId = {}, const QString &voids = {})
{
    const QString id = newUuidV7();
    const auto nullable = [](const QString &s) {
        return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
    };
    exec(f,
         QStringLiteral("INSERT INTO inspections (id, kind, plan_id, work_order_id, operation_id, "
                        "machine_id, result, request_id, voids_inspection_id, employee_id, at, "
                        "device_id) VALUES (?, 'first_article', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
         {id, planId, f.order, operationId, f.lathe,
          pass ? QStringLiteral("pass") : QStringLiteral("fail"), nullable(requestId),
          nullable(voids), f.li, f.nowMs(), f.ws->database().deviceId()});
    return id;
}

// Everything a report writes: reports, lot movements, serial events, the sync outbox, the
// order's state.
QString fingerprint(TestShop &f)
{
    QStringList parts;
    for (const char *table :
         {"production_reports", "lot_movements", "serial_events", "sync_outbox", "work_orders"}) {
        QSqlQuery query(f.ws->database().connection());
        query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        query.next();
        parts << QStringLiteral("%1=%2").arg(QLatin1String(table), query.value(0).toString());
    }
    QSqlQuery state(f.ws->database().connection());
    state.exec(QStringLiteral("SELECT state FROM work_orders ORDER BY id"));
    while (state.next())
        parts << state.value(0).toString();
    return parts.join(QLatin1Char(','));
}

FirstArticleGate gate(TestShop &f)
{
    return FirstArticleGate(f.ws->database().connection());
}

} // namespace

class TstFirstArticleGate : public QObject
{
    Q_OBJECT
private slots:
    void withoutAPlanTheStepIsOpen();
    void gatedStepRefusesGoodAndWritesNothing();
    void defectiveIsAcceptedWhileTheGateIsShut();
    void aPassOpensTheGate();
    void aVoidedPassDoesNotCount();
    void aFailedFirstArticleKeepsItShut();
    void aNewSetupClosesTheGateAgain();
    void firstArticleWithoutGateAcceptsGood();
    void waitingRunsFromTheRequest();
    void theMachineWaitsForTheFirstArticle();
    void theInspectionServicesFactsDriveTheGate();
};

void TstFirstArticleGate::withoutAPlanTheStepIsOpen()
{
    TestShop f;
    const Result<FirstArticleGate::State> state = gate(f).state(f.step(0));
    QVERIFY2(state.ok(), qPrintable(state.error()));
    QVERIFY(!state.value().required);
    QVERIFY(!state.value().holdsGood());
    // Another step's plan does not gate this one.
    plan(f, true, true, 20);
    QVERIFY(!gate(f).state(f.step(0)).value().required);
    f.signIn(Role::Operator);
    const Result<ReportReceipt> receipt = f.ws->reporting()->report(f.request(0, 10));
    QVERIFY2(receipt.ok(), qPrintable(receipt.error()));
}

void TstFirstArticleGate::gatedStepRefusesGoodAndWritesNothing()
{
    TestShop f;
    plan(f, true, true);
    QVERIFY(gate(f).state(f.step(0)).value().holdsGood());
    f.signIn(Role::Operator);
    const QString before = fingerprint(f);
    const Result<ReportReceipt> refused = f.ws->reporting()->report(f.request(0, 10));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("first article")), qPrintable(refused.error()));
    QCOMPARE(fingerprint(f), before); // no report, no lot fed, no outbox row, order still released
    QCOMPARE(f.good(0), 0.0);
    // Even with defective pieces in the same report: the good part refuses all of it.
    const Result<ReportReceipt> mixed = f.ws->reporting()->report(f.request(0, 10, 2));
    QVERIFY(!mixed.ok());
    QCOMPARE(fingerprint(f), before);
}

void TstFirstArticleGate::defectiveIsAcceptedWhileTheGateIsShut()
{
    TestShop f;
    plan(f, true, true);
    f.signIn(Role::Operator);
    const Result<ReportReceipt> receipt = f.ws->reporting()->report(f.request(0, 0, 3));
    QVERIFY2(receipt.ok(), qPrintable(receipt.error()));
    QCOMPARE(receipt.value().progress.defective, 3.0);
}

void TstFirstArticleGate::aPassOpensTheGate()
{
    TestShop f;
    const QString planId = plan(f, true, true);
    const QString requestId = request(f, f.step(0));
    f.advance(12min);
    inspect(f, planId, f.step(0), true, requestId);
    const FirstArticleGate::State state = gate(f).state(f.step(0)).value();
    QVERIFY(state.passed);
    QVERIFY(!state.holdsGood());
    QCOMPARE(state.waitingSinceMs, 0); // answered
    f.signIn(Role::Operator);
    const Result<ReportReceipt> receipt = f.ws->reporting()->report(f.request(0, 10));
    QVERIFY2(receipt.ok(), qPrintable(receipt.error()));
    QCOMPARE(f.good(0), 10.0);
}

void TstFirstArticleGate::aVoidedPassDoesNotCount()
{
    TestShop f;
    const QString planId = plan(f, true, true);
    const QString pass = inspect(f, planId, f.step(0), true);
    QVERIFY(gate(f).state(f.step(0)).value().passed);
    f.advance(1min);
    inspect(f, planId, f.step(0), true, {}, pass); // the correction: itself never counts
    QVERIFY(!gate(f).state(f.step(0)).value().passed);
    f.signIn(Role::Operator);
    QVERIFY(!f.ws->reporting()->report(f.request(0, 10)).ok());
    QCOMPARE(f.good(0), 0.0);
}

void TstFirstArticleGate::aFailedFirstArticleKeepsItShut()
{
    TestShop f;
    const QString planId = plan(f, true, true);
    const QString requestId = request(f, f.step(0));
    f.advance(5min);
    inspect(f, planId, f.step(0), false, requestId);
    const FirstArticleGate::State state = gate(f).state(f.step(0)).value();
    QVERIFY(state.failed);
    QVERIFY(state.holdsGood());
    QCOMPARE(state.waitingSinceMs, 0); // the request was answered, with a fail
    f.signIn(Role::Operator);
    const Result<ReportReceipt> refused = f.ws->reporting()->report(f.request(0, 10));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("failed")), qPrintable(refused.error()));
    // A new first article that passes opens it.
    f.advance(5min);
    inspect(f, planId, f.step(0), true);
    QVERIFY(f.ws->reporting()->report(f.request(0, 10)).ok());
}

void TstFirstArticleGate::aNewSetupClosesTheGateAgain()
{
    TestShop f;
    const QString planId = plan(f, true, true);
    inspect(f, planId, f.step(0), true);
    f.signIn(Role::Operator);
    QVERIFY(f.ws->reporting()->report(f.request(0, 10)).ok());
    f.advance(30min);
    QVERIFY(f.ws->machineStatus()
                ->setStatus(f.lathe, MachineStatus::Setup, {}, f.wang, f.step(0))
                .ok());
    f.advance(1min);
    const FirstArticleGate::State state = gate(f).state(f.step(0)).value();
    QVERIFY(!state.passed);
    QVERIFY(state.setupAtMs > 0);
    const Result<ReportReceipt> refused = f.ws->reporting()->report(f.request(0, 10));
    QVERIFY(!refused.ok());
    QCOMPARE(f.good(0), 10.0);
    // A set-up of another machine does not touch this step.
    f.signIn(Role::Owner);
    inspect(f, planId, f.step(0), true);
    f.advance(1min);
    f.signIn(Role::Operator);
    QVERIFY(f.ws->machineStatus()->setStatus(f.mill, MachineStatus::Setup, {}, f.li, {}).ok());
    f.advance(1min);
    QVERIFY(f.ws->reporting()->report(f.request(0, 10)).ok());
    QCOMPARE(f.good(0), 20.0);
}

void TstFirstArticleGate::firstArticleWithoutGateAcceptsGood()
{
    TestShop f;
    plan(f, true, false);
    const FirstArticleGate::State state = gate(f).state(f.step(0)).value();
    QVERIFY(state.required);
    QVERIFY(!state.gating);
    f.signIn(Role::Operator);
    QVERIFY(f.ws->reporting()->report(f.request(0, 10)).ok());
    // A plan without a first article at all accepts good quantity too.
    TestShop g;
    plan(g, false, true);
    QVERIFY(!gate(g).state(g.step(0)).value().required);
    g.signIn(Role::Operator);
    QVERIFY(g.ws->reporting()->report(g.request(0, 10)).ok());
}

void TstFirstArticleGate::waitingRunsFromTheRequest()
{
    TestShop f;
    plan(f, true, true);
    QCOMPARE(gate(f).state(f.step(0)).value().waitingSinceMs, 0);
    f.advance(3min);
    const qint64 askedAt = f.nowMs();
    const QString requestId = request(f, f.step(0));
    f.advance(12min);
    const FirstArticleGate::State state = gate(f).state(f.step(0)).value();
    QCOMPARE(state.waitingSinceMs, askedAt);
    QCOMPARE(state.requestId, requestId);
    f.signIn(Role::Operator);
    const Result<ReportReceipt> refused = f.ws->reporting()->report(f.request(0, 10));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("waits for inspection")),
             qPrintable(refused.error()));
}

void TstFirstArticleGate::theMachineWaitsForTheFirstArticle()
{
    TestShop f;
    const QString planId = plan(f, true, true);
    f.signIn(Role::Operator);
    QVERIFY(f.ws->machineStatus()
                ->setStatus(f.lathe, MachineStatus::Setup, {}, f.wang, f.step(0))
                .ok());
    f.advance(10min);
    MachineOverview overview{f.ws.get()};
    QCOMPARE(overview.machine(f.lathe, f.nowMs()).value().waitingFirstArticleSinceMs, 0);
    const qint64 askedAt = f.nowMs();
    const QString requestId = request(f, f.step(0));
    f.advance(12min);
    const MachineLiveState waiting = overview.machine(f.lathe, f.nowMs()).value();
    QCOMPARE(waiting.operationId, f.step(0));
    QCOMPARE(waiting.waitingFirstArticleSinceMs, askedAt);
    QCOMPARE(overview.machine(f.mill, f.nowMs()).value().waitingFirstArticleSinceMs, 0);
    inspect(f, planId, f.step(0), true, requestId);
    QCOMPARE(overview.machine(f.lathe, f.nowMs()).value().waitingFirstArticleSinceMs, 0);
}

void TstFirstArticleGate::theInspectionServicesFactsDriveTheGate()
{
    TestShop f;
    const QString planId = plan(f, true, true);
    const Result<QString> asked =
        f.ws->inspections()->requestFirstArticle(f.step(0), f.lathe, f.wang);
    QVERIFY2(asked.ok(), qPrintable(asked.error()));
    QCOMPARE(gate(f).state(f.step(0)).value().requestId, asked.value());
    f.advance(12min);
    InspectionInput input;
    input.kind = InspectionKind::FirstArticle;
    input.operationId = f.step(0);
    input.machineId = f.lathe;
    input.requestId = asked.value();
    const QString look = f.ws->inspectionPlans()->plan(planId).value().characteristics.at(0).id;
    input.entries = {{look, 1, std::nullopt, QStringLiteral("fail")}};
    const Result<InspectionVerdict> failed = f.ws->inspections()->record(input);
    QVERIFY2(failed.ok(), qPrintable(failed.error()));
    QVERIFY(!failed.value().passed);
    QVERIFY(gate(f).state(f.step(0)).value().failed);
    f.advance(5min);
    input.requestId.clear();
    input.entries = {{look, 1, std::nullopt, QStringLiteral("pass")}};
    const Result<InspectionVerdict> passed = f.ws->inspections()->record(input);
    QVERIFY2(passed.ok(), qPrintable(passed.error()));
    QVERIFY(gate(f).state(f.step(0)).value().passed);
    QVERIFY(f.ws->inspections()->voidInspection(passed.value().inspectionId, QStringLiteral("录错")).ok());
    const FirstArticleGate::State voided = gate(f).state(f.step(0)).value();
    QVERIFY(!voided.passed);
    QVERIFY(voided.failed); // the fail before it counts again
}

QTEST_GUILESS_MAIN(TstFirstArticleGate)
#include "tst_firstarticlegate.moc"
