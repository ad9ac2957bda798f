// Part traceability (追溯) as the warehouse, the shop floor and a complaint need it: lots are
// received with a number, fed to operations as insert-only movements, refused (with nothing
// written) when blocked, expired, exhausted or fed to an order that is not running, and traced
// backward from a work order to the lots in it and forward from a lot to the orders it went into.
#include "fixturehelpers.h"
#include "item/trace/tracetext.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/reportingservice.h"
#include "services/trace/traceservice.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "testshop.h"
#include "testworkspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace Taktline;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TstTraceService : public QObject
{
    Q_OBJECT
private slots:
    void receiveFeedAndStock();
    void badReceiptsWriteNothing();
    void badFeedsWriteNothing_data();
    void badFeedsWriteNothing();
    void blockedLotIsRefusedUntilReleased();
    void backwardFindsReportsAndLotsPerStep();
    void forwardFindsOrdersStepsAndWho();
    void expiryFollowsTheFactoryClock();
    void unknownCodesAreRefused();
    void movementsAreAppendOnly();
    void schemaUpgradesFromV3AndAgainChangesNothing();
};

namespace {

qint64 monday(int hour, int minute = 0)
{
    return TestShop::at(0, hour, minute);
}

// The shop with gaskets (GS-1 垫片) fed at milling: 500 received from 华东密封.
struct Floor : TestShop
{
    QString gasket, gasketLot;

    Floor()
    {
        gasket = product("GS-1", "垫片");
        addBomLine(flange, gasket, 1, 20);
        gasketLot = receive(gasket, 500, QStringLiteral("华东密封"), QStringLiteral("HD-22"));
    }
    QString released(const QString &productionLot) const
    {
        return releasedOrder(flange, 100, day(4), productionLot);
    }
    // A report of GOOD pieces on step INDEX by EMPLOYEE on MACHINE at the clock's now.
    QString report(int index, double good, const QString &employee, const QString &machine) const
    {
        ReportRequest r = request(index, good);
        r.employeeId = employee;
        r.machineId = machine;
        return TestShop::report(r);
    }
};

using Fixture::nodes;

} // namespace

void TstTraceService::receiveFeedAndStock()
{
    Floor f;
    QCOMPARE(f.steelLot, TestShop::lotNumber(1)); // numbered in the month it was received
    QCOMPARE(f.gasketLot, TestShop::lotNumber(2));
    const LotStock fresh = f.ws->trace()->stock(f.steelLot).value();
    QCOMPARE(fresh.received, 100.0);
    QCOMPARE(fresh.remaining, 100.0);

    f.signIn(Role::Operator);
    const Result<QString> fed =
        f.ws->trace()->consume(QStringLiteral("LOT:") + f.steelLot, f.step(0), 30, f.wang, f.lathe);
    QVERIFY2(fed.ok(), qPrintable(fed.error()));
    f.advance(1min);
    QVERIFY(f.ws->trace()
                ->consume(f.steelLot.toLower(), f.step(0), 12.5, f.wang, {})
                .ok()); // caps lock on
    const LotStock after = f.ws->trace()->stock(f.steelLot).value();
    QCOMPARE(after.received, 100.0);
    QCOMPARE(after.consumed, 42.5);
    QCOMPARE(after.remaining, 57.5);
    QCOMPARE(f.rows("lot_movements"), 4); // two receipts, two feeds
    // The lots list reads every lot with the same stock in one query, or one material's lots.
    const QList<LotWithStock> all = f.ws->trace()->lotsWithStock().value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).lot.lotNo, f.steelLot);
    QCOMPARE(all.at(0).stock.consumed, 42.5);
    QCOMPARE(all.at(0).stock.remaining, 57.5);
    QCOMPARE(all.at(1).stock.remaining, f.ws->trace()->stock(f.gasketLot).value().remaining);
    const QList<LotWithStock> gaskets = f.ws->trace()->lotsWithStock(f.gasket).value();
    QCOMPARE(gaskets.size(), 1);
    QCOMPARE(gaskets.at(0).lot.lotNo, f.gasketLot);

    // The whole rest can be fed; then nothing more.
    QVERIFY(f.ws->trace()->consume(f.steelLot, f.step(0), 57.5, f.wang, f.lathe).ok());
    QCOMPARE(f.ws->trace()->stock(f.steelLot).value().remaining, 0.0);

    // A typed lot number is kept (in capitals) and must be unique.
    f.signIn(Role::Planner);
    LotReceipt own;
    own.productId = f.steel;
    own.quantity = 10;
    own.lotNo = QStringLiteral("bg-2611-a");
    QCOMPARE(f.ws->trace()->receiveLot(own).value(), QStringLiteral("BG-2611-A"));
    const Result<QString> again = f.ws->trace()->receiveLot(own);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("BG-2611-A")), qPrintable(again.error()));
    // A generated number never repeats a work order's production lot.
    f.released(TestShop::lotNumber(3));
    QCOMPARE(f.receive(f.gasket, 10, QStringLiteral("华东密封"), QStringLiteral("HD-23")),
             TestShop::lotNumber(4));
    const QList<MaterialLot> steelLots = f.ws->trace()->lotsOf(f.steel).value();
    QCOMPARE(steelLots.size(), 2);
    QCOMPARE(steelLots.at(0).supplier, QStringLiteral("宝钢"));
    QCOMPARE(steelLots.at(0).supplierLot, QStringLiteral("BG-7781"));
}

void TstTraceService::badReceiptsWriteNothing()
{
    Floor f;
    const int lots = f.rows("material_lots");
    const int movements = f.rows("lot_movements");
    const auto refused = [&](LotReceipt receipt, const char *why) {
        const Result<QString> lot = f.ws->trace()->receiveLot(receipt);
        QVERIFY2(!lot.ok(), why);
        QVERIFY2(!lot.error().isEmpty(), why);
        QCOMPARE(f.rows("material_lots"), lots);
        QCOMPARE(f.rows("lot_movements"), movements);
    };
    LotReceipt good;
    good.productId = f.steel;
    good.quantity = 10;
    good.receivedOn = TestShop::day(-3);
    LotReceipt r = good;
    r.quantity = 0;
    refused(r, "zero");
    r.quantity = std::numeric_limits<double>::quiet_NaN();
    refused(r, "NaN");
    r = good;
    r.expiry = TestShop::day(-4);
    refused(r, "expires before received");
    r = good;
    r.productId = QStringLiteral("no-such-product");
    refused(r, "unknown material");
    r = good;
    r.lotNo = QStringLiteral("批次 1"); // cannot be a barcode
    refused(r, "not printable");
    f.signIn(Role::Operator);
    refused(good, "operator may not receive");
}

void TstTraceService::badFeedsWriteNothing_data()
{
    QTest::addColumn<QString>("lot");        // "steel", "expired" or a code
    QTest::addColumn<QString>("orderState"); // the order the step belongs to
    QTest::addColumn<double>("quantity");
    QTest::addColumn<QString>("message");

    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("unknown lot") << "L9999-0001"
                                 << "released" << 1.0 << "No material lot L9999-0001";
    const QString steel = TestShop::lotNumber(1);
    QTest::newRow("expired lot") << "expired"
                                 << "released" << 1.0
                                 << u"expired on "_s + TestShop::day(-1).toString(Qt::ISODate);
    QTest::newRow("more than left")
        << "steel"
        << "released" << 100.5 << u"Only 100 of lot %1 is left"_s.arg(steel);
    QTest::newRow("zero") << "steel"
                          << "released" << 0.0 << steel;
    QTest::newRow("negative") << "steel"
                              << "released" << -5.0 << steel;
    QTest::newRow("not a number") << "steel"
                                  << "released" << nan << steel;
    QTest::newRow("infinite") << "steel"
                              << "released" << inf << steel;
    QTest::newRow("order on hold") << "steel"
                                   << "on_hold" << 1.0 << steel;
    QTest::newRow("order cancelled") << "steel"
                                     << "cancelled" << 1.0 << steel;
}

void TstTraceService::badFeedsWriteNothing()
{
    QFETCH(QString, lot);
    QFETCH(QString, orderState);
    QFETCH(double, quantity);
    QFETCH(QString, message);
    Floor f;
    const QString expired =
        f.receive(f.steel, 10, QStringLiteral("宝钢"), QStringLiteral("OLD"), TestShop::day(-1));
    QString orderId = f.order;
    if (orderState != QLatin1String("released")) {
        orderId = f.released(QStringLiteral("P-0002"));
        if (orderState == QLatin1String("on_hold")) {
            QVERIFY(f.ws->workOrders()->apply(orderId, WorkOrderAction::Start, 2).ok());
            QVERIFY(f.ws->workOrders()->apply(orderId, WorkOrderAction::Hold, 3).ok());
        } else {
            QVERIFY(f.ws->workOrders()->apply(orderId, WorkOrderAction::Cancel, 2).ok());
        }
    }
    const QString code = lot == QLatin1String("steel")     ? f.steelLot
                         : lot == QLatin1String("expired") ? expired
                                                           : lot;
    const int movements = f.rows("lot_movements");
    f.signIn(Role::Operator);
    const Result<QString> fed =
        f.ws->trace()->consume(code, f.step(0, orderId), quantity, f.wang, f.lathe);
    QVERIFY(!fed.ok());
    QVERIFY2(fed.error().contains(message), qPrintable(fed.error()));
    QCOMPARE(f.rows("lot_movements"), movements);
    QCOMPARE(f.ws->trace()->stock(f.steelLot).value().remaining, 100.0);
}

void TstTraceService::blockedLotIsRefusedUntilReleased()
{
    Floor f;
    f.signIn(Role::Operator);
    QVERIFY(!f.ws->trace()
                 ->blockLot(f.steelLot, QStringLiteral("来料检验不合格"))
                 .ok()); // not the operator's
    f.signIn(Role::Planner);
    QVERIFY(
        !f.ws->trace()->blockLot(f.steelLot, QStringLiteral("  ")).ok()); // a reason is required
    QVERIFY(f.ws->trace()->blockLot(f.steelLot, QStringLiteral("来料检验不合格")).ok());
    QVERIFY(f.ws->trace()->lot(f.steelLot).value().blocked);
    const int movements = f.rows("lot_movements");
    f.signIn(Role::Operator);
    const Result<QString> fed = f.ws->trace()->consume(f.steelLot, f.step(0), 5, f.wang, f.lathe);
    QVERIFY(!fed.ok());
    QVERIFY2(fed.error().contains(f.steelLot + QStringLiteral(" is blocked (来料检验不合格)")),
             qPrintable(fed.error()));
    QCOMPARE(f.rows("lot_movements"), movements);
    f.signIn(Role::Planner);
    QVERIFY(f.ws->trace()->unblockLot(f.steelLot, QStringLiteral("让步接收")).ok());
    f.signIn(Role::Operator);
    QVERIFY(f.ws->trace()->consume(f.steelLot, f.step(0), 5, f.wang, f.lathe).ok());
    QCOMPARE(f.rows("lot_movements"), movements + 1);
}

void TstTraceService::backwardFindsReportsAndLotsPerStep()
{
    Floor f;
    f.signIn(Role::Operator);
    // Step 10: 王建国 turns 50 on the lathe with 30 of the steel; step 20: 李志强 mills 40 on the
    // mill with 40 gaskets. A second order also takes steel: it must not show up here.
    f.setNow(monday(9));
    const QString turned = f.report(0, 50, f.wang, f.lathe);
    QVERIFY(f.ws->trace()->consume(f.steelLot, f.step(0), 30, f.wang, f.lathe, turned).ok());
    f.setNow(monday(10, 30));
    f.report(1, 40, f.li, f.mill);
    QVERIFY(f.ws->trace()->consume(f.gasketLot, f.step(1), 40, f.li, f.mill).ok());
    f.signIn(Role::Owner);
    const QString other = f.released(QStringLiteral("P-0002"));
    f.signIn(Role::Operator);
    QVERIFY(f.ws->trace()->consume(f.steelLot, f.step(0, other), 20, f.li, f.lathe).ok());

    const QString number = f.number(f.order);
    for (const QString &code :
         QStringList{number, QStringLiteral("WO:") + number, QStringLiteral("P-0001")}) {
        const Result<TraceNode> traced = f.ws->trace()->backward(code);
        QVERIFY2(traced.ok(), qPrintable(code + QStringLiteral(": ") + traced.error()));
        const TraceNode &root = traced.value();
        QCOMPARE(root.kind, TraceNode::Kind::WorkOrder);
        QCOMPARE(root.code, number);
        QCOMPARE(root.details.value(QStringLiteral("product")).toString(), QStringLiteral("FL-1"));
        QCOMPARE(root.details.value(QStringLiteral("quantity")).toDouble(), 100.0);
        QCOMPARE(root.children.size(), 2);
        QCOMPARE(nodes(root, TraceNode::Kind::Lot).size(), 2); // not the other order's steel
        QCOMPARE(nodes(root, TraceNode::Kind::Report).size(), 2);

        const TraceNode &turning = root.children.at(0);
        QCOMPARE(turning.code, number + QStringLiteral("/10"));
        QCOMPARE(turning.children.size(), 2);
        const TraceNode *report = nodes(turning, TraceNode::Kind::Report).value(0);
        QCOMPARE(report->details.value(QStringLiteral("employee")).toString(),
                 QStringLiteral("王建国"));
        QCOMPARE(report->details.value(QStringLiteral("machine")).toString(),
                 QStringLiteral("LATHE-1"));
        QCOMPARE(report->details.value(QStringLiteral("good")).toDouble(), 50.0);
        QCOMPARE(report->atMs, monday(9));
        const TraceNode *steel = nodes(turning, TraceNode::Kind::Lot).value(0);
        QCOMPARE(steel->code, f.steelLot);
        QCOMPARE(steel->details.value(QStringLiteral("quantity")).toDouble(), 30.0);
        QCOMPARE(steel->details.value(QStringLiteral("supplier")).toString(),
                 QStringLiteral("宝钢"));
        QCOMPARE(steel->details.value(QStringLiteral("supplier_lot")).toString(),
                 QStringLiteral("BG-7781"));
        QCOMPARE(steel->details.value(QStringLiteral("employee")).toString(),
                 QStringLiteral("王建国"));

        const TraceNode &milling = root.children.at(1);
        QCOMPARE(milling.code, number + QStringLiteral("/20"));
        const TraceNode *milled = nodes(milling, TraceNode::Kind::Report).value(0);
        QCOMPARE(milled->details.value(QStringLiteral("employee")).toString(),
                 QStringLiteral("李志强"));
        QCOMPARE(milled->details.value(QStringLiteral("machine")).toString(),
                 QStringLiteral("MILL-1"));
        QCOMPARE(milled->atMs, monday(10, 30));
        const TraceNode *gaskets = nodes(milling, TraceNode::Kind::Lot).value(0);
        QCOMPARE(gaskets->code, f.gasketLot);
        QCOMPARE(gaskets->details.value(QStringLiteral("supplier_lot")).toString(),
                 QStringLiteral("HD-22"));
        QCOMPARE(gaskets->details.value(QStringLiteral("quantity")).toDouble(), 40.0);
    }
    // The tree serialises for the command line and a future UI.
    const QJsonObject json = f.ws->trace()->backward(number).value().toJson();
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("work_order"));
    QCOMPARE(json.value(QStringLiteral("children")).toArray().size(), 2);
}

void TstTraceService::forwardFindsOrdersStepsAndWho()
{
    Floor f;
    f.signIn(Role::Operator);
    f.setNow(monday(9));
    QVERIFY(f.ws->trace()->consume(f.steelLot, f.step(0), 30, f.wang, f.lathe).ok());
    f.setNow(monday(9, 15));
    QVERIFY(f.ws->trace()->consume(f.gasketLot, f.step(1), 40, f.li, f.mill).ok());
    f.signIn(Role::Owner);
    const QString other = f.released(QStringLiteral("P-0002"));
    f.signIn(Role::Operator);
    f.setNow(monday(11));
    QVERIFY(f.ws->trace()->consume(f.steelLot, f.step(0, other), 20, f.li, f.lathe).ok());

    const Result<TraceNode> traced = f.ws->trace()->forward(QStringLiteral("LOT:") + f.steelLot);
    QVERIFY2(traced.ok(), qPrintable(traced.error()));
    const TraceNode &root = traced.value();
    QCOMPARE(root.kind, TraceNode::Kind::Lot);
    QCOMPARE(root.code, f.steelLot);
    QCOMPARE(root.details.value(QStringLiteral("material")).toString(), QStringLiteral("SP-1"));
    QCOMPARE(root.details.value(QStringLiteral("consumed")).toDouble(), 50.0);
    QCOMPARE(root.details.value(QStringLiteral("remaining")).toDouble(), 50.0);
    QCOMPARE(root.children.size(), 2);
    const TraceNode &first = root.children.at(0);
    QCOMPARE(first.code, f.number(f.order));
    QCOMPARE(first.details.value(QStringLiteral("production_lot")).toString(),
             QStringLiteral("P-0001"));
    QCOMPARE(first.details.value(QStringLiteral("state")).toString(), QStringLiteral("released"));
    QCOMPARE(first.children.size(), 1);
    const TraceNode &feed = first.children.at(0);
    QCOMPARE(feed.kind, TraceNode::Kind::Consumption);
    QCOMPARE(feed.code, f.number(f.order) + QStringLiteral("/10"));
    QCOMPARE(feed.details.value(QStringLiteral("quantity")).toDouble(), 30.0);
    QCOMPARE(feed.details.value(QStringLiteral("employee")).toString(), QStringLiteral("王建国"));
    QCOMPARE(feed.details.value(QStringLiteral("machine")).toString(), QStringLiteral("LATHE-1"));
    QCOMPARE(feed.atMs, monday(9));
    const TraceNode &second = root.children.at(1);
    QCOMPARE(second.code, f.number(other));
    QCOMPARE(second.details.value(QStringLiteral("production_lot")).toString(),
             QStringLiteral("P-0002"));
    QCOMPARE(second.children.at(0).details.value(QStringLiteral("employee")).toString(),
             QStringLiteral("李志强"));
    QCOMPARE(second.children.at(0).atMs, monday(11));

    // The gaskets went into step 20 of the first order only.
    const TraceNode gaskets = f.ws->trace()->forward(f.gasketLot).value();
    QCOMPARE(gaskets.children.size(), 1);
    QCOMPARE(nodes(gaskets, TraceNode::Kind::Consumption).size(), 1);
    QCOMPARE(gaskets.children.at(0).children.at(0).code, f.number(f.order) + QStringLiteral("/20"));
}

void TstTraceService::expiryFollowsTheFactoryClock()
{
    // A lot good until Tuesday has not expired on the factory's Monday, whatever day the wall
    // clock says; on Wednesday it has.
    Floor f;
    const QString lot =
        f.receive(f.steel, 10, QStringLiteral("宝钢"), QStringLiteral("TUE"), TestShop::day(1));
    const TraceNode monday = f.ws->trace()->forward(lot).value();
    QCOMPARE(monday.details.value(QStringLiteral("expired")).toBool(), false);
    QCOMPARE(TraceText::result(monday), QStringLiteral("10 left"));
    f.setNow(TestShop::at(2, 8));
    const TraceNode wednesday = f.ws->trace()->forward(lot).value();
    QCOMPARE(wednesday.details.value(QStringLiteral("expired")).toBool(), true);
    QCOMPARE(TraceText::result(wednesday),
             u"Expired "_s + TestShop::day(1).toString(Qt::ISODate));
}

void TstTraceService::unknownCodesAreRefused()
{
    Floor f;
    const Result<TraceNode> backward = f.ws->trace()->backward(QStringLiteral("WO-19990101-0001"));
    QVERIFY(!backward.ok());
    QVERIFY2(backward.error().contains(QStringLiteral("WO-19990101-0001")),
             qPrintable(backward.error()));
    const Result<TraceNode> forward = f.ws->trace()->forward(QStringLiteral("LOT:L0001-0001"));
    QVERIFY(!forward.ok());
    QVERIFY2(forward.error().contains(QStringLiteral("L0001-0001")), qPrintable(forward.error()));
    // A production lot shared by two orders is named, not guessed.
    f.released(QStringLiteral("P-0001"));
    const Result<TraceNode> shared = f.ws->trace()->backward(QStringLiteral("P-0001"));
    QVERIFY(!shared.ok());
    QVERIFY2(shared.error().contains(QStringLiteral("2 work orders")), qPrintable(shared.error()));
}

void TstTraceService::movementsAreAppendOnly()
{
    Floor f;
    QVERIFY(f.ws->trace()->consume(f.steelLot, f.step(0), 30, f.wang, f.lathe).ok());
    QSqlQuery query(f.ws->database().connection());
    QVERIFY(!query.exec(
        QStringLiteral("UPDATE lot_movements SET quantity = -1 WHERE kind = 'consumption'")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM lot_movements")));
    QCOMPARE(f.rows("lot_movements"), 3);
    QCOMPARE(f.ws->trace()->stock(f.steelLot).value().remaining, 70.0);
    // A consumption cannot be stored with the wrong sign.
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO lot_movements (id, lot_id, kind, quantity, at, device_id) "
                       "SELECT 'x', id, 'consumption', 5, 0, 'd' FROM material_lots LIMIT 1")));
}

void TstTraceService::schemaUpgradesFromV3AndAgainChangesNothing()
{
    // A schema-3 file: a new file with the version-4 objects removed and the version put back.
    TestWorkspace ws;
    const QString path = ws.path();
    {
        QSqlQuery query(ws->database().connection());
        for (const char *sql : {"DROP TABLE lot_movements", "DROP TABLE material_lots",
                                "DROP INDEX work_orders_lot_no",
                                "UPDATE meta SET value = '3' WHERE key = 'schema_version'"})
            QVERIFY2(query.exec(QLatin1String(sql)), sql);
    }
    ws.reopen();
    QCOMPARE(ws->database().schemaVersion(), Migrations::latestVersion());
    QSqlDatabase db = ws->database().connection();
    const auto objects = [&db] {
        QStringList names;
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT type || ' ' || name FROM sqlite_master ORDER BY 1"));
        while (query.next())
            names << query.value(0).toString();
        return names;
    };
    const QStringList upgraded = objects();
    for (const char *name :
         {"table material_lots", "table lot_movements", "index lot_movements_lot",
          "index lot_movements_work_order", "trigger lot_movements_no_update",
          "trigger lot_movements_no_delete", "index material_lots_lot_no"})
        QVERIFY2(upgraded.contains(QLatin1String(name)), name);
    QVERIFY(Migrations::migrate(db).ok());
    QCOMPARE(objects(), upgraded);

    // The saved schema-1 demo factory upgrades all the way and takes lots.
    const QString v1 = ws.dirPath() + QStringLiteral("/v1.sqlite");
    QVERIFY(QFile::copy(qEnvironmentVariable("TAKTLINE_SOURCE_DIR") +
                            QStringLiteral("/tests/data/schema-v1-demo.sqlite"),
                        v1));
    QFile::setPermissions(v1, QFile::permissions(v1) | QFile::WriteOwner);
    Result<std::unique_ptr<Workspace>> old = Workspace::open(v1);
    QVERIFY2(old.ok(), qPrintable(old.error()));
    QCOMPARE(old.value()->database().schemaVersion(), Migrations::latestVersion());
    old.value()->access()->signInAsSystem();
    LotReceipt receipt;
    receipt.productId = old.value()
                            ->masterData()
                            ->idForCode(MasterDataKind::Product, QStringLiteral("FL-DN25"))
                            .value();
    receipt.quantity = 5;
    QVERIFY(old.value()->trace()->receiveLot(receipt).ok());
}

QTEST_GUILESS_MAIN(TstTraceService)
#include "tst_traceservice.moc"
