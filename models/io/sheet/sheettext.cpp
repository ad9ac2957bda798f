#include "io/sheet/sheettext.h"

namespace Taktline::SheetText {

// Contract stub: the sheet-reading helper replaces this file.
QString normalized(const QString &text) { return text.trimmed(); }
QString display(const SheetCell &cell, const SheetBook &) { return cell.text; }
std::optional<double> number(const SheetCell &) { return std::nullopt; }
std::optional<QDate> date(const SheetCell &, const SheetBook &) { return std::nullopt; }
std::optional<QDateTime> dateTime(const SheetCell &, const SheetBook &) { return std::nullopt; }
std::optional<QDate> dateFromSerial(double) { return std::nullopt; }

} // namespace Taktline::SheetText
