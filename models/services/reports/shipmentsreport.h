#pragma once

#include "domain/outcome.h"
#include "io/report/reportdocument.h"

#include <QCoreApplication>

namespace Taktline {

class ReportScope;

// The shipments report (发货): by customer and every shipped line of the period.
class ShipmentsReport final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ShipmentsReport)

public:
    static Result<ReportDocument> build(const ReportScope &context);
};

} // namespace Taktline
