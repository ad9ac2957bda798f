#pragma once

#include "formats/report/reportdocument.h"

#include <QByteArray>
#include <QHash>

struct lxw_format;
struct lxw_workbook;

namespace Taktline {

// The cell formats of one report workbook, each made once: libxlsxwriter keeps every format it
// is given for the workbook's life, so sheets and columns ask here instead of adding their own.
class ReportFormats final
{
public:
    explicit ReportFormats(lxw_workbook *workbook);

    // Excel's number format code for COLUMN's kind and decimals ("#,##0.00", "0.0%"); empty
    // for text.
    static QByteArray numberFormat(const ReportColumn &column);

    // The header cell of COLUMN: bold and shaded, right-aligned over numbers and dates like the
    // values below it.
    lxw_format *header(const ReportColumn &column);
    // A data cell of COLUMN (nullptr: the default format, for text).
    lxw_format *cell(const ReportColumn &column);
    // A totals-row cell of COLUMN: bold, a line above, the column's number format.
    lxw_format *total(const ReportColumn &column);
    lxw_format *note();

private:
    enum class Role : quint8 { Cell, Total };
    lxw_format *format(const QByteArray &numberFormat, Role role);

    lxw_workbook *m_workbook;
    lxw_format *m_header = nullptr;
    lxw_format *m_numberHeader = nullptr;
    lxw_format *m_note = nullptr;
    QHash<QByteArray, lxw_format *> m_formats; // role byte + number format code
};

} // namespace Taktline
