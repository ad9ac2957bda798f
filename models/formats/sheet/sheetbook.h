#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Taktline {

// One cell of a sheet as read from a file: its value, and how Excel would show it (its style's
// number format) and whether a formula produced it.
struct SheetCell
{
    enum class Kind : quint8 { Empty, Text, Number, Boolean, Error };
    Kind kind = Kind::Empty;
    QString text;     // Text: the string as stored; Error: "#DIV/0!" and the like
    double number = 0; // Number (a date is a Number with a date format); Boolean: 0 or 1
    QString formula;  // without '=' when the cell holds a formula (its cached value above)
    int style = 0;    // index into SheetBook::numberFormats

    bool isEmpty() const { return kind == Kind::Empty || (kind == Kind::Text && text.isEmpty()); }
};

// A rectangle of cells, 0-based and inclusive: a merged area.
struct SheetRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;
};

// One sheet of a workbook (or the one sheet of a CSV file), rows of cells from A1.
struct Sheet
{
    QString name;
    bool hidden = false;
    QList<QList<SheetCell>> rows; // trailing empty rows dropped; a row may be shorter than others
    QList<SheetRange> merged;

    int rowCount() const { return int(rows.size()); }
    int columnCount() const;
    // The cell at ROW, COLUMN (0-based), an empty cell outside what the file holds.
    const SheetCell &cell(int row, int column) const;
    // Whether ROW, COLUMN lies in a merged area.
    bool isMerged(int row, int column) const;
};

// What a workbook file holds, read once: its sheets in order, the number format of every cell
// style, and its defined names (a template's hidden version stamp is one).
struct SheetBook
{
    QList<Sheet> sheets;
    QStringList numberFormats;        // style index → format code ("General", "yyyy-mm-dd", "0.00")
    QMap<QString, QString> definedNames; // name → formula/value text as stored
    QString encoding;                 // CSV only: "UTF-8" or "GBK", as detected

    const Sheet *sheet(const QString &name) const;
    // Whether a cell with STYLE shows a date (or date and time) in Excel.
    bool isDateStyle(int style) const;
};

// "A", "B" … "AA": the column letters Excel shows for COLUMN (0-based).
QString columnLetters(int column);

} // namespace Taktline
