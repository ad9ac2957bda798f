#pragma once

#include "domain/outcome.h"
#include "io/report/reportdocument.h"

#include <QCoreApplication>

namespace Taktline {

class ReportScope;

// The daily, weekly and monthly production reports (生产日报/周报/月报): per order, step, machine
// and employee, and per day for a week or a month.
class ProductionPeriodReport final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ProductionPeriodReport)

public:
    static Result<ReportDocument> build(const ReportScope &context);
};

} // namespace Taktline
