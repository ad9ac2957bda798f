// Piece-rate wages (计件工资) as the owner pays them: each good piece priced by the rate valid on
// the day it was reported, voided reports never paid, pieces without a rate shown as such, and
// an implausible rate refused.
#include "fixturehelpers.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/reportingservice.h"
#include "services/station/wageservice.h"
#include "testworkspace.h"

#include <QDateTime>
#include <QTest>

#include <limits>

using namespace Taktline;

class TstWageService : public QObject
{
    Q_OBJECT
private slots:
    void goodPiecesArePricedByTheRateOfTheDay();
    void voidedReportsAreNotPaid();
    void piecesWithoutARateAreFlagged();
    void badRatesAreRefused_data();
    void badRatesAreRefused();
    void onlyMasterDataEditorsSetRates();
    void withApprovalOnlyApprovedReportsArePaid();
    void rateAppliesFromItsFirstDayOn();
    void rateOfTheNextDayDoesNotApply();
};

namespace {

// Flanges turned (车削) then milled (铣削); two operators; 200 ordered and released.
struct Shop
{
    TestWorkspace ws;
    QString lathe, mill, flange, wang, li, order;

    Shop()
    {
        lathe = create(MasterDataKind::Machine, {{"code", "L1"}, {"name", "车床"}, {"workshop", "一车间"}});
        mill = create(MasterDataKind::Machine, {{"code", "M1"}, {"name", "铣床"}, {"workshop", "一车间"}});
        wang = create(MasterDataKind::Employee, {{"badge", "E001"}, {"name", "王建国"}});
        li = create(MasterDataKind::Employee, {{"badge", "E002"}, {"name", "李志强"}});
        flange = create(MasterDataKind::Product, {{"part_no", "FL-1"}, {"name", "法兰"}});
        require(ws->routing()->setOperations(flange, {{{}, QStringLiteral("车削"), 60, lathe},
                                                      {{}, QStringLiteral("铣削"), 60, mill}}), "routing");
        WorkOrder wo;
        wo.productId = flange;
        wo.quantity = 200;
        wo.dueDate = QDate(2026, 12, 31);
        order = ws->workOrders()->create(wo).value();
        require(ws->workOrders()->apply(order, WorkOrderAction::Release, 1), "release");
    }
    static void require(const Outcome &outcome, const char *what) { Fixture::require(outcome, what); }
    QString create(MasterDataKind kind, std::initializer_list<std::pair<const char *, const char *>> values) const
    {
        return Fixture::createRecord(*ws, kind, values);
    }
    QString report(int step, const QString &employee, double good, const QDate &day,
                   const QTime &at = QTime(10, 0))
    {
        ws->setClock(Clock::fixedAt(QDateTime(day, at).toMSecsSinceEpoch()));
        ReportRequest request;
        request.operationId = ws->workOrders()->operations(order).value().at(step).id;
        request.employeeId = employee;
        request.good = good;
        const Result<ReportReceipt> receipt = ws->reporting()->report(request);
        require(receipt.outcome(), "report");
        return receipt.value().reportId;
    }
    void rate(const char *operation, double value, const QDate &from) const
    {
        require(ws->wages()->setRate({{}, flange, QString::fromUtf8(operation), value, from}).outcome(), "rate");
    }
};

const QDate Nov1(2026, 11, 1);
const QDate Nov15(2026, 11, 15);
const QDate Nov20(2026, 11, 20);

} // namespace

void TstWageService::goodPiecesArePricedByTheRateOfTheDay()
{
    Shop shop;
    shop.rate("车削", 0.80, Nov1);
    shop.rate("车削", 1.00, Nov15); // a raise from the 15th
    shop.rate("铣削", 0.50, Nov1);
    shop.report(0, shop.wang, 100, QDate(2026, 11, 10));
    shop.report(0, shop.wang, 50, Nov20);
    shop.report(1, shop.li, 120, Nov20);
    const Result<QList<WageLine>> lines = shop.ws->wages()->lines(Nov1, QDate(2026, 11, 30));
    QVERIFY2(lines.ok(), qPrintable(lines.error()));
    QCOMPARE(lines.value().size(), 3);
    const QList<WageTotal> totals = WageService::totals(lines.value());
    QHash<QString, WageTotal> byEmployee;
    for (const WageTotal &total : totals)
        byEmployee.insert(total.employeeId, total);
    QCOMPARE(byEmployee.value(shop.wang).good, 150.0);
    QCOMPARE(byEmployee.value(shop.wang).amount, 100 * 0.80 + 50 * 1.00);
    QCOMPARE(byEmployee.value(shop.li).amount, 120 * 0.50);
    // One employee, one period: only Wang's report of the 20th.
    const QList<WageLine> wangLate = shop.ws->wages()->lines(Nov15, Nov20, shop.wang).value();
    QCOMPARE(wangLate.size(), 1);
    QCOMPARE(wangLate.first().rate, 1.00);
    QCOMPARE(wangLate.first().operationName, QStringLiteral("车削"));
    QVERIFY(!shop.ws->wages()->lines(Nov20, Nov15).ok()); // end before start
}

void TstWageService::voidedReportsAreNotPaid()
{
    Shop shop;
    shop.rate("车削", 1.00, Nov1);
    const QString wrong = shop.report(0, shop.wang, 90, Nov20);
    shop.report(0, shop.wang, 9, Nov20.addDays(1));
    QVERIFY(shop.ws->reporting()->voidReport(wrong, QStringLiteral("多报了一个零")).ok());
    const QList<WageTotal> totals = WageService::totals(shop.ws->wages()->lines(Nov1, QDate(2026, 11, 30)).value());
    QCOMPARE(totals.size(), 1);
    QCOMPARE(totals.first().good, 9.0);
    QCOMPARE(totals.first().amount, 9.0);
}

void TstWageService::piecesWithoutARateAreFlagged()
{
    Shop shop;
    shop.rate("车削", 1.00, Nov15);
    shop.report(0, shop.wang, 40, QDate(2026, 11, 10)); // before any rate
    const QList<WageLine> lines = shop.ws->wages()->lines(Nov1, QDate(2026, 11, 30)).value();
    QCOMPARE(lines.size(), 1);
    QVERIFY(!lines.first().hasRate);
    QCOMPARE(lines.first().amount, 0.0);
    QCOMPARE(WageService::totals(lines).first().unpricedReports, 1);
}

void TstWageService::badRatesAreRefused_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<double>("rate");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative") << "车削" << -0.5 << Nov1 << "zero or more";
    QTest::newRow("not a number") << "车削" << std::numeric_limits<double>::quiet_NaN() << Nov1 << "zero or more";
    QTest::newRow("absurd") << "车削" << 5e6 << Nov1 << "not plausible";
    QTest::newRow("no operation") << "  " << 1.0 << Nov1 << "operation";
    QTest::newRow("no date") << "车削" << 1.0 << QDate() << "date";
}

void TstWageService::badRatesAreRefused()
{
    QFETCH(QString, operation);
    QFETCH(double, rate);
    QFETCH(QDate, from);
    QFETCH(QString, message);
    Shop shop;
    shop.rate("车削", 0.8, Nov1);
    const Result<QString> refused = shop.ws->wages()->setRate({{}, shop.flange, operation, rate, from});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
    QCOMPARE(shop.ws->wages()->rates(shop.flange).value().size(), 1);
    QCOMPARE(shop.ws->wages()->rates(shop.flange).value().first().rate, 0.8);
}

void TstWageService::onlyMasterDataEditorsSetRates()
{
    Shop shop;
    shop.rate("车削", 0.8, Nov1);
    shop.rate("车削", 0.9, Nov1); // same day again: replaced, not doubled
    QCOMPARE(shop.ws->wages()->rates().value().size(), 1);
    QCOMPARE(shop.ws->wages()->rates().value().first().rate, 0.9);
    shop.ws->access()->signIn({QStringLiteral("op"), QStringLiteral("op"), QStringLiteral("Op"), Role::Operator});
    QVERIFY(!shop.ws->wages()->setRate({{}, shop.flange, QStringLiteral("铣削"), 0.5, Nov1}).ok());
    QVERIFY(!shop.ws->wages()->removeRate(shop.ws->wages()->rates().value().first().id).ok());
}

void TstWageService::withApprovalOnlyApprovedReportsArePaid()
{
    Shop shop;
    shop.rate("车削", 1.00, Nov1);
    StationRules rules = shop.ws->reporting()->rules();
    rules.approvalRequired = true;
    QVERIFY(shop.ws->reporting()->setRules(rules).ok());
    const QString first = shop.report(0, shop.wang, 30, Nov15);
    const QString second = shop.report(0, shop.wang, 20, Nov20);
    QList<WageTotal> totals = WageService::totals(shop.ws->wages()->lines(Nov1, QDate(2026, 11, 30)).value());
    QCOMPARE(totals.first().amount, 0.0);
    QCOMPARE(totals.first().unapprovedReports, 2);
    // An operator cannot approve; the supervisor can, once.
    shop.ws->access()->signIn({QStringLiteral("op"), QStringLiteral("op"), QStringLiteral("Op"), Role::Operator});
    QVERIFY(!shop.ws->reporting()->approve({first}).ok());
    shop.ws->access()->signIn({QStringLiteral("sv"), QStringLiteral("sv"), QStringLiteral("Sv"), Role::Supervisor});
    QCOMPARE(shop.ws->reporting()->approve({first}).value(), 1);
    QCOMPARE(shop.ws->reporting()->approve({first}).value(), 0);
    totals = WageService::totals(shop.ws->wages()->lines(Nov1, QDate(2026, 11, 30)).value());
    QCOMPARE(totals.first().amount, 30.0);
    QCOMPARE(totals.first().unapprovedReports, 1);
    // A voided report is never approved.
    QVERIFY(shop.ws->reporting()->voidReport(second, QStringLiteral("重复")).ok());
    QCOMPARE(shop.ws->reporting()->approve({second}).value(), 0);
    const QList<ReportEntry> entries = shop.ws->reporting()->entries(shop.order).value();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).report.id, second); // newest first
    QVERIFY(entries.at(0).voided && !entries.at(0).approved);
    QCOMPARE(entries.at(0).voidReason, QStringLiteral("重复"));
    QVERIFY(!entries.at(1).voided && entries.at(1).approved);
}

void TstWageService::rateAppliesFromItsFirstDayOn()
{
    // The rule: a rate valid from day D prices every report made on D (the factory's local
    // day, from its first second) and after; reports before D keep the rate they had.
    Shop shop;
    shop.rate("车削", 0.80, Nov1);
    shop.rate("车削", 1.00, Nov15);
    shop.report(0, shop.wang, 10, Nov15.addDays(-1), QTime(23, 59, 59));
    shop.report(0, shop.wang, 20, Nov15, QTime(0, 0, 1));
    shop.report(0, shop.wang, 30, Nov15, QTime(15, 0));
    QMap<double, double> rateByGood;
    for (const WageLine &line : shop.ws->wages()->lines(Nov1, QDate(2026, 11, 30)).value())
        rateByGood.insert(line.good, line.rate);
    QCOMPARE(rateByGood.size(), 3);
    QCOMPARE(rateByGood.value(10), 0.80);
    QCOMPARE(rateByGood.value(20), 1.00);
    QCOMPARE(rateByGood.value(30), 1.00);
}

void TstWageService::rateOfTheNextDayDoesNotApply()
{
    Shop shop;
    shop.rate("车削", 0.90, Nov15.addDays(1));
    shop.report(0, shop.wang, 40, Nov15, QTime(23, 59, 59));
    const QList<WageLine> lines = shop.ws->wages()->lines(Nov1, QDate(2026, 11, 30)).value();
    QCOMPARE(lines.size(), 1);
    QVERIFY(!lines.constFirst().hasRate);
    QCOMPARE(lines.constFirst().rate, 0.0);
    QCOMPARE(lines.constFirst().amount, 0.0);
}

QTEST_GUILESS_MAIN(TstWageService)
#include "tst_wageservice.moc"
