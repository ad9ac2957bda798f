// Number series (编号): material lots, work orders and shipments are numbered without ever
// repeating a number or giving up — numbers typed by hand are jumped past, a series runs on past
// 9,999.
#include "database.h"
#include "fixturehelpers.h"
#include "shipmentrepository.h"
#include "testworkspace.h"
#include "tracerepository.h"
#include "traceservice.h"
#include "uuid.h"
#include "workorderrepository.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

class TstNumberSeries : public QObject
{
    Q_OBJECT
private slots:
    void lotSeriesJumpsPastTypedNumbers();
    void seriesRunPastNineThousandNineHundredNinetyNine();
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

QTEST_GUILESS_MAIN(TstNumberSeries)
#include "tst_numberseries.moc"
