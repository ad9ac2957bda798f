#include "domain/quality/spccalculator.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace Taktline {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("Taktline::Quality", source);
}

// The control chart constants for subgroups of N = 2…10 (ASTM STP 15D, the tables every SPC
// textbook prints): X̄ limits X̄̄ ± A2·R̄, R limits D3·R̄ … D4·R̄, σ = R̄ / d2.
struct Constants
{
    double a2, d3, d4, d2;
};
constexpr std::array<Constants, 9> Table{{
    {1.880, 0.000, 3.267, 1.128}, // n = 2
    {1.023, 0.000, 2.574, 1.693},
    {0.729, 0.000, 2.282, 2.059},
    {0.577, 0.000, 2.114, 2.326}, // n = 5
    {0.483, 0.000, 2.004, 2.534},
    {0.419, 0.076, 1.924, 2.704},
    {0.373, 0.136, 1.864, 2.847},
    {0.337, 0.184, 1.816, 2.970},
    {0.308, 0.223, 1.777, 3.078}, // n = 10
}};
// Individuals: moving ranges of two readings, X limits X̄ ± E2·MR̄ (E2 = 3 / d2).
constexpr double E2 = 2.66;

double mean(const QList<double> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
}

bool finite(const QList<double> &values)
{
    return std::all_of(values.cbegin(), values.cend(), [](double v) { return std::isfinite(v); });
}

Outcome noVariation()
{
    return Outcome::failure(text("All readings are the same: the control limits cannot be "
                                 "computed (is the gauge fine enough?)."));
}

void markBoth(ControlChart &chart)
{
    chart.marks = SpcCalculator::westernElectric(chart.location, chart.centre, chart.upper,
                                                 SpcSignal::Chart::Location);
    chart.marks += SpcCalculator::westernElectric(chart.range, chart.rangeCentre,
                                                  chart.rangeUpper, SpcSignal::Chart::Range);
}

} // namespace

Result<ControlChart> SpcCalculator::xbarR(const QList<QList<double>> &subgroups)
{
    if (subgroups.size() < 2)
        return Outcome::failure(text("An X̄-R chart needs at least 2 subgroups; there are %1.")
                                    .arg(subgroups.size()));
    const qsizetype n = subgroups.constFirst().size();
    if (n < 2 || n > 10)
        return Outcome::failure(
            text("A subgroup must hold 2 to 10 readings; the first holds %1.").arg(n));
    for (qsizetype i = 0; i < subgroups.size(); ++i) {
        if (subgroups.at(i).size() != n)
            return Outcome::failure(text("The subgroups are not the same size: subgroup %1 holds "
                                         "%2 readings, the first %3.")
                                        .arg(i + 1)
                                        .arg(subgroups.at(i).size())
                                        .arg(n));
        if (!finite(subgroups.at(i)))
            return Outcome::failure(text("Subgroup %1 holds a reading that is not a number.")
                                        .arg(i + 1));
    }
    ControlChart chart;
    chart.kind = ControlChart::Kind::XbarR;
    chart.subgroupSize = int(n);
    for (const QList<double> &subgroup : subgroups) {
        const auto [low, high] = std::minmax_element(subgroup.cbegin(), subgroup.cend());
        chart.location.append(mean(subgroup));
        chart.range.append(*high - *low);
    }
    const Constants &k = Table.at(std::size_t(n - 2));
    const double rBar = mean(chart.range);
    if (rBar <= 0)
        return noVariation();
    chart.centre = mean(chart.location);
    chart.upper = chart.centre + k.a2 * rBar;
    chart.lower = chart.centre - k.a2 * rBar;
    chart.rangeCentre = rBar;
    chart.rangeUpper = k.d4 * rBar;
    chart.rangeLower = k.d3 * rBar;
    chart.sigmaWithin = rBar / k.d2;
    markBoth(chart);
    return chart;
}

Result<ControlChart> SpcCalculator::individuals(const QList<double> &readings)
{
    if (readings.size() < 2)
        return Outcome::failure(
            text("An individuals chart needs at least 2 readings; there are %1.")
                .arg(readings.size()));
    if (!finite(readings))
        return Outcome::failure(text("A reading is not a number."));
    ControlChart chart;
    chart.kind = ControlChart::Kind::Individuals;
    chart.subgroupSize = 1;
    chart.location = readings;
    for (qsizetype i = 1; i < readings.size(); ++i)
        chart.range.append(std::abs(readings.at(i) - readings.at(i - 1)));
    const Constants &k = Table.front(); // moving ranges of two
    const double mrBar = mean(chart.range);
    if (mrBar <= 0)
        return noVariation();
    chart.centre = mean(readings);
    chart.upper = chart.centre + E2 * mrBar;
    chart.lower = chart.centre - E2 * mrBar;
    chart.rangeCentre = mrBar;
    chart.rangeUpper = k.d4 * mrBar;
    chart.rangeLower = 0;
    chart.sigmaWithin = mrBar / k.d2;
    markBoth(chart);
    return chart;
}

QList<SpcSignal> SpcCalculator::westernElectric(const QList<double> &points, double centre,
                                                double upper, SpcSignal::Chart chart)
{
    QList<SpcSignal> marks;
    const double sigma = (upper - centre) / 3;
    if (!(sigma > 0))
        return marks;
    // Zone of a point in σ from the centre, signed by its side; a point on the centre line up to
    // rounding (a range equal to R̄ summed in another order) lies on neither side.
    auto z = [&](qsizetype i) {
        const double zone = (points.at(i) - centre) / sigma;
        return std::abs(zone) < 1e-9 ? 0.0 : zone;
    };
    // Whether at least COUNT of the WINDOW points ending at I (fewer at the start) lie beyond
    // ZONE σ on SIDE (±1).
    auto beyond = [&](qsizetype i, qsizetype window, int count, double zone, int side) {
        int found = 0;
        for (qsizetype j = std::max<qsizetype>(0, i - window + 1); j <= i; ++j) {
            if (side * z(j) > zone)
                ++found;
        }
        return found >= count;
    };
    for (qsizetype i = 0; i < points.size(); ++i) {
        const int side = z(i) > 0 ? 1 : z(i) < 0 ? -1 : 0;
        auto mark = [&](int rule) { marks.append({chart, int(i), rule}); };
        if (side == 0)
            continue;
        // Rule 1: one point beyond 3σ.
        if (side * z(i) > 3)
            mark(1);
        // Rule 2: 2 of 3 in a row beyond 2σ on one side (this point one of them).
        if (side * z(i) > 2 && beyond(i, 3, 2, 2, side))
            mark(2);
        // Rule 3: 4 of 5 in a row beyond 1σ on one side (this point one of them).
        if (side * z(i) > 1 && beyond(i, 5, 4, 1, side))
            mark(3);
        // Rule 4: 8 in a row on one side of the centre.
        if (beyond(i, 8, 8, 0, side))
            mark(4);
    }
    return marks;
}

Result<Capability> SpcCalculator::capability(const QList<double> &readings, double sigmaWithin,
                                             std::optional<double> lower,
                                             std::optional<double> upper)
{
    if (readings.size() < 2)
        return Outcome::failure(
            text("The process capability needs at least 2 readings; there are %1.")
                .arg(readings.size()));
    if (!(sigmaWithin > 0))
        return noVariation();
    if (lower && upper && *lower > *upper)
        return Outcome::failure(text("The lower specification limit lies above the upper one."));
    Capability result;
    result.n = int(readings.size());
    result.mean = mean(readings);
    result.sigmaWithin = sigmaWithin;
    double squares = 0;
    for (double reading : readings)
        squares += (reading - result.mean) * (reading - result.mean);
    result.sigmaOverall = std::sqrt(squares / double(readings.size() - 1));
    if (lower && upper)
        result.cp = (*upper - *lower) / (6 * sigmaWithin);
    std::optional<double> cpk;
    if (upper)
        cpk = (*upper - result.mean) / (3 * sigmaWithin);
    if (lower) {
        const double low = (result.mean - *lower) / (3 * sigmaWithin);
        cpk = cpk ? std::min(*cpk, low) : low;
    }
    result.cpk = cpk;
    return result;
}

QString SpcCalculator::ruleText(int rule)
{
    switch (rule) {
    case 1:
        return text("Rule 1: a point beyond the control limits (3σ)");
    case 2:
        return text("Rule 2: 2 of 3 points in a row beyond 2σ on one side");
    case 3:
        return text("Rule 3: 4 of 5 points in a row beyond 1σ on one side");
    case 4:
        return text("Rule 4: 8 points in a row on one side of the centre line");
    default:
        return {};
    }
}

} // namespace Taktline
