// Number series (编号): material lots, work orders and shipments are numbered without ever
// repeating a number or giving up — numbers typed by hand are jumped past, a series runs on past
// 9,999 and still sorts by value — material and production lots never share a form, and the
// work-order list binds no placeholder per row, so a standard SQLite build lists any number.
#include "demo/demofactory.h"
#include "fixturehelpers.h"
#include "services/access/authservice.h"
#include "services/trace/tracelookup.h"
#include "services/trace/traceservice.h"
#include "storage/database.h"
#include "storage/planning/workorderrepository.h"
#include "storage/station/productionrepository.h"
#include "storage/trace/shipmentrepository.h"
#include "storage/trace/tracerepository.h"
#include "storage/uuid.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
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

const QDate November(2026, 11, 20);

// A work order with NUMBER (as an import or another device would bring it) of PRODUCT_ID.
WorkOrder orderNumbered(const QString &number, const QString &productId)
{
    WorkOrder order;
    order.id = newUuidV7();
    order.number = number;
    order.productId = productId;
    order.quantity = 10;
    order.dueDate = November;
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
    TestWorkspace ws;
    const QString steel = Fixture::createRecord(*ws, MasterDataKind::Product,
                                                {{"part_no", "ST-45"}, {"name", "45号圆钢"}});
    const QString flange = Fixture::createRecord(*ws, MasterDataKind::Product,
                                                 {{"part_no", "FL-1"}, {"name", "法兰"}});
    TraceRepository lots(ws->database().connection());
    Fixture::require(ws->database().inTransaction([&] {
        for (int i = 1; i <= 1500; ++i) {
            MaterialLot lot;
            lot.id = newUuidV7();
            lot.lotNo = QStringLiteral("L2611-%1").arg(i, 4, 10, QLatin1Char('0'));
            lot.productId = steel;
            lot.receivedQty = 1;
            lot.receivedOn = November;
            if (Outcome done = lots.insertLot(lot); !done)
                return done;
        }
        return Outcome::success();
    }),
                     "typed lots");
    WorkOrder typedLot = orderNumbered(QString(), flange);
    typedLot.lotNo = QStringLiteral("L2611-1502");
    QVERIFY(ws->workOrders()->create(typedLot).ok());

    LotReceipt receipt;
    receipt.productId = steel;
    receipt.quantity = 5;
    receipt.receivedOn = November;
    const Result<QString> first = ws->trace()->receiveLot(receipt);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first.value(), QStringLiteral("L2611-1501"));
    const Result<QString> second = ws->trace()->receiveLot(receipt);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second.value(), QStringLiteral("L2611-1503"));
    // The series remembers where it stopped: the typed numbers are not walked again.
    QCOMPARE(column(*ws, QStringLiteral("SELECT last_value FROM number_series "
                                        "WHERE series = 'L2611-'")),
             QStringList{QStringLiteral("1503")});

    // Work orders and shipments jump past numbers already taken the same way.
    WorkOrderRepository orders(ws->database().connection());
    for (const char *imported : {"WO-20250102-0001", "WO-20250102-0002"})
        Fixture::require(orders.insert(orderNumbered(QString::fromLatin1(imported), flange)),
                         "import");
    const Result<QString> number = orders.nextNumber(QDate(2025, 1, 2), QStringLiteral("A"));
    QVERIFY2(number.ok(), qPrintable(number.error()));
    QCOMPARE(number.value(), QStringLiteral("WO-20250102-0003"));
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
            const Result<QString> lot = lots.nextLotNumber(November, QStringLiteral("B"));
            const Result<QString> order = orders.nextNumber(November, QStringLiteral("A"));
            const Result<QString> shipment =
                shipments.nextShipmentNumber(November, QStringLiteral("A"));
            if (!lot || !order || !shipment)
                return !lot ? lot.outcome() : !order ? order.outcome() : shipment.outcome();
            lotNumbers << lot.value();
            orderNumbers << order.value();
            shipmentNumbers << shipment.value();
        }
        return Outcome::success();
    }),
                     "numbers");
    QCOMPARE(lotNumbers.first(), QStringLiteral("L2611-B0001"));
    QCOMPARE(lotNumbers.at(9998), QStringLiteral("L2611-B9999"));
    QCOMPARE(lotNumbers.at(9999), QStringLiteral("L2611-B10000"));
    QCOMPARE(orderNumbers.at(9998), QStringLiteral("WO-20261120-9999"));
    QCOMPARE(orderNumbers.at(9999), QStringLiteral("WO-20261120-10000"));
    QCOMPARE(orderNumbers.last(), QStringLiteral("WO-20261120-10001"));
    QCOMPARE(shipmentNumbers.at(9999), QStringLiteral("SH2611-10000"));
    for (const QStringList *numbers : {&lotNumbers, &orderNumbers, &shipmentNumbers})
        QCOMPARE(QSet<QString>(numbers->cbegin(), numbers->cend()).size(), 10001);
}

void TstNumberSeries::workOrderListSortsNumbersByValue()
{
    TestWorkspace ws;
    const QString flange = Fixture::createRecord(*ws, MasterDataKind::Product,
                                                 {{"part_no", "FL-1"}, {"name", "法兰"}});
    WorkOrderRepository orders(ws->database().connection());
    // Saved out of order: another device's order, the next day's, and both sides of 9,999.
    const QStringList sorted = {
        QStringLiteral("WO-20261120-0002"), QStringLiteral("WO-20261120-9999"),
        QStringLiteral("WO-20261120-10000"), QStringLiteral("WO-20261120-B0001"),
        QStringLiteral("WO-20261121-0001")};
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
    TestWorkspace ws;
    const QSqlDatabase db = ws->database().connection();
    const QVariant handle = db.driver()->handle();
    QVERIFY(handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0);
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_limit(raw, SQLITE_LIMIT_VARIABLE_NUMBER, 999);
    QCOMPARE(sqlite3_limit(raw, SQLITE_LIMIT_VARIABLE_NUMBER, -1), 999);

    const QString lathe =
        Fixture::createRecord(*ws, MasterDataKind::Machine,
                              {{"code", "LATHE-1"}, {"name", "数控车床"}, {"workshop", "一车间"}});
    const QString flange = Fixture::createRecord(*ws, MasterDataKind::Product,
                                                 {{"part_no", "FL-1"}, {"name", "法兰"}});
    WorkOrderRepository orders(db);
    ProductionRepository production(db);
    QString reported;
    Fixture::require(ws->database().inTransaction([&] {
        for (int i = 1; i <= 2500; ++i) {
            const WorkOrder order = orderNumbered(
                QStringLiteral("WO-20261120-%1").arg(i, 4, 10, QLatin1Char('0')), flange);
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
                report.reportedAtMs = nowUtcMs();
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
    TestWorkspace ws;
    const QString steel = Fixture::createRecord(*ws, MasterDataKind::Product,
                                                {{"part_no", "ST-45"}, {"name", "45号圆钢"}});
    const QString flange = Fixture::createRecord(*ws, MasterDataKind::Product,
                                                 {{"part_no", "FL-1"}, {"name", "法兰"}});
    LotReceipt receipt;
    receipt.productId = steel;
    receipt.quantity = 5;
    receipt.receivedOn = November;
    const QString materialLot = ws->trace()->receiveLot(receipt).value();

    WorkOrder order = orderNumbered(QString(), flange);
    order.lotNo = materialLot.toLower(); // as typed, in small letters
    const Result<QString> clash = ws->workOrders()->create(order);
    QVERIFY(!clash.ok());
    QVERIFY2(clash.error().contains(materialLot.toLower()) && clash.error().contains(QStringLiteral("material lot")),
             qPrintable(clash.error()));
    order.lotNo = QStringLiteral("P2611-0007");
    const Result<QString> created = ws->workOrders()->create(order);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    // Nor may an edit give an existing order the material lot's number.
    WorkOrder edited = ws->workOrders()->find(created.value()).value();
    edited.lotNo = materialLot;
    QVERIFY(!ws->workOrders()->update(edited).ok());
    QCOMPARE(ws->workOrders()->find(created.value()).value().lotNo, QStringLiteral("P2611-0007"));

    receipt.lotNo = QStringLiteral("p2611-0007");
    const Result<QString> taken = ws->trace()->receiveLot(receipt);
    QVERIFY(!taken.ok());
    QVERIFY2(taken.error().contains(QStringLiteral("P2611-0007"))
                 && taken.error().contains(ws->workOrders()->find(created.value()).value().number),
             qPrintable(taken.error()));
    QCOMPARE(column(*ws, QStringLiteral("SELECT count(*) FROM material_lots")), QStringList{QStringLiteral("1")});
}

QTEST_GUILESS_MAIN(TstNumberSeries)
#include "tst_numberseries.moc"
