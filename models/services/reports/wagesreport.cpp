#include "services/reports/wagesreport.h"

#include "services/reports/reportscope.h"

namespace Taktline {

Result<ReportDocument> WagesReport::build(const ReportScope &)
{
    return Outcome::failure(tr("This report is not ready yet."));
}

} // namespace Taktline
