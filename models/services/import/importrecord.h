#pragma once

#include "formats/sheet/sheetbook.h"
#include "services/import/importkind.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <optional>

namespace Taktline {

// One data row of an import file as a kind reads it. Every read normalises the value
// (SheetText: full-width to half-width, trimmed) and, when the value cannot be used, records a
// problem naming this row, the column's letter and header, the value and the reason — so a
// kind's check reads a row top to bottom and every bad cell of the file is listed, not just the
// first. A formula, a merged cell or an Excel error value in a data cell is a problem too.
class ImportRecord final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ImportRecord)

public:
    // COLUMNOF: column key → 0-based column in SHEET (missing keys: the column is absent).
    ImportRecord(const Sheet &sheet, const SheetBook &book, int rowIndex,
                 const QHash<QString, int> &columnOf, const QList<ImportColumn> &columns,
                 QList<ImportProblem> *problems);

    int row() const { return m_rowIndex + 1; } // as Excel numbers it
    bool hasColumn(const QString &key) const { return m_columnOf.contains(key); }
    // The cell as text; empty when blank. Required and blank, or longer than MAXLENGTH: a problem.
    QString text(const QString &key, int maxLength = 80);
    // A number typed as a number or as text (全角 digits too); blank → nullopt (a problem only
    // when required). Outside MINIMUM–MAXIMUM, or not whole when WHOLE: a problem.
    std::optional<double> number(const QString &key, double minimum, double maximum,
                                 bool whole = false);
    // A date as an Excel date, a serial number or text; blank → nullopt (a problem when required).
    std::optional<QDate> date(const QString &key);
    // One of the column's choices (matched ignoring case and width; the English or the Chinese
    // name); returns its index in ImportColumn::choices. ALSOACCEPTED are other names of the same
    // choices, in the same order (alsoAccepted[i] names choices[i]: the stored keys, the English
    // names). Blank → nullopt (a problem when required). Anything else: a problem listing them.
    std::optional<int> choice(const QString &key, const QStringList &alsoAccepted = {});
    // Yes or no: 是/否, Yes/No, Y/N, 1/0, true/false, √/×. Blank → nullopt (a problem when
    // required). Anything else: a problem.
    std::optional<bool> yesNo(const QString &key);
    // The names of yes and no in the user's language, for a template's drop-down.
    static QStringList yesNoChoices();
    // Records REASON against KEY's cell (its value as read), or against the whole row.
    void problem(const QString &key, const QString &reason);
    void rowProblem(const QString &reason);
    // Whether this row has any problem so far.
    bool hasProblems() const { return m_problemCount > 0; }

private:
    const SheetCell *cellOf(const QString &key) const;
    // KEY's cell when it holds a value that can be read; nullptr when it is absent or blank, or
    // when it is a formula, a merged cell or an Excel error (a problem recorded once).
    const SheetCell *readable(const QString &key);
    QString shown(const QString &key) const;
    const ImportColumn *column(const QString &key) const;

    // Pointers, not references, so a QList can hold records (they are assignable).
    const Sheet *m_sheet;
    const SheetBook *m_book;
    int m_rowIndex;
    QHash<QString, int> m_columnOf;
    const QList<ImportColumn> *m_columns;
    QList<ImportProblem> *m_problems;
    int m_problemCount = 0;
    QSet<QString> m_refused; // keys whose cell already has a problem: one problem per cell
};

} // namespace Taktline
