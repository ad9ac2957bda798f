#pragma once

#include "io/sheet/sheetbook.h"

#include <QStringList>

#include <optional>

class QIODevice;

namespace Taktline {

// Reads one worksheet part of an .xlsx as it streams in: every cell at its reference (gaps kept
// as empty cells), its value by type (shared and inline strings, numbers, booleans, errors,
// formulas with their cached values; a shared formula's followers get their master's text moved
// to their place), its style, and the merged areas.
namespace XlsxSheetParser {

// The most cells (empty ones in gaps included) a sheet may hold: 100,000 rows of 50 columns.
// A few kilobytes of XML could otherwise ask for gigabytes of cells.
constexpr qint64 maxCells = 5'000'000;

enum class ReadStatus { Read, Damaged, TooLarge };
// Damaged when the part is not a well-formed worksheet.
ReadStatus read(QIODevice &device, const QStringList &sharedStrings, Sheet &sheet,
                qint64 cellLimit = maxCells);
// "B12" → row 11, column 1 (0-based); "$B$12" too; nothing when TEXT is not a cell reference.
std::optional<std::pair<int, int>> cellReference(QStringView text);
// FORMULA as it reads when copied ROWS down and COLUMNS right: relative references move,
// "$"-fixed ones stay, strings and sheet names are left alone.
QString movedFormula(const QString &formula, int rows, int columns);

} // namespace XlsxSheetParser

} // namespace Taktline
