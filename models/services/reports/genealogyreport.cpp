#include "services/reports/genealogyreport.h"

#include "services/reports/reportscope.h"

namespace Taktline {

Result<ReportDocument> GenealogyReport::build(const ReportScope &)
{
    return Outcome::failure(tr("This report is not ready yet."));
}

} // namespace Taktline
