// The optional station PIN after the badge scan, as a factory that switched it on lives with it:
// no report is saved under a badge whose PIN was not typed (whatever the UI does), five wrong
// PINs lock the badge with an audit fact, the right PIN lets the report through, and the PIN is
// kept only as a hash.
#include "services/access/accesscontrol.h"
#include "services/station/reportingservice.h"
#include "services/station/stationpinservice.h"
#include "services/station/stationsession.h"
#include "sqlinspection.h"
#include "storage/database.h"
#include "testshop.h"

#include <QSqlQuery>
#include <QTest>

using namespace Taktline;
using namespace std::chrono_literals;

namespace {

const QString Pin = QStringLiteral("4071");

// Wang gets a PIN and the factory asks for it (the owner does both), then a tablet signs in.
void switchPinsOn(TestShop &shop)
{
    shop.signIn(Role::Owner);
    const Outcome set = shop.ws->stationPins()->setPin(shop.wang, Pin, Pin);
    QVERIFY2(set.ok(), qPrintable(set.error()));
    StationRules rules = shop.ws->reporting()->rules();
    rules.pinRequired = true;
    QVERIFY(shop.ws->reporting()->setRules(rules).ok());
    shop.signIn(Role::Operator);
}

int audited(TestShop &shop, const QString &action)
{
    QSqlQuery query(shop.ws->database().connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'station-pin' "
                                 "AND entity_id = :id AND action = :action"));
    query.bindValue(QStringLiteral(":id"), shop.wang);
    query.bindValue(QStringLiteral(":action"), action);
    if (!query.exec() || !query.next())
        qFatal("cannot count audit facts");
    return query.value(0).toInt();
}

} // namespace

class TstStationPin : public QObject
{
    Q_OBJECT
private slots:
    void offByDefaultAndReportsNeedNoPin();
    void badgeWithoutConfirmedPinCannotReport();
    void fiveWrongPinsLockTheBadgeWithAnAuditFact();
    void rightPinLetsTheReportThrough();
    void pinIsStoredOnlyAsAHash();
    void pinRulesAndWhoMaySetIt();
    void stationSessionIsTheEmployeesOnlyAfterTheRightPin();
    void badgeWithoutAPinIsRefusedAtTheStation();
    void switchingPinsOffLetsTheWaitingBadgeIn();
};

void TstStationPin::offByDefaultAndReportsNeedNoPin()
{
    TestShop shop;
    QVERIFY(!shop.ws->reporting()->rules().pinRequired);
    shop.signIn(Role::Operator);
    QVERIFY(shop.ws->reporting()->report(shop.request(0, 10)).ok());
}

void TstStationPin::badgeWithoutConfirmedPinCannotReport()
{
    TestShop shop;
    switchPinsOn(shop);
    // A report under Wang's badge with no confirmation, a made-up one, or Li's: all refused.
    ReportRequest request = shop.request(0, 10);
    Result<ReportReceipt> refused = shop.ws->reporting()->report(request);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("PIN")), qPrintable(refused.error()));
    request.pinConfirmation = QStringLiteral("0123456789abcdef");
    QVERIFY(!shop.ws->reporting()->report(request).ok());
    shop.signIn(Role::Owner);
    QVERIFY(shop.ws->stationPins()
                ->setPin(shop.li, QStringLiteral("5829"), QStringLiteral("5829"))
                .ok());
    const Result<QString> li = shop.ws->stationPins()->confirm(shop.li, QStringLiteral("5829"));
    QVERIFY2(li.ok(), qPrintable(li.error()));
    request.pinConfirmation = li.value();
    QVERIFY(!shop.ws->reporting()->report(request).ok());
    QCOMPARE(shop.rows("production_reports"), 0);
}

void TstStationPin::fiveWrongPinsLockTheBadgeWithAnAuditFact()
{
    TestShop shop;
    switchPinsOn(shop);
    StationPinService *pins = shop.ws->stationPins();
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const Result<QString> wrong = pins->confirm(shop.wang, QStringLiteral("9999"));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().contains(QStringLiteral("Wrong PIN")), qPrintable(wrong.error()));
    }
    QCOMPARE(pins->lockedUntil(shop.wang).value(), 0);
    const Result<QString> fifth = pins->confirm(shop.wang, QStringLiteral("9999"));
    QVERIFY2(fifth.error().contains(QStringLiteral("locked")), qPrintable(fifth.error()));
    QCOMPARE(pins->lockedUntil(shop.wang).value(), shop.nowMs() + StationPinService::FirstLockMs);
    QCOMPARE(audited(shop, QStringLiteral("failure")), 5);
    QCOMPARE(audited(shop, QStringLiteral("pin-locked")), 1);
    // Locked: even the right PIN is refused, and that attempt is audited too.
    shop.advance(4min);
    const Result<QString> whileLocked = pins->confirm(shop.wang, Pin);
    QVERIFY(!whileLocked.ok());
    QVERIFY2(whileLocked.error().contains(QStringLiteral("1 minute")),
             qPrintable(whileLocked.error()));
    QCOMPARE(audited(shop, QStringLiteral("refused-locked")), 1);
    // The lock ends by the workspace clock.
    shop.advance(1min + 1s);
    QVERIFY(pins->confirm(shop.wang, Pin).ok());
    QCOMPARE(audited(shop, QStringLiteral("success")), 1);
}

void TstStationPin::rightPinLetsTheReportThrough()
{
    TestShop shop;
    switchPinsOn(shop);
    const Result<QString> confirmed = shop.ws->stationPins()->confirm(shop.wang, Pin);
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.error()));
    ReportRequest request = shop.request(0, 10);
    request.pinConfirmation = confirmed.value();
    const Result<ReportReceipt> saved = shop.ws->reporting()->report(request);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(shop.good(0), 10.0);
    // The operator left: the same confirmation reports nothing more.
    shop.ws->stationPins()->release(confirmed.value());
    shop.advance(1min);
    QVERIFY(!shop.ws->reporting()->report(request).ok());
    QCOMPARE(shop.good(0), 10.0);
}

void TstStationPin::pinIsStoredOnlyAsAHash()
{
    TestShop shop;
    switchPinsOn(shop);
    const QStringList stored =
        SqlInspection::inspect<QStringList>(shop.ws.path(), [](const QSqlDatabase &db) {
            return SqlInspection::rows(db, QStringLiteral("SELECT pin_hash FROM employee_pins"));
        });
    QCOMPARE(stored.size(), 1);
    QVERIFY2(stored.first().startsWith(QStringLiteral("$argon2id$")), qPrintable(stored.first()));
    QVERIFY(!stored.first().contains(Pin));
    const QStringList details =
        SqlInspection::inspect<QStringList>(shop.ws.path(), [](const QSqlDatabase &db) {
            return SqlInspection::rows(db, QStringLiteral("SELECT detail FROM audit_log"));
        });
    QVERIFY(!details.join(QLatin1Char(' ')).contains(Pin));
    // Digits written by anything else than the service are refused by the table itself.
    QSqlQuery raw(shop.ws->database().connection());
    QVERIFY(!raw.exec(QStringLiteral("UPDATE employee_pins SET pin_hash = '4071'")));
}

void TstStationPin::pinRulesAndWhoMaySetIt()
{
    TestShop shop;
    StationPinService *pins = shop.ws->stationPins();
    for (const char *bad : {"123", "123456789", "12a4", "0000", "1234", "8765"})
        QVERIFY2(!pins->setPin(shop.wang, QLatin1String(bad), QLatin1String(bad)).ok(), bad);
    QVERIFY(!pins->setPin(shop.wang, Pin, QStringLiteral("4072")).ok()); // not the same twice
    QVERIFY(!pins->hasPin(shop.wang).value());
    shop.signIn(Role::Operator);
    QVERIFY(!pins->setPin(shop.wang, Pin, Pin).ok());
    shop.signIn(Role::Owner);
    QVERIFY(pins->setPin(shop.wang, QStringLiteral("40711234"), QStringLiteral("40711234")).ok());
    QVERIFY(pins->hasPin(shop.wang).value());
    QCOMPARE(audited(shop, QStringLiteral("pin-set")), 1);
    QVERIFY(pins->clearPin(shop.wang).ok());
    QVERIFY(!pins->hasPin(shop.wang).value());
    QCOMPARE(audited(shop, QStringLiteral("pin-clear")), 1);
}

void TstStationPin::stationSessionIsTheEmployeesOnlyAfterTheRightPin()
{
    TestShop shop(TestShop::Options{.signIn = TestWorkspace::SignIn::Owner});
    switchPinsOn(shop);
    shop.ws->access()->signOut(); // a tablet started as a station
    StationSession station(shop.ws.get());
    QVERIFY(station.handleScan(QStringLiteral("EMP:E001")));
    QCOMPARE(station.step(), StationSession::Step::Pin);
    QVERIFY(station.employeeId().isEmpty());
    QCOMPARE(station.pendingEmployeeName(), QStringLiteral("王建国"));
    // Nothing else happens before the PIN.
    QVERIFY(!station.handleScan(QStringLiteral("MC:LATHE-1")));
    QVERIFY(station.machineId().isEmpty());
    QVERIFY(!station.enterPin(QStringLiteral("9999")));
    QCOMPARE(station.step(), StationSession::Step::Pin);
    QVERIFY(station.employeeId().isEmpty());
    QVERIFY(station.enterPin(Pin));
    QCOMPARE(station.employeeId(), shop.wang);
    QVERIFY(station.handleScan(QStringLiteral("MC:LATHE-1")));
    QVERIFY(station.handleScan(QStringLiteral("OP:%1/10").arg(shop.number())));
    QVERIFY2(station.submit(12, 0, 0, {}), qPrintable(station.lastMessage()));
    QCOMPARE(shop.good(0), 12.0);
    // Signed out: the confirmation goes with the operator.
    const QString confirmation = station.pinConfirmation();
    station.signOut();
    QVERIFY(!shop.ws->stationPins()->isConfirmed(shop.wang, confirmation));
}

void TstStationPin::badgeWithoutAPinIsRefusedAtTheStation()
{
    TestShop shop;
    switchPinsOn(shop);
    shop.ws->access()->signOut();
    StationSession station(shop.ws.get());
    QVERIFY(!station.handleScan(QStringLiteral("EMP:E002"))); // Li has no PIN
    QVERIFY2(station.lastMessage().contains(QStringLiteral("supervisor")),
             qPrintable(station.lastMessage()));
    QCOMPARE(station.step(), StationSession::Step::Operator);
    QVERIFY(station.employeeId().isEmpty());
}

void TstStationPin::switchingPinsOffLetsTheWaitingBadgeIn()
{
    TestShop shop;
    switchPinsOn(shop);
    shop.ws->access()->signOut();
    StationSession station(shop.ws.get());
    QVERIFY(station.handleScan(QStringLiteral("EMP:E001")));
    QCOMPARE(station.step(), StationSession::Step::Pin);
    // The office switches PINs off while Wang stands at the pad: his next scan lets him in.
    shop.signIn(Role::Owner);
    StationRules rules = shop.ws->reporting()->rules();
    rules.pinRequired = false;
    QVERIFY(shop.ws->reporting()->setRules(rules).ok());
    shop.ws->access()->signOut();
    QVERIFY(station.handleScan(QStringLiteral("EMP:E001")));
    QCOMPARE(station.step(), StationSession::Step::Machine);
    QCOMPARE(station.employeeId(), shop.wang);
}

QTEST_GUILESS_MAIN(TstStationPin)
#include "tst_stationpin.moc"
