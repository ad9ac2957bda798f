#pragma once

#include "domain/outcome.h"
#include "io/report/reportdocument.h"

#include <QCoreApplication>

namespace Taktline {

class ReportScope;

// The downtime analysis (停机分析): stop hours and stops by machine and by reason, from the OEE's
// time spans.
class DowntimeReport final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::DowntimeReport)

public:
    static Result<ReportDocument> build(const ReportScope &context);
};

} // namespace Taktline
