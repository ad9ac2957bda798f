#include "services/reports/shipmentsreport.h"

#include "services/reports/reportscope.h"

namespace Taktline {

Result<ReportDocument> ShipmentsReport::build(const ReportScope &)
{
    return Outcome::failure(tr("This report is not ready yet."));
}

} // namespace Taktline
