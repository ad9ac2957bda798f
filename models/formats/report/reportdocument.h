#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <vector>

namespace Taktline {

// How a report column's values are written and shown: a real number or date cell with its
// number format, never a number as text.
enum class ReportColumnKind {
    Text,     // QString
    Integer,  // whole quantity, "#,##0"
    Decimal,  // "#,##0.00" (ReportColumn::decimals)
    Percent,  // a fraction 0.873 shown "87.3%"
    Date,     // QDate, "yyyy-mm-dd"
    DateTime, // QDateTime (local time), "yyyy-mm-dd hh:mm"
    Hours,    // a duration in hours as a decimal number, "0.00"
};

// One column of a report sheet.
struct ReportColumn
{
    QString header; // in the report's language
    ReportColumnKind kind = ReportColumnKind::Text;
    int decimals = 2; // Decimal, Percent (decimals of the percentage), Hours
    // The totals row: SUM of this column as a formula …
    bool summed = false;
    // … or, for a ratio (yield, OEE, share), the total of column NUMERATOR over the total of
    // column DENOMINATOR (indexes into the sheet's columns), both summed: a formula too.
    std::optional<std::pair<int, int>> ratioOf;
};

// A sheet's rows, read one at a time, so a million rows never sit in memory at once.
class ReportRows
{
public:
    virtual ~ReportRows() = default;
    // Fills ROW with the next row's values (one per column, a null QVariant for an empty cell);
    // false at the end.
    virtual bool next(QVariantList &row) = 0;
    // How many rows there will be, for a progress bar; -1 when not known.
    virtual qint64 expectedRows() const { return -1; }
};

// Rows held in memory (a summary, the rows a screen shows).
class ListRows final : public ReportRows
{
public:
    explicit ListRows(QList<QVariantList> rows)
        : m_rows(std::move(rows))
    {}
    bool next(QVariantList &row) override
    {
        if (m_next >= m_rows.size())
            return false;
        row = m_rows.at(m_next++);
        return true;
    }
    qint64 expectedRows() const override { return m_rows.size(); }

private:
    QList<QVariantList> m_rows;
    qsizetype m_next = 0;
};

// A native Excel chart of a sheet's first rows, put on a sheet of its own after the data.
struct ReportChart
{
    enum class Type { Column, Bar, Line, Pie };
    Type type = Type::Column;
    QString title;
    int categoryColumn = 0;  // labels
    QList<int> valueColumns; // one series each, named by the column header
    int maxRows = 20;        // the chart shows at most the first MAXROWS rows
};

// One sheet of a report: its columns and rows, a totals row, an optional chart.
struct ReportSheet
{
    QString name; // a sheet name (≤ 31 characters, none of []:*?/\)
    QList<ReportColumn> columns;
    std::shared_ptr<ReportRows> rows;
    bool totalsRow = true; // a "Total"/"合计" row of formulas under the data
    std::optional<ReportChart> chart;
    QStringList notes; // lines written under the table (what a figure is based on)
};

// A whole report as the report centre shows it and the workbook writer writes it: the same
// object behind the screen, the app's export and `taktline report`.
struct ReportDocument
{
    QString title;       // "生产日报"
    QString factoryName; // in the page header of every printed sheet
    QString period;      // "2026-12-05" or "2026-12-01 – 2026-12-31", in the page header
    std::vector<ReportSheet> sheets;
};

} // namespace Taktline
