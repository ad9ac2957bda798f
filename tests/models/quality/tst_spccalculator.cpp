// The statistics of SPC against data sets computed by hand in the comments: X̄-R limits from the
// constant tables, individuals and moving range, the Western Electric rules 1–4 on both charts,
// Cp/Cpk (two-sided and one-sided), and the refusals of data that cannot be charted.
#include "domain/quality/spccalculator.h"

#include <QTest>

using namespace Taktline;

namespace {

// A subgroup of five with mean M and range R: M − R/2, M − R/4, M, M + R/4, M + R/2.
QList<double> five(double m, double r)
{
    return {m - r / 2, m - r / 4, m, m + r / 4, m + r / 2};
}

// Ten subgroups of five around 10 mm:
//   X̄ᵢ = 10.00 10.01 9.99 10.02 9.98 10.00 10.01 9.99 10.00 10.00  → Σ = 100.00, X̄̄ = 10.000
//   Rᵢ = 0.04  0.06  0.05 0.04  0.06 0.05  0.04  0.06 0.05  0.05   → Σ = 0.50,   R̄ = 0.050
// n = 5: A2 = 0.577, D3 = 0, D4 = 2.114, d2 = 2.326
//   UCL = 10 + 0.577 · 0.05 = 10.02885, LCL = 10 − 0.028850 = 9.97115
//   R chart: UCL = 2.114 · 0.05 = 0.1057, LCL = 0
//   σ within = 0.05 / 2.326 = 0.0214961
// Western Electric: σ of X̄ = 0.028850 / 3 = 0.0096167; the farthest X̄ (10.02, 9.98) lie 2.08σ
// out on opposite sides, the 10.01s 1.04σ, never two of three on one side: no signal; the R
// chart's ranges lie 0.54σ at most from R̄ and never eight on one side: no signal.
QList<QList<double>> tenSubgroups()
{
    const QList<double> means{10.00, 10.01, 9.99, 10.02, 9.98, 10.00, 10.01, 9.99, 10.00, 10.00};
    const QList<double> ranges{0.04, 0.06, 0.05, 0.04, 0.06, 0.05, 0.04, 0.06, 0.05, 0.05};
    QList<QList<double>> subgroups;
    for (qsizetype i = 0; i < means.size(); ++i)
        subgroups.append(five(means.at(i), ranges.at(i)));
    return subgroups;
}

QList<double> flattened(const QList<QList<double>> &subgroups)
{
    QList<double> all;
    for (const QList<double> &subgroup : subgroups)
        all += subgroup;
    return all;
}

QList<std::pair<int, int>> marks(const ControlChart &chart, SpcSignal::Chart which)
{
    QList<std::pair<int, int>> found; // (point, rule)
    for (const SpcSignal &signal : chart.marks) {
        if (signal.chart == which)
            found.append({signal.point, signal.rule});
    }
    return found;
}

QList<std::pair<int, int>> rules(const QList<double> &points) // centre 0, σ 1
{
    QList<std::pair<int, int>> found;
    for (const SpcSignal &signal :
         SpcCalculator::westernElectric(points, 0, 3, SpcSignal::Chart::Location))
        found.append({signal.point, signal.rule});
    return found;
}

} // namespace

class TstSpcCalculator : public QObject
{
    Q_OBJECT

private slots:
    void xbarRLimitsFromTheConstants();
    void capabilityTwoAndOneSided();
    void rulesOneAndFourOnAnXbarChart();
    void eachWesternElectricRule();
    void individualsWithMovingRange();
    void refusesWhatCannotBeCharted();
};

void TstSpcCalculator::xbarRLimitsFromTheConstants()
{
    const Result<ControlChart> chart = SpcCalculator::xbarR(tenSubgroups());
    QVERIFY2(chart, qPrintable(chart.error()));
    const ControlChart &c = chart.value();
    QCOMPARE(c.kind, ControlChart::Kind::XbarR);
    QCOMPARE(c.subgroupSize, 5);
    QCOMPARE(c.location.size(), 10);
    QCOMPARE(c.range.size(), 10);
    QVERIFY(qAbs(c.location.at(3) - 10.02) < 1e-9);
    QVERIFY(qAbs(c.range.at(1) - 0.06) < 1e-9);
    QVERIFY(qAbs(c.centre - 10.0) < 1e-9);
    QVERIFY(qAbs(c.upper - 10.02885) < 1e-9);
    QVERIFY(qAbs(c.lower - 9.97115) < 1e-9);
    QVERIFY(qAbs(c.rangeCentre - 0.05) < 1e-9);
    QVERIFY(qAbs(c.rangeUpper - 0.1057) < 1e-9);
    QCOMPARE(c.rangeLower, 0.0);
    QVERIFY(qAbs(c.sigmaWithin - 0.0214961) < 1e-6);
    QVERIFY2(c.marks.isEmpty(), "an in-control data set is marked");
}

void TstSpcCalculator::capabilityTwoAndOneSided()
{
    const QList<double> all = flattened(tenSubgroups());
    const double sigma = 0.05 / 2.326; // R̄ / d2 = 0.0214961
    // LSL 9.94, USL 10.10, μ = 10.000:
    //   Cp  = (10.10 − 9.94) / (6 · 0.0214961) = 0.16 / 0.1289768 = 1.24053
    //   Cpk = min(10.10 − 10, 10 − 9.94) / (3 · 0.0214961) = 0.06 / 0.0644884 = 0.93040
    // σ overall: the 50 readings' squared deviations from 10 sum to 0.022 (per subgroup of mean
    // M and range R: 5(M − 10)² + 2(R/2)² + 2(R/4)² = 5(M − 10)² + 0.625 R²), so
    //   s = √(0.022 / 49) = 0.0211891
    const Result<Capability> both = SpcCalculator::capability(all, sigma, 9.94, 10.10);
    QVERIFY2(both, qPrintable(both.error()));
    QCOMPARE(both.value().n, 50);
    QVERIFY(qAbs(both.value().mean - 10.0) < 1e-9);
    QVERIFY(qAbs(both.value().sigmaOverall - 0.0211891) < 1e-6);
    QVERIFY(both.value().cp && qAbs(*both.value().cp - 1.24053) < 1e-4);
    QVERIFY(both.value().cpk && qAbs(*both.value().cpk - 0.93040) < 1e-4);

    // USL only: no Cp; Cpk = 0.10 / 0.0644884 = 1.55067.
    const Result<Capability> upper = SpcCalculator::capability(all, sigma, std::nullopt, 10.10);
    QVERIFY2(upper, qPrintable(upper.error()));
    QVERIFY(!upper.value().cp);
    QVERIFY(upper.value().cpk && qAbs(*upper.value().cpk - 1.55067) < 1e-4);
    // LSL only: Cpk = 0.06 / 0.0644884 = 0.93040.
    const Result<Capability> lower = SpcCalculator::capability(all, sigma, 9.94, std::nullopt);
    QVERIFY(lower.value().cpk && qAbs(*lower.value().cpk - 0.93040) < 1e-4);
    // No limit: the statistics without an index.
    const Result<Capability> none =
        SpcCalculator::capability(all, sigma, std::nullopt, std::nullopt);
    QVERIFY(!none.value().cp && !none.value().cpk);
}

void TstSpcCalculator::rulesOneAndFourOnAnXbarChart()
{
    // 13 subgroups of two, each {M − 0.1, M + 0.1} (R = 0.2): M = 9.8 ×4, 10.1 ×8, 10.8.
    //   X̄̄ = (4 · 9.8 + 8 · 10.1 + 10.8) / 13 = 130.8 / 13 = 10.06154; R̄ = 0.2
    //   n = 2: A2 = 1.880 → UCL = 10.06154 + 0.376 = 10.43754, σ of X̄ = 0.376 / 3 = 0.12533
    //   9.8 lies 0.26154 / 0.12533 = 2.09σ below: rule 2 at points 1, 2, 3 (two of the last
    //   three beyond 2σ) and rule 3 at point 3 (the four first beyond 1σ);
    //   10.1 lies 0.31σ above: points 4…11 are eight in a row above, rule 4 at 11 (and at 12,
    //   the ninth); 10.8 lies 0.73846 / 0.12533 = 5.89σ above: rule 1 at 12.
    //   Every range equals R̄: the R chart has no signal.
    QList<QList<double>> subgroups;
    for (double m : {9.8, 9.8, 9.8, 9.8, 10.1, 10.1, 10.1, 10.1, 10.1, 10.1, 10.1, 10.1, 10.8})
        subgroups.append({m - 0.1, m + 0.1});
    const Result<ControlChart> chart = SpcCalculator::xbarR(subgroups);
    QVERIFY2(chart, qPrintable(chart.error()));
    QVERIFY(qAbs(chart.value().centre - 10.0615385) < 1e-6);
    QVERIFY(qAbs(chart.value().upper - 10.4375385) < 1e-6);
    const QList<std::pair<int, int>> expected{{1, 2}, {2, 2},  {3, 2}, {3, 3},
                                              {11, 4}, {12, 1}, {12, 4}};
    QCOMPARE(marks(chart.value(), SpcSignal::Chart::Location), expected);
    QVERIFY(marks(chart.value(), SpcSignal::Chart::Range).isEmpty());

    // A range far out is marked on the R chart: R = 0.1 ×9 and 2.0 → R̄ = 2.9 / 10 = 0.29,
    // UCL = 3.267 · 0.29 = 0.94743; 2.0 is beyond it (rule 1 on the range chart).
    QList<QList<double>> wide;
    for (int i = 0; i < 9; ++i)
        wide.append({10.0 - 0.1 * (i % 2), 10.1 - 0.1 * (i % 2)});
    wide.append({9.0, 11.0});
    const Result<ControlChart> ranged = SpcCalculator::xbarR(wide);
    QVERIFY2(ranged, qPrintable(ranged.error()));
    QVERIFY(qAbs(ranged.value().rangeUpper - 0.94743) < 1e-6);
    QVERIFY(marks(ranged.value(), SpcSignal::Chart::Range).contains(std::pair(9, 1)));
}

void TstSpcCalculator::eachWesternElectricRule()
{
    // Centre 0 and UCL 3: σ = 1.
    using Marks = QList<std::pair<int, int>>;
    QCOMPARE(rules({0, 3.5, 0, -3.2}), (Marks{{1, 1}, {3, 1}}));
    QCOMPARE(rules({2.5, 0, 2.5}), (Marks{{2, 2}}));
    QCOMPARE(rules({2.5, -2.5, 0}), Marks{}); // beyond 2σ, but on opposite sides
    QCOMPARE(rules({1.5, 1.5, 0, 1.5, 1.5}), (Marks{{4, 3}}));
    QCOMPARE(rules({1.5, 1.5, 0, 0, 1.5, 1.5}), Marks{}); // 3 of 5 at most
    QCOMPARE(rules({-0.5, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5}), (Marks{{7, 4}}));
    QCOMPARE(rules({-0.5, -0.5, -0.5, -0.5, 0, -0.5, -0.5, -0.5}), Marks{}); // the centre breaks it
}

void TstSpcCalculator::individualsWithMovingRange()
{
    // Readings 10.0 10.4 10.1 10.3 9.9 10.2 10.0 10.1: X̄ = 81.0 / 8 = 10.125
    // Moving ranges 0.4 0.3 0.2 0.4 0.3 0.2 0.1: Σ = 1.9, MR̄ = 1.9 / 7 = 0.2714286
    //   X chart: 10.125 ± 2.66 · 0.2714286 = 10.125 ± 0.7220 → UCL 10.8470, LCL 9.4030
    //   MR chart: UCL = 3.267 · 0.2714286 = 0.8867571, LCL 0; σ within = 0.2714286 / 1.128
    //   = 0.2406282. The farthest reading (10.4) lies 1.14σ out: no signal.
    const Result<ControlChart> chart =
        SpcCalculator::individuals({10.0, 10.4, 10.1, 10.3, 9.9, 10.2, 10.0, 10.1});
    QVERIFY2(chart, qPrintable(chart.error()));
    const ControlChart &c = chart.value();
    QCOMPARE(c.kind, ControlChart::Kind::Individuals);
    QCOMPARE(c.subgroupSize, 1);
    QCOMPARE(c.location.size(), 8);
    QCOMPARE(c.range.size(), 7);
    QVERIFY(qAbs(c.range.at(0) - 0.4) < 1e-9);
    QVERIFY(qAbs(c.centre - 10.125) < 1e-9);
    QVERIFY(qAbs(c.upper - 10.847) < 1e-6);
    QVERIFY(qAbs(c.lower - 9.403) < 1e-6);
    QVERIFY(qAbs(c.rangeCentre - 0.2714286) < 1e-6);
    QVERIFY(qAbs(c.rangeUpper - 0.8867571) < 1e-6);
    QCOMPARE(c.rangeLower, 0.0);
    QVERIFY(qAbs(c.sigmaWithin - 0.2406282) < 1e-6);
    QVERIFY(c.marks.isEmpty());

    // A reading far out: 10 ×7 alternating with 10.2, then 13 → rule 1 on both charts.
    const Result<ControlChart> jump =
        SpcCalculator::individuals({10.0, 10.2, 10.0, 10.2, 10.0, 10.2, 10.0, 10.2, 13.0});
    QVERIFY2(jump, qPrintable(jump.error()));
    // MR̄ = (7 · 0.2 + 2.8) / 8 = 0.525; UCL = X̄ + 2.66 · 0.525 = 10.5111 + 1.3965 = 11.9076
    QVERIFY(marks(jump.value(), SpcSignal::Chart::Location).contains(std::pair(8, 1)));
    // MR UCL = 3.267 · 0.525 = 1.7152: the last moving range (2.8, index 7) is beyond it.
    QVERIFY(marks(jump.value(), SpcSignal::Chart::Range).contains(std::pair(7, 1)));
}

void TstSpcCalculator::refusesWhatCannotBeCharted()
{
    auto refused = [](const QString &error, const char *mentions) {
        return !error.isEmpty() && error.contains(QString::fromUtf8(mentions));
    };
    QVERIFY(refused(SpcCalculator::xbarR({{10.0, 10.1}}).error(), "2 subgroups"));
    const Result<ControlChart> unequal =
        SpcCalculator::xbarR({{10.0, 10.1, 10.2}, {10.0, 10.1}, {10.0, 10.1, 10.2}});
    QVERIFY(!unequal);
    QVERIFY2(refused(unequal.error(), "subgroup 2 holds 2"), qPrintable(unequal.error()));
    QVERIFY(!SpcCalculator::xbarR({{10.0}, {10.1}}));
    QList<double> eleven(11, 10.0);
    eleven[0] = 9.9;
    QVERIFY(refused(SpcCalculator::xbarR({eleven, eleven}).error(), "2 to 10"));
    QVERIFY(refused(SpcCalculator::individuals({10.0}).error(), "at least 2 readings"));
    QVERIFY(refused(SpcCalculator::individuals({10.0, 10.0, 10.0}).error(), "the same"));
    QVERIFY(!SpcCalculator::individuals({10.0, qQNaN()}));
    QVERIFY(refused(SpcCalculator::capability({10.0}, 0.1, 9.0, 11.0).error(),
                    "at least 2 readings"));
    QVERIFY(!SpcCalculator::capability({10.0, 10.1}, 0, 9.0, 11.0));
    QVERIFY(!SpcCalculator::ruleText(1).isEmpty() && !SpcCalculator::ruleText(4).isEmpty());
}

QTEST_GUILESS_MAIN(TstSpcCalculator)
#include "tst_spccalculator.moc"
