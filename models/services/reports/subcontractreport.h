#pragma once

#include "domain/outcome.h"
#include "formats/report/reportdocument.h"

#include <QCoreApplication>

namespace Taktline {

class ReportScope;

// The subcontracting cost report (外协费用): every subcontract order sent in the period with what
// came back and what it costs (good × unit price), and the same summed per supplier.
class SubcontractReport final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SubcontractReport)

public:
    static Result<ReportDocument> build(const ReportScope &context);
};

} // namespace Taktline
