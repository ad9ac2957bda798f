// `taktline oee` (issue 14): prints the figures OeeService::compute gives for the same period,
// grouping and machine — JSON with every element and figure, null where a figure is empty, and a
// table with a total row and the notices as sentences; bad dates, a reversed or future period,
// an unknown grouping or machine code are refused with a clear message and a non-zero exit.
#include "headlessrun.h"
#include "services/oee/oeeservice.h"
#include "services/planning/scheduleservice.h"
#include "services/station/machinestatusservice.h"
#include "testshop.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Taktline;

class TstOeeCommand : public QObject
{
    Q_OBJECT
private slots:
    void jsonEqualsTheService_data();
    void jsonEqualsTheService();
    void oneMachineByItsCode();
    void tableHasFiguresTotalAndNotices();
    void badInputRefused_data();
    void badInputRefused();
};

namespace {

using Run = Test::HeadlessRun;

// `taktline oee ARGS` run with no display at all, as a scheduled task would.
Run oee(const QStringList &args)
{
    return Test::runHeadless(QStringLiteral(TAKTLINE_EXECUTABLE), QStringLiteral("oee"), args);
}

// The shop's Monday and Tuesday: the lathe sets up, runs, stops twice for its breakdown reason
// (not classed) and is idle for a while with no reason; it makes flanges with some scrap. The
// mill runs on Tuesday only; the assembly station never says anything.
struct Shop : TestShop
{
    Shop()
    {
        MachineStatusService *status = ws->machineStatus();
        const auto set = [&](int day, int hour, int minute, const QString &machine, MachineStatus s,
                             const QString &reason = {}) {
            setNow(at(day, hour, minute));
            const Outcome done = status->setStatus(machine, s, reason);
            if (!done)
                qFatal("shop status: %s", qPrintable(done.error()));
        };
        set(0, 8, 0, lathe, MachineStatus::Setup);
        set(0, 8, 20, lathe, MachineStatus::Running);
        set(0, 10, 0, lathe, MachineStatus::Down, breakdown);
        set(0, 10, 30, lathe, MachineStatus::Running);
        set(0, 13, 0, lathe, MachineStatus::Idle);
        set(0, 13, 15, lathe, MachineStatus::Running);
        set(1, 9, 0, lathe, MachineStatus::Down, breakdown);
        set(1, 9, 40, lathe, MachineStatus::Running);
        set(1, 8, 30, mill, MachineStatus::Running);
        reportAt(at(0, 12), request(0, 60, 2));
        reportAt(at(1, 11), request(0, 30));
        reportAt(at(1, 12), request(1, 50, 1));
        setNow(at(2, 9));
    }
    static QString iso(int day) { return TestShop::day(day).toString(Qt::ISODate); }
    OeeResult expected(int fromDay, int toDay, OeeGrouping grouping,
                       const QStringList &machines = {}) const
    {
        const WorkCalendar calendar = ws->schedule()->calendar();
        OeeQuery query;
        query.fromMs = calendar.startOfDayUtcMs(day(fromDay));
        query.toMs = calendar.startOfDayUtcMs(day(toDay + 1));
        query.grouping = grouping;
        query.machineIds = machines;
        const Result<OeeResult> result =
            ws->oee()->compute(query, QDateTime::currentMSecsSinceEpoch());
        if (!result)
            qFatal("expected: %s", qPrintable(result.error()));
        return result.value();
    }
};

bool same(const QJsonValue &value, const std::optional<double> &expected)
{
    if (!expected)
        return value.isNull();
    return value.isDouble() && qFuzzyCompare(1.0 + value.toDouble(), 1.0 + *expected);
}

// Every element and figure of ROW in JSON equals the service's; empty figures are null.
QString differences(const QJsonObject &json, const OeeRow &row)
{
    QStringList wrong;
    const QJsonObject e = json.value(QStringLiteral("elements")).toObject();
    const OeeElements &x = row.elements;
    const QList<std::pair<const char *, double>> elements = {
        {"calendarSeconds", x.calendarSeconds},
        {"overtimeSeconds", x.overtimeSeconds},
        {"excludedSeconds", x.excludedSeconds},
        {"plannedDownSeconds", x.plannedDownSeconds},
        {"setupSeconds", x.setupSeconds},
        {"availabilitySeconds", x.availabilitySeconds},
        {"unclassifiedSeconds", x.unclassifiedSeconds},
        {"noStatusSeconds", x.noStatusSeconds},
        {"performanceStopSeconds", x.performanceStopSeconds},
        {"qualityStopSeconds", x.qualityStopSeconds},
        {"runningSeconds", x.runningSeconds},
        {"delayEvents", double(x.delayEvents)},
        {"producedQty", x.producedQty},
        {"goodQty", x.goodQty},
        {"scrapQty", x.scrapQty},
        {"reworkQty", x.reworkQty},
        {"idealSeconds", x.idealSeconds},
        {"standardBasisQty", x.standardBasisQty},
        {"potSeconds", x.pot()},
        {"pbtSeconds", x.pbt()},
        {"aptSeconds", x.apt()},
        {"auptSeconds", x.aupt()},
        {"delaySeconds", x.delaySeconds()},
        {"fullyProductiveSeconds", x.fullyProductiveSeconds()}};
    for (const auto &[name, value] : elements) {
        if (!same(e.value(QLatin1String(name)), value))
            wrong << QStringLiteral("%1 %2≠%3")
                         .arg(QLatin1String(name),
                              e.value(QLatin1String(name)).toVariant().toString())
                         .arg(value);
    }
    const QJsonObject f = json.value(QStringLiteral("figures")).toObject();
    const OeeFigures &y = row.figures;
    const QList<std::pair<const char *, std::optional<double>>> figures = {
        {"availability", y.availability},
        {"effectiveness", y.effectiveness},
        {"quality", y.quality},
        {"oee", y.oee},
        {"nee", y.nee},
        {"technicalEfficiency", y.technicalEfficiency},
        {"setupRate", y.setupRate},
        {"mttrSeconds", y.mttrSeconds},
        {"mtbfSeconds", y.mtbfSeconds},
        {"scrapRatio", y.scrapRatio},
        {"reworkRatio", y.reworkRatio}};
    for (const auto &[name, value] : figures) {
        if (!f.contains(QLatin1String(name)) || !same(f.value(QLatin1String(name)), value))
            wrong << QStringLiteral("figure %1").arg(QLatin1String(name));
    }
    const QJsonArray notices = json.value(QStringLiteral("notices")).toArray();
    if (notices.size() != row.notices.size())
        wrong << QStringLiteral("%1 notices, not %2").arg(notices.size()).arg(row.notices.size());
    for (int i = 0; i < std::min(int(notices.size()), int(row.notices.size())); ++i) {
        if (notices.at(i).toObject().value(QStringLiteral("text")).toString() !=
            OeeService::noticeText(row.notices.at(i)))
            wrong << QStringLiteral("notice %1").arg(i);
    }
    return wrong.join(QStringLiteral("; "));
}

} // namespace

void TstOeeCommand::jsonEqualsTheService_data()
{
    QTest::addColumn<QString>("by");
    QTest::addColumn<int>("grouping");
    QTest::newRow("machine") << QStringLiteral("machine") << int(OeeGrouping::Machine);
    QTest::newRow("workshop") << QStringLiteral("workshop") << int(OeeGrouping::Workshop);
    QTest::newRow("day") << QStringLiteral("day") << int(OeeGrouping::Day);
    QTest::newRow("product") << QStringLiteral("product") << int(OeeGrouping::Product);
}

void TstOeeCommand::jsonEqualsTheService()
{
    QFETCH(QString, by);
    QFETCH(int, grouping);
    Shop shop;
    const Run run = oee({QStringLiteral("--db"), shop.ws.path(), QStringLiteral("--from"),
                         Shop::iso(0), QStringLiteral("--to"), Shop::iso(1), QStringLiteral("--by"),
                         by, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + run.out));
    const OeeResult expected = shop.expected(0, 1, OeeGrouping(grouping));
    QCOMPARE(json.value(QStringLiteral("from")).toString(), Shop::iso(0));
    QCOMPARE(json.value(QStringLiteral("to")).toString(), Shop::iso(1)); // inclusive
    QCOMPARE(qint64(json.value(QStringLiteral("fromMs")).toDouble()), expected.fromMs);
    QCOMPARE(qint64(json.value(QStringLiteral("toMs")).toDouble()), expected.toMs);
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), expected.rows.size());
    QVERIFY(!expected.rows.isEmpty());
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE(row.value(QStringLiteral("key")).toString(), expected.rows.at(i).key);
        QCOMPARE(row.value(QStringLiteral("label")).toString(), expected.rows.at(i).label);
        const QString wrong = differences(row, expected.rows.at(i));
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(expected.rows.at(i).label + QStringLiteral(": ") + wrong));
    }
    const QString wrong =
        differences(json.value(QStringLiteral("total")).toObject(), expected.total);
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("total: ") + wrong));
}

void TstOeeCommand::oneMachineByItsCode()
{
    Shop shop;
    const Run run =
        oee({QStringLiteral("--db"), shop.ws.path(), QStringLiteral("--from"), Shop::iso(0),
             QStringLiteral("--to"), Shop::iso(0), QStringLiteral("--machine"),
             QStringLiteral("lathe-1"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("key")).toString(), shop.lathe);
    const OeeResult expected = shop.expected(0, 0, OeeGrouping::Machine, {shop.lathe});
    const QString wrong = differences(rows.at(0).toObject(), expected.rows.value(0));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    // The lathe's Monday: set-up and a stop, pieces made — figures, not nulls.
    QVERIFY(rows.at(0)
                .toObject()
                .value(QStringLiteral("figures"))
                .toObject()
                .value(QStringLiteral("availability"))
                .isDouble());
}

void TstOeeCommand::tableHasFiguresTotalAndNotices()
{
    Shop shop;
    const Run run = oee({QStringLiteral("--db"), shop.ws.path(), QStringLiteral("--from"),
                         Shop::iso(0), QStringLiteral("--to"), Shop::iso(1)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const OeeResult expected = shop.expected(0, 1, OeeGrouping::Machine);
    for (const QString &word :
         {QStringLiteral("OEE"), QStringLiteral("NEE"), QStringLiteral("MTTR"),
          QStringLiteral("MTBF"), QStringLiteral("PBT"), QStringLiteral("Total")}) {
        QVERIFY2(run.out.contains(word),
                 qPrintable(word + QStringLiteral(" missing:\n") + run.out));
    }
    for (const OeeRow &row : expected.rows) {
        QVERIFY2(run.out.contains(row.label),
                 qPrintable(row.label + QStringLiteral("\n") + run.out));
        for (OeeNotice notice : row.notices) {
            QVERIFY2(
                run.out.contains(row.label + QStringLiteral(": ") + OeeService::noticeText(notice)),
                qPrintable(run.out));
        }
    }
    // The total's OEE as a percentage with two decimals, or a dash when it is empty.
    const std::optional<double> total = expected.total.figures.oee;
    QVERIFY2(run.out.contains(total ? QString::number(*total * 100, 'f', 2) + QLatin1Char('%')
                                    : QStringLiteral("—")),
             qPrintable(run.out));
}

void TstOeeCommand::badInputRefused_data()
{
    const QString monday = Shop::iso(0);
    // The command runs on the wall clock: a month ahead of it has not begun.
    const QString ahead = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mention");
    QTest::newRow("no such day") << QStringList{QStringLiteral("--from"),
                                                QStringLiteral("2026-02-30"),
                                                QStringLiteral("--to"), monday}
                                 << 2 << QStringLiteral("2026-02-30");
    QTest::newRow("not a date") << QStringList{QStringLiteral("--from"), monday,
                                               QStringLiteral("--to"), QStringLiteral("30.11.2026")}
                                << 2 << QStringLiteral("yyyy-MM-dd");
    QTest::newRow("no from") << QStringList{QStringLiteral("--to"), monday} << 2
                             << QStringLiteral("--from");
    QTest::newRow("from after to")
        << QStringList{QStringLiteral("--from"), Shop::iso(3), QStringLiteral("--to"), monday} << 2
        << QStringLiteral("after");
    QTest::newRow("unknown grouping")
        << QStringList{QStringLiteral("--from"), monday,
                       QStringLiteral("--to"),   monday,
                       QStringLiteral("--by"),   QStringLiteral("week")}
        << 2 << QStringLiteral("week");
    QTest::newRow("unknown machine")
        << QStringList{QStringLiteral("--from"),    monday,
                       QStringLiteral("--to"),      monday,
                       QStringLiteral("--machine"), QStringLiteral("NOPE-9")}
        << 1 << QStringLiteral("NOPE-9");
    QTest::newRow("future period")
        << QStringList{QStringLiteral("--from"), ahead, QStringLiteral("--to"), ahead} << 1
        << QStringLiteral("not begun");
}

void TstOeeCommand::badInputRefused()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mention);
    Shop shop;
    const Run run = oee(QStringList{QStringLiteral("--db"), shop.ws.path()} + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(mention), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TstOeeCommand)
#include "tst_oeecommand.moc"
