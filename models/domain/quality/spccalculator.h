#pragma once

#include "domain/outcome.h"

#include <QList>
#include <QString>

#include <optional>

namespace Taktline {

// A point outside its limits or a Western Electric run (rules 1–4), on the X̄ / X chart or the
// R / moving-range chart.
struct SpcSignal
{
    enum class Chart { Location, Range };
    Chart chart = Chart::Location;
    int point = 0; // index into the chart's points
    int rule = 1;  // 1: beyond 3σ; 2: 2 of 3 beyond 2σ; 3: 4 of 5 beyond 1σ; 4: 8 on one side
};

// A control chart: X̄-R for subgroups of 2…10, individuals and moving range (I-MR) for single
// readings; limits computed from the data (A2, D3, D4, d2 of the standard constant tables).
struct ControlChart
{
    enum class Kind { XbarR, Individuals };
    Kind kind = Kind::XbarR;
    int subgroupSize = 1;
    QList<double> location; // X̄ of each subgroup, or each reading
    // R of each subgroup; for individuals the moving ranges, one fewer than the readings:
    // range[i] is |x[i+1] - x[i]|, drawn at reading i + 1.
    QList<double> range;
    double centre = 0, upper = 0, lower = 0;           // X̄ / X chart
    double rangeCentre = 0, rangeUpper = 0, rangeLower = 0; // R / MR chart
    double sigmaWithin = 0; // R̄ / d2
    QList<SpcSignal> marks; // points outside the limits and runs, for both charts
};

// Process capability against the characteristic's limits; Cp needs both limits, Cpk one.
struct Capability
{
    int n = 0;
    double mean = 0;
    double sigmaWithin = 0;
    double sigmaOverall = 0;
    std::optional<double> cp;
    std::optional<double> cpk;
};

// The statistics of SPC (统计过程控制), plain functions on numbers: no database, no Qt types
// beyond QList. Refuses too few points with a clear message.
class SpcCalculator final
{
public:
    // SUBGROUPS of equal size 2…10 (at least 2 subgroups).
    static Result<ControlChart> xbarR(const QList<QList<double>> &subgroups);
    // At least 2 readings.
    static Result<ControlChart> individuals(const QList<double> &readings);
    // The Western Electric rules on POINTS against CENTRE ± 3σ (σ = (UPPER - CENTRE) / 3).
    static QList<SpcSignal> westernElectric(const QList<double> &points, double centre,
                                            double upper, SpcSignal::Chart chart);
    static Result<Capability> capability(const QList<double> &readings, double sigmaWithin,
                                         std::optional<double> lower, std::optional<double> upper);
    // What RULE (1–4) means, translated, for a marked point's tooltip.
    static QString ruleText(int rule);
};

} // namespace Taktline
