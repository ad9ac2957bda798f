// The subcontracting cost report (外协费用) as the accountant checks it: per supplier and per
// order, sent, good, defective, short, open, cost (good × price) and late — against hand-counted
// figures and against independent SQL over the receipts.
#include "fixturehelpers.h"
#include "services/planning/scheduleservice.h"
#include "services/reports/reportservice.h"
#include "services/subcontract/subcontractservice.h"
#include "testshop.h"

#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

class TstSubcontractReport : public QObject
{
    Q_OBJECT
private slots:
    void perSupplierAndOrder();
};

namespace {

QList<QVariantList> drain(const ReportSheet &sheet)
{
    QList<QVariantList> rows;
    QVariantList row;
    while (sheet.rows->next(row))
        rows.append(row);
    return rows;
}

} // namespace

void TstSubcontractReport::perSupplierAndOrder()
{
    TestShop shop;
    const QString plater = shop.create(MasterDataKind::Supplier,
                                       {{"code", "S01"}, {"name", "镀锌厂"}, {"lead_days", "3"}});
    const QString heat = shop.create(MasterDataKind::Supplier,
                                     {{"code", "S02"}, {"name", "热处理厂"}, {"lead_days", "2"}});
    Routing plating = {{{}, QStringLiteral("车削"), 60, shop.lathe}, {{}, QStringLiteral("镀锌"), 60, {}}};
    plating[1].outsourced = true;
    plating[1].supplierId = plater;
    plating[1].subcontractPrice = 0.5;
    Routing hardening = {{{}, QStringLiteral("热处理"), 60, {}}, {{}, QStringLiteral("铣削"), 60, shop.mill}};
    hardening[0].outsourced = true;
    hardening[0].supplierId = heat;
    hardening[0].subcontractPrice = 2;
    const QString a = shop.releasedOrder(shop.product("FL-Z", "镀锌法兰", plating), 100);
    const QString b = shop.releasedOrder(shop.product("SH-H", "淬火轴", hardening), 30);
    shop.report(shop.request(0, 100, 0, a));
    SubcontractService *sub = shop.ws->subcontracts();
    const auto send = [&](const QString &operationId, double quantity, const QDate &due) {
        SubcontractSend input;
        input.operationId = operationId;
        input.quantity = quantity;
        input.dueDate = due;
        const Result<QString> number = sub->send(input);
        Fixture::require(number.outcome(), "send");
        return sub->order(number.value()).value().id;
    };
    const auto receive = [&](const QString &orderId, double good, double defective, double lost) {
        Fixture::require(sub->receive({orderId, good, defective, lost, {}, shop.wang}).outcome(), "receive");
    };
    const QString first = send(shop.step(1, a), 60, shop.today().addDays(3));
    const QString second = send(shop.step(1, a), 40, shop.today().addDays(1));
    const QString hardened = send(shop.step(0, b), 30, shop.today().addDays(2));
    receive(first, 50, 4, 0);
    receive(second, 10, 0, 5);
    receive(hardened, 30, 0, 0);
    const QDate sentOn = shop.today();
    shop.advance(std::chrono::hours(48));
    send(shop.step(1, a), 5, shop.today().addDays(3)); // another day: not in the report

    ReportQuery query;
    query.kind = ReportKind::Subcontract;
    query.from = sentOn;
    query.to = sentOn;
    const Result<ReportDocument> built = ReportService(*shop.ws).build(query);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    const ReportDocument &document = built.value();
    QCOMPARE(document.sheets.size(), size_t(2));

    // By supplier, by cost: code, name, orders, sent, good, defective, short, open, cost, late.
    const QList<QVariantList> suppliers = drain(document.sheets.at(0));
    QCOMPARE(suppliers.size(), 2);
    QCOMPARE(suppliers.at(0).at(0).toString(), QStringLiteral("S02"));
    QCOMPARE(suppliers.at(0).at(8).toDouble(), 60.0);
    const QVariantList &s01 = suppliers.at(1);
    QCOMPARE(s01.at(0).toString(), QStringLiteral("S01"));
    QCOMPARE(s01.at(2).toInt(), 2);
    QCOMPARE(s01.at(3).toDouble(), 100.0);
    QCOMPARE(s01.at(4).toDouble(), 60.0);
    QCOMPARE(s01.at(5).toDouble(), 4.0);
    QCOMPARE(s01.at(6).toDouble(), 5.0);
    QCOMPARE(s01.at(7).toDouble(), 31.0);
    QCOMPARE(s01.at(8).toDouble(), 30.0);
    QCOMPARE(s01.at(9).toInt(), 1); // the batch due yesterday with 25 still out

    // The same cost per supplier, summed from the receipts' side.
    QSqlQuery independent(shop.ws->database().connection());
    independent.prepare(QStringLiteral(
        "SELECT sp.code, sum(c.good * so.unit_price) FROM subcontract_receipts c "
        "JOIN subcontract_orders so ON so.id = c.subcontract_order_id "
        "JOIN suppliers sp ON sp.id = so.supplier_id WHERE so.at >= :from AND so.at < :to "
        "GROUP BY sp.code ORDER BY sp.code"));
    const WorkCalendar calendar = shop.ws->schedule()->calendar();
    independent.bindValue(QStringLiteral(":from"), calendar.startOfDayUtcMs(sentOn));
    independent.bindValue(QStringLiteral(":to"), calendar.startOfDayUtcMs(sentOn.addDays(1)));
    QVERIFY(independent.exec());
    QHash<QString, double> cost;
    while (independent.next())
        cost.insert(independent.value(0).toString(), independent.value(1).toDouble());
    QCOMPARE(cost.size(), 2);
    for (const QVariantList &row : suppliers)
        QCOMPARE(row.at(8).toDouble(), cost.value(row.at(0).toString()));

    // By order: three orders of the day, the late one flagged, cost = good × price.
    const QList<QVariantList> orders = drain(document.sheets.at(1));
    QCOMPARE(orders.size(), 3);
    int late = 0;
    for (const QVariantList &row : orders) {
        const SubcontractOrder order = sub->order(row.at(0).toString()).value();
        QCOMPARE(row.at(7).toDouble(), order.quantity);
        QCOMPARE(row.at(8).toDouble(), order.good);
        QCOMPARE(row.at(10).toDouble(), order.shortQuantity);
        QCOMPARE(row.at(11).toDouble(), order.open());
        QCOMPARE(row.at(13).toDouble(), order.cost());
        QCOMPARE(row.at(6).toDate(), order.dueDate);
        QCOMPARE(!row.at(14).toString().isEmpty(), order.isLate(shop.today()));
        late += order.isLate(shop.today()) ? 1 : 0;
    }
    QCOMPARE(late, 1);
}

QTEST_GUILESS_MAIN(TstSubcontractReport)
#include "tst_subcontractreport.moc"
