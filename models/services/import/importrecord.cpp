#include "services/import/importrecord.h"

namespace Taktline {

// Contract stub: the import helper replaces this file.
ImportRecord::ImportRecord(const Sheet &sheet, const SheetBook &book, int rowIndex,
                           const QHash<QString, int> &columnOf, const QList<ImportColumn> &columns,
                           QList<ImportProblem> *problems)
    : m_sheet(sheet), m_book(book), m_rowIndex(rowIndex), m_columnOf(columnOf), m_columns(columns),
      m_problems(problems)
{}
QString ImportRecord::text(const QString &, int) { return {}; }
std::optional<double> ImportRecord::number(const QString &, double, double, bool) { return std::nullopt; }
std::optional<QDate> ImportRecord::date(const QString &) { return std::nullopt; }
std::optional<int> ImportRecord::choice(const QString &, const QStringList &) { return std::nullopt; }
void ImportRecord::problem(const QString &, const QString &) { ++m_problemCount; }
void ImportRecord::rowProblem(const QString &) { ++m_problemCount; }
const SheetCell *ImportRecord::cellOf(const QString &) const { return nullptr; }
const ImportColumn *ImportRecord::column(const QString &) const { return nullptr; }

} // namespace Taktline
