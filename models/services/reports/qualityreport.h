#pragma once

#include "domain/outcome.h"
#include "formats/report/reportdocument.h"

#include <QCoreApplication>

namespace Taktline {

class ReportScope;

// The quality report (质量报表): the inspections of the period with their sampling and verdict,
// the nonconformances with what was decided on them, the first-pass yield per product and step,
// and the defective pieces by reason.
class QualityReport final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::QualityReport)

public:
    static Result<ReportDocument> build(const ReportScope &context);
};

} // namespace Taktline
