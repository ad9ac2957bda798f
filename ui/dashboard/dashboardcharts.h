#pragma once

#include "services/dashboard/dashboardfigures.h"

#include <QColor>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QChart;

namespace Taktline {

// The dashboard's charts, built with Qt Charts from the figures: every title, axis and legend in
// the user's language, every bar set clickable (ON_CLICK gets the bar's index).
class DashboardCharts final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::DashboardCharts)

public:
    using Click = std::function<void(int index)>;

    static constexpr double RedBelow = 0.65;    // OEE under 65 %: red
    static constexpr double YellowBelow = 0.85; // under 85 %: yellow; else green
    static QColor bandColour(double rate);      // the colour of a rate by the bands

    // A/E/Q and OEE per machine over red, yellow and green bands.
    static QChart *oee(const OeeResult &oee, const Click &onClick);
    // Stop minutes per reason, most first, with the cumulative share as a line.
    static QChart *downtime(const QList<DowntimeCount> &bars, const Click &onClick);
    static QChart *defects(const QList<DefectCount> &bars, const Click &onClick);
    // Finished good pieces per slot (LABELS) against the target line.
    static QChart *output(const QList<OutputSlot> &buckets, const QStringList &labels,
                          const Click &onClick);
    static QChart *wip(const QList<WipStep> &steps, const Click &onClick);
    // From planned time to fully productive time, in hours: an invisible base under each loss.
    static QChart *losses(const QList<LossStep> &steps, const Click &onClick);
    // Rolled first-pass yield of PRODUCTS (those with a yield, most made first), top to bottom.
    static QChart *yields(const QList<ProductYield> &products, const Click &onClick);
    static constexpr int MaxYieldProducts = 8;
    // The products the yield chart shows: those with a yield, the most made first.
    static QList<ProductYield> shownYields(const QList<ProductYield> &products);
};

} // namespace Taktline
