// Finished goods (成品入库) and shipments (发货) as the warehouse and a complaint need them:
// finished pieces are received up to what the last step made, lots and serials ship from the
// finished stock with a numbered shipment, every refusal writes nothing, and the genealogy runs
// from a material lot through sub-assembly serials and the final unit to the customer, and back.
#include "demo/demofactory.h"
#include "fixturehelpers.h"
#include "services/access/accesscontrol.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "services/serials/serialservice.h"
#include "services/station/reportingservice.h"
#include "services/trace/shipmentservice.h"
#include "services/trace/tracelookup.h"
#include "services/trace/traceservice.h"
#include "storage/database.h"
#include "testshop.h"
#include "testworkspace.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <limits>

using namespace Taktline;
using namespace std::chrono_literals;

class TstShipmentService : public QObject
{
    Q_OBJECT
private slots:
    void receiptIsCappedByTheLastStepsGoodOutput();
    void badReceiptsWriteNothing();
    void stockIsReceiptsLessShippedLines();
    void shipmentIsNumberedAndFound();
    void badShipmentsWriteNothing();
    void serialRulesAreCheckedBeforeShipping();
    void forwardFromMaterialLotReachesTheCustomer();
    void backwardFromShipmentReachesTheMaterialLot();
    void backwardOfWorkOrderShowsReceiptsAndShipments();
    void factsAreAppendOnly();
    void demoTracesFromLotToCustomerAndBack();
};

namespace {

const QString Customer = QStringLiteral("华东机电有限公司");

// Shipment numbers run per month of the shipping day, like lot numbers: SH<yyMM>-<seq>.
QString shipmentNumber(const QDate &day, int seq)
{
    return QStringLiteral("SH%1-%2")
        .arg(day.toString(QStringLiteral("yyMM")))
        .arg(seq, 4, 10, QLatin1Char('0'));
}

// The shop with a plant that winds motor sub-assemblies (电机组件, serials MA…) from the shop's
// steel, builds control boxes (控制箱, serials CB…) from them on the assembly station, and
// stamps brackets (支架) shipped by lot: box CB0001 holds motors MA0001 and MA0002, box CB0002
// holds MA0003 and failed its test; MA0004 is spare. Every step reported; nothing received or
// shipped yet.
struct Plant : TestShop
{
    QString winder, tester, press;
    QString paint, motor, box, bracket;
    QString motorOrder, boxOrder, bracketOrder, idleOrder;
    QString paintLot;
    QStringList motors, boxes;

    Plant()
    {
        winder = machine("WND-1", "绕线机");
        tester = machine("TST-1", "测试台");
        press = machine("PRS-1", "冲床");
        paint = product("PT-1", "粉末涂料");
        motor = product("MA-1", "电机组件", steps({{"绕线", winder}, {"测试", tester}}));
        box = product("CB-1", "控制箱", steps({{"总装", assembly}, {"测试", tester}}));
        bracket = product("BR-1", "支架", steps({{"冲压", press}, {"检验", tester}}));
        motorOrder = releasedOrder(motor, 4);
        boxOrder = releasedOrder(box, 2);
        bracketOrder = releasedOrder(bracket, 100, day(4), QStringLiteral("P-0100"));
        idleOrder = releasedOrder(bracket, 50, day(7));
        paintLot = TestShop::receive(paint, 20, QStringLiteral("阿克苏"), QStringLiteral("AK-9"));

        motors = generate(motorOrder, QStringLiteral("MA{seq:4}"), 4);
        boxes = generate(boxOrder, QStringLiteral("CB{seq:4}"), 2);
        Fixture::require(
            ws->trace()->consume(steelLot, step(0, motorOrder), 12, wang, winder).outcome(),
            "feed steel");
        Fixture::require(
            ws->trace()->consume(paintLot, step(1, bracketOrder), 5, li, tester).outcome(),
            "feed paint");
        for (int s = 0; s < 2; ++s) {
            report(request(s, 4, 0, motorOrder));
            report(request(s, 2, 0, boxOrder));
            for (const QString &m : motors)
                stepOf(m, motorOrder, s, true);
            stepOf(boxes.at(0), boxOrder, s, true);
            stepOf(boxes.at(1), boxOrder, s, s == 0); // CB0002 fails its test
        }
        report(request(0, 100, 0, bracketOrder));
        report(request(1, 90, 0, bracketOrder));
        fit(boxes.at(0), motors.at(0));
        fit(boxes.at(0), motors.at(1));
        fit(boxes.at(1), motors.at(2));
    }
    // Half a minute a piece at each of STEPS (name, machine).
    static Routing steps(std::initializer_list<std::pair<const char *, QString>> steps)
    {
        Routing routing;
        for (const auto &[name, machineId] : steps)
            routing.append({{}, QString::fromUtf8(name), 30, machineId});
        return routing;
    }
    QStringList generate(const QString &orderId, const QString &pattern, int count) const
    {
        const Result<QStringList> made = ws->serials()->generate(orderId, pattern, count);
        Fixture::require(made.outcome(), "serials");
        return made.value();
    }
    void stepOf(const QString &serial, const QString &orderId, int index, bool pass) const
    {
        Fixture::require(
            ws->serials()->recordStep(serial, step(index, orderId), li, {}, pass).outcome(),
            "serial step");
    }
    void fit(const QString &parent, const QString &component) const
    {
        Fixture::require(ws->serials()->consumeComponent(parent, component, li).outcome(), "fit");
    }
    void receiveFinished(const QString &orderId, double quantity) const
    {
        Fixture::require(ws->shipments()
                             ->receiveFinished(orderId, quantity, QStringLiteral("A-01"), wang)
                             .outcome(),
                         "receive finished");
    }
    Result<QString> ship(const QList<ShipmentRequestLine> &lines,
                         const QString &customer = Customer) const
    {
        ShipmentRequest request;
        request.customer = customer;
        request.customerOrder = QStringLiteral("SO-2601");
        request.lines = lines;
        return ws->shipments()->createShipment(request);
    }
    // Everything a receipt or a shipment writes, counted.
    QList<int> written() const
    {
        return {rows("finished_goods_receipts"), rows("shipments"), rows("shipment_lines"),
                rows("audit_log")};
    }
};

using Fixture::nodes;

const TraceNode *child(const TraceNode &node, const QString &code,
                       std::optional<TraceNode::Kind> kind = std::nullopt)
{
    for (const TraceNode &c : node.children) {
        if (c.code == code && (!kind || c.kind == *kind))
            return &c;
    }
    return nullptr;
}

} // namespace

void TstShipmentService::receiptIsCappedByTheLastStepsGoodOutput()
{
    Plant p;
    ShipmentService *shipments = p.ws->shipments();
    QSignalSpy received(shipments, &ShipmentService::finishedGoodsReceived);
    // Brackets: 100 stamped, 90 passed inspection (the last step): only 90 may go into stock.
    const Result<QString> first =
        shipments->receiveFinished(p.bracketOrder, 60, QStringLiteral(" A-01 "), p.wang);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toString(), p.bracketOrder);
    const QList<int> before = p.written();
    const Result<QString> tooMany = shipments->receiveFinished(p.bracketOrder, 40, {}, {});
    QVERIFY(!tooMany.ok());
    // Both figures, so the warehouse knows what it may still receive.
    QVERIFY2(tooMany.error().contains(QStringLiteral("90")) &&
                 tooMany.error().contains(QStringLiteral("60")) &&
                 tooMany.error().contains(QStringLiteral("30")),
             qPrintable(tooMany.error()));
    QVERIFY2(tooMany.error().contains(p.number(p.bracketOrder)), qPrintable(tooMany.error()));
    QCOMPARE(p.written(), before);
    QVERIFY(shipments->receiveFinished(p.bracketOrder, 30, {}, {}).ok());
    const FinishedStock stock = shipments->finishedStock(p.bracketOrder).value();
    QCOMPARE(stock.received, 90.0);
    QCOMPARE(stock.shipped, 0.0);
    QCOMPARE(stock.inStock(), 90.0);
    const QList<ReceiptRow> receipts = shipments->receipts(p.bracketOrder).value();
    QCOMPARE(receipts.size(), 2);
    QCOMPARE(receipts.at(0).receipt.location, QStringLiteral("A-01"));
    QCOMPARE(receipts.at(0).employeeName, QStringLiteral("王建国"));
    QVERIFY(!shipments->receiveFinished(p.bracketOrder, 1, {}, {}).ok()); // nothing left
    // The receiving dialog offers orders with output left to receive, not this one any more.
    bool listed = false;
    for (const ReceivableOrderRow &row : shipments->receivableOrders().value()) {
        listed = listed || row.order.id == p.bracketOrder;
        if (row.order.id == p.boxOrder)
            QCOMPARE(row.receivable(), 2.0);
        QVERIFY(row.order.id != p.idleOrder);
    }
    QVERIFY(!listed);
}

void TstShipmentService::badReceiptsWriteNothing()
{
    Plant p;
    ShipmentService *shipments = p.ws->shipments();
    const QList<int> before = p.written();
    const auto refused = [&](const Result<QString> &result, const QString &fragment) {
        QVERIFY2(!result.ok(), qPrintable(fragment));
        QVERIFY2(result.error().contains(fragment), qPrintable(result.error()));
        QCOMPARE(p.written(), before);
    };
    refused(shipments->receiveFinished(QStringLiteral("no-such-id"), 5, {}, {}),
            QStringLiteral("does not exist"));
    refused(shipments->receiveFinished(p.idleOrder, 5, {}, {}), p.number(p.idleOrder));
    for (const double bad : {0.0, -3.0, std::numeric_limits<double>::quiet_NaN(),
                             std::numeric_limits<double>::infinity()})
        refused(shipments->receiveFinished(p.bracketOrder, bad, {}, {}),
                QStringLiteral("greater than zero"));
    refused(shipments->receiveFinished(p.bracketOrder, 91, {}, {}), QStringLiteral("90"));
    refused(shipments->receiveFinished(p.bracketOrder, 5, {}, QStringLiteral("no-such-employee")),
            QStringLiteral("employee"));
    p.signIn(Role::Operator); // receiving is a warehouse or supervisor act
    QVERIFY(!shipments->receiveFinished(p.bracketOrder, 5, {}, {}).ok());
    QCOMPARE(p.written(), before);
    p.signIn(Role::Supervisor);
    QVERIFY(shipments->receiveFinished(p.bracketOrder, 5, {}, {}).ok());
}

void TstShipmentService::stockIsReceiptsLessShippedLines()
{
    Plant p;
    ShipmentService *shipments = p.ws->shipments();
    p.receiveFinished(p.bracketOrder, 90);
    // By work order number, by `WO:` code and by production lot: all the same stock.
    QVERIFY(p.ship({{p.number(p.bracketOrder), 30}}).ok());
    QVERIFY(p.ship({{QStringLiteral("WO:") + p.number(p.bracketOrder), 20},
                    {QStringLiteral("P-0100"), 30}})
                .ok());
    QCOMPARE(shipments->finishedStock(p.bracketOrder).value().shipped, 80.0);
    QCOMPARE(shipments->finishedStock(p.bracketOrder).value().inStock(), 10.0);
    const QList<int> before = p.written();
    const Result<QString> over = p.ship({{QStringLiteral("p-0100"), 11}});
    QVERIFY(!over.ok());
    QVERIFY2(over.error().contains(QStringLiteral("10")) &&
                 over.error().contains(QStringLiteral("90")) &&
                 over.error().contains(QStringLiteral("80")) &&
                 over.error().contains(QStringLiteral("11")),
             qPrintable(over.error()));
    QCOMPARE(p.written(), before);
    // Two lines of one order count together.
    QVERIFY(!p.ship({{QStringLiteral("P-0100"), 6}, {p.number(p.bracketOrder), 5}}).ok());
    QVERIFY(p.ship({{QStringLiteral("P-0100"), 10}}).ok());
    QCOMPARE(shipments->finishedStock(p.bracketOrder).value().inStock(), 0.0);

    // Serial lines count against the stock of their order too: one box received, two asked.
    p.receiveFinished(p.boxOrder, 1);
    p.stepOf(p.boxes.at(1), p.boxOrder, 1, true); // CB0002 passes its re-test
    const Result<QString> twoBoxes =
        p.ship({{QStringLiteral("SN:") + p.boxes.at(0)}, {p.boxes.at(1)}});
    QVERIFY(!twoBoxes.ok());
    QVERIFY2(twoBoxes.error().contains(p.number(p.boxOrder)), qPrintable(twoBoxes.error()));
    QVERIFY(p.ship({{QStringLiteral("SN:") + p.boxes.at(0)}}).ok());
    QCOMPARE(shipments->finishedStock(p.boxOrder).value().inStock(), 0.0);
    p.receiveFinished(p.boxOrder, 1);
    QVERIFY(p.ship({{p.boxes.at(1).toLower()}}).ok()); // caps lock off on the scanner
    QCOMPARE(shipments->finishedStock(p.boxOrder).value().shipped, 2.0);
}

void TstShipmentService::shipmentIsNumberedAndFound()
{
    Plant p;
    ShipmentService *shipments = p.ws->shipments();
    p.receiveFinished(p.bracketOrder, 90);
    QSignalSpy created(shipments, &ShipmentService::shipmentCreated);
    ShipmentRequest request;
    request.customer = QStringLiteral("  ") + Customer + QStringLiteral(" ");
    request.customerOrder = QStringLiteral("SO-2601");
    request.shippedOn = TestShop::day(-3);
    request.note = QStringLiteral("顺丰 SF1234");
    request.lines = {{p.number(p.bracketOrder), 40}};
    const Result<QString> first = shipments->createShipment(request);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first.value(), shipmentNumber(request.shippedOn, 1)); // per month, like lot numbers
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.at(0).at(1).toString(), first.value());
    request.shippedOn = QDate(); // today
    request.customer = QStringLiteral("苏州精密机械");
    request.lines = {{QStringLiteral("P-0100"), 10}};
    QCOMPARE(shipments->createShipment(request).value(), shipmentNumber(p.today(), 2));

    for (const QString &code :
         QStringList{first.value(), QStringLiteral("SHP:") + first.value(),
                     QStringLiteral("shp:%1 ").arg(first.value().toLower())}) {
        const Result<Shipment> found = shipments->find(code);
        QVERIFY2(found.ok(), qPrintable(code + QStringLiteral(": ") + found.error()));
        QCOMPARE(found.value().customer, Customer);
        QCOMPARE(found.value().customerOrder, QStringLiteral("SO-2601"));
        QCOMPARE(found.value().shippedOn, TestShop::day(-3));
        QCOMPARE(found.value().note, QStringLiteral("顺丰 SF1234"));
    }
    const QString never = shipmentNumber(p.today(), 99);
    const Result<Shipment> unknown = shipments->find(never);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().contains(never));

    const QList<ShipmentLineRow> lines =
        shipments->lines(shipments->find(first.value()).value().id).value();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).line.quantity, 40.0);
    QCOMPARE(lines.at(0).order.number, p.number(p.bracketOrder));
    const QList<OrderShipmentRow> ofOrder = shipments->shipmentsOf(p.bracketOrder).value();
    QCOMPARE(ofOrder.size(), 2);
    // By shipping day, oldest first.
    QCOMPARE(ofOrder.at(0).shipment.shipmentNo, first.value());
    QCOMPARE(ofOrder.at(0).quantity, 40.0);
    QCOMPARE(ofOrder.at(1).quantity, 10.0);
    // The list by shipping day: today alone, or the month, newest day first.
    const QList<ShipmentListRow> today = shipments->shipments(p.today(), p.today()).value();
    QCOMPARE(today.size(), 1);
    QCOMPARE(today.at(0).shipment.customer, QStringLiteral("苏州精密机械"));
    const QDate monthStart(p.today().year(), p.today().month(), 1);
    const QDate monthEnd = monthStart.addMonths(1).addDays(-1);
    const QList<ShipmentListRow> both = shipments->shipments(monthStart, monthEnd).value();
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0).shipment.shipmentNo, shipmentNumber(p.today(), 2));
    QCOMPARE(both.at(1).lineCount, 1);
    QCOMPARE(both.at(1).quantity, 40.0);
    QVERIFY(!shipments->shipments(monthEnd, monthStart).ok());
}

void TstShipmentService::badShipmentsWriteNothing()
{
    Plant p;
    p.receiveFinished(p.bracketOrder, 50);
    p.receiveFinished(p.boxOrder, 2);
    QVERIFY(p.ship({{p.boxes.at(0)}}).ok());
    const QList<int> before = p.written();
    const auto refused = [&](const Result<QString> &result, const QString &fragment) {
        QVERIFY2(!result.ok(), qPrintable(QStringLiteral("not refused: ") + fragment));
        QVERIFY2(result.error().contains(fragment), qPrintable(result.error()));
        QCOMPARE(p.written(), before);
    };
    const QString bracket = p.number(p.bracketOrder);
    refused(p.ship({{bracket, 5}}, QStringLiteral("   ")), QStringLiteral("customer"));
    refused(p.ship({}), QStringLiteral("Add at least one line"));
    ShipmentRequest tomorrow;
    tomorrow.customer = Customer;
    tomorrow.shippedOn = p.today().addDays(1);
    tomorrow.lines = {{bracket, 5}};
    refused(p.ws->shipments()->createShipment(tomorrow), tomorrow.shippedOn.toString(Qt::ISODate));
    refused(p.ship({{QStringLiteral("WO-NO-SUCH"), 5}}), QStringLiteral("WO-NO-SUCH"));
    refused(p.ship({{QStringLiteral("WO:WO-NO-SUCH"), 5}}), QStringLiteral("WO-NO-SUCH"));
    refused(p.ship({{QStringLiteral("SN:XX-404")}}), QStringLiteral("XX-404"));
    refused(p.ship({{QStringLiteral("  "), 5}}), QStringLiteral("no code"));
    refused(p.ship({{p.steelLot, 5}}), QStringLiteral("material lot"));
    refused(p.ship({{QStringLiteral("EMP:E001"), 1}}), QStringLiteral("EMP:E001"));
    refused(p.ship({{bracket, 51}}), QStringLiteral("50"));
    refused(p.ship({{bracket, 30}, {bracket, 30}}), QStringLiteral("60"));
    refused(p.ship({{p.number(p.idleOrder), 1}}), QStringLiteral("receive"));
    for (const double bad : {0.0, -1.0, std::numeric_limits<double>::quiet_NaN()})
        refused(p.ship({{bracket, bad}}), QStringLiteral("greater than zero"));
    // A good line does not carry a bad one: the whole shipment is refused.
    refused(p.ship({{bracket, 10}, {QStringLiteral("WO-NO-SUCH"), 1}}),
            QStringLiteral("WO-NO-SUCH"));
    // A serial-tracked order ships by its serials.
    refused(p.ship({{p.number(p.boxOrder), 1}}), QStringLiteral("serial"));
    p.signIn(Role::Operator);
    QVERIFY(!p.ship({{bracket, 5}}).ok());
    QCOMPARE(p.written(), before);
}

void TstShipmentService::serialRulesAreCheckedBeforeShipping()
{
    Plant p;
    p.receiveFinished(p.boxOrder, 2);
    const QList<int> before = p.written();
    const auto refused = [&](const Result<QString> &result, const QStringList &fragments) {
        QVERIFY(!result.ok());
        for (const QString &fragment : fragments)
            QVERIFY2(result.error().contains(fragment), qPrintable(result.error()));
        QCOMPARE(p.written(), before);
    };
    // Failed its last recorded test.
    refused(p.ship({{p.boxes.at(1)}}), {p.boxes.at(1), QStringLiteral("failed")});
    // Fitted into a box: the box ships, not the motor in it.
    refused(p.ship({{QStringLiteral("SN:") + p.motors.at(0)}}), {p.motors.at(0), p.boxes.at(0)});
    // The same serial twice.
    refused(p.ship({{p.boxes.at(0)}, {QStringLiteral("SN:") + p.boxes.at(0)}}),
            {p.boxes.at(0), QStringLiteral("twice")});
    // A serial is one piece.
    refused(p.ship({{p.boxes.at(0), 2}}), {p.boxes.at(0), QStringLiteral("quantity 1")});
    // checkLines answers the dialog the same way, writing nothing.
    const Result<QList<CheckedShipmentLine>> checked =
        p.ws->shipments()->checkLines({{p.boxes.at(0)}});
    QVERIFY2(checked.ok(), qPrintable(checked.error()));
    QCOMPARE(checked.value().at(0).order.number, p.number(p.boxOrder));
    QCOMPARE(checked.value().at(0).serial, p.boxes.at(0));
    QCOMPARE(p.written(), before);

    const Result<QString> shipped = p.ship({{p.boxes.at(0)}});
    QVERIFY2(shipped.ok(), qPrintable(shipped.error()));
    const QList<int> after = p.written();
    // Shipped once: the second time names the first shipment and its customer.
    const Result<QString> again = p.ship({{p.boxes.at(0)}}, QStringLiteral("苏州精密机械"));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(shipped.value()) && again.error().contains(Customer),
             qPrintable(again.error()));
    QCOMPARE(p.written(), after);
    // Passed on re-test, the second box may go.
    p.stepOf(p.boxes.at(1), p.boxOrder, 1, true);
    QVERIFY(p.ship({{p.boxes.at(1)}}).ok());
}

void TstShipmentService::forwardFromMaterialLotReachesTheCustomer()
{
    Plant p;
    p.receiveFinished(p.boxOrder, 2);
    p.receiveFinished(p.bracketOrder, 90);
    const QString boxShipment = p.ship({{p.boxes.at(0)}}).value();
    const QString bracketShipment =
        p.ship({{QStringLiteral("P-0100"), 40}}, QStringLiteral("宁波海天泵业")).value();

    // Steel → motor order → MA0001 → fitted into CB0001 → shipped to the customer.
    const Result<TraceNode> forward =
        TraceLookup(p.ws.get()).trace(QStringLiteral("LOT:") + p.steelLot);
    QVERIFY2(forward.ok(), qPrintable(forward.error()));
    const TraceNode &lot = forward.value();
    QCOMPARE(lot.kind, TraceNode::Kind::Lot);
    const TraceNode *order = child(lot, p.number(p.motorOrder), TraceNode::Kind::WorkOrder);
    QVERIFY(order);
    const TraceNode *motor = child(*order, p.motors.at(0), TraceNode::Kind::Serial);
    QVERIFY(motor);
    const TraceNode *box = child(*motor, p.boxes.at(0), TraceNode::Kind::Serial);
    QVERIFY(box);
    QCOMPARE(box->details.value(QStringLiteral("employee")).toString(), QStringLiteral("李志强"));
    const TraceNode *shipment = child(*box, boxShipment, TraceNode::Kind::Shipment);
    QVERIFY(shipment);
    QCOMPARE(shipment->details.value(QStringLiteral("customer")).toString(), Customer);
    QCOMPARE(shipment->details.value(QStringLiteral("customer_order")).toString(),
             QStringLiteral("SO-2601"));
    QCOMPARE(shipment->details.value(QStringLiteral("shipped_on")).toString(),
             p.today().toString(Qt::ISODate));
    QVERIFY(shipment->title.contains(Customer));
    // MA0003 is in CB0002, which has not shipped: its chain stops at the box.
    const TraceNode *third = child(*order, p.motors.at(2));
    QVERIFY(third);
    QCOMPARE(nodes(*third, TraceNode::Kind::Shipment).size(), 0);
    QVERIFY(!child(*order, p.motors.at(3)));                   // the spare went nowhere
    QCOMPARE(nodes(lot, TraceNode::Kind::Shipment).size(), 2); // through MA0001 and MA0002

    // Paint → bracket order → received and shipped by lot.
    const TraceNode paint = p.ws->trace()->forward(p.paintLot).value();
    const TraceNode *brackets = child(paint, p.number(p.bracketOrder), TraceNode::Kind::WorkOrder);
    QVERIFY(brackets);
    const QList<const TraceNode *> receipts = nodes(*brackets, TraceNode::Kind::FinishedGoods);
    QCOMPARE(receipts.size(), 1);
    QCOMPARE(receipts.at(0)->details.value(QStringLiteral("quantity")).toDouble(), 90.0);
    QCOMPARE(receipts.at(0)->details.value(QStringLiteral("location")).toString(),
             QStringLiteral("A-01"));
    const TraceNode *toCustomer = child(*brackets, bracketShipment, TraceNode::Kind::Shipment);
    QVERIFY(toCustomer);
    QCOMPARE(toCustomer->details.value(QStringLiteral("customer")).toString(),
             QStringLiteral("宁波海天泵业"));
    QCOMPARE(toCustomer->details.value(QStringLiteral("quantity")).toDouble(), 40.0);

    // Forward from the motor serial itself reaches the same shipment.
    const TraceNode fromMotor = p.ws->serials()->forward(p.motors.at(1)).value();
    QCOMPARE(nodes(fromMotor, TraceNode::Kind::Shipment).size(), 1);
    QCOMPARE(nodes(fromMotor, TraceNode::Kind::Shipment).at(0)->code, boxShipment);
    QVERIFY(lot.toJson().contains(QStringLiteral("children")));
}

void TstShipmentService::backwardFromShipmentReachesTheMaterialLot()
{
    Plant p;
    p.receiveFinished(p.boxOrder, 2);
    p.receiveFinished(p.bracketOrder, 90);
    const QString shipmentNo = p.ship({{p.boxes.at(0)}, {QStringLiteral("P-0100"), 25}}).value();
    for (const QString &code : QStringList{QStringLiteral("SHP:") + shipmentNo, shipmentNo}) {
        const Result<TraceNode> back = TraceLookup(p.ws.get()).trace(code);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        const TraceNode &root = back.value();
        QCOMPARE(root.kind, TraceNode::Kind::Shipment);
        QCOMPARE(root.code, shipmentNo);
        QCOMPARE(root.details.value(QStringLiteral("customer")).toString(), Customer);
        QCOMPARE(root.details.value(QStringLiteral("lines")).toInt(), 2);
        QCOMPARE(root.children.size(), 2);
        // The box: its motors, their steps, and the steel fed to the motors' order.
        const TraceNode *box = child(root, p.boxes.at(0), TraceNode::Kind::Serial);
        QVERIFY(box);
        const TraceNode *motor = child(*box, p.motors.at(0), TraceNode::Kind::Serial);
        QVERIFY(motor);
        QCOMPARE(nodes(*motor, TraceNode::Kind::SerialStep).size(), 2);
        const QList<const TraceNode *> lots = nodes(*motor, TraceNode::Kind::Lot);
        QCOMPARE(lots.size(), 1);
        QCOMPARE(lots.at(0)->code, p.steelLot);
        QCOMPARE(lots.at(0)->details.value(QStringLiteral("supplier")).toString(),
                 QStringLiteral("宝钢"));
        QCOMPARE(nodes(*box, TraceNode::Kind::Shipment).size(), 0); // the root is the shipment
        // The brackets: their work order backward, with the paint lot.
        const TraceNode *brackets =
            child(root, p.number(p.bracketOrder), TraceNode::Kind::WorkOrder);
        QVERIFY(brackets);
        QCOMPARE(brackets->details.value(QStringLiteral("shipped")).toDouble(), 25.0);
        QCOMPARE(nodes(*brackets, TraceNode::Kind::Lot).at(0)->code, p.paintLot);
    }
    // Forward, a shipment lists its lines and ends there.
    const TraceNode forward =
        TraceLookup(p.ws.get()).trace(shipmentNo, TraceDirection::Forward).value();
    QCOMPARE(forward.children.size(), 2);
    QVERIFY(forward.children.at(0).children.isEmpty());
    QVERIFY(!TraceLookup(p.ws.get())
                 .trace(QStringLiteral("SHP:") + shipmentNumber(p.today(), 404))
                 .ok());
}

void TstShipmentService::backwardOfWorkOrderShowsReceiptsAndShipments()
{
    Plant p;
    p.advance(1h);
    p.receiveFinished(p.bracketOrder, 90);
    const QString shipmentNo = p.ship({{QStringLiteral("P-0100"), 60}}).value();
    const TraceNode root = p.ws->trace()->backward(QStringLiteral("P-0100")).value();
    const TraceNode *receipt =
        child(root, p.number(p.bracketOrder), TraceNode::Kind::FinishedGoods);
    QVERIFY(receipt);
    QCOMPARE(receipt->details.value(QStringLiteral("employee")).toString(),
             QStringLiteral("王建国"));
    QCOMPARE(receipt->atMs, p.nowMs());
    const TraceNode *shipment = child(root, shipmentNo, TraceNode::Kind::Shipment);
    QVERIFY(shipment);
    QCOMPARE(shipment->details.value(QStringLiteral("quantity")).toDouble(), 60.0);
    // A serial traced backward says which shipment took it.
    p.receiveFinished(p.boxOrder, 1);
    const QString boxShipment = p.ship({{p.boxes.at(0)}}).value();
    const TraceNode box = p.ws->serials()->backward(p.boxes.at(0)).value();
    QVERIFY(child(box, boxShipment, TraceNode::Kind::Shipment));
    const TraceNode boxOrder = p.ws->trace()->backward(p.number(p.boxOrder)).value();
    const TraceNode *boxes = child(boxOrder, boxShipment, TraceNode::Kind::Shipment);
    QVERIFY(boxes);
    QCOMPARE(boxes->details.value(QStringLiteral("serials")).toStringList(),
             QStringList{p.boxes.at(0)});
}

void TstShipmentService::factsAreAppendOnly()
{
    Plant p;
    p.receiveFinished(p.bracketOrder, 90);
    QVERIFY(p.ship({{QStringLiteral("P-0100"), 60}}).ok());
    QSqlQuery query(p.ws->database().connection());
    for (const char *statement :
         {"UPDATE finished_goods_receipts SET quantity = 1", "DELETE FROM finished_goods_receipts",
          "UPDATE shipments SET customer = 'x'", "DELETE FROM shipments",
          "UPDATE shipment_lines SET quantity = 1", "DELETE FROM shipment_lines"})
        QVERIFY2(!query.exec(QString::fromLatin1(statement)), statement);
    QCOMPARE(p.ws->shipments()->finishedStock(p.bracketOrder).value().inStock(), 30.0);
}

void TstShipmentService::demoTracesFromLotToCustomerAndBack()
{
    TestWorkspace ws(TestWorkspace::SignIn::None, true);
    QSqlQuery query(ws->database().connection());
    const auto value = [&query](const char *sql) {
        query.exec(QString::fromLatin1(sql));
        return query.next() ? query.value(0) : QVariant();
    };
    // Every finished order with output is in finished goods, but the components fitted into
    // serials; several customers got lots and serials; some pieces failed once and passed.
    QCOMPARE(
        value(
            "SELECT count(*) FROM work_orders w WHERE w.state IN ('completed', 'closed') "
            "AND EXISTS (SELECT 1 FROM operation_progress p WHERE p.work_order_id = w.id) "
            "AND NOT EXISTS (SELECT 1 FROM finished_goods_receipts f WHERE f.work_order_id = w.id) "
            "AND NOT EXISTS (SELECT 1 FROM serials s JOIN serial_events e ON "
            "e.component_serial_id = s.id WHERE s.work_order_id = w.id)")
            .toInt(),
        0);
    QVERIFY(value("SELECT count(DISTINCT customer) FROM shipments").toInt() >= 4);
    QVERIFY(value("SELECT count(*) FROM shipment_lines WHERE serial_id IS NULL").toInt() > 0);
    QVERIFY(value("SELECT count(*) FROM serial_events WHERE result = 'fail'").toInt() > 0);

    // A shipped final unit traced backward: its components, their steps (and lots, if fed).
    const QString finalSerial =
        value("SELECT s.serial FROM shipment_lines l JOIN serials s ON s.id = l.serial_id WHERE "
              "EXISTS "
              "(SELECT 1 FROM serial_events e WHERE e.serial_id = s.id AND e.kind = 'component') "
              "ORDER BY l.at DESC LIMIT 1")
            .toString();
    QVERIFY(!finalSerial.isEmpty());
    const Result<TraceNode> back = TraceLookup(ws.get()).trace(QStringLiteral("SN:") + finalSerial);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(nodes(back.value(), TraceNode::Kind::Serial).size() >= 2);
    QVERIFY(nodes(back.value(), TraceNode::Kind::SerialStep).size() >= 2);
    QCOMPARE(nodes(back.value(), TraceNode::Kind::Shipment).size(), 1);
    const QString customer = nodes(back.value(), TraceNode::Kind::Shipment)
                                 .at(0)
                                 ->details.value(QStringLiteral("customer"))
                                 .toString();
    QVERIFY(!customer.isEmpty());
    const QString lotNo =
        value(QStringLiteral(
                  "SELECT l.lot_no FROM lot_movements m JOIN material_lots l ON l.id = m.lot_id "
                  "JOIN serials c ON c.work_order_id = m.work_order_id JOIN serial_events e ON "
                  "e.component_serial_id = c.id JOIN serials p ON p.id = e.serial_id "
                  "WHERE p.serial = '%1' AND m.kind = 'consumption' LIMIT 1")
                  .arg(finalSerial)
                  .toLatin1()
                  .constData())
            .toString();
    if (lotNo.isEmpty())
        QSKIP("the demo feeds no material lots into the component orders");
    const QList<const TraceNode *> backNodes = back.value().flatten();
    QVERIFY(std::any_of(backNodes.cbegin(), backNodes.cend(), [&](const TraceNode *n) {
        return n->kind == TraceNode::Kind::Lot && n->code == lotNo;
    }));
    // That lot traced forward reaches the same customer through the component and the unit.
    const Result<TraceNode> forward = TraceLookup(ws.get()).trace(lotNo, TraceDirection::Forward);
    QVERIFY2(forward.ok(), qPrintable(forward.error()));
    const QList<const TraceNode *> forwardNodes = forward.value().flatten();
    QVERIFY(std::any_of(forwardNodes.cbegin(), forwardNodes.cend(), [&](const TraceNode *n) {
        return n->kind == TraceNode::Kind::Shipment &&
               n->details.value(QStringLiteral("customer")).toString() == customer &&
               n->details.value(QStringLiteral("serials")).toStringList().contains(finalSerial);
    }));
}

QTEST_GUILESS_MAIN(TstShipmentService)
#include "tst_shipmentservice.moc"
