// One clock for the whole factory (Workspace::clock): every fact a use case writes carries the
// time the workspace clock says, and every day a service decides by is the clock's day — so a
// test, or the demo's back-dated history, moves the whole factory with one call.
#include "fixturehelpers.h"
#include "services/masterdata/bomservice.h"
#include "services/planning/workorderservice.h"
#include "services/serials/serialservice.h"
#include "services/station/machinestatusservice.h"
#include "services/station/reportingservice.h"
#include "services/station/wageservice.h"
#include "services/trace/shipmentservice.h"
#include "services/trace/traceservice.h"
#include "storage/database.h"
#include "testshop.h"

#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

class TstWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void everyFactCarriesTheWorkspaceClock();
    void daysFollowTheWorkspaceClock();
    void reopeningKeepsTheClock();
};

namespace {

// How many rows of TABLE have COLUMN equal to MS, and how many have neither MS nor OTHER_MS.
QPair<int, int> stamps(const TestShop &shop, const char *table, const char *column, qint64 ms,
                       qint64 otherMs)
{
    QSqlQuery query(shop.ws->database().connection());
    const QString sql = QStringLiteral("SELECT sum(%2 = %3), sum(%2 NOT IN (%3, %4)) FROM %1")
                            .arg(QLatin1String(table), QLatin1String(column))
                            .arg(ms)
                            .arg(otherMs);
    if (!query.exec(sql) || !query.next())
        qFatal("stamps: %s", qPrintable(sql));
    return {query.value(0).toInt(), query.value(1).toInt()};
}

} // namespace

void TstWorkspace::everyFactCarriesTheWorkspaceClock()
{
    TestShop shop; // built at Monday 08:00
    const qint64 built = TestShop::at(0, 8);
    const qint64 when = TestShop::at(1, 9, 30); // Tuesday morning, set once for everybody
    shop.setNow(when);

    // A morning of the shop floor: every use case that writes a fact, once.
    const QString reportId = shop.report(shop.request(0, 10)); // starts the order
    shop.report(shop.request(1, 10));
    Fixture::require(
        shop.ws->trace()->consume(shop.steelLot, shop.step(0), 8, shop.wang, shop.lathe).outcome(),
        "feed");
    shop.receive(shop.steel, 50);
    Fixture::require(shop.ws->machineStatus()->setStatus(shop.lathe, MachineStatus::Running),
                     "status");
    const QString serialOrder = shop.releasedOrder(shop.flange, 5);
    const Result<QStringList> serials =
        shop.ws->serials()->generate(serialOrder, QStringLiteral("FL{seq:3}"), 2);
    Fixture::require(serials.outcome(), "serials");
    Fixture::require(shop.ws->serials()
                         ->recordStep(serials.value().constFirst(), shop.step(0, serialOrder),
                                      shop.wang, {}, true)
                         .outcome(),
                     "serial step");
    shop.addBomLine(shop.flange, shop.product("GS-1", "垫片"), 2, 20);
    Fixture::require(shop.ws->wages()
                         ->setRate({{}, shop.flange, QStringLiteral("车削"), 1, shop.today()})
                         .outcome(),
                     "rate");
    Fixture::require(shop.ws->reporting()->approve({reportId}).outcome(), "approve");
    Fixture::require(shop.ws->shipments()->receiveFinished(shop.order, 10, {}, shop.wang).outcome(),
                     "receive");
    Fixture::require(
        shop.ws->shipments()
            ->createShipment({QStringLiteral("华东机电"), {}, {}, {}, {{shop.number(), 4}}})
            .outcome(),
        "ship");

    // Each table of facts has rows stamped at that moment, and none from another clock.
    for (const auto &[table, column] : {std::pair{"audit_log", "at_ms"},
                                        {"production_reports", "reported_at"},
                                        {"lot_movements", "at"},
                                        {"machine_status_events", "at"},
                                        {"serials", "created_at"},
                                        {"serial_events", "at"},
                                        {"bom_lines", "updated_at"},
                                        {"piece_rates", "updated_at"},
                                        {"report_approvals", "approved_at"},
                                        {"work_orders", "created_at"},
                                        {"finished_goods_receipts", "at"},
                                        {"shipments", "at"},
                                        {"shipment_lines", "at"}}) {
        const auto [atThatMoment, fromElsewhere] = stamps(shop, table, column, when, built);
        QVERIFY2(atThatMoment > 0, table);
        QVERIFY2(fromElsewhere == 0, table);
    }
}

void TstWorkspace::daysFollowTheWorkspaceClock()
{
    TestShop shop;
    // A month after the shop's Monday, at noon: a new month for the number series.
    const QDate later = TestShop::day(30);
    shop.setNow(QDateTime(later, QTime(12, 0)).toMSecsSinceEpoch());
    QCOMPARE(shop.today(), later);

    // Work orders are numbered by the clock's day; a due date before it is warned about.
    const QString order = shop.releasedOrder(shop.flange, 10, later.addDays(5));
    QVERIFY2(shop.number(order).startsWith(QStringLiteral("WO-") +
                                           later.toString(QStringLiteral("yyyyMMdd")) + u'-'),
             qPrintable(shop.number(order)));
    WorkOrder late = shop.ws->workOrders()->find(order).value();
    late.dueDate = later.addDays(-1);
    QCOMPARE(shop.ws->workOrders()->warnings(late).size(), 1);
    late.dueDate = later;
    QVERIFY(shop.ws->workOrders()->warnings(late).isEmpty());

    // A lot received without a day is received today, numbered in today's month.
    LotReceipt receipt;
    receipt.productId = shop.steel;
    receipt.quantity = 20;
    const QString lot = shop.ws->trace()->receiveLot(receipt).value();
    QCOMPARE(shop.ws->trace()->lot(lot).value().receivedOn, later);
    QVERIFY2(lot.startsWith(QStringLiteral("L") + later.toString(QStringLiteral("yyMM"))),
             qPrintable(lot));
    // A lot that expired yesterday by this clock is not fed.
    const QString expired =
        shop.receive(shop.steel, 5, QStringLiteral("宝钢"), {}, later.addDays(-1));
    const Result<QString> fed =
        shop.ws->trace()->consume(expired, shop.step(0, order), 1, shop.wang, shop.lathe);
    QVERIFY(!fed.ok());
    QVERIFY2(fed.error().contains(QStringLiteral("expired")), qPrintable(fed.error()));

    // Serial numbers spell today; a shipment dated tomorrow is refused.
    QCOMPARE(shop.ws->serials()->generate(order, QStringLiteral("S{yyMMdd}-{seq:2}"), 1).value(),
             QStringList{QStringLiteral("S%1-01").arg(later.toString(QStringLiteral("yyMMdd")))});
    shop.report(shop.request(0, 10, 0, order));
    shop.report(shop.request(1, 10, 0, order));
    Fixture::require(shop.ws->shipments()->receiveFinished(order, 10, {}, {}).outcome(), "receive");
    const Result<QString> tomorrow = shop.ws->shipments()->createShipment(
        {QStringLiteral("华东机电"), {}, later.addDays(1), {}, {{shop.number(order), 1}}});
    QVERIFY(!tomorrow.ok());
    QVERIFY2(tomorrow.error().contains(later.addDays(1).toString(Qt::ISODate)),
             qPrintable(tomorrow.error()));
}

void TstWorkspace::reopeningKeepsTheClock()
{
    TestShop shop;
    shop.setNow(TestShop::at(2, 10));
    shop.ws.reopen();
    QCOMPARE(shop.nowMs(), TestShop::at(2, 10));
    QVERIFY(shop.ws->clock().isFixed());
}

QTEST_GUILESS_MAIN(TstWorkspace)
#include "tst_workspace.moc"
