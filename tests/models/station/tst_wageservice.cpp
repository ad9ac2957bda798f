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
#include "testshop.h"

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

// The shop with 200 flanges ordered instead of 100: reports are made on the days asked for,
// in the weeks before Monday.
struct Shop : TestShop
{
    Shop()
        : TestShop(Options{.order = false})
    {
        order = releasedOrder(flange, 200);
    }
    QString report(int step, const QString &employee, double good, const QDate &day,
                   const QTime &at = QTime(10, 0))
    {
        return reportOn(day, step, good, employee, at);
    }
    void rate(const char *operation, double value, const QDate &from) const
    {
        Fixture::require(
            ws->wages()->setRate({{}, flange, QString::fromUtf8(operation), value, from}).outcome(),
            "rate");
    }
};

// The wage period: three weeks before the shop's Monday to the week after it; rates from its
// first day and a raise in its second week, reports before and after it.
const QDate PeriodStart = TestShop::day(-22);
const QDate PeriodEnd = TestShop::day(7);
const QDate Early = TestShop::day(-13);
const QDate Raise = TestShop::day(-8);
const QDate Friday = TestShop::day(-3);

} // namespace

void TstWageService::goodPiecesArePricedByTheRateOfTheDay()
{
    Shop shop;
    shop.rate("车削", 0.80, PeriodStart);
    shop.rate("车削", 1.00, Raise); // a raise
    shop.rate("铣削", 0.50, PeriodStart);
    shop.report(0, shop.wang, 100, Early);
    shop.report(0, shop.wang, 50, Friday);
    shop.report(1, shop.li, 120, Friday);
    const Result<QList<WageLine>> lines = shop.ws->wages()->lines(PeriodStart, PeriodEnd);
    QVERIFY2(lines.ok(), qPrintable(lines.error()));
    QCOMPARE(lines.value().size(), 3);
    const QList<WageTotal> totals = WageService::totals(lines.value());
    QHash<QString, WageTotal> byEmployee;
    for (const WageTotal &total : totals)
        byEmployee.insert(total.employeeId, total);
    QCOMPARE(byEmployee.value(shop.wang).good, 150.0);
    QCOMPARE(byEmployee.value(shop.wang).amount, 100 * 0.80 + 50 * 1.00);
    QCOMPARE(byEmployee.value(shop.li).amount, 120 * 0.50);
    // One employee, one period: only Wang's report of Friday.
    const QList<WageLine> wangLate = shop.ws->wages()->lines(Raise, Friday, shop.wang).value();
    QCOMPARE(wangLate.size(), 1);
    QCOMPARE(wangLate.first().rate, 1.00);
    QCOMPARE(wangLate.first().operationName, QStringLiteral("车削"));
    QVERIFY(!shop.ws->wages()->lines(Friday, Raise).ok()); // end before start
}

void TstWageService::voidedReportsAreNotPaid()
{
    Shop shop;
    shop.rate("车削", 1.00, PeriodStart);
    const QString wrong = shop.report(0, shop.wang, 90, Friday);
    shop.report(0, shop.wang, 9, Friday.addDays(1));
    QVERIFY(shop.ws->reporting()->voidReport(wrong, QStringLiteral("多报了一个零")).ok());
    const QList<WageTotal> totals =
        WageService::totals(shop.ws->wages()->lines(PeriodStart, PeriodEnd).value());
    QCOMPARE(totals.size(), 1);
    QCOMPARE(totals.first().good, 9.0);
    QCOMPARE(totals.first().amount, 9.0);
}

void TstWageService::piecesWithoutARateAreFlagged()
{
    Shop shop;
    shop.rate("车削", 1.00, Raise);
    shop.report(0, shop.wang, 40, Early); // before any rate
    const QList<WageLine> lines = shop.ws->wages()->lines(PeriodStart, PeriodEnd).value();
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
    QTest::newRow("negative") << "车削" << -0.5 << PeriodStart << "zero or more";
    QTest::newRow("not a number") << "车削" << std::numeric_limits<double>::quiet_NaN()
                                  << PeriodStart << "zero or more";
    QTest::newRow("absurd") << "车削" << 5e6 << PeriodStart << "not plausible";
    QTest::newRow("no operation") << "  " << 1.0 << PeriodStart << "operation";
    QTest::newRow("no date") << "车削" << 1.0 << QDate() << "date";
}

void TstWageService::badRatesAreRefused()
{
    QFETCH(QString, operation);
    QFETCH(double, rate);
    QFETCH(QDate, from);
    QFETCH(QString, message);
    Shop shop;
    shop.rate("车削", 0.8, PeriodStart);
    const Result<QString> refused = shop.ws->wages()->setRate({{}, shop.flange, operation, rate, from});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
    QCOMPARE(shop.ws->wages()->rates(shop.flange).value().size(), 1);
    QCOMPARE(shop.ws->wages()->rates(shop.flange).value().first().rate, 0.8);
}

void TstWageService::onlyMasterDataEditorsSetRates()
{
    Shop shop;
    shop.rate("车削", 0.8, PeriodStart);
    shop.rate("车削", 0.9, PeriodStart); // same day again: replaced, not doubled
    QCOMPARE(shop.ws->wages()->rates().value().size(), 1);
    QCOMPARE(shop.ws->wages()->rates().value().first().rate, 0.9);
    shop.ws->access()->signIn({QStringLiteral("op"), QStringLiteral("op"), QStringLiteral("Op"), Role::Operator});
    QVERIFY(!shop.ws->wages()
                 ->setRate({{}, shop.flange, QStringLiteral("铣削"), 0.5, PeriodStart})
                 .ok());
    QVERIFY(!shop.ws->wages()->removeRate(shop.ws->wages()->rates().value().first().id).ok());
}

void TstWageService::withApprovalOnlyApprovedReportsArePaid()
{
    Shop shop;
    shop.rate("车削", 1.00, PeriodStart);
    StationRules rules = shop.ws->reporting()->rules();
    rules.approvalRequired = true;
    QVERIFY(shop.ws->reporting()->setRules(rules).ok());
    const QString first = shop.report(0, shop.wang, 30, Raise);
    const QString second = shop.report(0, shop.wang, 20, Friday);
    QList<WageTotal> totals =
        WageService::totals(shop.ws->wages()->lines(PeriodStart, PeriodEnd).value());
    QCOMPARE(totals.first().amount, 0.0);
    QCOMPARE(totals.first().unapprovedReports, 2);
    // An operator cannot approve; the supervisor can, once.
    shop.ws->access()->signIn({QStringLiteral("op"), QStringLiteral("op"), QStringLiteral("Op"), Role::Operator});
    QVERIFY(!shop.ws->reporting()->approve({first}).ok());
    shop.ws->access()->signIn({QStringLiteral("sv"), QStringLiteral("sv"), QStringLiteral("Sv"), Role::Supervisor});
    QCOMPARE(shop.ws->reporting()->approve({first}).value(), 1);
    QCOMPARE(shop.ws->reporting()->approve({first}).value(), 0);
    totals = WageService::totals(shop.ws->wages()->lines(PeriodStart, PeriodEnd).value());
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
    shop.rate("车削", 0.80, PeriodStart);
    shop.rate("车削", 1.00, Raise);
    shop.report(0, shop.wang, 10, Raise.addDays(-1), QTime(23, 59, 59));
    shop.report(0, shop.wang, 20, Raise, QTime(0, 0, 1));
    shop.report(0, shop.wang, 30, Raise, QTime(15, 0));
    QMap<double, double> rateByGood;
    for (const WageLine &line : shop.ws->wages()->lines(PeriodStart, PeriodEnd).value())
        rateByGood.insert(line.good, line.rate);
    QCOMPARE(rateByGood.size(), 3);
    QCOMPARE(rateByGood.value(10), 0.80);
    QCOMPARE(rateByGood.value(20), 1.00);
    QCOMPARE(rateByGood.value(30), 1.00);
}

void TstWageService::rateOfTheNextDayDoesNotApply()
{
    Shop shop;
    shop.rate("车削", 0.90, Raise.addDays(1));
    shop.report(0, shop.wang, 40, Raise, QTime(23, 59, 59));
    const QList<WageLine> lines = shop.ws->wages()->lines(PeriodStart, PeriodEnd).value();
    QCOMPARE(lines.size(), 1);
    QVERIFY(!lines.constFirst().hasRate);
    QCOMPARE(lines.constFirst().rate, 0.0);
    QCOMPARE(lines.constFirst().amount, 0.0);
}

QTEST_GUILESS_MAIN(TstWageService)
#include "tst_wageservice.moc"
