#pragma once

#include "io/report/reportdocument.h"
#include "io/report/reportsheetwriter.h"

struct lxw_workbook;

namespace Taktline {

// Puts a report sheet's chart on a chart sheet of its own after the data: a native Excel chart
// of the sheet's first rows, one series per value column, named by the column's header cell.
class ReportChartWriter final
{
public:
    // Whether SHEET's chart can be drawn from DATAROWS written rows (a category column and at
    // least one value column inside the sheet, and some rows).
    static bool drawable(const ReportSheet &sheet, qint64 dataRows);
    // Adds the chart sheet NAME charting DATASHEET (the data sheet's name in the workbook).
    static void add(lxw_workbook *workbook, const ReportSheet &sheet, const QString &dataSheet,
                    const QString &name, qint64 dataRows, const ReportSheetWriter::Page &page);
};

} // namespace Taktline
