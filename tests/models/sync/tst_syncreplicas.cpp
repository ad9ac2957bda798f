// Replicas exchanging their outboxes through an in-memory relay that merges like the server
// (tests/models/sync/syncrelay.h): a first sync uploads a whole factory and a new device gets it
// all, edits of one field converge by clock (a slow tablet that saw the other's edit still
// wins), different fields both survive, facts arrive once, a batch applied twice changes
// nothing, a child before its parent in one batch is fine, and what one device applies is not
// sent back.
#include "domain/planning/workorder.h"
#include "domain/planning/workorderstatemachine.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/reportingservice.h"
#include "sqlinspection.h"
#include "sync/syncapplier.h"
#include "sync/syncfunctions.h"
#include "sync/syncopcodec.h"
#include "sync/syncoutbox.h"
#include "syncrelay.h"
#include "testshop.h"

#include <QTest>

#include <algorithm>

using namespace Taktline;
using namespace Taktline::SqlInspection;

class TstSyncReplicas : public QObject
{
    Q_OBJECT
private slots:
    void firstSyncUploadsTheFactoryAndANewDevicePullsIt();
    void sameFieldConvergesByClock();
    void differentFieldsBothSurvive();
    void slowTabletWinsAfterSeeingTheOthersEdit();
    void factsArriveOnceAndAreNotSentBack();
    void approvalsOfTwoDevicesBothArrive();
    void batchAppliedTwiceChangesNothing();
    void childBeforeItsParentInOneBatch();
    void enqueueEverythingKeepsChainOrderAndRunsOnce();
    void applyRefusesAnUnreadableChangeWhole();
};

namespace {

int outboxRows(Workspace &ws)
{
    return scalar(ws.database().connection(), QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt();
}

} // namespace

void TstSyncReplicas::firstSyncUploadsTheFactoryAndANewDevicePullsIt()
{
    ThreeReplicas t;
    const QStringList a = SyncRelay::dump(*t.shop.ws);
    QCOMPARE(SyncRelay::dump(*t.b), a);
    QCOMPARE(SyncRelay::dump(*t.c), a);
    QCOMPARE(t.value(*t.b, QStringLiteral("SELECT number FROM work_orders WHERE id = '%1'").arg(t.shop.order)),
             t.shop.number());
    // The chain of A's facts is rebuilt the same on B: no conflict, nothing waiting.
    QCOMPARE(t.value(*t.b, QStringLiteral("SELECT count(*) FROM sync_conflicts")), QStringLiteral("0"));
    QCOMPARE(outboxRows(*t.b), 0);
}

void TstSyncReplicas::sameFieldConvergesByClock()
{
    ThreeReplicas t;
    // Both rename the lathe while offline; C's edit is the later one.
    QVERIFY(t.b->masterData()->updateField(MasterDataKind::Machine, t.shop.lathe,
                                           QStringLiteral("name"), QStringLiteral("B 的车床")));
    QVERIFY(t.c->masterData()->updateField(MasterDataKind::Machine, t.shop.lathe,
                                           QStringLiteral("name"), QStringLiteral("C 的车床")));
    // C syncs first, B after: the order of arrival does not decide, the clock does.
    t.relay.sync(*t.c);
    t.relay.sync(*t.b);
    t.settle();
    const QString sql = QStringLiteral("SELECT name FROM machines WHERE id = '%1'").arg(t.shop.lathe);
    for (Workspace *ws : {t.shop.ws.get(), t.b.get(), t.c.get()})
        QCOMPARE(t.value(*ws, sql), QStringLiteral("C 的车床"));
    QCOMPARE(SyncRelay::dump(*t.b), SyncRelay::dump(*t.shop.ws));
    QCOMPARE(SyncRelay::dump(*t.c), SyncRelay::dump(*t.shop.ws));
}

void TstSyncReplicas::differentFieldsBothSurvive()
{
    ThreeReplicas t;
    QVERIFY(t.b->masterData()->updateField(MasterDataKind::Machine, t.shop.lathe,
                                           QStringLiteral("name"), QStringLiteral("新名字")));
    QVERIFY(t.c->masterData()->updateField(MasterDataKind::Machine, t.shop.lathe,
                                           QStringLiteral("workshop"), QStringLiteral("二车间")));
    t.settle();
    const QString sql = QStringLiteral("SELECT name || '|' || workshop FROM machines WHERE id = '%1'").arg(t.shop.lathe);
    for (Workspace *ws : {t.shop.ws.get(), t.b.get(), t.c.get()})
        QCOMPARE(t.value(*ws, sql), QStringLiteral("新名字|二车间"));
}

void TstSyncReplicas::slowTabletWinsAfterSeeingTheOthersEdit()
{
    ThreeReplicas t;
    // C is a tablet whose clock is 10 minutes behind.
    const qint64 behind = 10 * 60 * 1000;
    SyncFunctions::setWallClock(t.c.path(), [behind] { return QDateTime::currentMSecsSinceEpoch() - behind; });
    QVERIFY(t.b->masterData()->updateField(MasterDataKind::Machine, t.shop.lathe,
                                           QStringLiteral("name"), QStringLiteral("办公室改的")));
    t.relay.sync(*t.b);
    t.relay.sync(*t.c); // C sees B's edit …
    QCOMPARE(t.value(*t.c, QStringLiteral("SELECT name FROM machines WHERE id = '%1'").arg(t.shop.lathe)),
             QStringLiteral("办公室改的"));
    QVERIFY(t.c->masterData()->updateField(MasterDataKind::Machine, t.shop.lathe, // … then edits
                                           QStringLiteral("name"), QStringLiteral("平板后改的")));
    t.settle();
    SyncFunctions::setWallClock(t.c.path(), {});
    for (Workspace *ws : {t.shop.ws.get(), t.b.get(), t.c.get()})
        QCOMPARE(t.value(*ws, QStringLiteral("SELECT name FROM machines WHERE id = '%1'").arg(t.shop.lathe)),
                 QStringLiteral("平板后改的"));
}

void TstSyncReplicas::factsArriveOnceAndAreNotSentBack()
{
    ThreeReplicas t;
    const Result<ReportReceipt> saved = t.b->reporting()->report(t.shop.request(0, 10));
    QVERIFY2(saved, qPrintable(saved.error()));
    const int logBefore = t.relay.logSize();
    t.settle();
    const QString count = QStringLiteral("SELECT count(*) || '/' || CAST(coalesce(sum(good), 0) AS INTEGER) FROM production_reports");
    for (Workspace *ws : {t.shop.ws.get(), t.b.get(), t.c.get()})
        QCOMPARE(t.value(*ws, count), QStringLiteral("1/10"));
    // What A and C applied did not come back through their outboxes.
    QCOMPARE(outboxRows(*t.shop.ws), 0);
    QCOMPARE(outboxRows(*t.c), 0);
    QVERIFY(t.relay.logSize() > logBefore);
    const int logAfter = t.relay.logSize();
    t.settle();
    QCOMPARE(t.relay.logSize(), logAfter);
    // Progress, a derived figure, is the same everywhere.
    for (Workspace *ws : {t.shop.ws.get(), t.b.get(), t.c.get()})
        QCOMPARE(t.value(*ws, QStringLiteral("SELECT good FROM operation_progress WHERE operation_id = '%1'")
                                  .arg(t.shop.step(0))).toDouble(), 10.0);
    QCOMPARE(SyncRelay::dump(*t.c), SyncRelay::dump(*t.b));
}

// One approval per report is a local rule: two offline devices approving the same report both
// keep theirs, and every replica ends with both (not one here, the other there).
void TstSyncReplicas::approvalsOfTwoDevicesBothArrive()
{
    ThreeReplicas t;
    const Result<ReportReceipt> saved = t.b->reporting()->report(t.shop.request(0, 10));
    QVERIFY2(saved, qPrintable(saved.error()));
    t.settle();
    const QString report = t.value(*t.b, QStringLiteral("SELECT id FROM production_reports"));
    QCOMPARE(t.b->reporting()->approve({report}).value(), 1);
    QCOMPARE(t.c->reporting()->approve({report}).value(), 1);
    QCOMPARE(t.b->reporting()->approve({report}).value(), 0); // locally once
    t.settle();
    for (Workspace *ws : {t.shop.ws.get(), t.b.get(), t.c.get()}) {
        QCOMPARE(t.value(*ws, QStringLiteral("SELECT count(*) FROM report_approvals WHERE report_id = '%1'")
                                  .arg(report)),
                 QStringLiteral("2"));
        // The report is listed once, approved.
        const Result<QList<ReportEntry>> entries = ws->reporting()->entries(t.shop.order);
        QVERIFY2(entries, qPrintable(entries.error()));
        QCOMPARE(entries.value().size(), 1);
    }
    QCOMPARE(SyncRelay::dump(*t.b), SyncRelay::dump(*t.shop.ws));
    QCOMPARE(SyncRelay::dump(*t.c), SyncRelay::dump(*t.shop.ws));
}

void TstSyncReplicas::batchAppliedTwiceChangesNothing()
{
    ThreeReplicas t;
    QVERIFY(t.b->reporting()->report(t.shop.request(0, 7)));
    QVERIFY(t.b->masterData()->updateField(MasterDataKind::Machine, t.shop.lathe,
                                           QStringLiteral("name"), QStringLiteral("改名")));
    t.relay.push(*t.b);
    const QSqlDatabase db = t.c->database().connection();
    const qint64 cursor = SyncApplier::cursor(db);
    const Result<SyncOpCodec::PullAnswer> answer = SyncOpCodec::readPullAnswer(
        t.relay.answerFor(cursor, t.c->database().deviceId(), 1000));
    QVERIFY2(answer, qPrintable(answer.error()));
    QVERIFY(!answer.value().ops.isEmpty());
    const Result<SyncApplier::Report> first = SyncApplier(db).apply(answer.value().ops, answer.value().cursor);
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY(first.value().applied > 0);
    const QStringList once = SyncRelay::dump(*t.c);
    // A retried pull hands the same batch again.
    const Result<SyncApplier::Report> again = SyncApplier(db).apply(answer.value().ops, answer.value().cursor);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again.value().applied, 0);
    QCOMPARE(again.value().unchanged, int(answer.value().ops.size()));
    QCOMPARE(SyncRelay::dump(*t.c), once);
    QCOMPARE(outboxRows(*t.c), 0);
}

void TstSyncReplicas::childBeforeItsParentInOneBatch()
{
    ThreeReplicas t;
    // B plans a new order; C gets its operations before the order itself, in one batch.
    WorkOrder order;
    order.productId = t.shop.flange;
    order.quantity = 5;
    order.dueDate = TestShop::day(3);
    const Result<QString> created = t.b->workOrders()->create(order);
    QVERIFY2(created, qPrintable(created.error()));
    const Result<WorkOrder> stored = t.b->workOrders()->find(created.value());
    QVERIFY(stored);
    const Outcome released = t.b->workOrders()->apply(created.value(), WorkOrderAction::Release, stored.value().version);
    QVERIFY2(released, qPrintable(released.error()));
    t.relay.push(*t.b);
    const QSqlDatabase db = t.c->database().connection();
    Result<SyncOpCodec::PullAnswer> answer = SyncOpCodec::readPullAnswer(
        t.relay.answerFor(SyncApplier::cursor(db), t.c->database().deviceId(), 1000));
    QVERIFY(answer);
    QList<SyncOp> ops = answer.value().ops;
    std::stable_partition(ops.begin(), ops.end(), [](const SyncOp &op) {
        return op.table == QLatin1String("work_order_operations");
    });
    QCOMPARE(ops.constFirst().table, QStringLiteral("work_order_operations"));
    const Result<SyncApplier::Report> applied = SyncApplier(db).apply(ops, answer.value().cursor);
    QVERIFY2(applied, qPrintable(applied.error()));
    QCOMPARE(t.value(*t.c, QStringLiteral("SELECT count(*) FROM work_order_operations WHERE work_order_id = '%1'")
                               .arg(created.value())),
             QStringLiteral("2"));
}

void TstSyncReplicas::enqueueEverythingKeepsChainOrderAndRunsOnce()
{
    TestShop shop;
    shop.report(shop.request(0, 5));
    const QSqlDatabase db = shop.ws->database().connection();
    SyncOutbox outbox(db);
    const Result<int> queued = outbox.enqueueEverything();
    QVERIFY2(queued, qPrintable(queued.error()));
    QVERIFY(queued.value() > 0);
    QCOMPARE(outbox.counts().value().changes, queued.value());
    QCOMPARE(outbox.counts().value().reports, 1);
    // Facts in their chain's order, each with its link; every fact once.
    QCOMPARE(rows(db, QStringLiteral("SELECT o.row_id || o.chain FROM sync_outbox o WHERE o.kind = 'f' ORDER BY o.seq")),
             rows(db, QStringLiteral("SELECT row_key || hash FROM fact_chain ORDER BY device, seq")));
    // Clocks rise with the outbox order.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox a JOIN sync_outbox b ON b.seq = "
                                       "a.seq + 1 WHERE b.hlc <= a.hlc AND a.kind = 'f'")).toInt(), 0);
    QCOMPARE(outbox.enqueueEverything().value(), 0);
    const Result<QList<SyncOp>> first = outbox.next(3);
    QCOMPARE(first.value().size(), 3);
    QVERIFY(outbox.remove(first.value().constFirst().seq, first.value().constLast().seq));
    QCOMPARE(outbox.counts().value().changes, queued.value() - 3);
}

void TstSyncReplicas::applyRefusesAnUnreadableChangeWhole()
{
    ThreeReplicas t;
    const QSqlDatabase db = t.c->database().connection();
    const QStringList before = SyncRelay::dump(*t.c);
    SyncOp good;
    good.table = QStringLiteral("machines");
    good.rowId = t.shop.lathe;
    good.hlc = Hlc::format({QDateTime::currentMSecsSinceEpoch() + 1000, 0, t.b->database().deviceId()});
    good.columns.insert(QStringLiteral("name"), QStringLiteral("不会留下"));
    SyncOp bad = good;
    bad.rowId = QStringLiteral("0192f3a4-0000-7000-8000-0000000000ee"); // a machine that is not there
    const Result<SyncApplier::Report> applied = SyncApplier(db).apply({good, bad}, 999);
    QVERIFY(!applied); // NOT NULL code: the partial row cannot be inserted
    QCOMPARE(SyncRelay::dump(*t.c), before);
    QVERIFY(SyncApplier::cursor(db) != 999);
    QVERIFY(!SyncFunctions::isApplying(db));
}

QTEST_GUILESS_MAIN(TstSyncReplicas)
#include "tst_syncreplicas.moc"
