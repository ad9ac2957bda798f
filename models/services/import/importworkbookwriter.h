#pragma once

#include "domain/outcome.h"
#include "io/sheet/sheetbook.h"
#include "services/import/importhandler.h"

#include <QCoreApplication>

namespace Taktline {

// Writes the workbooks of an import with libxlsxwriter: a kind's template (headers, hints,
// drop-down lists, the example row or the factory's rows, the hidden version stamp) and the
// error workbook (the file's rows as read, a 错误原因 column last). Written to PATH.part and
// renamed at the end, so a failed write leaves no half file under the name.
class ImportWorkbookWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ImportWorkbookWriter)

public:
    // The defined name that stamps a template, and its value's version.
    static QString stampName() { return QStringLiteral("TaktlineTemplate"); }
    static int stampVersion() { return 1; }
    // The header of the error workbook's last column in the user's language ("错误原因").
    static QString problemHeader();
    // Every name the problem column is recognised by on import.
    static QStringList problemHeaders();

    // ROWS below the headers (the example row, or the factory's data).
    static Outcome writeTemplate(const ImportHandler &handler, const QString &sheetName,
                                 const QList<QStringList> &rows, const QString &path);
    // SHEET's header row and data rows as read; ROWPROBLEMS: Excel row → its problems as text.
    static Outcome writeErrorWorkbook(const Sheet &sheet, const SheetBook &book, ImportKind kind,
                                      const QHash<int, QStringList> &rowProblems,
                                      const QString &path);
};

} // namespace Taktline
