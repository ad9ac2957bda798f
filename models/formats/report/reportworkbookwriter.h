#pragma once

#include "domain/outcome.h"
#include "formats/report/reportdocument.h"

#include <QCoreApplication>

#include <functional>

namespace Taktline {

// Writes a ReportDocument as an .xlsx with libxlsxwriter in constant-memory mode, rows streamed
// from each sheet's ReportRows: a bold frozen header, an autofilter, real number and date cells
// with their formats, a totals row of formulas, columns fitted (CJK counts double, judged on the
// header and the first rows), print set-up (A4 landscape, fit to one page wide, the header row
// repeated, a page header with the factory, title and period, "page N of M" in the footer) and a
// native chart on a sheet of its own where the sheet asks for one. Writes to a temporary file
// beside PATH and renames it at the end, so a failure or a cancel leaves no half file and never
// destroys an earlier export.
class ReportWorkbookWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ReportWorkbookWriter)

public:
    // Called every few thousand rows with the rows written so far and the rows expected (-1:
    // unknown); returning false cancels the export ("Export cancelled.", no file written).
    using Progress = std::function<bool(qint64 written, qint64 expected)>;

    static Outcome write(ReportDocument &document, const QString &path,
                         const Progress &progress = {});
};

} // namespace Taktline
