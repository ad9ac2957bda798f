// Fuzz target for what an import file holds: CSV text in any bytes (SheetReader::readCsv) and a
// worksheet part's XML (XlsxSheetParser::read); the first byte chooses which. CSV rows written
// back with every field quoted read the same; a sheet read has no trailing empty row or cell and
// merged areas that are rectangles; SheetText reads every cell without crashing.
#include "fuzzinput.h"
#include "io/sheet/sheetreader.h"
#include "io/sheet/sheettext.h"
#include "io/sheet/xlsxsheetparser.h"

#include <QBuffer>

using namespace Taktline;

namespace {

QByteArray quotedCsv(const Sheet &sheet)
{
    QByteArray csv;
    for (const QList<SheetCell> &row : sheet.rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column > 0)
                csv += ',';
            QString field = row.at(column).text;
            field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            csv += '"' + field.toUtf8() + '"';
        }
        csv += "\r\n";
    }
    return csv;
}

void checkCells(const Sheet &sheet, const SheetBook &book, const QString &input)
{
    FUZZ_CHECK(sheet.rows.isEmpty() || !sheet.rows.constLast().isEmpty(), input);
    for (const QList<SheetCell> &row : sheet.rows) {
        FUZZ_CHECK(row.isEmpty() || !row.constLast().isEmpty() ||
                       !row.constLast().formula.isEmpty(),
                   input);
        for (const SheetCell &cell : row) {
            SheetText::display(cell, book);
            SheetText::number(cell);
            SheetText::dateTime(cell, book);
            if (const std::optional<QDate> date = SheetText::date(cell, book))
                FUZZ_CHECK(date->isValid(), input);
            const QString normalized = SheetText::normalized(cell.text);
            FUZZ_CHECK(SheetText::normalized(normalized) == normalized, input);
            XlsxSheetParser::movedFormula(cell.formula, 3, -2);
        }
    }
    for (const SheetRange &range : sheet.merged)
        FUZZ_CHECK(range.firstRow <= range.lastRow && range.firstColumn <= range.lastColumn, input);
}

void checkCsv(const QByteArray &bytes, const QString &input)
{
    const Result<SheetBook> read = SheetReader::readCsv(bytes, QStringLiteral("fuzz"));
    if (!read) {
        FUZZ_CHECK(!read.error().isEmpty(), input);
        return;
    }
    const Sheet &sheet = read.value().sheets.value(0);
    checkCells(sheet, read.value(), input);
    const Result<SheetBook> again = SheetReader::readCsv(quotedCsv(sheet), QStringLiteral("again"));
    FUZZ_CHECK(bool(again), input);
    const Sheet &second = again.value().sheets.value(0);
    FUZZ_CHECK(second.rowCount() == sheet.rowCount(), input);
    for (int row = 0; row < sheet.rowCount(); ++row) {
        FUZZ_CHECK(second.rows.at(row).size() == sheet.rows.at(row).size(), input);
        for (qsizetype column = 0; column < sheet.rows.at(row).size(); ++column)
            FUZZ_CHECK(second.rows.at(row).at(column).text == sheet.rows.at(row).at(column).text,
                       input);
    }
}

void checkSheet(QByteArray bytes, const QString &input)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    SheetBook book;
    book.numberFormats = {QStringLiteral("General"), QStringLiteral("yyyy-mm-dd"),
                          QStringLiteral("0.00")};
    Sheet sheet;
    // A small cell limit: the fuzzer looks for wrong reads, not for the limit's memory.
    const XlsxSheetParser::ReadStatus status =
        XlsxSheetParser::read(buffer, {QStringLiteral("红"), QStringLiteral("x")}, sheet, 100000);
    if (status == XlsxSheetParser::ReadStatus::Read)
        checkCells(sheet, book, input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString input = Fuzz::asLatin1(data, size);
    if (data[0] & 1)
        checkSheet(bytes, input);
    else
        checkCsv(bytes, input);
    XlsxSheetParser::cellReference(Fuzz::asUtf8(data, size));
    return 0;
}
