#pragma once

#include "domain/outcome.h"
#include "io/report/reportdocument.h"

#include <QCoreApplication>

namespace Taktline {

class ReportScope;

// The defect analysis (不良分析): defective pieces by reason (a Pareto), by product and by step.
class DefectsReport final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::DefectsReport)

public:
    static Result<ReportDocument> build(const ReportScope &context);
};

} // namespace Taktline
