#include "services/reports/defectsreport.h"

#include "services/reports/reportscope.h"

namespace Taktline {

Result<ReportDocument> DefectsReport::build(const ReportScope &)
{
    return Outcome::failure(tr("This report is not ready yet."));
}

} // namespace Taktline
