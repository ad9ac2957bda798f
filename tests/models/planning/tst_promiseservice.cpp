// Capable-to-promise (交期承诺, issue 17) against plans worked out by hand: the would-be order
// goes behind today's queues (normal) or first on every machine (rush) on a calendar with a
// lunch break; the rush names the order it makes late; BOM shortages count what open orders
// still need; bad input is refused with a message and nothing is ever written.
#include "fixturehelpers.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/promiseservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/scheduleservice.h"
#include "services/trace/traceservice.h"
#include "storage/database.h"
#include "testshop.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace Taktline;

class TstPromiseService : public QObject
{
    Q_OBJECT
private slots:
    void normalDateBehindTheQueues();
    void rushDateAndTheOrderItMakesLate();
    void noDateWantedIsOnTime();
    void shortageCountsWhatOpenOrdersNeed();
    void blockedLotIsNotOnHand();
    void productByPartNumberInAnyCase();
    void outsourcedStepTakesTheSuppliersLeadDays();
    void badInputRefusedNothingWritten_data();
    void badInputRefusedNothingWritten();
    void answerWritesNothing();
};

namespace {

QString show(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("ddd HH:mm"));
}

// Every row of every table (the sync outbox too), for "nothing was written".
QString fingerprint(Workspace &workspace)
{
    QSqlDatabase db = workspace.database().connection();
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        qFatal("fingerprint: no tables");
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    QString all;
    for (const QString &table : names) {
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            qFatal("fingerprint: cannot read %s", qPrintable(table));
        all += table + QLatin1Char('\n');
        QStringList lines;
        while (rows.next()) {
            QString line;
            for (int i = 0; i < rows.record().count(); ++i)
                line += rows.value(i).toString() + QLatin1Char('|');
            lines << line;
        }
        lines.sort();
        all += lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return all;
}

// The shop (flanges: a minute a piece on the lathe, then a minute on the mill; 0.8 kg of steel
// each, 100 kg received) on a calendar of 08:00–12:00 and 13:00–17:00 every day, the clock at
// Monday 08:00. Queued: the shop's 100 flanges (due Friday), then BUSY: 100 more due Monday.
// Today's plan, by hand:
//   lathe  shop's 08:00–09:40   busy 09:40–11:20
//   mill   shop's 09:40–11:20   busy 11:20–12:00 + 13:00–14:00  (busy on time: due Mon 24:00)
struct Shop : TestShop
{
    QString busy;

    explicit Shop(bool withBusy = true)
    {
        const Result<WorkCalendar> calendar = WorkCalendar::create(
            {{QTime(8, 0), QTime(12, 0)}, {QTime(13, 0), QTime(17, 0)}}, {}, {}, {},
            QTimeZone::utc());
        Fixture::require(calendar.outcome(), "calendar");
        Fixture::require(ws->schedule()->setCalendar(calendar.value()), "set calendar");
        if (withBusy)
            busy = releasedOrder(flange, 100, day(0));
        Fixture::require(ws->schedule()->reschedule(), "plan");
    }
    Promise promise(double quantity, const QDate &wanted = {},
                    const QString &product = QStringLiteral("FL-1")) const
    {
        const Result<Promise> answer = ws->promises()->promise({product, quantity, wanted});
        if (!answer)
            qFatal("promise: %s", qPrintable(answer.error()));
        return answer.value();
    }
};

} // namespace

void TstPromiseService::normalDateBehindTheQueues()
{
    Shop shop;
    // 200 flanges behind the queues: lathe 11:20–12:00 + 13:00–15:40; the mill (free at 14:00)
    // waits for the lathe: 15:40–17:00 + Tue 08:00–10:00.
    const Promise answer = shop.promise(200, TestShop::day(1));
    QCOMPARE(answer.partNo, QStringLiteral("FL-1"));
    QCOMPARE(answer.steps.size(), 2);
    QCOMPARE(show(answer.steps.at(0).startMs), QStringLiteral("Mon 11:20"));
    QCOMPARE(show(answer.steps.at(0).endMs), QStringLiteral("Mon 15:40"));
    QCOMPARE(answer.steps.at(0).machineCode, QStringLiteral("LATHE-1"));
    QCOMPARE(show(answer.steps.at(1).startMs), QStringLiteral("Mon 15:40"));
    QCOMPARE(show(answer.steps.at(1).endMs), QStringLiteral("Tue 10:00"));
    QCOMPARE(answer.earliest, TestShop::day(1));
    QVERIFY(answer.onTime); // wanted Tuesday
    QCOMPARE(shop.promise(200, TestShop::day(0)).onTime, false);
}

void TstPromiseService::rushDateAndTheOrderItMakesLate()
{
    Shop shop;
    // As a rush: lathe 08:00–11:20, mill 11:20–12:00 + 13:00–15:40: ships Monday. Behind it the
    // lathe runs the shop's order until 14:00 and BUSY until 15:40; the mill takes the shop's
    // order 15:40–Tue 08:20, then BUSY until Tue 10:00 — 10 h past its due date (Mon 24:00).
    const Promise answer = shop.promise(200, TestShop::day(0));
    QCOMPARE(show(answer.steps.at(0).rushStartMs), QStringLiteral("Mon 08:00"));
    QCOMPARE(show(answer.steps.at(0).rushEndMs), QStringLiteral("Mon 11:20"));
    QCOMPARE(show(answer.steps.at(1).rushEndMs), QStringLiteral("Mon 15:40"));
    QCOMPARE(answer.earliestAsRush, TestShop::day(0));
    QVERIFY(answer.onTimeAsRush);
    QVERIFY(!answer.onTime);
    QCOMPARE(answer.rush.newlyLate.size(), 1);
    const WorkOrderDelay &late = answer.rush.newlyLate.constFirst();
    QCOMPARE(late.workOrderId, shop.busy);
    QCOMPARE(late.number, shop.number(shop.busy));
    QCOMPARE(show(late.plannedEndBeforeMs), QStringLiteral("Mon 14:00"));
    QCOMPARE(show(late.plannedEndAfterMs), QStringLiteral("Tue 10:00"));
    QCOMPARE(late.lateByMs, qint64(10) * 3600 * 1000);
    QVERIFY(answer.rush.furtherDelayed.isEmpty()); // the shop's order still ends before Friday
    QCOMPARE(answer.delayedByRush(), 1);
    // The line the new-order dialog shows.
    QCOMPARE(PromiseService::summary(answer),
             QStringLiteral("Earliest 24 Nov · as rush 23 Nov (1 order(s) delayed) · short: SP-1\u00a0160\u00a0KG"));
}

void TstPromiseService::noDateWantedIsOnTime()
{
    Shop shop(false);
    // Nothing but the shop's order: 60 flanges behind it end on the mill at 12:00 (09:40 lathe
    // done, 10:40 lathe end, mill free at 11:20: 11:20–12:00 + 13:00–13:20).
    const Promise answer = shop.promise(60);
    QCOMPARE(show(answer.steps.at(1).endMs), QStringLiteral("Mon 13:20"));
    QCOMPARE(answer.earliest, TestShop::day(0));
    QVERIFY(answer.onTime);
    QVERIFY(answer.onTimeAsRush);
    QVERIFY(answer.rush.newlyLate.isEmpty());
}

void TstPromiseService::shortageCountsWhatOpenOrdersNeed()
{
    Shop shop(false);
    // 100 kg received; the shop's open order still needs 80 kg: 20 kg are free.
    QVERIFY(!shop.promise(25).materialShort()); // needs exactly 20 kg
    const Promise answer = shop.promise(30);      // needs 24 kg
    QCOMPARE(answer.shortages.size(), 1);
    const PromiseShortage &steel = answer.shortages.constFirst();
    QCOMPARE(steel.partNo, QStringLiteral("SP-1"));
    QCOMPARE(steel.name, QStringLiteral("钢板"));
    QCOMPARE(steel.unit, QStringLiteral("KG"));
    QCOMPARE(steel.needed, 24.0);
    QCOMPARE(steel.onHand, 20.0);
    QCOMPARE(steel.missing(), 4.0);
    // A second open order of 100 needs another 80 kg: nothing is free any more.
    shop.releasedOrder(shop.flange, 100, TestShop::day(6));
    const Promise later = shop.promise(25);
    QCOMPARE(later.shortages.size(), 1);
    QCOMPARE(later.shortages.constFirst().onHand, 0.0);
    QCOMPARE(later.shortages.constFirst().missing(), 20.0);
}

void TstPromiseService::blockedLotIsNotOnHand()
{
    Shop shop(false);
    Fixture::require(shop.ws->trace()->blockLot(shop.steelLot, QStringLiteral("来料检验不合格")),
                     "block");
    const Promise answer = shop.promise(1);
    QCOMPARE(answer.shortages.size(), 1);
    QCOMPARE(answer.shortages.constFirst().onHand, 0.0);
    QCOMPARE(answer.shortages.constFirst().needed, 0.8);
}

void TstPromiseService::productByPartNumberInAnyCase()
{
    Shop shop(false);
    QCOMPARE(shop.promise(1, {}, QStringLiteral("fl-1")).productId, shop.flange);
    QCOMPARE(shop.promise(1, {}, shop.flange).partNo, QStringLiteral("FL-1"));
}

void TstPromiseService::outsourcedStepTakesTheSuppliersLeadDays()
{
    Shop shop(false);
    const QString plater =
        shop.create(MasterDataKind::Supplier, {{"code", "S01"}, {"name", "镀锌厂"}, {"lead_days", "3"}});
    Routing routing = {{{}, QStringLiteral("车削"), 60, shop.lathe},
                       {{}, QStringLiteral("镀锌"), 60, {}},
                       {{}, QStringLiteral("铣削"), 60, shop.mill}};
    routing[1].outsourced = true;
    routing[1].supplierId = plater;
    shop.product("FL-Z", "镀锌法兰", routing);
    // 60 behind the shop's order on the lathe: 09:40–10:40; three calendar days at the plater
    // (no machine lane): back Thursday 10:40; milled 10:40–11:40.
    const Promise answer = shop.promise(60, {}, QStringLiteral("FL-Z"));
    QCOMPARE(answer.steps.size(), 3);
    QVERIFY(answer.steps.at(1).outsourced);
    QCOMPARE(answer.steps.at(1).machineName, QStringLiteral("镀锌厂"));
    QCOMPARE(show(answer.steps.at(1).startMs), QStringLiteral("Mon 10:40"));
    QCOMPARE(show(answer.steps.at(1).endMs), QStringLiteral("Thu 10:40"));
    QCOMPARE(show(answer.steps.at(2).endMs), QStringLiteral("Thu 11:40"));
    QCOMPARE(answer.earliest, TestShop::day(3));
    // As a rush the lathe runs it first (08:00–09:00): back Thursday 09:00, milled by 10:00.
    QCOMPARE(show(answer.steps.at(2).rushEndMs), QStringLiteral("Thu 10:00"));
}

void TstPromiseService::badInputRefusedNothingWritten_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<double>("quantity");
    QTest::addColumn<int>("wantedDay"); // relative to Monday; 99: none
    QTest::addColumn<QString>("message");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("unknown product") << QStringLiteral("NOPE-9") << 10.0 << 99 << QStringLiteral("There is no product NOPE-9.");
    QTest::newRow("no routing") << QStringLiteral("SP-1") << 10.0 << 99 << QStringLiteral("Product SP-1 has no routing");
    QTest::newRow("zero") << QStringLiteral("FL-1") << 0.0 << 99 << QStringLiteral("greater than zero");
    QTest::newRow("negative") << QStringLiteral("FL-1") << -5.0 << 99 << QStringLiteral("greater than zero");
    QTest::newRow("not a number") << QStringLiteral("FL-1") << nan << 99 << QStringLiteral("not a number");
    QTest::newRow("infinite") << QStringLiteral("FL-1") << std::numeric_limits<double>::infinity() << 99
                              << QStringLiteral("not a number");
    QTest::newRow("absurd") << QStringLiteral("FL-1") << 1'000'001.0 << 99 << QStringLiteral("more than a promise can plan");
    QTest::newRow("past date") << QStringLiteral("FL-1") << 10.0 << -1 << QStringLiteral("is in the past");
    QTest::newRow("no machine") << QStringLiteral("NM-1") << 10.0 << 99 << QStringLiteral("Step 20 抛光 of NM-1 has no machine");
    QTest::newRow("deactivated machine")
        << QStringLiteral("DM-1") << 10.0 << 99 << QStringLiteral("Step 10 钻孔 of DM-1 runs on DRILL-2, which is deactivated");
    QTest::newRow("deactivated supplier")
        << QStringLiteral("ZS-1") << 10.0 << 99
        << QStringLiteral("Step 20 镀锌 of ZS-1 is done by 停业厂, a supplier that is deactivated");
    QTest::newRow("removed machine")
        << QStringLiteral("RM-1") << 10.0 << 99 << QStringLiteral("The machine of step 10 磨削 of RM-1 no longer exists");
}

void TstPromiseService::badInputRefusedNothingWritten()
{
    QFETCH(QString, product);
    QFETCH(double, quantity);
    QFETCH(int, wantedDay);
    QFETCH(QString, message);
    Shop shop;
    shop.product("NM-1", "无机台件",
                 {{{}, QStringLiteral("车削"), 30, shop.lathe}, {{}, QStringLiteral("抛光"), 30, {}}});
    const QString drill = shop.machine("DRILL-2", "钻床");
    shop.product("DM-1", "钻孔件", {{{}, QStringLiteral("钻孔"), 30, drill}});
    Fixture::require(shop.ws->masterData()->setActive(MasterDataKind::Machine, drill, false), "drill");
    const QString grinder = shop.machine("GRIND-1", "磨床");
    shop.product("RM-1", "磨削件", {{{}, QStringLiteral("磨削"), 30, grinder}});
    Fixture::require(shop.ws->masterData()->remove(MasterDataKind::Machine, grinder), "grinder");
    const QString idle = shop.create(MasterDataKind::Supplier, {{"code", "S09"}, {"name", "停业厂"}});
    Routing plated = {{{}, QStringLiteral("车削"), 30, shop.lathe}, {{}, QStringLiteral("镀锌"), 60, {}}};
    plated[1].outsourced = true;
    plated[1].supplierId = idle;
    shop.product("ZS-1", "停业件", plated);
    Fixture::require(shop.ws->masterData()->setActive(MasterDataKind::Supplier, idle, false), "idle");
    Fixture::require(shop.ws->schedule()->reschedule(), "plan");
    const QString before = fingerprint(*shop.ws);
    const Result<Promise> answer = shop.ws->promises()->promise(
        {product, quantity, wantedDay == 99 ? QDate() : TestShop::day(wantedDay)});
    QVERIFY(!answer);
    QVERIFY2(answer.error().contains(message), qPrintable(answer.error()));
    QCOMPARE(fingerprint(*shop.ws), before);
}

void TstPromiseService::answerWritesNothing()
{
    Shop shop;
    const QString before = fingerprint(*shop.ws);
    const Promise answer = shop.promise(200, TestShop::day(0));
    QVERIFY(answer.earliest.isValid());
    QVERIFY(!answer.rush.newlyLate.isEmpty());
    QCOMPARE(fingerprint(*shop.ws), before);
}

QTEST_GUILESS_MAIN(TstPromiseService)
#include "tst_promiseservice.moc"
