#pragma once

#include "domain/outcome.h"
#include "io/report/reportdocument.h"

#include <QCoreApplication>

namespace Taktline {

class ReportScope;

// The piece-rate wage report (计件工资): per employee and the priced lines, from WageService.
class WagesReport final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::WagesReport)

public:
    static Result<ReportDocument> build(const ReportScope &context);
};

} // namespace Taktline
