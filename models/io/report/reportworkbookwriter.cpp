#include "io/report/reportworkbookwriter.h"

namespace Taktline {

// Contract stub: the workbook-writing helper replaces this file.
Outcome ReportWorkbookWriter::write(ReportDocument &, const QString &, const Progress &)
{
    return Outcome::failure(tr("Not built yet."));
}

} // namespace Taktline
