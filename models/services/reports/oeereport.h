#pragma once

#include "domain/outcome.h"
#include "io/report/reportdocument.h"

#include <QCoreApplication>

namespace Taktline {

class ReportScope;

// The OEE report: per machine with availability, effectiveness, quality, OEE and its time elements,
// from OeeService.
class OeeReport final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::OeeReport)

public:
    static Result<ReportDocument> build(const ReportScope &context);
};

} // namespace Taktline
