// Number series (编号): material lots, work orders and shipments are numbered without ever
// repeating a number or giving up — numbers typed by hand are jumped past, a series runs on past
// 9,999 and still sorts by value — material and production lots never share a form, and the
// work-order list binds no placeholder per row, so a standard SQLite build lists any number.
#include "demo/demofactory.h"
#include "fixturehelpers.h"
#include "services/access/authservice.h"
#include "services/planning/workorderservice.h"
#include "services/trace/tracelookup.h"
#include "services/trace/traceservice.h"
#include "storage/database.h"
#include "storage/planning/workorderrepository.h"
#include "storage/sqlquery.h"
#include "storage/station/productionrepository.h"
#include "storage/trace/shipmentrepository.h"
#include "storage/trace/tracerepository.h"
#include "storage/uuid.h"
#include "testshop.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

using namespace Taktline;

class TstNumberSeries : public QObject
{
    Q_OBJECT
private slots:
    void lotSeriesJumpsPastTypedNumbers();
    void seriesRunPastNineThousandNineHundredNinetyNine();
    void workOrderListSortsNumbersByValue();
    void listBindsNoPlaceholderPerRow();
    void demoLotsAreNeverMistakenForEachOther();
    void typedLotNumbersNeverTakeTheOtherKindsNumber();
};

namespace {

// The shop's Friday: lots and shipments are numbered by its month, work orders by the day.
const QDate Friday = TestShop::day(-3);

QString month()
{
    return Friday.toString(QStringLiteral("yyMM"));
}

QString day(const QDate &date = Friday)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

// A work order with NUMBER (as an import or another device would bring it) of PRODUCT_ID.
WorkOrder orderNumbered(const QString &number, const QString &productId)
{
    WorkOrder order;
    order.id = newUuidV7();
    order.number = number;
    order.productId = productId;
    order.quantity = 10;
    order.dueDate = Friday;
    return order;
}

QStringList column(Workspace &ws, const QString &sql)
{
    QSqlQuery query(ws.database().connection());
    QStringList values;
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    while (query.next())
        values << query.value(0).toString();
    return values;
}

} // namespace

void TstNumberSeries::lotSeriesJumpsPastTypedNumbers()
{
    // 1,500 lots typed by hand hold the series' next numbers, and a planner typed the one after
    // as a work order's production lot: the next lot received takes the first free number.
    TestShop shop(TestShop::Options{.lot = false, .order = false});
    TestWorkspace &ws = shop.ws;
    const QString steel = shop.steel;
    const QString flange = shop.flange;
    TraceRepository lots(ws->database().connection());
    Fixture::require(ws->database().inTransaction([&] {
        for (int i = 1; i <= 1500; ++i) {
            MaterialLot lot;
            lot.id = newUuidV7();
            lot.lotNo = QStringLiteral("L%1-%2").arg(month()).arg(i, 4, 10, QLatin1Char('0'));
            lot.productId = steel;
            lot.receivedQty = 1;
            lot.receivedOn = Friday;
            if (Outcome done = lots.insertLot(lot); !done)
                return done;
        }
        return Outcome::success();
    }),
                     "typed lots");
    WorkOrder typedLot = orderNumbered(QString(), flange);
    typedLot.lotNo = QStringLiteral("L%1-1502").arg(month());
    QVERIFY(ws->workOrders()->create(typedLot).ok());

    LotReceipt receipt;
    receipt.productId = steel;
    receipt.quantity = 5;
    receipt.receivedOn = Friday;
    const Result<QString> first = ws->trace()->receiveLot(receipt);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first.value(), QStringLiteral("L%1-1501").arg(month()));
    const Result<QString> second = ws->trace()->receiveLot(receipt);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second.value(), QStringLiteral("L%1-1503").arg(month()));
    // The series remembers where it stopped: the typed numbers are not walked again.
    QCOMPARE(column(*ws, QStringLiteral("SELECT last_value FROM number_series "
                                        "WHERE series = 'L%1-'")
                             .arg(month())),
             QStringList{QStringLiteral("1503")});

    // Work orders and shipments jump past numbers already taken the same way.
    WorkOrderRepository orders(ws->database().connection());
    const QDate importedDay = TestShop::day(-60); // another month's orders
    for (const char *imported : {"WO-%1-0001", "WO-%1-0002"})
        Fixture::require(orders.insert(orderNumbered(
                             QString::fromLatin1(imported).arg(day(importedDay)), flange)),
                         "import");
    const Result<QString> number = orders.nextNumber(importedDay, QStringLiteral("A"));
    QVERIFY2(number.ok(), qPrintable(number.error()));
    QCOMPARE(number.value(), QStringLiteral("WO-%1-0003").arg(day(importedDay)));
}

void TstNumberSeries::seriesRunPastNineThousandNineHundredNinetyNine()
{
    TestWorkspace ws;
    const QSqlDatabase db = ws->database().connection();
    TraceRepository lots(db);
    WorkOrderRepository orders(db);
    ShipmentRepository shipments(db);
    QStringList lotNumbers, orderNumbers, shipmentNumbers;
    Fixture::require(ws->database().inTransaction([&] {
        for (int i = 0; i < 10001; ++i) {
            const Result<QString> lot = lots.nextLotNumber(Friday, QStringLiteral("B"));
            const Result<QString> order = orders.nextNumber(Friday, QStringLiteral("A"));
            const Result<QString> shipment =
                shipments.nextShipmentNumber(Friday, QStringLiteral("A"));
            if (!lot || !order || !shipment)
                return !lot ? lot.outcome() : !order ? order.outcome() : shipment.outcome();
            lotNumbers << lot.value();
            orderNumbers << order.value();
            shipmentNumbers << shipment.value();
        }
        return Outcome::success();
    }),
                     "numbers");
    QCOMPARE(lotNumbers.first(), QStringLiteral("L%1-B0001").arg(month()));
    QCOMPARE(lotNumbers.at(9998), QStringLiteral("L%1-B9999").arg(month()));
    QCOMPARE(lotNumbers.at(9999), QStringLiteral("L%1-B10000").arg(month()));
    QCOMPARE(orderNumbers.at(9998), QStringLiteral("WO-%1-9999").arg(day()));
    QCOMPARE(orderNumbers.at(9999), QStringLiteral("WO-%1-10000").arg(day()));
    QCOMPARE(orderNumbers.last(), QStringLiteral("WO-%1-10001").arg(day()));
    QCOMPARE(shipmentNumbers.at(9999), QStringLiteral("SH%1-10000").arg(month()));
    for (const QStringList *numbers : {&lotNumbers, &orderNumbers, &shipmentNumbers})
        QCOMPARE(QSet<QString>(numbers->cbegin(), numbers->cend()).size(), 10001);
}

void TstNumberSeries::workOrderListSortsNumbersByValue()
{
    TestShop shop(TestShop::Options{.lot = false, .order = false});
    const QString flange = shop.flange;
    WorkOrderRepository orders(shop.ws->database().connection());
    // Saved out of order: another device's order, the next day's, and both sides of 9,999.
    const QStringList sorted = {
        QStringLiteral("WO-%1-0002").arg(day()), QStringLiteral("WO-%1-9999").arg(day()),
        QStringLiteral("WO-%1-10000").arg(day()), QStringLiteral("WO-%1-B0001").arg(day()),
        QStringLiteral("WO-%1-0001").arg(day(Friday.addDays(1)))};
    for (const int i : {2, 0, 4, 1, 3})
        Fixture::require(orders.insert(orderNumbered(sorted.at(i), flange)), "order");

    WorkOrderFilter filter;
    filter.sort = WorkOrderFilter::Sort::Number;
    const auto numbers = [&] {
        QStringList shown;
        for (const WorkOrderListRow &row : orders.page(filter, 0, 100).value())
            shown << row.number;
        return shown;
    };
    QCOMPARE(numbers(), sorted);
    filter.descending = true;
    QStringList reversed = sorted;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(numbers(), reversed);
}

void TstNumberSeries::listBindsNoPlaceholderPerRow()
{
    // This connection allows 999 bound variables (SQLite before 3.32; a standard build
    // allows 32,766): the whole list of 2,500 orders, with their progress, is read anyway.
    TestShop shop(TestShop::Options{.lot = false, .order = false});
    TestWorkspace &ws = shop.ws;
    const QSqlDatabase db = ws->database().connection();
    sqlite3 *raw = Sql::handle(db);
    QVERIFY(raw);
    sqlite3_limit(raw, SQLITE_LIMIT_VARIABLE_NUMBER, 999);
    QCOMPARE(sqlite3_limit(raw, SQLITE_LIMIT_VARIABLE_NUMBER, -1), 999);

    const QString lathe = shop.lathe;
    const QString flange = shop.flange;
    WorkOrderRepository orders(db);
    ProductionRepository production(db);
    QString reported;
    Fixture::require(ws->database().inTransaction([&] {
        for (int i = 1; i <= 2500; ++i) {
            const WorkOrder order = orderNumbered(
                QStringLiteral("WO-%1-%2").arg(day()).arg(i, 4, 10, QLatin1Char('0')), flange);
            if (Outcome done = orders.insert(order); !done)
                return done;
            if (i != 1234)
                continue;
            reported = order.id;
            const QList<WorkOrderOperation> ops = {
                {newUuidV7(), order.id, 10, QStringLiteral("车削"), 60, lathe},
                {newUuidV7(), order.id, 20, QStringLiteral("检验"), 30, lathe}};
            if (Outcome done = orders.replaceOperations(order.id, ops); !done)
                return done;
            for (const auto &[op, good] :
                 {std::pair{ops.at(0).id, 9.0}, std::pair{ops.at(1).id, 7.0}}) {
                ProductionReport report;
                report.id = newUuidV7();
                report.workOrderId = order.id;
                report.operationId = op;
                report.good = good;
                report.reportedAtMs = shop.nowMs();
                report.deviceId = ws->database().deviceId();
                if (Outcome saved = production.insertReport(report); !saved)
                    return saved;
            }
        }
        return Outcome::success();
    }),
                     "orders");

    const Result<QList<WorkOrderListRow>> rows = orders.page(WorkOrderFilter(), 0, 2500);
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QCOMPARE(rows.value().size(), 2500);
    for (const WorkOrderListRow &row : rows.value())
        QCOMPARE(row.done, row.id == reported ? 7.0 : 0.0); // the last step's good pieces
}

void TstNumberSeries::demoLotsAreNeverMistakenForEachOther()
{
    // A demo of a few thousand orders: the size that ran material lots out of numbers.
    TestWorkspace ws(TestWorkspace::SignIn::None);
    DemoOptions options;
    options.workOrders = 4000;
    QElapsedTimer timer;
    timer.start();
    const Outcome built = DemoFactory::build(*ws, options);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    qInfo("demo of %d work orders built in %lld ms", options.workOrders, timer.elapsed());

    const QStringList materialLots =
        column(*ws, QStringLiteral("SELECT lot_no FROM material_lots"));
    const QStringList productionLots =
        column(*ws, QStringLiteral("SELECT lot_no FROM work_orders WHERE lot_no <> ''"));
    QCOMPARE(productionLots.size(), options.workOrders);
    QVERIFY(materialLots.size() > 20);
    const QRegularExpression material(QStringLiteral("^L\\d{4}-\\d{4,}$"));
    const QRegularExpression production(QStringLiteral("^P\\d{4}-\\d{4,}$"));
    for (const QString &lot : materialLots)
        QVERIFY2(material.match(lot).hasMatch(), qPrintable(lot));
    for (const QString &lot : productionLots)
        QVERIFY2(production.match(lot).hasMatch(), qPrintable(lot));
    QCOMPARE(QSet<QString>(productionLots.cbegin(), productionLots.cend()).size(),
             productionLots.size());

    // Traced without a direction, each goes its own way: a material lot forward to the orders
    // it was fed into, a production lot backward to the order that made it.
    Fixture::require(ws->auth()->signIn(QStringLiteral("owner"), DemoFactory::password()),
                     "sign in");
    const QString fedLot =
        column(*ws,
               QStringLiteral(
                   "SELECT l.lot_no FROM material_lots l JOIN lot_movements m ON m.lot_id = l.id "
                   "WHERE m.kind = 'consumption' LIMIT 1"))
            .value(0);
    const Result<TraceNode> forward = TraceLookup(ws.get()).trace(fedLot);
    QVERIFY2(forward.ok(), qPrintable(forward.error()));
    QCOMPARE(forward.value().kind, TraceNode::Kind::Lot);
    const Result<TraceNode> backward = TraceLookup(ws.get()).trace(productionLots.first());
    QVERIFY2(backward.ok(), qPrintable(backward.error()));
    QCOMPARE(backward.value().kind, TraceNode::Kind::WorkOrder);
}

void TstNumberSeries::typedLotNumbersNeverTakeTheOtherKindsNumber()
{
    // A planner types a production lot, a storeman a material lot's number: neither may be the
    // other kind's number, or a scanned LOT: code and a trace could not tell them apart.
    TestShop shop(TestShop::Options{.order = false});
    TestWorkspace &ws = shop.ws;
    WorkOrder order = orderNumbered(QString(), shop.flange);
    order.lotNo = shop.steelLot.toLower(); // as typed, in small letters
    const Result<QString> clash = ws->workOrders()->create(order);
    QVERIFY(!clash.ok());
    QVERIFY2(clash.error().contains(shop.steelLot.toLower()) && clash.error().contains(QStringLiteral("material lot")),
             qPrintable(clash.error()));
    order.lotNo = QStringLiteral("P%1-0007").arg(month());
    const Result<QString> created = ws->workOrders()->create(order);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    // Nor may an edit give an existing order the material lot's number.
    WorkOrder edited = ws->workOrders()->find(created.value()).value();
    edited.lotNo = shop.steelLot;
    QVERIFY(!ws->workOrders()->update(edited).ok());
    QCOMPARE(ws->workOrders()->find(created.value()).value().lotNo, order.lotNo);

    LotReceipt receipt;
    receipt.productId = shop.steel;
    receipt.quantity = 5;
    receipt.lotNo = order.lotNo.toLower();
    const Result<QString> taken = ws->trace()->receiveLot(receipt);
    QVERIFY(!taken.ok());
    QVERIFY2(taken.error().contains(order.lotNo) && taken.error().contains(shop.number(created.value())),
             qPrintable(taken.error()));
    QCOMPARE(shop.rows("material_lots"), 1);
}

QTEST_GUILESS_MAIN(TstNumberSeries)
#include "tst_numberseries.moc"
