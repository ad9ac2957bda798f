// Nonconformance (不合格品) and its disposition: pieces found bad on a step, a lot or a serial are
// recorded with a number, and every decision on them writes its facts in one transaction — a
// released rework order, a scrap that lowers OEE quality, a concession signed by an approver, a
// return that blocks the supplier's lot, a wage deduction — or nothing at all.
#include "domain/oee/oeeelements.h"
#include "fixturehelpers.h"
#include "services/access/accesscontrol.h"
#include "services/oee/oeeservice.h"
#include "services/planning/workorderservice.h"
#include "services/quality/nonconformanceservice.h"
#include "services/serials/serialservice.h"
#include "services/station/wageservice.h"
#include "services/trace/traceservice.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "testshop.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Taktline;

class TstNonconformanceService : public QObject
{
    Q_OBJECT
private slots:
    void openOnAStepGetsANumberAndTakesOnlyGoodPieces();
    void openOnALotOrSerial();
    void badQuantitiesAreRefused();
    void reworkCreatesAReleasedOrderWithTheRouting();
    void scrapLowersOeeQualityByTheDisposedPieces();
    void concessionNeedsAnApproverWhoMayApprove();
    void returnToSupplierBlocksTheLotAndFeedingIsRefused();
    void deductWagesLowersTheWageByPiecesTimesRate();
    void moreThanTheOpenQuantityIsRefused();
    void rolesDecideWhoMayOpenAndDispose();
    void genealogyShowsInspectionsAndDispositions();
    void concessionOnAFailedIncomingLotReleasesIt();
};

namespace {

// The shop with 50 flanges turned by 王建国 on Monday at 09:00 and 40 milled by 李志强 at 09:30,
// an approver (planner 张经理) and an operator account (赵操作); the clock stands at 10:00.
struct Shop : TestShop
{
    QString planner, operatorUser;

    Shop()
    {
        reportAt(at(0, 9), request(0, 50));
        ReportRequest milled = request(1, 40);
        milled.employeeId = li;
        reportAt(at(0, 9, 30), milled);
        setNow(at(0, 10));
        planner = user("zhang", "张经理", Role::Planner);
        operatorUser = user("zhao", "赵操作", Role::Operator);
    }
    QString user(const char *name, const char *display, Role role) const
    {
        UserAccount account;
        account.id = QStringLiteral("user-") + QString::fromUtf8(name);
        account.username = QString::fromUtf8(name);
        account.displayName = QString::fromUtf8(display);
        account.role = role;
        account.passwordHash = QStringLiteral("not-used");
        Fixture::require(UserRepository(ws->database().connection()).insert(account), "user");
        return account.id;
    }
    NonconformanceService *nc() const { return ws->nonconformances(); }
    QString openOnStep(int index, double quantity) const
    {
        NonconformanceInput input;
        input.operationId = step(index);
        input.quantity = quantity;
        input.defectReasonId = scratch;
        const Result<QString> id = nc()->open(input);
        Fixture::require(id.outcome(), "open");
        return id.value();
    }
    Result<QString> dispose(const QString &id, Disposition disposition, double quantity,
                            const QString &approver = {}, bool deduct = false) const
    {
        DispositionInput input;
        input.nonconformanceId = id;
        input.disposition = disposition;
        input.quantity = quantity;
        input.approverUserId = approver;
        input.deductWages = deduct;
        return nc()->dispose(input);
    }
    NonconformanceRecord record(const QString &id) const { return nc()->find(id).value(); }
    // A failed inspection of COLUMN (lot_id, serial_id) = ID, as the inspection service records
    // one (that service is another part of issue 16): the fact alone, under a plan of PRODUCT.
    QString failedInspection(const char *kind, const QString &product, const char *column,
                             const QString &id) const
    {
        QSqlQuery query(ws->database().connection());
        const QString plan = QStringLiteral("plan-") + QString::fromUtf8(kind);
        Fixture::require(query.exec(QStringLiteral(
                             "INSERT OR IGNORE INTO inspection_plans (id, product_id, incoming, final, "
                             "created_at, updated_at) VALUES ('%1', '%2', 1, 1, 0, 0)")
                                        .arg(plan, product))
                             ? Outcome::success()
                             : Outcome::failure(QStringLiteral("plan")),
                         "plan");
        const QString inspection = QStringLiteral("insp-") + QString::fromUtf8(kind);
        Fixture::require(
            query.exec(QStringLiteral("INSERT INTO inspections (id, kind, plan_id, %1, lot_size, "
                                      "sample_size, nonconforming, result, employee_id, at, "
                                      "device_id) VALUES ('%2', '%3', '%4', '%5', 100, 13, 2, "
                                      "'fail', '%6', %7, 'test')")
                           .arg(QString::fromUtf8(column), inspection, QString::fromUtf8(kind),
                                plan, id, li)
                           .arg(nowMs()))
                ? Outcome::success()
                : Outcome::failure(QStringLiteral("inspection")),
            "inspection");
        return inspection;
    }
    std::optional<double> latheQuality() const
    {
        OeeQuery query;
        query.fromMs = at(0, 8);
        query.toMs = at(0, 16);
        query.machineIds = {lathe};
        const Result<OeeResult> result = ws->oee()->compute(query, at(0, 16)); // the whole shift
        Fixture::require(result.outcome(), "oee");
        return result.value().total.figures.quality;
    }
};

} // namespace

void TstNonconformanceService::openOnAStepGetsANumberAndTakesOnlyGoodPieces()
{
    Shop shop;
    QSignalSpy changed(shop.nc(), &NonconformanceService::nonconformancesChanged);
    const QString first = shop.openOnStep(0, 5);
    const QString second = shop.openOnStep(1, 2);
    QCOMPARE(changed.size(), 2);
    const QString day = shop.today().toString(QStringLiteral("yyyyMMdd"));
    const NonconformanceRecord one = shop.record(first);
    QCOMPARE(one.number, QStringLiteral("NC-%1-0001").arg(day));
    QCOMPARE(shop.record(second).number, QStringLiteral("NC-%1-0002").arg(day));
    QCOMPARE(shop.nc()->find(one.number.toLower()).value().id, first); // typed in any case
    QCOMPARE(one.productId, shop.flange);
    QCOMPARE(one.workOrderNumber, shop.number());
    QCOMPARE(one.seq, 10);
    QCOMPARE(one.machineCode, QStringLiteral("LATHE-1"));
    QCOMPARE(one.quantity, 5.0);
    QCOMPARE(one.openQuantity, 5.0);
    QCOMPARE(one.defectReason, QStringLiteral("划伤"));
    QVERIFY(one.dispositions.isEmpty());

    // Step 10 reported 50 good; 5 are in an NC already: at most 45 more.
    NonconformanceInput tooMany;
    tooMany.operationId = shop.step(0);
    tooMany.quantity = 46;
    const int before = shop.rows("nonconformances");
    const Result<QString> refused = shop.nc()->open(tooMany);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("45")), qPrintable(refused.error()));
    QCOMPARE(shop.rows("nonconformances"), before);
    tooMany.quantity = 45;
    QVERIFY(shop.nc()->open(tooMany));

    NonconformanceService::Filter open;
    open.openOnly = true;
    QCOMPARE(shop.nc()->nonconformances(open).value().size(), 3);
    NonconformanceService::Filter ofOrder;
    ofOrder.workOrderId = shop.order;
    QCOMPARE(shop.nc()->nonconformances(ofOrder).value().size(), 3);
}

void TstNonconformanceService::openOnALotOrSerial()
{
    Shop shop;
    NonconformanceInput lot;
    lot.lotCode = QStringLiteral("LOT:") + shop.steelLot;
    lot.quantity = 20;
    lot.description = QStringLiteral("锈蚀");
    const Result<QString> onLot = shop.nc()->open(lot);
    QVERIFY2(onLot, qPrintable(onLot.error()));
    const NonconformanceRecord lotNc = shop.record(onLot.value());
    QCOMPARE(lotNc.lotNo, shop.steelLot);
    QCOMPARE(lotNc.productId, shop.steel);
    QVERIFY(lotNc.workOrderId.isEmpty());
    lot.quantity = 101; // 100 kg were received
    QVERIFY(!shop.nc()->open(lot));

    const QStringList serials =
        shop.ws->serials()->generate(shop.order, QStringLiteral("FL-{seq:4}"), 2).value();
    NonconformanceInput serial;
    serial.serial = serials.at(1);
    serial.quantity = 1;
    const Result<QString> onSerial = shop.nc()->open(serial);
    QVERIFY2(onSerial, qPrintable(onSerial.error()));
    QCOMPARE(shop.record(onSerial.value()).serial, serials.at(1));
    QCOMPARE(shop.record(onSerial.value()).workOrderId, shop.order);
    serial.quantity = 2; // one serial is one piece
    QVERIFY(!shop.nc()->open(serial));

    NonconformanceInput nothing;
    nothing.quantity = 1;
    const Result<QString> refused = shop.nc()->open(nothing);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("nonconforming")), qPrintable(refused.error()));
    NonconformanceInput unknown;
    unknown.lotCode = QStringLiteral("L9999-9999");
    unknown.quantity = 1;
    QVERIFY(!shop.nc()->open(unknown));
    QCOMPARE(shop.rows("nonconformances"), 2);
}

void TstNonconformanceService::badQuantitiesAreRefused()
{
    Shop shop;
    for (double quantity : {0.0, -3.0, std::numeric_limits<double>::quiet_NaN()}) {
        NonconformanceInput input;
        input.operationId = shop.step(0);
        input.quantity = quantity;
        const Result<QString> refused = shop.nc()->open(input);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("greater than zero")),
                 qPrintable(refused.error()));
    }
    QCOMPARE(shop.rows("nonconformances"), 0);
    const QString id = shop.openOnStep(0, 5);
    for (double quantity : {0.0, -1.0}) {
        const Result<QString> refused = shop.dispose(id, Disposition::Scrap, quantity);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("greater than zero")),
                 qPrintable(refused.error()));
    }
    QCOMPARE(shop.rows("nc_dispositions"), 0);
}

void TstNonconformanceService::reworkCreatesAReleasedOrderWithTheRouting()
{
    Shop shop;
    const QString id = shop.openOnStep(1, 4);
    shop.signIn(Role::Supervisor); // may dispose, though not edit work orders
    QSignalSpy added(shop.ws->workOrders(), &WorkOrderService::workOrderAdded);
    const int orders = shop.rows("work_orders");
    const Result<QString> disposed = shop.dispose(id, Disposition::Rework, 3);
    QVERIFY2(disposed, qPrintable(disposed.error()));
    QCOMPARE(shop.rows("work_orders"), orders + 1);
    QCOMPARE(added.size(), 1);

    const NonconformanceRecord nc = shop.record(id);
    QCOMPARE(nc.openQuantity, 1.0);
    QCOMPARE(nc.dispositions.size(), 1);
    const DispositionRecord &rework = nc.dispositions.constFirst();
    QCOMPARE(rework.disposition, Disposition::Rework);
    QCOMPARE(rework.quantity, 3.0);
    QVERIFY(!rework.reworkWorkOrderNumber.isEmpty());
    const WorkOrder order = shop.ws->workOrders()->find(rework.reworkWorkOrderId).value();
    QCOMPARE(order.state, WorkOrderState::Released);
    QCOMPARE(order.productId, shop.flange);
    QCOMPARE(order.quantity, 3.0);
    QCOMPARE(order.number, rework.reworkWorkOrderNumber);
    QVERIFY2(order.notes.contains(nc.number), qPrintable(order.notes));
    const QList<WorkOrderOperation> ops = shop.ws->workOrders()->operations(order.id).value();
    QCOMPARE(ops.size(), 2); // the flange's routing: turning on the lathe, then milling
    QCOMPARE(ops.at(0).machineId, shop.lathe);
    QCOMPARE(ops.at(1).machineId, shop.mill);
    QCOMPARE(ops.at(0).name, QStringLiteral("车削"));
    QCOMPARE(ops.at(1).name, QStringLiteral("铣削"));
}

void TstNonconformanceService::scrapLowersOeeQualityByTheDisposedPieces()
{
    Shop shop;
    // A second lathe report with 2 defective: the lathe made 50 + 10 good and 2 defective.
    ReportRequest more = shop.request(0, 10, 2);
    shop.reportAt(TestShop::at(0, 9, 40), more);
    shop.setNow(TestShop::at(0, 10));
    QCOMPARE(shop.latheQuality().value(), 60.0 / 62.0);
    const QString id = shop.openOnStep(0, 6);
    QCOMPARE(shop.latheQuality().value(), 60.0 / 62.0); // an open NC decides nothing yet
    QVERIFY(shop.dispose(id, Disposition::Scrap, 4));
    // The 4 scrapped were reported good: 56 good of 62 made. The 2 reported defective at the
    // station are not counted again.
    QCOMPARE(shop.latheQuality().value(), 56.0 / 62.0);
    QVERIFY(shop.dispose(id, Disposition::Rework, 1));
    QCOMPARE(shop.latheQuality().value(), 55.0 / 62.0);
    QVERIFY(shop.dispose(id, Disposition::Concession, 1, shop.planner)); // accepted: no loss
    QCOMPARE(shop.latheQuality().value(), 55.0 / 62.0);
}

void TstNonconformanceService::concessionNeedsAnApproverWhoMayApprove()
{
    Shop shop;
    const QString id = shop.openOnStep(0, 5);
    const int written = shop.rows("nc_dispositions");
    const Result<QString> without = shop.dispose(id, Disposition::Concession, 2);
    QVERIFY(!without);
    QVERIFY2(without.error().contains(QStringLiteral("needs an approver")),
             qPrintable(without.error()));
    const Result<QString> byOperator =
        shop.dispose(id, Disposition::Concession, 2, shop.operatorUser);
    QVERIFY(!byOperator);
    QVERIFY2(byOperator.error().contains(QStringLiteral("may not approve")),
             qPrintable(byOperator.error()));
    QVERIFY(!shop.dispose(id, Disposition::Concession, 2, QStringLiteral("nobody")));
    QCOMPARE(shop.rows("nc_dispositions"), written);
    QCOMPARE(shop.record(id).openQuantity, 5.0);

    const Result<QString> approved = shop.dispose(id, Disposition::Concession, 2, shop.planner);
    QVERIFY2(approved, qPrintable(approved.error()));
    const NonconformanceRecord nc = shop.record(id);
    QCOMPARE(nc.openQuantity, 3.0);
    QCOMPARE(nc.dispositions.constFirst().approver, QStringLiteral("张经理"));
    const QList<ApproverChoice> approvers = shop.nc()->approvers().value();
    QCOMPARE(approvers.size(), 1);
    QCOMPARE(approvers.constFirst().userId, shop.planner);
}

void TstNonconformanceService::returnToSupplierBlocksTheLotAndFeedingIsRefused()
{
    Shop shop;
    NonconformanceInput input;
    input.lotCode = shop.steelLot;
    input.quantity = 30;
    const QString id = shop.nc()->open(input).value();
    QVERIFY(!shop.dispose(id, Disposition::ReturnToSupplier, 30)); // needs an approver
    QVERIFY(!shop.ws->trace()->lot(shop.steelLot).value().blocked);
    const Result<QString> returned =
        shop.dispose(id, Disposition::ReturnToSupplier, 30, shop.planner);
    QVERIFY2(returned, qPrintable(returned.error()));
    const MaterialLot lot = shop.ws->trace()->lot(shop.steelLot).value();
    QVERIFY(lot.blocked);
    QVERIFY2(lot.blockReason.contains(shop.record(id).number), qPrintable(lot.blockReason));

    const int movements = shop.rows("lot_movements");
    shop.signIn(Role::Operator);
    const Result<QString> fed = shop.ws->trace()->consume(shop.steelLot, shop.step(0), 5,
                                                          shop.wang, shop.lathe);
    QVERIFY(!fed);
    QVERIFY2(fed.error().contains(QStringLiteral("is blocked")), qPrintable(fed.error()));
    QCOMPARE(shop.rows("lot_movements"), movements);

    // Pieces of a step came from no supplier's lot.
    shop.signIn(Role::Owner);
    const QString onStep = shop.openOnStep(0, 2);
    const Result<QString> refused = shop.dispose(onStep, Disposition::ReturnToSupplier, 2,
                                                 shop.planner);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("supplier")), qPrintable(refused.error()));
}

void TstNonconformanceService::deductWagesLowersTheWageByPiecesTimesRate()
{
    Shop shop;
    Fixture::require(shop.ws->wages()
                         ->setRate({{}, shop.flange, QStringLiteral("车削"), 0.80, TestShop::day(-7)})
                         .outcome(),
                     "rate");
    const auto wangsWage = [&] {
        const QList<WageTotal> totals = WageService::totals(
            shop.ws->wages()->lines(TestShop::day(-1), TestShop::day(1), shop.wang).value());
        return totals.isEmpty() ? 0.0 : totals.constFirst().amount;
    };
    QCOMPARE(wangsWage(), 40.0); // 50 × 0.80
    const QString id = shop.openOnStep(0, 5);
    QVERIFY(shop.dispose(id, Disposition::Scrap, 2)); // not deducted
    QCOMPARE(wangsWage(), 40.0);
    QVERIFY(shop.dispose(id, Disposition::Scrap, 3, {}, true));
    QCOMPARE(wangsWage(), 37.6); // 40 − 3 × 0.80
    const QList<WageLine> lines =
        shop.ws->wages()->lines(TestShop::day(-1), TestShop::day(1), shop.wang).value();
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).deduction);
    QCOMPARE(lines.at(1).good, -3.0);
    QCOMPARE(lines.at(1).amount, -2.4);
    QCOMPARE(lines.at(1).nonconformanceNumber, shop.record(id).number);
    // 李志强, who milled, loses nothing.
    const QList<WageLine> li =
        shop.ws->wages()->lines(TestShop::day(-1), TestShop::day(1), shop.li).value();
    QCOMPARE(li.size(), 1);

    // Pieces of a lot were made at no step: nothing to deduct from.
    NonconformanceInput onLot;
    onLot.lotCode = shop.steelLot;
    onLot.quantity = 1;
    const QString lotNc = shop.nc()->open(onLot).value();
    QVERIFY(!shop.dispose(lotNc, Disposition::Scrap, 1, {}, true));
}

void TstNonconformanceService::moreThanTheOpenQuantityIsRefused()
{
    Shop shop;
    const QString id = shop.openOnStep(0, 5);
    QVERIFY(shop.dispose(id, Disposition::Scrap, 3));
    const int written = shop.rows("nc_dispositions");
    const Result<QString> refused = shop.dispose(id, Disposition::Repair, 3);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("Only 2 pieces")), qPrintable(refused.error()));
    const int orders = shop.rows("work_orders");
    QVERIFY(!shop.dispose(id, Disposition::Rework, 2.5)); // no rework order either
    QCOMPARE(shop.rows("work_orders"), orders);
    QCOMPARE(shop.rows("nc_dispositions"), written);
    QVERIFY(shop.dispose(id, Disposition::Repair, 2));
    QCOMPARE(shop.record(id).openQuantity, 0.0);
    NonconformanceService::Filter open;
    open.openOnly = true;
    QVERIFY(shop.nc()->nonconformances(open).value().isEmpty());
    QVERIFY(!shop.dispose(id, Disposition::Scrap, 1));
}

void TstNonconformanceService::rolesDecideWhoMayOpenAndDispose()
{
    Shop shop;
    shop.signIn(Role::Operator); // at a station an operator may record bad pieces
    const QString id = shop.openOnStep(0, 3);
    const Result<QString> refused = shop.dispose(id, Disposition::Scrap, 1);
    QVERIFY(!refused);
    QCOMPARE(shop.rows("nc_dispositions"), 0);
    shop.signIn(Role::Supervisor);
    QVERIFY(shop.dispose(id, Disposition::Scrap, 1));
    QVERIFY(!shop.dispose(id, Disposition::Concession, 1, shop.operatorUser));
    QVERIFY(shop.dispose(id, Disposition::Concession, 1, shop.planner));
    shop.ws->access()->signOut();
    QVERIFY(!shop.dispose(id, Disposition::Scrap, 1));
    NonconformanceInput input;
    input.operationId = shop.step(0);
    input.quantity = 1;
    QVERIFY(!shop.nc()->open(input));
}

void TstNonconformanceService::genealogyShowsInspectionsAndDispositions()
{
    Shop shop;
    // An incoming inspection fails the steel lot; its NC: 10 returned, the other 20 accepted.
    const QString lotId = shop.ws->trace()->lot(shop.steelLot).value().id;
    NonconformanceInput fromInspection;
    fromInspection.inspectionId = shop.failedInspection("incoming", shop.steel, "lot_id", lotId);
    fromInspection.quantity = 30;
    const Result<QString> lotNc = shop.nc()->open(fromInspection);
    QVERIFY2(lotNc, qPrintable(lotNc.error()));
    QCOMPARE(shop.record(lotNc.value()).lotNo, shop.steelLot); // the subject is the inspection's
    QVERIFY(shop.dispose(lotNc.value(), Disposition::ReturnToSupplier, 10, shop.planner));
    QVERIFY(shop.dispose(lotNc.value(), Disposition::Concession, 20, shop.planner));
    const TraceNode lot = shop.ws->trace()->forward(shop.steelLot).value();
    const QList<const TraceNode *> inspections = Fixture::nodes(lot, TraceNode::Kind::Inspection);
    QCOMPARE(inspections.size(), 1);
    QCOMPARE(inspections.at(0)->details.value(QStringLiteral("result")).toString(),
             QStringLiteral("fail"));
    QVERIFY2(inspections.at(0)->title.contains(QStringLiteral("李志强")),
             qPrintable(inspections.at(0)->title));
    const QList<const TraceNode *> lotNcs = Fixture::nodes(lot, TraceNode::Kind::Nonconformance);
    QCOMPARE(lotNcs.size(), 1);
    QCOMPARE(lotNcs.at(0)->code, shop.record(lotNc.value()).number);
    QCOMPARE(lotNcs.at(0)->children.size(), 2);
    QCOMPARE(lotNcs.at(0)->children.at(0).kind, TraceNode::Kind::Disposition);
    QCOMPARE(lotNcs.at(0)->children.at(0).details.value(QStringLiteral("disposition")).toString(),
             QStringLiteral("return_to_supplier"));
    QVERIFY(shop.ws->trace()->lot(shop.steelLot).value().blocked); // returned pieces: blocked

    // A rework decided on a step shows under the order, naming the rework order.
    const QString stepNc = shop.openOnStep(1, 2);
    QVERIFY(shop.dispose(stepNc, Disposition::Rework, 2));
    const TraceNode order = shop.ws->trace()->backward(shop.number()).value();
    const QList<const TraceNode *> orderNcs = Fixture::nodes(order, TraceNode::Kind::Nonconformance);
    QCOMPARE(orderNcs.size(), 1);
    const QString reworkOrder = shop.record(stepNc).dispositions.constFirst().reworkWorkOrderNumber;
    QVERIFY2(orderNcs.at(0)->children.at(0).title.contains(reworkOrder),
             qPrintable(orderNcs.at(0)->children.at(0).title));

    // A serial: its final inspection and the NC on it.
    const QString serial =
        shop.ws->serials()->generate(shop.order, QStringLiteral("FL-{seq:4}"), 1).value().at(0);
    const QString serialId = shop.ws->serials()->find(serial).value().id;
    shop.failedInspection("final", shop.flange, "serial_id", serialId);
    NonconformanceInput onSerial;
    onSerial.serial = serial;
    onSerial.quantity = 1;
    const QString serialNc = shop.nc()->open(onSerial).value();
    QVERIFY(shop.dispose(serialNc, Disposition::Scrap, 1));
    const TraceNode piece = shop.ws->serials()->backward(serial).value();
    QCOMPARE(Fixture::nodes(piece, TraceNode::Kind::Inspection).size(), 1);
    const QList<const TraceNode *> pieceNcs = Fixture::nodes(piece, TraceNode::Kind::Nonconformance);
    QCOMPARE(pieceNcs.size(), 1);
    QCOMPARE(pieceNcs.at(0)->children.at(0).details.value(QStringLiteral("disposition")).toString(),
             QStringLiteral("scrap"));
}

void TstNonconformanceService::concessionOnAFailedIncomingLotReleasesIt()
{
    Shop shop;
    const QString lotNo = shop.receive(shop.steel, 50);
    const QString lotId = shop.ws->trace()->lot(lotNo).value().id;
    NonconformanceInput input;
    input.inspectionId = shop.failedInspection("incoming", shop.steel, "lot_id", lotId);
    input.quantity = 8;
    const QString id = shop.nc()->open(input).value();
    // The failed incoming inspection blocked the lot (the inspection service does that).
    QVERIFY(shop.ws->trace()->blockLot(lotNo, QStringLiteral("来料检验不合格")));
    QVERIFY(shop.dispose(id, Disposition::Concession, 5, shop.planner));
    QVERIFY(shop.ws->trace()->lot(lotNo).value().blocked); // 3 pieces still undecided
    QVERIFY(shop.dispose(id, Disposition::Concession, 3, shop.planner));
    QVERIFY(!shop.ws->trace()->lot(lotNo).value().blocked);
    shop.signIn(Role::Operator);
    QVERIFY(shop.ws->trace()->consume(lotNo, shop.step(0), 5, shop.wang, shop.lathe));
}

QTEST_GUILESS_MAIN(TstNonconformanceService)
#include "tst_nonconformanceservice.moc"
