// `taktline sampling` (issue 16): the GB/T 2828.1 plan for a lot as text and as JSON, with the
// arrow's plan letter and "inspect every piece" when the sample is the lot, in English or
// Chinese; usage errors exit 2, a lot size or AQL outside the tables exits 1 with the reason.
// Runs the built executable with no display at all, as a script would.
#include "headlessrun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Taktline;

class TstSamplingCommand : public QObject
{
    Q_OBJECT
private slots:
    void planForALotAsText();
    void jsonHasEveryField();
    void tightenedAndReducedPlans();
    void arrowAndWholeLot();
    void chineseWithLang();
    void helpNeedsNothing();
    void usageErrorsExit2_data();
    void usageErrorsExit2();
    void refusedLookupsExit1_data();
    void refusedLookupsExit1();
};

namespace {

Test::HeadlessRun sampling(const QStringList &args)
{
    return Test::runHeadless(QStringLiteral(TAKTLINE_EXECUTABLE), QStringLiteral("sampling"), args);
}

QJsonObject json(const QStringList &args)
{
    const Test::HeadlessRun run = sampling(args + QStringList{QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("exit %d: %s", run.exitCode, qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList lot(const char *size, const char *aql)
{
    return {QStringLiteral("--lot-size"), QString::fromLatin1(size), QStringLiteral("--aql"),
            QString::fromLatin1(aql)};
}

} // namespace

void TstSamplingCommand::planForALotAsText()
{
    // 1000 pieces at level II: J (Table 1); AQL 1.0: 80 pieces, Ac 2, Re 3 (Table 2-A).
    const Test::HeadlessRun run =
        sampling(lot("1000", "1.0") + QStringList{QStringLiteral("--level"), QStringLiteral("II")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts),
             QStringList({QStringLiteral("Lot of 1000 pieces, inspection level II, AQL 1.0, "
                                         "normal inspection"),
                          QStringLiteral("Code letter: J"), QStringLiteral("Sample size: 80"),
                          QStringLiteral("Accept (Ac): 2 nonconforming or fewer"),
                          QStringLiteral("Reject (Re): 3 nonconforming or more")}));
}

void TstSamplingCommand::jsonHasEveryField()
{
    const QJsonObject plan = json(lot("3000", "1.0"));
    QCOMPARE(plan.value(QStringLiteral("lotSize")).toInteger(), 3000);
    QCOMPARE(plan.value(QStringLiteral("level")).toString(), QStringLiteral("II"));
    QCOMPARE(plan.value(QStringLiteral("aql")).toString(), QStringLiteral("1.0"));
    QCOMPARE(plan.value(QStringLiteral("severity")).toString(), QStringLiteral("normal"));
    QCOMPARE(plan.value(QStringLiteral("codeLetter")).toString(), QStringLiteral("K"));
    QCOMPARE(plan.value(QStringLiteral("planLetter")).toString(), QStringLiteral("K"));
    QCOMPARE(plan.value(QStringLiteral("sampleSize")).toInt(), 125);
    QCOMPARE(plan.value(QStringLiteral("accept")).toInt(), 3);
    QCOMPARE(plan.value(QStringLiteral("reject")).toInt(), 4);
    QCOMPARE(plan.value(QStringLiteral("wholeLot")).toBool(), false);
}

void TstSamplingCommand::tightenedAndReducedPlans()
{
    // Table 2-B: J at AQL 1.0, 80 pieces, 1 2. Table 2-C: J at AQL 1.0, 32 pieces, 1 2.
    const QJsonObject tightened = json(
        lot("1000", "1") + QStringList{QStringLiteral("--severity"), QStringLiteral("tightened")});
    QCOMPARE(tightened.value(QStringLiteral("sampleSize")).toInt(), 80);
    QCOMPARE(tightened.value(QStringLiteral("accept")).toInt(), 1);
    QCOMPARE(tightened.value(QStringLiteral("severity")).toString(), QStringLiteral("tightened"));
    const QJsonObject reduced = json(
        lot("1000", "1.0") + QStringList{QStringLiteral("--severity"), QStringLiteral("reduced")});
    QCOMPARE(reduced.value(QStringLiteral("sampleSize")).toInt(), 32);
    QCOMPARE(reduced.value(QStringLiteral("accept")).toInt(), 1);
    QCOMPARE(reduced.value(QStringLiteral("reject")).toInt(), 2);
    // Table 2-B, row S: 3150 pieces for the largest lots at AQL 0.025.
    const QJsonObject rowS =
        json(lot("600000", "0.025") + QStringList{QStringLiteral("--level"), QStringLiteral("III"),
                                                  QStringLiteral("--severity"),
                                                  QStringLiteral("tightened")});
    QCOMPARE(rowS.value(QStringLiteral("codeLetter")).toString(), QStringLiteral("R"));
    QCOMPARE(rowS.value(QStringLiteral("planLetter")).toString(), QStringLiteral("S"));
    QCOMPARE(rowS.value(QStringLiteral("sampleSize")).toInt(), 3150);
}

void TstSamplingCommand::arrowAndWholeLot()
{
    // 150 pieces at level II: F; at AQL 1.0 the arrow points up to E's plan, 13 pieces, 0 1.
    const Test::HeadlessRun arrow = sampling(lot("150", "1.0"));
    QCOMPARE(arrow.exitCode, 0);
    QVERIFY2(arrow.out.contains(QStringLiteral("Code letter: F\n")), qPrintable(arrow.out));
    QVERIFY(arrow.out.contains(
        QStringLiteral("The arrow of the table leads to the plan of code letter E.")));
    QVERIFY(arrow.out.contains(QStringLiteral("Sample size: 13\n")));
    QVERIFY(arrow.out.contains(QStringLiteral("Accept (Ac): 0 nonconforming or fewer")));
    QVERIFY(!arrow.out.contains(QStringLiteral("every piece")));
    // 8 pieces at level III: B; at AQL 1.0 the plan of E asks for 13: every piece is inspected.
    const Test::HeadlessRun whole =
        sampling(lot("8", "1.0") + QStringList{QStringLiteral("--level"), QStringLiteral("III")});
    QCOMPARE(whole.exitCode, 0);
    QVERIFY2(whole.out.contains(QStringLiteral("Inspect every piece")), qPrintable(whole.out));
    QVERIFY(whole.out.contains(QStringLiteral("Sample size: 8\n")));
    const QJsonObject wholeJson =
        json(lot("8", "1.0") + QStringList{QStringLiteral("--level"), QStringLiteral("III")});
    QCOMPARE(wholeJson.value(QStringLiteral("wholeLot")).toBool(), true);
    QCOMPARE(wholeJson.value(QStringLiteral("sampleSize")).toInt(), 8);
}

void TstSamplingCommand::chineseWithLang()
{
    const Test::HeadlessRun run = sampling(
        lot("1000", "1.0") + QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("样本量字码：J")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("样本量：80")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("正常检验")), qPrintable(run.out));
    const Test::HeadlessRun refused =
        sampling(lot("1", "1.0") + QStringList{QStringLiteral("--lang=zh_CN")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("批量")), qPrintable(refused.err));
}

void TstSamplingCommand::helpNeedsNothing()
{
    const Test::HeadlessRun run = sampling({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("--lot-size")));
    QVERIFY(run.out.contains(QStringLiteral("GB/T 2828.1")));
}

void TstSamplingCommand::usageErrorsExit2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no lot size") << QStringList{QStringLiteral("--aql"), QStringLiteral("1.0")}
                                 << QStringLiteral("Give the lot with --lot-size N");
    QTest::newRow("no AQL") << QStringList{QStringLiteral("--lot-size"), QStringLiteral("100")}
                            << QStringLiteral("Give the lot with --lot-size N");
    QTest::newRow("lot size not a number")
        << lot("many", "1.0") << QStringLiteral("--lot-size many is not a whole number of pieces.");
    QTest::newRow("AQL not a number")
        << lot("100", "one") << QStringLiteral("--aql one is not a number");
    QTest::newRow("unknown level")
        << lot("100", "1.0") + QStringList{QStringLiteral("--level"), QStringLiteral("IV")}
        << QStringLiteral("IV is not an inspection level of GB/T 2828.1; use S-1, S-2, S-3, S-4, "
                          "I, II or III.");
    QTest::newRow("unknown severity")
        << lot("100", "1.0") + QStringList{QStringLiteral("--severity"), QStringLiteral("strict")}
        << QStringLiteral("--severity strict is not known; use normal, tightened or reduced.");
    QTest::newRow("unknown language")
        << lot("100", "1.0") + QStringList{QStringLiteral("--lang"), QStringLiteral("fr")}
        << QStringLiteral("--lang fr is not known; use zh_CN or en.");
    QTest::newRow("unknown option") << lot("100", "1.0") + QStringList{QStringLiteral("--batch")}
                                    << QStringLiteral("Unknown option 'batch'.");
}

void TstSamplingCommand::usageErrorsExit2()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Test::HeadlessRun run = sampling(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TstSamplingCommand::refusedLookupsExit1_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("lot of one")
        << lot("1", "1.0")
        << QStringLiteral("A lot size of 1 is outside Table 1 of GB/T 2828.1, which starts at "
                          "a lot of 2 pieces.");
    QTest::newRow("AQL not preferred")
        << lot("100", "0.3")
        << QStringLiteral("AQL 0.3 is not one of the preferred values of GB/T 2828.1; use one of "
                          "0.010 0.015 0.025 0.040 0.065 0.10 0.15 0.25 0.40 0.65 1.0 1.5 2.5 "
                          "4.0 6.5 10 15 25 40 65 100 150 250 400 650 1000.");
}

void TstSamplingCommand::refusedLookupsExit1()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Test::HeadlessRun run = sampling(args);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TstSamplingCommand)
#include "tst_samplingcommand.moc"
