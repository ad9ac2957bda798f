// Subcontracted steps (外协) as the storeman checks them: a batch goes out with a number and a due
// date, comes back good, defective or short; more back than is out is refused with nothing
// written; a short receipt stays open; late orders by the factory's clock; a receipt moves the
// step's progress, the next step's pieces and the plan; every bad input refused.
#include "fixturehelpers.h"
#include "services/planning/routingservice.h"
#include "services/planning/scheduleservice.h"
#include "services/station/reportingservice.h"
#include "services/subcontract/subcontractservice.h"
#include "testshop.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace Taktline;

class TstSubcontractService : public QObject
{
    Q_OBJECT
private slots:
    void sendNumbersTheOrderWithDefaults();
    void receiptMovesProgressAndTheNextStep();
    void moreBackThanOpenIsRefusedWithNothingWritten();
    void shortReceiptStaysOpenAndShortCloses();
    void lateOrdersFollowTheWorkspaceClock();
    void badSendsAreRefusedWithNothingWritten();
    void badReceiptsAreRefused();
    void planWaitsForTheSupplier();
    void needsManageMaterial();
};

namespace {

// The shop plus a zinc plater (3 days away) and a plated flange: turned, plated outside at
// 0.50 a piece, then milled; an order of 100 released.
struct PlatingShop
{
    TestShop shop;
    QString plater, plated, order;

    PlatingShop()
    {
        plater = shop.create(MasterDataKind::Supplier,
                             {{"code", "S01"}, {"name", "镀锌厂"}, {"lead_days", "3"}});
        Routing routing = {{{}, QStringLiteral("车削"), 60, shop.lathe},
                           {{}, QStringLiteral("镀锌"), 60, {}},
                           {{}, QStringLiteral("铣削"), 60, shop.mill}};
        routing[1].outsourced = true;
        routing[1].supplierId = plater;
        routing[1].subcontractPrice = 0.5;
        plated = shop.product("FL-Z", "镀锌法兰", routing);
        order = shop.releasedOrder(plated, 100);
    }
    Workspace &ws() const { return *shop.ws; }
    SubcontractService *sub() const { return shop.ws->subcontracts(); }
    QString turn() const { return shop.step(0, order); }
    QString plate() const { return shop.step(1, order); }
    QString mill() const { return shop.step(2, order); }
    void turned(double good) const { shop.report(shop.request(0, good, 0, order)); }
    QString send(double quantity, const QDate &due = {}) const
    {
        SubcontractSend input;
        input.operationId = plate();
        input.quantity = quantity;
        input.dueDate = due;
        input.employeeId = shop.wang;
        const Result<QString> number = sub()->send(input);
        Fixture::require(number.outcome(), "send");
        return number.value();
    }
    Result<QString> receive(const QString &orderId, double good, double defective = 0,
                            double shortQuantity = 0) const
    {
        SubcontractReceipt receipt{orderId, good, defective, shortQuantity, {}, shop.wang};
        return sub()->receive(receipt);
    }
    // Every row of the tables a send or receipt writes, to see that a refusal wrote nothing.
    QString fingerprint() const
    {
        QStringList all;
        for (const char *table : {"subcontract_orders", "subcontract_receipts", "production_reports",
                                  "audit_log", "work_orders"}) {
            QSqlQuery query(shop.ws->database().connection());
            query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
            while (query.next()) {
                QStringList cells;
                for (int i = 0; i < 30 && query.value(i).isValid(); ++i)
                    cells << query.value(i).toString();
                all << cells.join(QLatin1Char('|'));
            }
        }
        return all.join(QLatin1Char('\n'));
    }
};

} // namespace

void TstSubcontractService::sendNumbersTheOrderWithDefaults()
{
    PlatingShop p;
    p.turned(60);
    QCOMPARE(p.sub()->sendable(p.plate()).value(), 60.0);
    QSignalSpy changed(p.sub(), &SubcontractService::subcontractChanged);
    const QString number = p.send(40);
    QCOMPARE(number, QStringLiteral("OUT-%1-0001").arg(p.shop.today().toString(QStringLiteral("yyyyMMdd"))));
    QCOMPARE(changed.size(), 1);
    const SubcontractOrder order = p.sub()->order(number).value();
    QCOMPARE(order.quantity, 40.0);
    QCOMPARE(order.unitPrice, 0.5);                          // the step's price
    QCOMPARE(order.dueDate, p.shop.today().addDays(3));      // today + the plater's lead days
    QCOMPARE(order.supplierCode, QStringLiteral("S01"));
    QCOMPARE(order.seq, 20);
    QVERIFY(order.isOpen());
    QCOMPARE(p.sub()->sendable(p.plate()).value(), 20.0);
    QCOMPARE(p.sub()->ordersOfOperation(p.plate()).value().size(), 1);
    QCOMPARE(p.sub()->order(order.id).value().number, number);
    QCOMPARE(p.shop.rows("subcontract_orders"), 1);
    // A second batch the same day gets the next number.
    QCOMPARE(p.send(20), QStringLiteral("OUT-%1-0002").arg(p.shop.today().toString(QStringLiteral("yyyyMMdd"))));
}

void TstSubcontractService::receiptMovesProgressAndTheNextStep()
{
    PlatingShop p;
    p.turned(100);
    const QString number = p.send(100);
    const SubcontractOrder order = p.sub()->order(number).value();
    QCOMPARE(p.ws().reporting()->reportableGood(p.mill()).value(), 0.0);
    QSignalSpy reported(p.ws().reporting(), &ReportingService::reportAdded);
    const Result<QString> receipt = p.receive(order.id, 70, 5);
    QVERIFY2(receipt.ok(), qPrintable(receipt.error()));
    QCOMPARE(reported.size(), 1);
    QCOMPARE(p.ws().reporting()->progress(p.plate()).value().good, 70.0);
    QCOMPARE(p.ws().reporting()->progress(p.plate()).value().defective, 5.0);
    QVERIFY(p.ws().reporting()->reportableGood(p.mill()).value() >= 70.0);
    // The receipt points at the report it wrote: no machine and no employee (nobody earns
    // piece-rate wages for the supplier's work); the receiving employee is on the receipt.
    QSqlQuery query(p.ws().database().connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT r.good, r.defective, r.machine_id IS NULL AND r.employee_id IS NULL, "
        "c.employee_id FROM subcontract_receipts c "
        "JOIN production_reports r ON r.id = c.report_id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toDouble(), 70.0);
    QCOMPARE(query.value(1).toDouble(), 5.0);
    QCOMPARE(query.value(2).toInt(), 1);
    QCOMPARE(query.value(3).toString(), p.shop.wang);
    const SubcontractOrder after = p.sub()->order(number).value();
    QCOMPARE(after.good, 70.0);
    QCOMPARE(after.open(), 25.0);
    QCOMPARE(after.cost(), 35.0);
}

void TstSubcontractService::moreBackThanOpenIsRefusedWithNothingWritten()
{
    PlatingShop p;
    p.turned(50);
    const SubcontractOrder order = p.sub()->order(p.send(50)).value();
    QVERIFY(p.receive(order.id, 30).ok());
    const QString before = p.fingerprint();
    const Result<QString> tooMany = p.receive(order.id, 15, 5, 1); // 21 back, 20 open
    QVERIFY(!tooMany.ok());
    QVERIFY2(tooMany.error().contains(QStringLiteral("20")), qPrintable(tooMany.error()));
    QCOMPARE(p.fingerprint(), before);
    QCOMPARE(p.ws().reporting()->progress(p.plate()).value().good, 30.0);
    // Exactly what is open is fine.
    QVERIFY(p.receive(order.id, 15, 5).ok());
    QVERIFY(!p.sub()->order(order.id).value().isOpen());
    QVERIFY(!p.receive(order.id, 1).ok());
}

void TstSubcontractService::shortReceiptStaysOpenAndShortCloses()
{
    PlatingShop p;
    p.turned(100);
    const SubcontractOrder order = p.sub()->order(p.send(80)).value();
    QVERIFY(p.receive(order.id, 50).ok());
    SubcontractOrder now = p.sub()->order(order.id).value();
    QVERIFY(now.isOpen());
    QVERIFY(now.isShort());
    QCOMPARE(p.sub()->orders(SubcontractService::Filter::Short).value().size(), 1);
    QCOMPARE(p.sub()->orders(SubcontractService::Filter::Open).value().size(), 1);
    // The plater lost 30: written off short, the order closes and the pieces may go again.
    QVERIFY(p.receive(order.id, 0, 0, 30).ok());
    now = p.sub()->order(order.id).value();
    QVERIFY(!now.isOpen());
    QCOMPARE(now.shortQuantity, 30.0);
    QCOMPARE(p.sub()->orders(SubcontractService::Filter::Short).value().size(), 0);
    QCOMPARE(p.sub()->orders(SubcontractService::Filter::Open).value().size(), 0);
    QCOMPARE(p.sub()->orders(SubcontractService::Filter::All).value().size(), 1);
    QCOMPARE(p.sub()->sendable(p.plate()).value(), 50.0); // 100 turned − (80 sent − 30 short)
    // A receipt of only short pieces writes no production report.
    QSqlQuery query(p.ws().database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM subcontract_receipts WHERE report_id IS NULL")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TstSubcontractService::lateOrdersFollowTheWorkspaceClock()
{
    PlatingShop p;
    p.turned(100);
    const QString due = p.send(40, p.shop.today().addDays(1));
    const QString later = p.send(40, p.shop.today().addDays(5));
    QCOMPARE(p.sub()->orders(SubcontractService::Filter::Late).value().size(), 0);
    p.shop.advance(std::chrono::hours(24 * 2));
    const QList<SubcontractOrder> late = p.sub()->orders(SubcontractService::Filter::Late).value();
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.constFirst().number, due);
    QVERIFY(p.receive(late.constFirst().id, 40).ok());
    QCOMPARE(p.sub()->orders(SubcontractService::Filter::Late).value().size(), 0);
    Q_UNUSED(later);
}

void TstSubcontractService::badSendsAreRefusedWithNothingWritten()
{
    PlatingShop p;
    p.turned(50);
    const QString before = p.fingerprint();
    const auto refused = [&](SubcontractSend input, const char *what) {
        const Result<QString> sent = p.sub()->send(input);
        QVERIFY2(!sent.ok(), what);
        QVERIFY2(!sent.error().isEmpty(), what);
        QCOMPARE(p.fingerprint(), before);
    };
    SubcontractSend good;
    good.operationId = p.plate();
    good.quantity = 10;
    for (const double quantity : {0.0, -5.0, std::numeric_limits<double>::quiet_NaN(),
                                  std::numeric_limits<double>::infinity(), 1e12, 51.0}) {
        SubcontractSend input = good;
        input.quantity = quantity;
        refused(input, "quantity");
    }
    SubcontractSend past = good;
    past.dueDate = p.shop.today().addDays(-1);
    refused(past, "due date in the past");
    SubcontractSend price = good;
    price.unitPrice = std::numeric_limits<double>::quiet_NaN();
    refused(price, "NaN price");
    SubcontractSend machineStep = good;
    machineStep.operationId = p.mill();
    refused(machineStep, "not outsourced");
    SubcontractSend unknown = good;
    unknown.operationId = QStringLiteral("no-such-operation");
    refused(unknown, "unknown operation");
    // A step outsourced without a supplier (an old order, or edited outside the app).
    QSqlQuery clear(p.ws().database().connection());
    QVERIFY(clear.exec(QStringLiteral("UPDATE work_order_operations SET supplier_id = NULL WHERE id = '%1'").arg(p.plate())));
    const Result<QString> noSupplier = p.sub()->send(good);
    QVERIFY(!noSupplier.ok());
    QVERIFY2(noSupplier.error().contains(QStringLiteral("supplier")), qPrintable(noSupplier.error()));
    QCOMPARE(p.shop.rows("subcontract_orders"), 0);
}

void TstSubcontractService::badReceiptsAreRefused()
{
    PlatingShop p;
    p.turned(50);
    const SubcontractOrder order = p.sub()->order(p.send(50)).value();
    const QString before = p.fingerprint();
    QVERIFY(!p.receive(order.id, 0).ok());
    QVERIFY(!p.receive(order.id, -1, 2).ok());
    QVERIFY(!p.receive(order.id, std::numeric_limits<double>::quiet_NaN()).ok());
    QVERIFY(!p.receive(order.id, 1e12).ok());
    QVERIFY(!p.receive(QStringLiteral("OUT-19990101-0001"), 1).ok());
    QVERIFY(!p.receive(QString(), 1).ok());
    QCOMPARE(p.fingerprint(), before);
    // By number, as a scan of the delivery note gives it.
    QVERIFY(p.receive(order.number.toLower(), 1).ok());
}

void TstSubcontractService::planWaitsForTheSupplier()
{
    PlatingShop p;
    ScheduleService *schedule = p.ws().schedule();
    QVERIFY(schedule->reschedule().ok());
    const auto planned = [&](const QString &operationId) {
        QSqlQuery query(p.ws().database().connection());
        query.exec(QStringLiteral("SELECT planned_start, planned_end FROM work_order_operations WHERE id = '%1'").arg(operationId));
        query.next();
        return std::pair<qint64, qint64>(query.value(0).toLongLong(), query.value(1).toLongLong());
    };
    // Not sent: the plater's 3 days after turning; milling waits for it.
    const auto turning = planned(p.turn());
    const auto plating = planned(p.plate());
    QCOMPARE(plating.first, turning.second);
    QCOMPARE(plating.second - plating.first, qint64(3) * 24 * 3600 * 1000);
    QVERIFY(planned(p.mill()).first >= plating.second);
    // Sent everything, due in 6 days: milling waits until the end of that day.
    p.turned(100);
    p.send(100, p.shop.today().addDays(6));
    QTRY_VERIFY(planned(p.plate()).second == schedule->dueEndMs(p.shop.today().addDays(6)));
    QVERIFY(planned(p.mill()).first >= schedule->dueEndMs(p.shop.today().addDays(6)));
    // All back: the step leaves the queue and milling can start now.
    const SubcontractOrder order = p.sub()->ordersOfOperation(p.plate()).value().constFirst();
    QVERIFY(p.receive(order.id, 100).ok());
    QVERIFY(schedule->reschedule().ok());
    QVERIFY(planned(p.mill()).first < schedule->dueEndMs(p.shop.today()));
}

void TstSubcontractService::needsManageMaterial()
{
    PlatingShop p;
    p.turned(10);
    p.shop.signIn(Role::Operator);
    SubcontractSend input;
    input.operationId = p.plate();
    input.quantity = 5;
    QVERIFY(!p.sub()->send(input).ok());
    QCOMPARE(p.shop.rows("subcontract_orders"), 0);
}

QTEST_GUILESS_MAIN(TstSubcontractService)
#include "tst_subcontractservice.moc"
