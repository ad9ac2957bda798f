#pragma once

#include "domain/outcome.h"
#include "formats/report/reportdocument.h"

#include <QCoreApplication>

namespace Taktline {

class ReportScope;

// The capacity report (产能分析): load against capacity of every machine over the coming days of
// the period, per day, per line and per workshop, with the bottleneck — the Capacity tab's
// figures (CapacityAnalyser).
class CapacityReport final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::CapacityReport)

public:
    static Result<ReportDocument> build(const ReportScope &context);
};

} // namespace Taktline
