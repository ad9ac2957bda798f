// The factory's default serial number pattern (序列号规则) as an owner sets it in Settings: it
// starts as {WO}-{seq:4}, a good one is saved for every device and signalled, a pattern the
// serial service would refuse is refused with the very message generating would give and the
// saved one is kept, only roles that change settings may change it; and the preview the
// serials dialog shows is what generating then makes.
#include "services/access/accesscontrol.h"
#include "services/masterdata/settingsservice.h"
#include "services/planning/routingservice.h"
#include "services/serials/serialpattern.h"
#include "services/serials/serialservice.h"
#include "storage/database.h"
#include "testshop.h"
#include "testworkspace.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Taktline;

class TstSerialPattern : public QObject
{
    Q_OBJECT
private slots:
    void defaultIsOrderNumberAndFourDigits();
    void goodPatternIsSavedAndSignalled();
    void badPatternsAreRefusedAsGeneratingRefusesThem_data();
    void badPatternsAreRefusedAsGeneratingRefusesThem();
    void onlyRolesThatChangeSettingsMayChangeIt();
    void previewIsWhatGeneratingMakes();
    void previewRefusesWhatGeneratingRefuses();
};

namespace {

// The shop with one released order of 10 motors, assembled on the assembly station.
struct Line : TestShop
{
    QString motorOrder;

    Line()
    {
        const QString motor = product("MT-1", "电机", {{{}, QStringLiteral("装配"), 30, assembly}});
        motorOrder = releasedOrder(motor, 10);
    }
    QString number() const { return TestShop::number(motorOrder); }
    int serialRows() const { return rows("serials"); }
};

} // namespace

void TstSerialPattern::defaultIsOrderNumberAndFourDigits()
{
    TestWorkspace ws;
    QCOMPARE(ws->settings()->serialPattern(), QStringLiteral("{WO}-{seq:4}"));
    QVERIFY(SerialPattern::check(ws->settings()->serialPattern(), ws->clock().today()));
}

void TstSerialPattern::goodPatternIsSavedAndSignalled()
{
    TestWorkspace ws;
    QSignalSpy changed(ws->settings(), &SettingsService::settingsChanged);
    const Outcome saved = ws->settings()->setSerialPattern(QStringLiteral("  SN{yyMMdd}-{seq:6} "));
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(ws->settings()->serialPattern(), QStringLiteral("SN{yyMMdd}-{seq:6}"));
    QCOMPARE(changed.size(), 1);
    // Saving the same pattern again changes nothing and says nothing changed.
    QVERIFY(ws->settings()->setSerialPattern(QStringLiteral("SN{yyMMdd}-{seq:6}")));
    QCOMPARE(changed.size(), 1);
    // A factory-wide setting: it is in the database, not in this window.
    ws.reopen();
    QCOMPARE(ws->settings()->serialPattern(), QStringLiteral("SN{yyMMdd}-{seq:6}"));
}

void TstSerialPattern::badPatternsAreRefusedAsGeneratingRefusesThem_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no piece number")
        << QStringLiteral("{WO}-{yyMMdd}") << QStringLiteral("{seq:N}");
    QTest::newRow("unknown placeholder")
        << QStringLiteral("{WO}-{sequence}") << QStringLiteral("{sequence}");
    QTest::newRow("no digits") << QStringLiteral("{WO}-{seq:0}") << QStringLiteral("{seq:0}");
    QTest::newRow("space") << QStringLiteral("{WO} {seq:4}") << QStringLiteral("barcode");
    QTest::newRow("Chinese") << QStringLiteral("电机-{seq:4}") << QStringLiteral("barcode");
    QTest::newRow("empty") << QStringLiteral("   ") << QStringLiteral("{WO}-{seq:4}");
}

void TstSerialPattern::badPatternsAreRefusedAsGeneratingRefusesThem()
{
    QFETCH(QString, pattern);
    QFETCH(QString, mentions);
    Line line;
    QVERIFY(line.ws->settings()->setSerialPattern(QStringLiteral("M-{seq:5}")));
    QSignalSpy changed(line.ws->settings(), &SettingsService::settingsChanged);

    const Outcome refused = line.ws->settings()->setSerialPattern(pattern);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(mentions), qPrintable(refused.error()));
    QCOMPARE(line.ws->settings()->serialPattern(), QStringLiteral("M-{seq:5}"));
    QCOMPARE(changed.size(), 0);
    // The same check, the same words as generating serial numbers with it.
    const Result<QStringList> generated = line.ws->serials()->generate(line.motorOrder, pattern, 3);
    QVERIFY(!generated);
    if (mentions != QLatin1String("barcode")) // that message names the serial it would make
        QCOMPARE(refused.error(), generated.error());
    else
        QVERIFY2(generated.error().contains(mentions), qPrintable(generated.error()));
    QCOMPARE(line.serialRows(), 0);
}

void TstSerialPattern::onlyRolesThatChangeSettingsMayChangeIt()
{
    for (const Role role : {Role::Supervisor, Role::Operator}) {
        TestWorkspace ws;
        ws->access()->signIn(
            {QStringLiteral("u-1"), QStringLiteral("zhang"), QStringLiteral("张伟"), role});
        const Outcome refused = ws->settings()->setSerialPattern(QStringLiteral("X-{seq:4}"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("张伟")), qPrintable(refused.error()));
        QCOMPARE(ws->settings()->serialPattern(), QStringLiteral("{WO}-{seq:4}"));
    }
    TestWorkspace planner(TestWorkspace::SignIn::Planner);
    QVERIFY(planner->settings()->setSerialPattern(QStringLiteral("X-{seq:4}")));
    QCOMPARE(planner->settings()->serialPattern(), QStringLiteral("X-{seq:4}"));
}

void TstSerialPattern::previewIsWhatGeneratingMakes()
{
    Line line;
    SerialService *serials = line.ws->serials();
    const QString pattern = QStringLiteral("{WO}-{yyMMdd}-{seq:3}");
    QCOMPARE(serials->today(), TestShop::monday()); // the workspace clock's day
    const QString today = TestShop::monday().toString(QStringLiteral("yyMMdd"));
    const Result<QStringList> first =
        SerialPattern::serials(pattern, line.number(), 1, 4, serials->today());
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first.value().constFirst(), line.number() + QStringLiteral("-%1-001").arg(today));
    QCOMPARE(first.value().constLast(), line.number() + QStringLiteral("-%1-004").arg(today));
    QCOMPARE(serials->generate(line.motorOrder, pattern, 4).value(), first.value());
    // The next batch continues after the order's serials, in the preview as in the database.
    const Result<QStringList> next = SerialPattern::serials(
        pattern, line.number(), serials->countOf(line.motorOrder).value() + 1, 6, serials->today());
    QCOMPARE(next.value().constFirst(), line.number() + QStringLiteral("-%1-005").arg(today));
    QCOMPARE(serials->generate(line.motorOrder, pattern, 6).value(), next.value());
    QCOMPARE(line.serialRows(), 10);
}

void TstSerialPattern::previewRefusesWhatGeneratingRefuses()
{
    const QDate day = TestShop::monday();
    const QString number =
        QStringLiteral("WO-%1-0007").arg(day.toString(QStringLiteral("yyyyMMdd")));
    // 99 fit in two digits; the 100th does not, nor do pieces after the 95 an order has.
    QVERIFY(SerialPattern::serials(QStringLiteral("{seq:2}"), number, 1, 99, day));
    const Result<QStringList> full =
        SerialPattern::serials(QStringLiteral("{seq:2}"), number, 96, 5, day);
    QVERIFY(!full);
    QVERIFY2(full.error().contains(QStringLiteral("95")) &&
                 full.error().contains(QStringLiteral("more digits")),
             qPrintable(full.error()));
    QVERIFY(!SerialPattern::serials(QStringLiteral("{seq:4}"), number, 1, 0, day));
    QVERIFY(!SerialPattern::serials(QStringLiteral("{seq:6}"), number, 1,
                                    SerialPattern::MaxBatch + 1, day));
    QVERIFY(!SerialPattern::serials(QStringLiteral("{WO}"), number, 1, 1, day));
}

QTEST_GUILESS_MAIN(TstSerialPattern)
#include "tst_serialpattern.moc"
