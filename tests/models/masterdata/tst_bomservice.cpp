// Bills of materials (物料清单) as a planner keeps them and the shop floor relies on them: lines
// are refused, with nothing written, when they name unknown parts, a part in itself, a part twice,
// a step the routing lacks or a circle; a work order's requirements show what was fed, what the
// usable lots hold and what is short; feeding a lot of the wrong material is refused; and
// planFeed() answers exactly what consume() would.
#include "fixturehelpers.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/bomservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "services/trace/traceservice.h"
#include "storage/database.h"
#include "testshop.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace Taktline;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TstBomService : public QObject
{
    Q_OBJECT
private slots:
    void addsLinesInStepOrderWithAuditAndSignal();
    void badLinesWriteNothing_data();
    void badLinesWriteNothing();
    void refusesCirclesAtAnyDepth();
    void updateRemoveAndRestore();
    void requirementsShowFedStockAndShortage();
    void suggestedFeedIsWhatTheStepTakes();
    void wrongMaterialIsNotFed();
    void planFeedAgreesWithConsume_data();
    void planFeedAgreesWithConsume();
};

namespace {

// The shop's flanges without a bill of materials yet, with gaskets and screws to put on it;
// copper wire and paint are materials the flange does not use. A bushing (BS-1) turned and
// milled like the flange has no BOM at all and an order of 10.
struct Floor : TestShop
{
    QString bushing, gasket, screw, copper, paint, bushingOrder;

    Floor()
        : TestShop(Options{.bom = false, .lot = false})
    {
        bushing = product(
            "BS-1", "轴套",
            {{{}, QStringLiteral("车削"), 60, lathe}, {{}, QStringLiteral("铣削"), 60, mill}});
        gasket = product("GS-1", "垫片");
        screw = product("SC-M8", "螺钉 M8");
        copper = product("CU-1", "铜线", {}, "kg");
        paint = product("PT-1", "油漆", {}, "kg");
        bushingOrder = releasedOrder(bushing, 10);
    }
    BomLine line(const QString &component, double perUnit, int seq,
                 const QString &product = {}) const
    {
        return {QString(), product.isEmpty() ? flange : product, component, perUnit, seq, {}};
    }
    QString add(const QString &component, double perUnit, int seq,
                const QString &product = {}) const
    {
        const Result<QString> id = ws->bom()->addLine(line(component, perUnit, seq, product));
        Fixture::require(id.outcome(), "bom line");
        return id.value();
    }
    // Steel 0.8 kg per flange at the first step, gaskets 2 at step 20, screws 4 at step 20.
    void flangeBom() const
    {
        add(steel, 0.8, 0);
        add(gasket, 2, 20);
        add(screw, 4, 20);
    }
    QString receive(const QString &material, double quantity,
                    std::optional<QDate> expiry = std::nullopt) const
    {
        return TestShop::receive(material, quantity, QStringLiteral("宝钢"), {}, expiry);
    }
    int liveLines() const
    {
        QSqlQuery query(ws->database().connection());
        query.exec(QStringLiteral("SELECT count(*) FROM bom_lines WHERE deleted = 0"));
        query.next();
        return query.value(0).toInt();
    }
    const MaterialRequirement *requirement(const QList<MaterialRequirement> &rows,
                                           const QString &component) const
    {
        for (const MaterialRequirement &row : rows) {
            if (row.line.componentId == component)
                return &row;
        }
        return nullptr;
    }
};

} // namespace

void TstBomService::addsLinesInStepOrderWithAuditAndSignal()
{
    Floor f;
    QSignalSpy changed(f.ws->bom(), &BomService::bomChanged);
    const int audits = f.rows("audit_log");
    f.add(f.screw, 4, 20);
    f.add(f.steel, 0.8, 0);
    const QString gasketLine = f.add(f.gasket, 2, 20);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.at(0).at(0).toString(), f.flange);
    QCOMPARE(f.rows("audit_log"), audits + 3);

    const QList<BomLine> lines = f.ws->bom()->lines(f.flange).value();
    QCOMPARE(lines.size(), 3);
    // The first step's material first; within a step by part number.
    QCOMPARE(lines.at(0).componentId, f.steel);
    QCOMPARE(lines.at(0).quantityPerUnit, 0.8);
    QCOMPARE(lines.at(0).operationSeq, 0);
    QCOMPARE(lines.at(1).componentId, f.gasket);
    QCOMPARE(lines.at(1).id, gasketLine);
    QCOMPARE(lines.at(2).componentId, f.screw);
    QCOMPARE(lines.at(2).operationSeq, 20);
    QVERIFY(f.ws->bom()->lines(f.bushing).value().isEmpty());
    // A component may go into several products.
    QVERIFY(f.ws->bom()->addLine(f.line(f.steel, 1.2, 10, f.bushing)).ok());
}

void TstBomService::badLinesWriteNothing_data()
{
    QTest::addColumn<QString>("product");   // "flange", "bushing", "unknown"
    QTest::addColumn<QString>("component"); // "steel", "flange", "gasket", "unknown"
    QTest::addColumn<double>("perUnit");
    QTest::addColumn<int>("seq");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("message");

    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("unknown product") << "unknown"
                                     << "steel" << 1.0 << 0 << "owner"
                                     << "that product does not exist";
    QTest::newRow("unknown component") << "flange"
                                       << "unknown" << 1.0 << 0 << "owner"
                                       << "the one given does not exist";
    QTest::newRow("itself") << "flange"
                            << "flange" << 1.0 << 0 << "owner"
                            << "FL-1 法兰 cannot be a component of itself";
    QTest::newRow("already on the BOM") << "flange"
                                        << "steel" << 0.5 << 20 << "owner"
                                        << "SP-1 钢板 is already on the bill of materials of FL-1";
    QTest::newRow("zero") << "flange"
                          << "gasket" << 0.0 << 0 << "owner"
                          << "greater than zero";
    QTest::newRow("negative") << "flange"
                              << "gasket" << -2.0 << 0 << "owner"
                              << "greater than zero";
    QTest::newRow("not a number") << "flange"
                                  << "gasket" << nan << 0 << "owner"
                                  << "greater than zero";
    QTest::newRow("step beyond the routing") << "flange"
                                             << "gasket" << 2.0 << 30 << "owner"
                                             << "has no step 30. Its steps are 10, 20";
    QTest::newRow("step between steps") << "flange"
                                        << "gasket" << 2.0 << 15 << "owner"
                                        << "has no step 15";
    QTest::newRow("negative step") << "flange"
                                   << "gasket" << 2.0 << -10 << "owner"
                                   << "has no step -10";
    QTest::newRow("operator") << "flange"
                              << "gasket" << 2.0 << 0 << "operator"
                              << "";
}

void TstBomService::badLinesWriteNothing()
{
    QFETCH(QString, product);
    QFETCH(QString, component);
    QFETCH(double, perUnit);
    QFETCH(int, seq);
    QFETCH(QString, role);
    QFETCH(QString, message);
    Floor f;
    f.add(f.steel, 0.8, 0);
    const auto id = [&](const QString &key) {
        return key == QLatin1String("flange")    ? f.flange
               : key == QLatin1String("bushing") ? f.bushing
               : key == QLatin1String("steel")   ? f.steel
               : key == QLatin1String("gasket")  ? f.gasket
                                                 : QStringLiteral("no-such-product");
    };
    const int lines = f.rows("bom_lines");
    const int audits = f.rows("audit_log");
    QSignalSpy changed(f.ws->bom(), &BomService::bomChanged);
    f.signIn(roleFromKey(role).value());
    const Result<QString> added =
        f.ws->bom()->addLine(f.line(id(component), perUnit, seq, id(product)));
    QVERIFY(!added.ok());
    QVERIFY(!added.error().isEmpty());
    QVERIFY2(added.error().contains(message), qPrintable(added.error()));
    QCOMPARE(f.rows("bom_lines"), lines);
    QCOMPARE(f.rows("audit_log"), audits);
    QCOMPARE(changed.count(), 0);
}

void TstBomService::refusesCirclesAtAnyDepth()
{
    Floor f;
    // A gear pump (GP) is made of a shaft (SH), the shaft of a blank (BL), the blank of steel.
    const QString pump =
        f.create(MasterDataKind::Product, {{"part_no", "GP-1"}, {"name", "齿轮泵"}});
    const QString shaft =
        f.create(MasterDataKind::Product, {{"part_no", "SH-1"}, {"name", "传动轴"}});
    const QString blank =
        f.create(MasterDataKind::Product, {{"part_no", "BL-1"}, {"name", "毛坯"}});
    f.add(shaft, 1, 0, pump);
    f.add(blank, 1, 0, shaft);
    const QString steelLine = f.add(f.steel, 2.5, 0, blank);
    const int lines = f.rows("bom_lines");

    // Direct: the shaft cannot contain the pump that contains it.
    Result<QString> refused = f.ws->bom()->addLine(f.line(pump, 1, 0, shaft));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("GP-1 齿轮泵 cannot go into SH-1 传动轴")),
             qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("GP-1 → SH-1")), qPrintable(refused.error()));
    // Three levels down: the blank cannot contain the pump either, and the message shows the way.
    refused = f.ws->bom()->addLine(f.line(pump, 1, 0, blank));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("GP-1 → SH-1 → BL-1")),
             qPrintable(refused.error()));
    QCOMPARE(f.rows("bom_lines"), lines);

    // Changing a line into a circle is refused just the same.
    BomLine edited = f.ws->bom()->line(steelLine).value();
    edited.componentId = pump;
    const Outcome updated = f.ws->bom()->updateLine(edited);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().contains(QStringLiteral("circle")), qPrintable(updated.error()));
    QCOMPARE(f.ws->bom()->line(steelLine).value().componentId, f.steel);

    // Not a circle: two products sharing a component, a diamond.
    QVERIFY(f.ws->bom()->addLine(f.line(blank, 2, 0, pump)).ok());

    // Bringing back a removed line that would now close a circle is refused.
    const QString back = f.add(f.gasket, 1, 0, pump);
    QVERIFY(f.ws->bom()->removeLine(back).ok());
    f.add(pump, 1, 0, f.gasket);
    const Outcome restored = f.ws->bom()->restoreLine(back);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(QStringLiteral("circle")), qPrintable(restored.error()));
}

void TstBomService::updateRemoveAndRestore()
{
    Floor f;
    f.flangeBom();
    const QList<BomLine> lines = f.ws->bom()->lines(f.flange).value();
    BomLine gasketLine = lines.at(1);
    QCOMPARE(gasketLine.componentId, f.gasket);

    gasketLine.quantityPerUnit = 3;
    gasketLine.operationSeq = 10;
    gasketLine.note = QStringLiteral("  两面各一  ");
    QVERIFY(f.ws->bom()->updateLine(gasketLine).ok());
    const BomLine stored = f.ws->bom()->line(gasketLine.id).value();
    QCOMPARE(stored.quantityPerUnit, 3.0);
    QCOMPARE(stored.operationSeq, 10);
    QCOMPARE(stored.note, QStringLiteral("两面各一"));

    // Refusals change nothing: a component already on the BOM, a bad quantity, a bad step, and
    // a product that is not the line's own (it stays on its BOM).
    const int audits = f.rows("audit_log");
    BomLine bad = stored;
    bad.componentId = f.steel;
    QVERIFY(!f.ws->bom()->updateLine(bad).ok());
    bad = stored;
    bad.quantityPerUnit = 0;
    QVERIFY(!f.ws->bom()->updateLine(bad).ok());
    bad = stored;
    bad.operationSeq = 40;
    QVERIFY(!f.ws->bom()->updateLine(bad).ok());
    QCOMPARE(f.ws->bom()->line(stored.id).value(), stored);
    QCOMPARE(f.rows("audit_log"), audits);
    f.signIn(Role::Supervisor);
    bad = stored;
    bad.quantityPerUnit = 5;
    QVERIFY(!f.ws->bom()->updateLine(bad).ok());
    QVERIFY(!f.ws->bom()->removeLine(stored.id).ok());
    QCOMPARE(f.liveLines(), 3);
    f.signIn(Role::Planner);

    // Removed: a tombstone, gone from the BOM; restored: back with the same id.
    const int rows = f.rows("bom_lines");
    QVERIFY(f.ws->bom()->removeLine(stored.id).ok());
    QCOMPARE(f.rows("bom_lines"), rows);
    QCOMPARE(f.ws->bom()->lines(f.flange).value().size(), 2);
    QVERIFY(!f.ws->bom()->line(stored.id).ok());
    QVERIFY(!f.ws->bom()->removeLine(stored.id).ok()); // already gone
    QVERIFY(f.ws->bom()->restoreLine(stored.id).ok());
    QCOMPARE(f.ws->bom()->line(stored.id).value(), stored);
    QVERIFY(!f.ws->bom()->restoreLine(stored.id).ok()); // not removed

    // A removed component can be added again; then the old line cannot come back beside it.
    QVERIFY(f.ws->bom()->removeLine(stored.id).ok());
    f.add(f.gasket, 1, 20);
    const Outcome twice = f.ws->bom()->restoreLine(stored.id);
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().contains(QStringLiteral("already on the bill of materials")),
             qPrintable(twice.error()));
    QCOMPARE(f.liveLines(), 3);
}

void TstBomService::requirementsShowFedStockAndShortage()
{
    Floor f;
    f.flangeBom();
    // Steel: 50 kg fed of a 60 kg lot, another good lot of 25, a blocked one of 100 and one that
    // expired yesterday (200): usable 10 + 25. Gaskets: 150 in a lot expiring today (still
    // usable). Screws: none at all.
    const QString steelLot = f.receive(f.steel, 60);
    f.receive(f.steel, 25, TestShop::day(200));
    const QString blocked = f.receive(f.steel, 100);
    f.receive(f.steel, 200, TestShop::day(-1));
    f.receive(f.gasket, 150, f.today());
    QVERIFY(f.ws->trace()->blockLot(blocked, QStringLiteral("来料检验不合格")).ok());
    // Steel fed into this order counts for this order only.
    const QString other = f.releasedOrder(f.flange, 20, TestShop::day(7));
    f.signIn(Role::Operator);
    QVERIFY(f.ws->trace()->consume(steelLot, f.step(0), 50, f.wang, f.lathe).ok());

    const QList<MaterialRequirement> rows = f.ws->bom()->requirements(f.order).value();
    QCOMPARE(rows.size(), 3);
    const MaterialRequirement *steel = f.requirement(rows, f.steel);
    QVERIFY(steel);
    QCOMPARE(steel->componentPartNo, QStringLiteral("SP-1"));
    QCOMPARE(steel->unit, QStringLiteral("kg"));
    QCOMPARE(steel->perUnit, 0.8);
    QCOMPARE(steel->required, 80.0);
    QCOMPARE(steel->fed, 50.0);
    QCOMPARE(steel->usableStock, 35.0);
    QCOMPARE(steel->shortage, 0.0);
    QVERIFY(!steel->isShort());
    const MaterialRequirement *gaskets = f.requirement(rows, f.gasket);
    QCOMPARE(gaskets->required, 200.0);
    QCOMPARE(gaskets->fed, 0.0);
    QCOMPARE(gaskets->usableStock, 150.0);
    QCOMPARE(gaskets->shortage, 50.0);
    QVERIFY(gaskets->isShort());
    const MaterialRequirement *screws = f.requirement(rows, f.screw);
    QCOMPARE(screws->required, 400.0);
    QCOMPARE(screws->usableStock, 0.0);
    QCOMPARE(screws->shortage, 400.0);

    // The other order has nothing fed; the blocked lot released, steel is plentiful again.
    const MaterialRequirement *otherSteel =
        f.requirement(f.ws->bom()->requirements(other).value(), f.steel);
    QCOMPARE(otherSteel->required, 16.0);
    QCOMPARE(otherSteel->fed, 0.0);
    f.signIn(Role::Owner);
    QVERIFY(f.ws->trace()->unblockLot(blocked, QStringLiteral("让步接收")).ok());
    QCOMPARE(f.requirement(f.ws->bom()->requirements(f.order).value(), f.steel)->usableStock,
             135.0);
    // Tomorrow the gasket lot has expired too.
    f.advance(24h);
    QCOMPARE(f.requirement(f.ws->bom()->requirements(f.order).value(), f.gasket)->shortage, 200.0);

    // No BOM, no requirements; an unknown order is an error.
    QVERIFY(f.ws->bom()->requirements(f.bushingOrder).value().isEmpty());
    QVERIFY(!f.ws->bom()->requirements(QStringLiteral("no-such-order")).ok());
}

void TstBomService::suggestedFeedIsWhatTheStepTakes()
{
    Floor f;
    f.flangeBom();
    const QList<MaterialRequirement> first = f.ws->bom()->suggestedFeed(f.step(0)).value();
    QCOMPARE(first.size(), 1); // step 0 means the order's first step
    QCOMPARE(first.at(0).line.componentId, f.steel);
    QCOMPARE(first.at(0).required, 80.0);
    const QList<MaterialRequirement> second = f.ws->bom()->suggestedFeed(f.step(1)).value();
    QCOMPARE(second.size(), 2);
    QCOMPARE(second.at(0).line.componentId, f.gasket);
    QCOMPARE(second.at(1).line.componentId, f.screw);
    QVERIFY(f.ws->bom()->suggestedFeed(f.step(0, f.bushingOrder)).value().isEmpty());
    QVERIFY(!f.ws->bom()->suggestedFeed(QStringLiteral("no-such-operation")).ok());
}

void TstBomService::wrongMaterialIsNotFed()
{
    Floor f;
    f.flangeBom();
    const QString copperLot = f.receive(f.copper, 50);
    const QString gasketLot = f.receive(f.gasket, 500);
    const QString steelLot = f.receive(f.steel, 100);
    const int movements = f.rows("lot_movements");
    f.signIn(Role::Operator);

    Result<QString> fed = f.ws->trace()->consume(copperLot, f.step(0), 5, f.wang, f.lathe);
    QVERIFY(!fed.ok());
    QCOMPARE(fed.error(),
             QStringLiteral("Lot %1 is 铜线 (CU-1); the bill of materials of FL-1 法兰 "
                            "does not use it.")
                 .arg(copperLot));
    fed = f.ws->trace()->consume(gasketLot, f.step(0), 5, f.wang, f.lathe);
    QVERIFY(!fed.ok());
    QCOMPARE(
        fed.error(),
        QStringLiteral("Lot %1 is 垫片 (GS-1); it is fed at step 20, not step 10.").arg(gasketLot));
    fed = f.ws->trace()->consume(steelLot, f.step(1), 5, f.wang, f.mill);
    QVERIFY(!fed.ok());
    QVERIFY2(fed.error().contains(QStringLiteral("fed at step 10, not step 20")),
             qPrintable(fed.error()));
    QCOMPARE(f.rows("lot_movements"), movements);
    QCOMPARE(f.ws->trace()->stock(copperLot).value().remaining, 50.0);

    // The right material at the right step is fed.
    QVERIFY(f.ws->trace()->consume(gasketLot, f.step(1), 200, f.wang, f.mill).ok());
    QVERIFY(f.ws->trace()->consume(steelLot, f.step(0), 80, f.wang, f.lathe).ok());
    // A product without a BOM takes any lot: nothing to check against.
    QVERIFY(f.ws->trace()->consume(copperLot, f.step(0, f.bushingOrder), 5, f.wang, f.lathe).ok());
    QCOMPARE(f.rows("lot_movements"), movements + 3);
}

void TstBomService::planFeedAgreesWithConsume_data()
{
    QTest::addColumn<QString>("lot"); // which lot is scanned
    QTest::addColumn<int>("step");    // 0: the flange order's first step, 1: its second
    QTest::addColumn<QString>("message");
    QTest::addColumn<double>("perUnit"); // 0: no BOM quantity expected

    QTest::newRow("steel at the first step") << "steel" << 0 << "" << 0.8;
    QTest::newRow("gaskets at step 20") << "gasket" << 1 << "" << 2.0;
    QTest::newRow("copper: not on the BOM") << "copper" << 0 << "does not use it" << 0.0;
    QTest::newRow("gaskets at step 10") << "gasket" << 0 << "not step 10" << 0.0;
    QTest::newRow("blocked") << "blocked" << 0 << "is blocked (锈蚀)" << 0.0;
    QTest::newRow("expired") << "expired" << 0
                             << u"expired on "_s + TestShop::day(-2).toString(Qt::ISODate) << 0.0;
    QTest::newRow("used up") << "used up" << 0 << "" << 0.0;
    QTest::newRow("unknown") << "L9999-0001" << 0 << "No material lot L9999-0001" << 0.0;
    QTest::newRow("order on hold") << "steel" << 2 << "not released or in production" << 0.0;
    QTest::newRow("no BOM") << "copper" << 3 << "" << 0.0;
}

void TstBomService::planFeedAgreesWithConsume()
{
    QFETCH(QString, lot);
    QFETCH(int, step);
    QFETCH(QString, message);
    QFETCH(double, perUnit);
    Floor f;
    f.flangeBom();
    QHash<QString, QString> lots = {
        {QStringLiteral("steel"), f.receive(f.steel, 100)},
        {QStringLiteral("gasket"), f.receive(f.gasket, 500)},
        {QStringLiteral("copper"), f.receive(f.copper, 50)},
        {QStringLiteral("blocked"), f.receive(f.steel, 10)},
        {QStringLiteral("expired"), f.receive(f.steel, 10, TestShop::day(-2))},
        {QStringLiteral("used up"), f.receive(f.steel, 8)}};
    QVERIFY(f.ws->trace()
                ->blockLot(lots.value(QStringLiteral("blocked")), QStringLiteral("锈蚀"))
                .ok());
    const QString held = f.releasedOrder(f.flange, 10, TestShop::day(7));
    QVERIFY(f.ws->workOrders()->apply(held, WorkOrderAction::Start, 2).ok());
    QVERIFY(f.ws->workOrders()->apply(held, WorkOrderAction::Hold, 3).ok());
    f.signIn(Role::Operator);
    QVERIFY(f.ws->trace()
                ->consume(lots.value(QStringLiteral("used up")), f.step(0), 8, f.wang, f.lathe)
                .ok());
    const QString operation = step == 2   ? f.step(0, held)
                              : step == 3 ? f.step(0, f.bushingOrder)
                                          : f.step(step);
    const QString code = lots.value(lot, lot);
    const int movements = f.rows("lot_movements");

    const Result<FeedPlan> plan = f.ws->trace()->planFeed(code, operation);
    QCOMPARE(f.rows("lot_movements"), movements); // planning writes nothing
    const Result<QString> fed = f.ws->trace()->consume(code, operation, 1, f.wang, {});
    if (lot == QLatin1String("used up")) {
        // Nothing left: planFeed says so plainly; consume() refuses as "only 0 left".
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().contains(QStringLiteral("is used up")), qPrintable(plan.error()));
        QVERIFY(!fed.ok());
        QCOMPARE(f.rows("lot_movements"), movements);
        return;
    }
    QCOMPARE(plan.ok(), fed.ok());
    if (!message.isEmpty()) {
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().contains(message), qPrintable(plan.error()));
        QCOMPARE(plan.error(), fed.error()); // the same words at the station either way
        QCOMPARE(f.rows("lot_movements"), movements);
        return;
    }
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan.value().lot.lotNo, code);
    QCOMPARE(f.rows("lot_movements"), movements + 1);
    QVERIFY(plan.value().remaining > 1);
    QCOMPARE(f.ws->trace()->stock(code).value().remaining, plan.value().remaining - 1);
    if (perUnit > 0)
        QCOMPARE(plan.value().quantityPerUnit.value_or(-1), perUnit);
    else
        QVERIFY(!plan.value().quantityPerUnit.has_value());
    // Nobody signed in: no feed can be planned.
    f.ws->access()->signOut();
    QVERIFY(!f.ws->trace()->planFeed(code, operation).ok());
}

QTEST_GUILESS_MAIN(TstBomService)
#include "tst_bomservice.moc"
