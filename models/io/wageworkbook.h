#pragma once

#include "domain/outcome.h"
#include "services/station/wageservice.h"

#include <QCoreApplication>

class QAbstractItemModel;

namespace Taktline {

// Writes a wage report to Excel with the project's exporter: the totals per employee as the
// table shows them with a total row, and every priced line of the period in a second file
// beside it (the exporter writes one sheet per workbook). Numbers stay number cells.
class WageWorkbook final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::WageWorkbook)

public:
    static Outcome write(QAbstractItemModel &totals, const WageTotal &grandTotal,
                         const QAbstractItemModel &lines, const QString &period,
                         const QString &path);
    // Where the lines go when the totals go to TOTALSPATH: "… (lines).xlsx" in the same folder.
    static QString linesPath(const QString &totalsPath);
};

} // namespace Taktline
