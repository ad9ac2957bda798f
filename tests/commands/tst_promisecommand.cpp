// `taktline promise` (issue 17): the answer PromiseService gives, as text and JSON, with exit 0
// when it can ship by --by, 1 when it cannot, 2 on bad input — each refusal a clear message in
// English or Chinese, the factory file unchanged. Runs the built executable with no display, as
// a script would; the command plans from the real clock, so dates are relative to today.
#include "fixturehelpers.h"
#include "headlessrun.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/promiseservice.h"
#include "sqlinspection.h"
#include "testshop.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Taktline;

class TstPromiseCommand : public QObject
{
    Q_OBJECT
private slots:
    void jsonEqualsTheService();
    void textNamesDatesLateOrdersAndShortages();
    void exitCodeSaysWhetherItIsOnTime();
    void badInputExits2WithAMessage_data();
    void badInputExits2WithAMessage();
    void helpNeedsNothing();
};

namespace {

using Run = Test::HeadlessRun;

// The factory's today by the real clock (the shop's calendar is in UTC).
QDate realToday()
{
    return QDateTime::currentDateTimeUtc().date();
}

QString text(const char8_t *utf8)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(utf8));
}

// Arguments written as one line, split at the spaces.
QStringList words(const char8_t *utf8)
{
    return text(utf8).split(QLatin1Char(' '));
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// The shop at the real time, with RIVAL: 480 flanges (a working day per step) due in five
// days — on time today, late behind a rush of 2,400 flanges (five days on the lathe).
struct Shop : TestShop
{
    QString rival;
    QString drillPart;

    Shop()
    {
        setNow(QDateTime::currentMSecsSinceEpoch());
        rival = releasedOrder(flange, 480, realToday().addDays(5));
        const QString drill = machine("DRILL-2", "钻床");
        product("DM-1", "钻孔件", {{{}, QStringLiteral("钻孔"), 30, drill}});
        Fixture::require(ws->masterData()->setActive(MasterDataKind::Machine, drill, false), "drill");
    }
    Run promise(const QStringList &args) const
    {
        return Test::runHeadless(QStringLiteral(TAKTLINE_EXECUTABLE), QStringLiteral("promise"),
                                 args + QStringList{QStringLiteral("--db"), ws.path()});
    }
    // Every row of every table in the file, read without Taktline's code.
    QString file() const
    {
        return SqlInspection::inspect<QString>(ws.path(), [](const QSqlDatabase &db) {
            QString all;
            for (const QString &table :
                 SqlInspection::rows(db, QStringLiteral("SELECT name FROM sqlite_master "
                                                        "WHERE type = 'table' ORDER BY name"))) {
                QStringList rows = SqlInspection::rows(db, QStringLiteral("SELECT * FROM \"%1\"").arg(table));
                rows.sort();
                all += table + QLatin1Char('\n') + rows.join(QLatin1Char('\n'));
            }
            return all;
        });
    }
};

} // namespace

void TstPromiseCommand::jsonEqualsTheService()
{
    Shop shop;
    const Run run = shop.promise({QStringLiteral("FL-1"), QStringLiteral("2400"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err)); // no date asked: 0
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + run.out));
    shop.setNow(QDateTime::currentMSecsSinceEpoch());
    const Result<Promise> expected = shop.ws->promises()->promise({QStringLiteral("FL-1"), 2400, {}});
    QVERIFY2(expected, qPrintable(expected.error()));
    const Promise &answer = expected.value();
    QCOMPARE(json.value(QStringLiteral("product")).toObject().value(QStringLiteral("partNo")).toString(),
             QStringLiteral("FL-1"));
    QCOMPARE(json.value(QStringLiteral("quantity")).toDouble(), 2400.0);
    QVERIFY(json.value(QStringLiteral("wanted")).isNull());
    QCOMPARE(json.value(QStringLiteral("earliest")).toString(), iso(answer.earliest));
    QCOMPARE(json.value(QStringLiteral("earliestAsRush")).toString(), iso(answer.earliestAsRush));
    QVERIFY(answer.earliestAsRush < answer.earliest);
    QCOMPARE(json.value(QStringLiteral("onTime")).toBool(), true);
    const QJsonArray late = json.value(QStringLiteral("rush")).toObject().value(QStringLiteral("newlyLate")).toArray();
    QCOMPARE(late.size(), answer.rush.newlyLate.size());
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.at(0).toObject().value(QStringLiteral("number")).toString(), shop.number(shop.rival));
    const QJsonArray shortages = json.value(QStringLiteral("shortages")).toArray();
    QCOMPARE(shortages.size(), 1);
    const QJsonObject steel = shortages.at(0).toObject();
    QCOMPARE(steel.value(QStringLiteral("partNo")).toString(), QStringLiteral("SP-1"));
    QCOMPARE(steel.value(QStringLiteral("needed")).toDouble(), 1920.0); // 2,400 × 0.8 kg
    QCOMPARE(steel.value(QStringLiteral("onHand")).toDouble(), 0.0); // open orders need 464 kg
    QCOMPARE(json.value(QStringLiteral("steps")).toArray().size(), 2);
    // The line the new-order dialog shows, with English plurals (the command loads taktline_en).
    const QString summary = json.value(QStringLiteral("summary")).toString();
    QCOMPARE(answer.delayedByRush(), 2); // the rival, and the shop's order already late
    QVERIFY2(summary.startsWith(QStringLiteral("Earliest ")) && summary.contains(QStringLiteral("(2 orders delayed)"))
                 && summary.contains(QStringLiteral("short: SP-1\u00a01,920\u00a0KG")),
             qPrintable(summary));
}

void TstPromiseCommand::textNamesDatesLateOrdersAndShortages()
{
    Shop shop;
    const Run run = shop.promise({QStringLiteral("FL-1"), QStringLiteral("2400")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    shop.setNow(QDateTime::currentMSecsSinceEpoch());
    const Promise answer = shop.ws->promises()->promise({QStringLiteral("FL-1"), 2400, {}}).value();
    for (const QString &expected : QStringList{
             QStringLiteral("Earliest, taken normally: ") + iso(answer.earliest),
          QStringLiteral("Earliest as a rush order: ") + iso(answer.earliestAsRush),
          QStringLiteral("A rush would make %1 late (due %2)")
              .arg(shop.number(shop.rival), iso(realToday().addDays(5))),
          QStringLiteral("A rush would delay %1 further").arg(shop.number()), // due last month
          QStringLiteral("Material short: SP-1 钢板 — needs 1920 KG, 0 KG on hand"),
          QStringLiteral("10 车削 · LATHE-1 数控车床")}) {
        QVERIFY2(run.out.contains(expected), qPrintable(expected + QStringLiteral("\nmissing in:\n") + run.out));
    }
    const Run chinese = shop.promise({QStringLiteral("FL-1"), QStringLiteral("2400"),
                                      QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(chinese.exitCode, 0);
    QVERIFY2(chinese.out.contains(QStringLiteral("正常排产最早可交：") + iso(answer.earliest)),
             qPrintable(chinese.out));
    QVERIFY2(chinese.out.contains(QStringLiteral("缺料：SP-1 钢板")), qPrintable(chinese.out));
}

void TstPromiseCommand::exitCodeSaysWhetherItIsOnTime()
{
    Shop shop;
    const QString before = shop.file();
    const Run onTime = shop.promise({QStringLiteral("FL-1"), QStringLiteral("10"), QStringLiteral("--by"),
                                     iso(realToday().addDays(30))});
    QVERIFY2(onTime.exitCode == 0, qPrintable(onTime.out + onTime.err));
    QVERIFY2(onTime.out.contains(QStringLiteral("on time for ") + iso(realToday().addDays(30))),
             qPrintable(onTime.out));
    // 2,400 minutes of lathe work behind a day's queue cannot be done by tomorrow.
    const Run late = shop.promise({QStringLiteral("FL-1"), QStringLiteral("2400"), QStringLiteral("--by"),
                                   iso(realToday().addDays(1)), QStringLiteral("--json")});
    QVERIFY2(late.exitCode == 1, qPrintable(late.out + late.err));
    QCOMPARE(QJsonDocument::fromJson(late.out.toUtf8()).object().value(QStringLiteral("onTime")).toBool(true),
             false);
    QCOMPARE(shop.file(), before); // a promise writes nothing
}

void TstPromiseCommand::badInputExits2WithAMessage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    const QString yesterday = iso(realToday().addDays(-1));
    QTest::newRow("unknown product") << words(u8"NOPE-9 10") << text(u8"There is no product NOPE-9.")
                                     << text(u8"没有产品 NOPE-9。");
    QTest::newRow("no routing") << words(u8"SP-1 10") << text(u8"Product SP-1 has no routing")
                                << text(u8"产品 SP-1 没有工艺路线");
    QTest::newRow("zero") << words(u8"FL-1 0") << text(u8"must be greater than zero") << text(u8"必须大于零");
    QTest::newRow("negative") << words(u8"FL-1 -5") << text(u8"must be greater than zero") << text(u8"必须大于零");
    QTest::newRow("not a number") << words(u8"FL-1 abc") << text(u8"not a number") << text(u8"不是数字");
    QTest::newRow("nan") << words(u8"FL-1 nan") << text(u8"not a number") << text(u8"不是数字");
    QTest::newRow("absurd") << words(u8"FL-1 2000000") << text(u8"more than a promise can plan")
                            << text(u8"超出交期承诺能排的数量");
    QTest::newRow("past date") << (words(u8"FL-1 10 --by") << yesterday) << text(u8"is in the past")
                               << text(u8"已经过去");
    QTest::newRow("bad date") << words(u8"FL-1 10 --by 31.12.2026") << text(u8"is not a day")
                              << text(u8"不是日期");
    QTest::newRow("deactivated machine")
        << words(u8"DM-1 10") << text(u8"Step 10 钻孔 of DM-1 runs on DRILL-2, which is deactivated")
        << text(u8"DM-1 的工序 10 钻孔 在 DRILL-2 上加工，该设备已停用");
    QTest::newRow("no quantity") << words(u8"FL-1") << text(u8"Give the product and the quantity")
                                 << text(u8"请给出产品和数量");
}

void TstPromiseCommand::badInputExits2WithAMessage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    Shop shop;
    const QString before = shop.file();
    const Run run = shop.promise(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(english), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    const Run zh = shop.promise(args + QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(zh.exitCode, 2);
    QVERIFY2(zh.err.contains(chinese), qPrintable(zh.err));
    QCOMPARE(shop.file(), before);
}

void TstPromiseCommand::helpNeedsNothing()
{
    const Run run = Test::runHeadless(QStringLiteral(TAKTLINE_EXECUTABLE), QStringLiteral("promise"),
                                      {QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("--by")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Exit status")));
}

QTEST_GUILESS_MAIN(TstPromiseCommand)
#include "tst_promisecommand.moc"
