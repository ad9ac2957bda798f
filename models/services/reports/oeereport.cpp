#include "services/reports/oeereport.h"

#include "services/reports/reportscope.h"

namespace Taktline {

Result<ReportDocument> OeeReport::build(const ReportScope &)
{
    return Outcome::failure(tr("This report is not ready yet."));
}

} // namespace Taktline
