#pragma once

#include "domain/outcome.h"
#include "io/report/reportdocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringEncoder>

#include <functional>
#include <vector>

struct lxw_format;
struct lxw_worksheet;

namespace Taktline {

class ReportFormats;

// Writes one report sheet into a libxlsxwriter worksheet in constant-memory mode: column widths
// judged on the header and the first rows (held back until then), the bold frozen header, rows
// streamed as typed cells, the autofilter, a totals row of SUBTOTAL formulas with their values,
// the notes and the print set-up.
class ReportSheetWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ReportSheetWriter)

public:
    // Rows judged for the columns' widths before any is written.
    static constexpr int WidthRows = 500;

    // Counts rows across a workbook; every few thousand asks the caller whether to go on.
    struct Progress
    {
        std::function<bool(qint64 written, qint64 expected)> callback;
        qint64 expected = -1;
        qint64 written = 0;
        qint64 reported = -1;
        bool cancelled = false;
        // One more row written; false when the caller cancelled.
        bool step();
        // Every row written: tells the caller the last count it has not heard yet.
        bool finish();
    };

    // The page header and footer of every printed sheet, as libxlsxwriter takes them ("&L…").
    struct Page
    {
        QByteArray header;
        QByteArray footer;
    };

    ReportSheetWriter(ReportFormats &formats, const ReportSheet &sheet, lxw_worksheet *worksheet);

    // Writes the sheet; a failure (or a cancel, see Progress::cancelled) stops it.
    Outcome write(Progress &progress, const Page &page);
    // Data rows written (not the header, totals or notes).
    qint64 rowsWritten() const { return m_rows; }

private:
    struct Column
    {
        ReportColumnKind kind = ReportColumnKind::Text;
        lxw_format *format = nullptr;
        double sum = 0;
        double width = 6;
    };

    void judgeWidths(const QList<QVariantList> &rows);
    Outcome writeRow(const QVariantList &values);
    void writeCell(quint32 row, quint16 column, const QVariant &value);
    void writeText(quint32 row, quint16 column, QStringView text, lxw_format *format);
    void writeTotals(quint32 row);
    void setUpPrinting(const Page &page);

    ReportFormats &m_formats;
    const ReportSheet &m_sheet;
    lxw_worksheet *m_worksheet;
    std::vector<Column> m_columns;
    lxw_format *m_dateFormat; // a date in a column of another kind
    lxw_format *m_dateTimeFormat;
    qint64 m_rows = 0;
    QStringEncoder m_utf8;
    std::vector<char> m_text; // one cell's UTF-8, reused
};

} // namespace Taktline
