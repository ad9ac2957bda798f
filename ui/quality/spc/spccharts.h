#pragma once

#include "services/quality/spcservice.h"

#include <QCoreApplication>

class QChart;

namespace Taktline {

// The two control charts of an SpcSeries drawn with Qt Charts: the X̄ (or X) chart with its
// centre line, dashed control limits, the specification limits in another colour, and the
// signalled points in red (series "marks", their rule texts in its "tips" property, shown as a
// tooltip); the R (or MR) chart below it the same way.
class SpcCharts final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SpcCharts)

public:
    static QChart *location(const SpcSeries &series);
    static QChart *range(const SpcSeries &series);
    // "X̄" / "X" and "R" / "MR": what each chart plots.
    static QString locationName(const ControlChart &chart);
    static QString rangeName(const ControlChart &chart);
    // VALUE with as many decimals as the chart's limits need ("10.029").
    static QString number(double value, const ControlChart &chart);
};

} // namespace Taktline
