#include "io/sheet/sheetbook.h"

namespace Taktline {

int Sheet::columnCount() const
{
    int count = 0;
    for (const QList<SheetCell> &row : rows)
        count = std::max(count, int(row.size()));
    return count;
}

const SheetCell &Sheet::cell(int row, int column) const
{
    static const SheetCell empty;
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
        return empty;
    return rows.at(row).at(column);
}

bool Sheet::isMerged(int row, int column) const
{
    for (const SheetRange &range : merged) {
        if (row >= range.firstRow && row <= range.lastRow && column >= range.firstColumn &&
            column <= range.lastColumn)
            return true;
    }
    return false;
}

const Sheet *SheetBook::sheet(const QString &name) const
{
    for (const Sheet &candidate : sheets) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

bool SheetBook::isDateStyle(int style) const
{
    Q_UNUSED(style)
    return false; // SheetReader's helper writes the real rule
}

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

} // namespace Taktline
