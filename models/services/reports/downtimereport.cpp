#include "services/reports/downtimereport.h"

#include "services/reports/reportscope.h"

namespace Taktline {

Result<ReportDocument> DowntimeReport::build(const ReportScope &)
{
    return Outcome::failure(tr("This report is not ready yet."));
}

} // namespace Taktline
