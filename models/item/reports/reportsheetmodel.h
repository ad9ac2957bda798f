#pragma once

#include "formats/report/reportdocument.h"

#include <QAbstractTableModel>

namespace Taktline {

// One sheet of a report as the report centre shows it: its rows read once from the sheet's
// ReportRows and kept, shown formatted like the workbook (dates yyyy-mm-dd, percentages,
// thousands separators), sorted by the real values (numbers as numbers), and the totals the
// workbook's totals row would show, for a line under the table.
class ReportSheetModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The value as the sheet holds it (a number, a QDate): what sorting compares.
    static constexpr int ValueRole = Qt::UserRole + 1;
    // At most this many rows are kept for the screen; the export writes them all.
    static constexpr int DefaultRowLimit = 20000;

    explicit ReportSheetModel(QObject *parent = nullptr);

    // Reads SHEET's rows (keeps at most ROW_LIMIT; the totals count them all) and keeps its
    // columns and notes.
    void setSheet(ReportSheet &sheet, int rowLimit = DefaultRowLimit);

    const QString &sheetName() const { return m_name; }
    const QList<ReportColumn> &columns() const { return m_columns; }
    const QStringList &notes() const { return m_notes; }
    bool hasTotals() const { return m_totalsRow; }
    // Whether rows were left out beyond the row limit.
    bool truncated() const { return m_truncated; }
    // The raw value at ROW, COLUMN (in the current sort order).
    QVariant value(int row, int column) const;
    // The totals row: per column the sum, the ratio of two sums, or a null QVariant.
    QVariantList totals() const;
    // A value of COLUMN formatted like the workbook shows it.
    QString format(int column, const QVariant &value) const;
    // "Total: Good 1,234 · Scrap 12 · Yield 99.0%", empty when the sheet has no totals.
    QString totalsText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool isNumeric(int column) const;

    QString m_name;
    QList<ReportColumn> m_columns;
    QList<QVariantList> m_rows;
    QList<double> m_sums; // per column, over every row the sheet had
    QStringList m_notes;
    bool m_totalsRow = false;
    bool m_truncated = false;
};

} // namespace Taktline
