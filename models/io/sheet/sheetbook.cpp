#include "io/sheet/sheetbook.h"

#include <algorithm>

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
    if (style < 0 || style >= numberFormats.size())
        return false;
    // A format shows a date or time when, outside quoted text, escapes, [colour]/[$-804]
    // brackets and padding, it holds d, m, y, h or s ("yyyy-mm-dd", "m/d/yy h:mm", "[h]:mm").
    const QString &format = numberFormats.at(style);
    if (format.compare(u"General", Qt::CaseInsensitive) == 0)
        return false;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == u'"') {
            i = format.indexOf(u'"', i + 1);
            if (i < 0)
                return false;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is shown as it is, or used to pad
        } else if (c == u'[') {
            const qsizetype end = format.indexOf(u']', i);
            if (end < 0)
                return false;
            const QStringView inside = QStringView(format).mid(i + 1, end - i - 1);
            const bool elapsed =
                !inside.isEmpty() && std::all_of(inside.begin(), inside.end(), [](QChar e) {
                    return QStringLiteral("hHmMsS").contains(e);
                });
            if (elapsed)
                return true; // elapsed time: [h]:mm:ss
            i = end;
        } else if (QStringLiteral("dDmMyYhHsS").contains(c)) {
            return true;
        } else if (c == u';') {
            return false; // only the first section (positive numbers) decides
        }
    }
    return false;
}

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

} // namespace Taktline
