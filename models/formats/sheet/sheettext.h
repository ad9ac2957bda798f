#pragma once

#include "formats/sheet/sheetbook.h"

#include <QDate>
#include <QDateTime>

#include <optional>

namespace Taktline {

// How an imported cell's value is read the way a person meant it: full-width (全角) letters,
// digits and spaces as half-width, spaces around trimmed; numbers typed as text accepted; dates
// as Excel serial numbers (with a date format or not) or as text (2026-12-06, 2026/12/6,
// 2026.12.6, 2026年12月6日, 20261206).
namespace SheetText {

QString normalized(const QString &text);
// The cell as text a person reads: numbers without a trailing ".0", dates as yyyy-MM-dd.
QString display(const SheetCell &cell, const SheetBook &book);
std::optional<double> number(const SheetCell &cell);
std::optional<QDate> date(const SheetCell &cell, const SheetBook &book);
std::optional<QDateTime> dateTime(const SheetCell &cell, const SheetBook &book);
// An Excel serial day number (1900 system, 60 = the false 1900-02-29) as a date.
std::optional<QDate> dateFromSerial(double serial);

} // namespace SheetText

} // namespace Taktline
