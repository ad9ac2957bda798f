// The switching rules of GB/T 2828.1 clause 9 replayed over sequences of lots: normal →
// tightened on 2 lots not accepted within 5 (9.3.1), back to normal after 5 accepted in a row
// (9.3.2), reduced once the switching score reaches 30 and only when allowed (9.3.3, with the
// +2 / +3 / reset of 9.3.3.2), back from reduced on a lot not accepted (9.3.4), discontinued when
// 5 lots are not accepted on tightened inspection and resumed as tightened (9.4).
#include "domain/quality/samplingswitch.h"

#include <QTest>

using namespace Taktline;

class TstSamplingSwitch : public QObject
{
    Q_OBJECT
private slots:
    void startsOnNormalWithScoreZero();
    void tightenedAfterTwoNotAcceptedWithinFive();
    void notTightenedWhenTheTwoAreSixApart();
    void normalAgainAfterFiveAcceptedOnTightened();
    void reducedAfterScore30OnlyWhenAllowed();
    void scoreForAcTwoOrMoreNeedsTheTighterPlan();
    void normalAgainFromReducedOnALotNotAccepted();
    void discontinuedAfterFiveNotAcceptedOnTightened();
    void describesWhereTheRulesStand();
};

namespace {

// Table 2-A plans used by the sequences: E at AQL 1.0 (13 pieces, Ac 0) and J at AQL 1.0
// (80 pieces, Ac 2 Re 3; one step tighter, AQL 0.65, J has Ac 1).
SamplingPlan planAc0()
{
    return SamplingTables::plan(u'E', 1.0, Severity::Normal).value();
}

SamplingPlan planAc2()
{
    return SamplingTables::plan(u'J', 1.0, Severity::Normal).value();
}

// Records LOTS ('a' accepted, 'r' not accepted) with the Ac 0 plan.
void replay(SamplingSwitch &rules, const char *lots)
{
    for (const char *lot = lots; *lot; ++lot)
        rules.record(*lot == 'a', planAc0(), *lot == 'a' ? 0 : 1);
}

SamplingSwitch onTightened()
{
    SamplingSwitch rules;
    replay(rules, "rr");
    return rules;
}

} // namespace

void TstSamplingSwitch::startsOnNormalWithScoreZero()
{
    const SamplingSwitch rules(true);
    QCOMPARE(rules.severity(), Severity::Normal);
    QCOMPARE(rules.switchingScore(), 0);
    QVERIFY(!rules.discontinued());
}

void TstSamplingSwitch::tightenedAfterTwoNotAcceptedWithinFive()
{
    SamplingSwitch rules;
    replay(rules, "araaa"); // one not accepted among five: still normal
    QCOMPARE(rules.severity(), Severity::Normal);
    replay(rules, "r"); // lots 2 … 6 hold two not accepted: 2 of 5 consecutive lots
    QCOMPARE(rules.severity(), Severity::Tightened);

    SamplingSwitch twoInARow;
    replay(twoInARow, "aar");
    QCOMPARE(twoInARow.severity(), Severity::Normal);
    replay(twoInARow, "r");
    QCOMPARE(twoInARow.severity(), Severity::Tightened);
}

void TstSamplingSwitch::notTightenedWhenTheTwoAreSixApart()
{
    SamplingSwitch rules;
    replay(rules, "raaaar"); // six consecutive lots: no run of five holds both
    QCOMPARE(rules.severity(), Severity::Normal);
    replay(rules, "aaaar");
    QCOMPARE(rules.severity(), Severity::Normal);
}

void TstSamplingSwitch::normalAgainAfterFiveAcceptedOnTightened()
{
    SamplingSwitch rules = onTightened();
    replay(rules, "aaaa");
    QCOMPARE(rules.severity(), Severity::Tightened);
    replay(rules, "r"); // the run starts again
    replay(rules, "aaaa");
    QCOMPARE(rules.severity(), Severity::Tightened);
    replay(rules, "a"); // five accepted in a row
    QCOMPARE(rules.severity(), Severity::Normal);
    QCOMPARE(rules.switchingScore(), 0);
    // Back on normal, the lots of the tightened period do not count towards tightening again.
    replay(rules, "r");
    QCOMPARE(rules.severity(), Severity::Normal);
}

void TstSamplingSwitch::reducedAfterScore30OnlyWhenAllowed()
{
    // Ac 0: +2 for every lot accepted; 15 lots make 30.
    SamplingSwitch allowed(true);
    SamplingSwitch notAllowed(false);
    for (int lot = 1; lot <= 14; ++lot) {
        allowed.record(true, planAc0(), 0);
        notAllowed.record(true, planAc0(), 0);
    }
    QCOMPARE(allowed.switchingScore(), 28);
    QCOMPARE(allowed.severity(), Severity::Normal);
    allowed.record(true, planAc0(), 0);
    notAllowed.record(true, planAc0(), 0);
    QCOMPARE(allowed.severity(), Severity::Reduced);
    QCOMPARE(notAllowed.severity(), Severity::Normal);
    QCOMPARE(notAllowed.switchingScore(), 30);
    notAllowed.record(true, planAc0(), 0);
    QCOMPARE(notAllowed.switchingScore(), 32);
    QCOMPARE(notAllowed.severity(), Severity::Normal);

    // A lot not accepted sets the score back to 0 (and counts towards tightening).
    SamplingSwitch reset(true);
    replay(reset, "aaaaaaaaaaaaaa"); // 28
    replay(reset, "r");
    QCOMPARE(reset.switchingScore(), 0);
    QCOMPARE(reset.severity(), Severity::Normal);
}

void TstSamplingSwitch::scoreForAcTwoOrMoreNeedsTheTighterPlan()
{
    // J at AQL 1.0 accepts up to 2; at AQL 0.65 J accepts up to 1. A lot with 0 or 1 adds 3,
    // a lot with 2 is accepted but would not have been at the tighter AQL: back to 0.
    SamplingSwitch rules(true);
    rules.record(true, planAc2(), 1);
    rules.record(true, planAc2(), 0);
    QCOMPARE(rules.switchingScore(), 6);
    rules.record(true, planAc2(), 2);
    QCOMPARE(rules.switchingScore(), 0);
    QCOMPARE(rules.severity(), Severity::Normal);
    for (int lot = 1; lot <= 9; ++lot)
        rules.record(true, planAc2(), 1);
    QCOMPARE(rules.switchingScore(), 27);
    rules.record(true, planAc2(), 0);
    QCOMPARE(rules.severity(), Severity::Reduced);

    // Without the count, a lot with Ac ≥ 2 cannot show it passed the tighter plan.
    SamplingSwitch unknown(true);
    unknown.record(true, planAc2(), 0);
    unknown.record(true, planAc2());
    QCOMPARE(unknown.switchingScore(), 0);
}

void TstSamplingSwitch::normalAgainFromReducedOnALotNotAccepted()
{
    SamplingSwitch rules(true);
    replay(rules, "aaaaaaaaaaaaaaa");
    QCOMPARE(rules.severity(), Severity::Reduced);
    const SamplingPlan reduced = SamplingTables::plan(u'J', 1.0, Severity::Reduced).value();
    for (int lot = 1; lot <= 10; ++lot)
        rules.record(true, reduced, 1);
    QCOMPARE(rules.severity(), Severity::Reduced);
    rules.record(false, reduced, 2);
    QCOMPARE(rules.severity(), Severity::Normal);
    QCOMPARE(rules.switchingScore(), 0);
}

void TstSamplingSwitch::discontinuedAfterFiveNotAcceptedOnTightened()
{
    // On tightened inspection, lots not accepted add up until 5 accepted in a row end the
    // period; the fifth one stops inspection.
    SamplingSwitch rules = onTightened();
    replay(rules, "rarararaa");
    QCOMPARE(rules.severity(), Severity::Tightened);
    QVERIFY(!rules.discontinued());
    replay(rules, "r");
    QVERIFY(rules.discontinued());
    // Lots recorded while discontinued change nothing.
    replay(rules, "aaaaa");
    QVERIFY(rules.discontinued());
    QCOMPARE(rules.severity(), Severity::Tightened);
    // Resumed on tightened inspection with a fresh count.
    rules.resume();
    QVERIFY(!rules.discontinued());
    QCOMPARE(rules.severity(), Severity::Tightened);
    replay(rules, "rrrr");
    QVERIFY(!rules.discontinued());
    replay(rules, "r");
    QVERIFY(rules.discontinued());
}

void TstSamplingSwitch::describesWhereTheRulesStand()
{
    SamplingSwitch rules;
    replay(rules, "aaaaaa");
    QCOMPARE(rules.describe(), QStringLiteral("Normal inspection, switching score 12"));
    replay(rules, "rr");
    replay(rules, "aa");
    QCOMPARE(rules.describe(),
             QStringLiteral("Tightened inspection, 2 of 5 lots accepted in a row"));
    SamplingSwitch reduced(true);
    replay(reduced, "aaaaaaaaaaaaaaa");
    QCOMPARE(reduced.describe(), QStringLiteral("Reduced inspection"));
    SamplingSwitch stopped = onTightened();
    replay(stopped, "rrrrr");
    QCOMPARE(stopped.describe(),
             QStringLiteral("Inspection discontinued: 5 lots not accepted on tightened "
                            "inspection; resume once the supplier has corrected the cause."));
}

QTEST_GUILESS_MAIN(TstSamplingSwitch)
#include "tst_samplingswitch.moc"
