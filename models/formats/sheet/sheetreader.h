#pragma once

#include "domain/outcome.h"
#include "formats/sheet/sheetbook.h"

#include <QCoreApplication>

namespace Taktline {

// Reads a spreadsheet file for import and for tests: .xlsx through libzip and QXmlStreamReader
// (shared strings, inline strings, numbers, booleans, errors, formulas with their cached values,
// styles' number formats, merged cells, hidden sheets, defined names), and .csv in UTF-8 (with
// or without BOM) or GBK, detected. The file's kind is judged by its bytes, not its name: an old
// binary .xls, a password-protected .xlsx (both OLE compound files), a damaged zip, an empty
// file and anything else are refused with a message in the user's language naming the file.
class SheetReader final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SheetReader)

public:
    static Result<SheetBook> read(const QString &path);
    // CSV text (comma separated, quotes doubled, fields across lines) as one sheet named NAME.
    static Result<SheetBook> readCsv(const QByteArray &bytes, const QString &name);
    // The raw bytes of one part of an .xlsx ("xl/worksheets/sheet1.xml", "xl/styles.xml"):
    // how tests check print settings, charts and data validation of written workbooks.
    static Result<QByteArray> readPart(const QString &xlsxPath, const QString &partName);
    // The names of every part in an .xlsx (tests: a chart was written).
    static Result<QStringList> partNames(const QString &xlsxPath);
};

} // namespace Taktline
