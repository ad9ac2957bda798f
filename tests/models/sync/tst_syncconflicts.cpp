// What per-field merging cannot settle is shown, not hidden (docs/sync.md, "Conflicts"): two
// offline devices making the same code, over-reporting a step, feeding a lot past its stock,
// shipping a serial twice, cancelling an order another reported on, or a fact whose chain link
// differs — each appears on every replica under the same id, with what each device did, and each
// of its actions settles it on every replica, in one transaction, audited, by an owner or a
// planner only.
#include "domain/planning/workorder.h"
#include "domain/planning/workorderstatemachine.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/reportingservice.h"
#include "services/sync/conflictservice.h"
#include "sqlinspection.h"
#include "sync/syncapplier.h"
#include "sync/syncfunctions.h"
#include "syncrelay.h"
#include "testshop.h"

#include <QTest>

using namespace Taktline;
using namespace Taktline::SqlInspection;

class TstSyncConflicts : public QObject
{
    Q_OBJECT
private slots:
    void duplicateCodeIsListedAndMerged();
    void duplicateOfThreeDevicesReadsTheSameEverywhere();
    void overReportedStepIsSettledByVoidingAReport();
    void lotFedPastItsStockIsAccepted();
    void serialShippedTwiceIsListed();
    void cancelledOrderWithReportsIsReopened();
    void cancelOverriddenByALaterReportIsListed();
    void chainMismatchIsListed();
    void onlyOwnerAndPlannerResolve();
    void detectionTwiceChangesNothing();
};

namespace {

SyncConflict only(Workspace &ws, SyncConflict::Kind kind)
{
    const Result<QList<SyncConflict>> list = ws.conflicts()->conflicts();
    if (!list)
        qFatal("conflicts: %s", qPrintable(list.error()));
    QList<SyncConflict> found;
    for (const SyncConflict &c : list.value()) {
        if (c.kind == kind)
            found << c;
    }
    if (found.size() != 1)
        qFatal("expected one conflict of kind %d, found %d", int(kind), int(found.size()));
    return found.first();
}

QStringList actionKeys(const SyncConflict &c)
{
    QStringList keys;
    for (const SyncConflict::Action &a : c.actions)
        keys << a.key;
    return keys;
}

void expectSettledEverywhere(ThreeReplicas &t, const QString &id, const QString &action)
{
    for (Workspace *ws : {t.shop.ws.get(), t.b.get(), t.c.get()}) {
        if (ws->conflicts()->openCount() != 0) {
            for (const SyncConflict &c : ws->conflicts()->conflicts().value())
                qWarning("open: %s %s", qPrintable(c.id), qPrintable(c.details.join(u';')));
        }
        QCOMPARE(ws->conflicts()->openCount(), 0);
        QCOMPARE(value(ws->database().connection(),
                       QStringLiteral("SELECT resolution FROM sync_conflicts WHERE id = '%1'").arg(id)),
                 action);
    }
    QCOMPARE(SyncRelay::dump(*t.b), SyncRelay::dump(*t.shop.ws));
    QCOMPARE(SyncRelay::dump(*t.c), SyncRelay::dump(*t.shop.ws));
}

} // namespace

void TstSyncConflicts::duplicateCodeIsListedAndMerged()
{
    ThreeReplicas t;
    MasterRecord record;
    record.values = {{QStringLiteral("code"), QStringLiteral("CNC-9")}, {QStringLiteral("name"), QStringLiteral("B 的")},
                     {QStringLiteral("capacity"), 1}, {QStringLiteral("workshop"), QStringLiteral("一车间")}};
    const Result<QString> older = t.b->masterData()->create(MasterDataKind::Machine, record);
    QVERIFY2(older, qPrintable(older.error()));
    QTest::qWait(2); // the second is made later
    record.values.insert(QStringLiteral("code"), QStringLiteral("cnc-9"));
    record.values.insert(QStringLiteral("name"), QStringLiteral("C 的"));
    const Result<QString> newer = t.c->masterData()->create(MasterDataKind::Machine, record);
    QVERIFY(newer);
    t.settle();
    // Both are kept, on every device, and the same conflict is listed everywhere.
    QCOMPARE(value(t.shop.ws->database().connection(),
                   QStringLiteral("SELECT count(*) FROM machines WHERE code = 'CNC-9' COLLATE NOCASE")),
             QStringLiteral("2"));
    const SyncConflict conflict = only(*t.b, SyncConflict::Kind::DuplicateCode);
    QCOMPARE(only(*t.c, SyncConflict::Kind::DuplicateCode).id, conflict.id);
    QCOMPARE(only(*t.shop.ws, SyncConflict::Kind::DuplicateCode).id, conflict.id);
    QCOMPARE(conflict.table, QStringLiteral("machines"));
    QCOMPARE(conflict.rowId, newer.value()); // the newer one is marked
    QVERIFY(t.b->conflicts()->isMarked(QStringLiteral("machines"), newer.value()));
    QCOMPARE(conflict.details.size(), 2);
    QVERIFY2(conflict.details.first().startsWith(QStringLiteral("this device created it")),
             qPrintable(conflict.details.join(u'\n')));
    QCOMPARE(actionKeys(conflict), QStringList({QStringLiteral("merge"), QStringLiteral("accept")}));
    QCOMPARE(conflict.actions.first().targetId, older.value());
    // B merges: C's twin is tombstoned everywhere; the older stays.
    QVERIFY(t.b->conflicts()->resolve(conflict.id, QStringLiteral("merge")));
    QVERIFY(!t.b->conflicts()->isMarked(QStringLiteral("machines"), newer.value()));
    t.settle();
    expectSettledEverywhere(t, conflict.id, QStringLiteral("merge"));
    QCOMPARE(value(t.c->database().connection(),
                   QStringLiteral("SELECT deleted FROM machines WHERE id = '%1'").arg(newer.value())),
             QStringLiteral("1"));
    QCOMPARE(value(t.c->database().connection(),
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'sync_conflict' AND "
                                  "action = 'resolve'")),
             QStringLiteral("1"));
    // A new local twin is still refused with the old message.
    record.values.insert(QStringLiteral("code"), QStringLiteral("Cnc-9"));
    QVERIFY(!t.c->masterData()->create(MasterDataKind::Machine, record));
}

// The third twin is made on A, which never receives it: A's conflict must still list all three,
// as the others do (A looks again when its own change reaches the server).
void TstSyncConflicts::duplicateOfThreeDevicesReadsTheSameEverywhere()
{
    ThreeReplicas t;
    MasterRecord record;
    record.values = {{QStringLiteral("name"), QStringLiteral("车")}, {QStringLiteral("capacity"), 1},
                     {QStringLiteral("workshop"), QStringLiteral("一车间")}};
    record.values.insert(QStringLiteral("code"), QStringLiteral("DUP-1"));
    QVERIFY(t.b->masterData()->create(MasterDataKind::Machine, record));
    QVERIFY(t.c->masterData()->create(MasterDataKind::Machine, record));
    t.settle();
    QCOMPARE(only(*t.shop.ws, SyncConflict::Kind::DuplicateCode).details.size(), 2);
    QVERIFY(t.shop.ws->masterData()->create(MasterDataKind::Machine, record).ok() == false); // refused locally
    // … unless A was offline: made on A with the uniqueness quiet, as if it came before the others.
    QVERIFY(SyncFunctions::setApplying(t.shop.ws->database().connection(), true));
    QSqlQuery query(t.shop.ws->database().connection());
    const bool inserted = query.exec(QStringLiteral("INSERT INTO machines (id, code, name, workshop, created_at, "
                                                    "updated_at) VALUES ('0192f3a4-0000-7000-8000-0000000000d1', "
                                                    "'dup-1', 'A 的', '一车间', 1, 1)"));
    QVERIFY(SyncFunctions::setApplying(t.shop.ws->database().connection(), false));
    QVERIFY2(inserted, qPrintable(query.lastError().text()));
    // … and queued whole, as its insert would have been.
    QVERIFY(query.exec(QStringLiteral("INSERT INTO sync_outbox (tbl, row_id, kind, hlc, cols) SELECT 'machines', id, "
                                      "'m', taktline_hlc(), json_object('code', code, 'name', name, 'name_en', "
                                      "name_en, 'workshop', workshop, 'line', line, 'capacity', capacity, 'active', "
                                      "active, 'deleted', deleted, 'created_at', created_at, 'updated_at', updated_at) "
                                      "FROM machines WHERE id = '0192f3a4-0000-7000-8000-0000000000d1'")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO sync_clock (tbl, row_id, col, hlc) SELECT tbl, row_id, 'code', "
                                      "hlc FROM sync_outbox ORDER BY seq DESC LIMIT 1")));
    t.settle();
    const QString id = only(*t.b, SyncConflict::Kind::DuplicateCode).id;
    for (Workspace *ws : {t.shop.ws.get(), t.b.get(), t.c.get()})
        QCOMPARE(only(*ws, SyncConflict::Kind::DuplicateCode).details.size(), 3);
    QCOMPARE(SyncRelay::dump(*t.b), SyncRelay::dump(*t.shop.ws));
    QCOMPARE(SyncRelay::dump(*t.c), SyncRelay::dump(*t.shop.ws));
    QVERIFY(!id.isEmpty());
}

void TstSyncConflicts::overReportedStepIsSettledByVoidingAReport()
{
    ThreeReplicas t;
    // The last 60 of 100 flanges, reported on two tablets at once.
    QVERIFY(t.b->reporting()->report(t.shop.request(0, 60)));
    QVERIFY(t.c->reporting()->report(t.shop.request(0, 60)));
    t.settle();
    const SyncConflict conflict = only(*t.shop.ws, SyncConflict::Kind::OverReported);
    QCOMPARE(conflict.rowId, t.shop.order);
    QVERIFY(t.shop.ws->conflicts()->isMarked(QStringLiteral("work_orders"), t.shop.order));
    QCOMPARE(conflict.details.size(), 2);
    QVERIFY(conflict.details.first().contains(QStringLiteral("60")));
    QCOMPARE(actionKeys(conflict), QStringList({QStringLiteral("void_report"), QStringLiteral("void_report"),
                                                QStringLiteral("accept")}));
    // The owner voids C's report (the action names the report).
    const QString cReport = value(t.c->database().connection(),
                                  QStringLiteral("SELECT id FROM production_reports WHERE device_id = '%1'")
                                      .arg(t.c->database().deviceId()));
    QVERIFY(t.shop.ws->conflicts()->resolve(conflict.id, QStringLiteral("void_report"), cReport));
    t.settle();
    expectSettledEverywhere(t, conflict.id, QStringLiteral("void_report"));
    for (Workspace *ws : {t.shop.ws.get(), t.b.get(), t.c.get()})
        QCOMPARE(value(ws->database().connection(),
                       QStringLiteral("SELECT good FROM operation_progress WHERE operation_id = '%1'")
                           .arg(t.shop.step(0))).toDouble(), 60.0);
}

void TstSyncConflicts::lotFedPastItsStockIsAccepted()
{
    ThreeReplicas t;
    // 100 kg of steel; each tablet feeds 70 kg (40 pieces, 1.75 kg a piece).
    ReportRequest request = t.shop.request(0, 40);
    request.feeds = {{t.shop.steelLot, 1.75}};
    QVERIFY(t.b->reporting()->report(request));
    const Result<ReportReceipt> second = t.c->reporting()->report(request);
    QVERIFY2(second, qPrintable(second.error()));
    t.settle();
    const SyncConflict conflict = only(*t.b, SyncConflict::Kind::LotOverFed);
    QCOMPARE(conflict.table, QStringLiteral("material_lots"));
    QCOMPARE(conflict.subject, t.shop.steelLot);
    QCOMPARE(conflict.details.size(), 2);
    QVERIFY2(conflict.details.at(1).contains(QStringLiteral("70")), qPrintable(conflict.details.at(1)));
    QVERIFY(t.c->conflicts()->resolve(conflict.id, QStringLiteral("accept")));
    t.settle();
    expectSettledEverywhere(t, conflict.id, QStringLiteral("accept"));
}

void TstSyncConflicts::serialShippedTwiceIsListed()
{
    ThreeReplicas t;
    const QSqlDatabase a = t.shop.ws->database().connection();
    QSqlQuery query(a);
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO serials (id, serial, work_order_id, product_id, "
                                       "created_at, device_id) VALUES ('s-1', 'SN-0001', '%1', '%2', 1, '%3')")
                            .arg(t.shop.order, t.shop.flange, t.shop.ws->database().deviceId())),
             qPrintable(query.lastError().text()));
    t.settle();
    // Each tablet ships it, offline.
    for (auto [ws, n] : {std::pair{t.b.get(), "1"}, std::pair{t.c.get(), "2"}}) {
        QSqlQuery ship(ws->database().connection());
        const QString device = ws->database().deviceId();
        QVERIFY2(ship.exec(QStringLiteral("INSERT INTO shipments (id, shipment_no, customer, shipped_on, at, "
                                          "device_id) VALUES ('sh-%1', 'SH-%1', '客户', '2026-12-01', 5, '%2')")
                               .arg(QLatin1String(n), device)),
                 qPrintable(ship.lastError().text()));
        QVERIFY2(ship.exec(QStringLiteral("INSERT INTO shipment_lines (id, shipment_id, work_order_id, serial_id, "
                                          "quantity, at, device_id) VALUES ('sl-%1', 'sh-%1', '%2', 's-1', 1, 5, '%3')")
                               .arg(QLatin1String(n), t.shop.order, device)),
                 qPrintable(ship.lastError().text()));
    }
    t.settle();
    const SyncConflict conflict = only(*t.shop.ws, SyncConflict::Kind::SerialShippedTwice);
    QCOMPARE(conflict.subject, QStringLiteral("SN-0001"));
    QVERIFY(t.shop.ws->conflicts()->isMarked(QStringLiteral("serials"), QStringLiteral("s-1")));
    QCOMPARE(conflict.details.size(), 2);
    QVERIFY(conflict.details.at(1).contains(QStringLiteral("SH-2")));
    QCOMPARE(actionKeys(conflict), QStringList({QStringLiteral("accept")}));
    QVERIFY(t.shop.ws->conflicts()->resolve(conflict.id, QStringLiteral("accept")));
    t.settle();
    expectSettledEverywhere(t, conflict.id, QStringLiteral("accept"));
}

void TstSyncConflicts::cancelledOrderWithReportsIsReopened()
{
    ThreeReplicas t;
    // C reports on the order; B, not knowing, cancels it (the later decision).
    QVERIFY(t.c->reporting()->report(t.shop.request(0, 10)));
    QTest::qWait(2);
    const Result<WorkOrder> order = t.b->workOrders()->find(t.shop.order);
    QVERIFY(order);
    const Outcome cancelled = t.b->workOrders()->apply(t.shop.order, WorkOrderAction::Cancel, order.value().version);
    QVERIFY2(cancelled, qPrintable(cancelled.error()));
    t.settle();
    const QString state = QStringLiteral("SELECT state FROM work_orders WHERE id = '%1'").arg(t.shop.order);
    QCOMPARE(value(t.c->database().connection(), state), QStringLiteral("cancelled"));
    const SyncConflict conflict = only(*t.c, SyncConflict::Kind::CancelledWhileReported);
    QCOMPARE(conflict.rowId, t.shop.order);
    QCOMPARE(conflict.details.size(), 2);
    QVERIFY2(conflict.details.first().contains(QStringLiteral("cancelled the order")), qPrintable(conflict.details.first()));
    QVERIFY(conflict.details.at(1).startsWith(QStringLiteral("this device reported 10")));
    QCOMPARE(actionKeys(conflict), QStringList({QStringLiteral("reopen"), QStringLiteral("accept")}));
    t.c->access()->signIn({QStringLiteral("u-planner"), QStringLiteral("planner"), QStringLiteral("Planner"), Role::Planner});
    QVERIFY(t.c->conflicts()->resolve(conflict.id, QStringLiteral("reopen")));
    t.settle();
    expectSettledEverywhere(t, conflict.id, QStringLiteral("reopen"));
    for (Workspace *ws : {t.shop.ws.get(), t.b.get(), t.c.get()})
        QCOMPARE(value(ws->database().connection(), state), QStringLiteral("in_progress"));
}

// B cancels, C (offline) reports later by clock: the report's start of the order is the later
// decision and stands, but the lost cancel is listed, not hidden.
void TstSyncConflicts::cancelOverriddenByALaterReportIsListed()
{
    ThreeReplicas t;
    const Result<WorkOrder> order = t.b->workOrders()->find(t.shop.order);
    QVERIFY(order);
    QVERIFY(t.b->workOrders()->apply(t.shop.order, WorkOrderAction::Cancel, order.value().version));
    QTest::qWait(2);
    QVERIFY(t.c->reporting()->report(t.shop.request(0, 10)));
    t.settle();
    const QString state = QStringLiteral("SELECT state FROM work_orders WHERE id = '%1'").arg(t.shop.order);
    for (Workspace *ws : {t.shop.ws.get(), t.b.get(), t.c.get()}) {
        QCOMPARE(value(ws->database().connection(), state), QStringLiteral("in_progress"));
        const SyncConflict conflict = only(*ws, SyncConflict::Kind::CancelledWhileReported);
        QCOMPARE(actionKeys(conflict), QStringList({QStringLiteral("accept")}));
    }
    const SyncConflict conflict = only(*t.b, SyncConflict::Kind::CancelledWhileReported);
    QVERIFY(conflict.details.first().startsWith(QStringLiteral("this device cancelled")));
    QVERIFY(t.b->conflicts()->resolve(conflict.id, QStringLiteral("accept")));
    t.settle();
    expectSettledEverywhere(t, conflict.id, QStringLiteral("accept"));
}

void TstSyncConflicts::chainMismatchIsListed()
{
    ThreeReplicas t;
    QVERIFY(t.b->reporting()->report(t.shop.request(0, 3)));
    t.relay.push(*t.b);
    const QSqlDatabase db = t.c->database().connection();
    const Result<SyncOpCodec::PullAnswer> answer = SyncOpCodec::readPullAnswer(
        t.relay.answerFor(SyncApplier::cursor(db), t.c->database().deviceId(), 1000));
    QVERIFY(answer);
    QList<SyncOp> ops = answer.value().ops;
    QString reportId;
    for (SyncOp &op : ops) {
        if (op.table == QLatin1String("production_reports")) {
            op.chainHash = QString(64, u'0'); // not the link B made
            reportId = op.rowId;
        }
    }
    const Result<SyncApplier::Report> applied = SyncApplier(db).apply(ops, answer.value().cursor);
    QVERIFY2(applied, qPrintable(applied.error()));
    QCOMPARE(applied.value().chainMismatches, 1);
    const SyncConflict conflict = only(*t.c, SyncConflict::Kind::ChainMismatch);
    QCOMPARE(conflict.rowId, reportId);
    QVERIFY(conflict.details.first().contains(QStringLiteral("hash-chain link")));
    QVERIFY(t.c->conflicts()->resolve(conflict.id, QStringLiteral("accept")));
    QCOMPARE(t.c->conflicts()->openCount(), 0);
}

void TstSyncConflicts::onlyOwnerAndPlannerResolve()
{
    ThreeReplicas t;
    QVERIFY(t.b->reporting()->report(t.shop.request(0, 60)));
    QVERIFY(t.c->reporting()->report(t.shop.request(0, 60)));
    t.settle();
    const SyncConflict conflict = only(*t.b, SyncConflict::Kind::OverReported);
    for (Role role : {Role::Supervisor, Role::Operator}) {
        t.b->access()->signIn({QStringLiteral("u"), QStringLiteral("u"), QStringLiteral("U"), role});
        QVERIFY(!t.b->conflicts()->resolve(conflict.id, QStringLiteral("accept")));
    }
    QCOMPARE(t.b->conflicts()->openCount(), 1);
    // An action the conflict does not offer is refused too.
    t.b->access()->signIn({QStringLiteral("o"), QStringLiteral("o"), QStringLiteral("O"), Role::Owner});
    QVERIFY(!t.b->conflicts()->resolve(conflict.id, QStringLiteral("reopen")));
    QVERIFY(!t.b->conflicts()->resolve(conflict.id, QStringLiteral("void_report"), QStringLiteral("no-such-report")));
    QCOMPARE(t.b->conflicts()->openCount(), 1);
}

void TstSyncConflicts::detectionTwiceChangesNothing()
{
    ThreeReplicas t;
    QVERIFY(t.b->reporting()->report(t.shop.request(0, 60)));
    QVERIFY(t.c->reporting()->report(t.shop.request(0, 60)));
    t.settle();
    const QSqlDatabase db = t.b->database().connection();
    const QStringList before = rows(db, QStringLiteral("SELECT * FROM sync_conflicts ORDER BY id"));
    QVERIFY(SyncApplier(db).apply({}, SyncApplier::cursor(db)));
    QCOMPARE(rows(db, QStringLiteral("SELECT * FROM sync_conflicts ORDER BY id")), before);
    QCOMPARE(rows(t.c->database().connection(), QStringLiteral("SELECT * FROM sync_conflicts ORDER BY id")),
             before);
}

QTEST_GUILESS_MAIN(TstSyncConflicts)
#include "tst_syncconflicts.moc"
