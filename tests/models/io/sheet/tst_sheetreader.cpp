// Reading spreadsheets for import: .xlsx written by libxlsxwriter and parts written by hand (the
// way other programs write them), CSV in the encodings Chinese Excel and WPS save, and every
// file the reader must refuse with a message naming the file and saying what to do.
#include "io/sheet/sheetreader.h"
#include "io/sheet/sheettext.h"
#include "io/sheet/xlsxsheetparser.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>
#include <zip.h>

using namespace Taktline;

class TstSheetReader : public QObject
{
    Q_OBJECT
private slots:
    void readsWorkbookWrittenByExcelWriter();
    void readsInlineStringsGapsAndSharedFormulas();
    void readsPartsLargerThanOneChunk();
    void refusesSheetsAskingForTooManyCells();
    void readsCsvInUtf8WithAndWithoutBom();
    void readsCsvInGbk();
    void readsQuotedFieldsAcrossLines();
    void refusesOldXlsAndPasswordProtectedFiles();
    void refusesDamagedEmptyAndMissingFiles();
    void readsPartsOfAWorkbook();
    void readsChartSheetsAsEmptySheets();
    void tellsDateStylesFromNumberStyles();

private:
    QTemporaryDir m_dir;
};

namespace {

// Writes PARTS (name → bytes) as a zip archive at PATH, the way a hand-made .xlsx is built.
void writeZip(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &parts)
{
    int error = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    QVERIFY(archive);
    for (const auto &[name, bytes] : parts) {
        zip_source_t *source =
            zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        QVERIFY(zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8) >= 0);
    }
    QCOMPARE(zip_close(archive), 0);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

const QByteArray rootRels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>)";

double serial(const QDate &date)
{
    return double(QDate(1899, 12, 30).daysTo(date));
}

} // namespace

void TstSheetReader::readsWorkbookWrittenByExcelWriter()
{
    const QString path = m_dir.filePath(QStringLiteral("物料.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *data = workbook_add_worksheet(workbook, "物料");
    lxw_worksheet *hidden = workbook_add_worksheet(workbook, "_taktline");
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format *timeFormat = workbook_add_format(workbook);
    format_set_num_format(timeFormat, "yyyy/m/d hh:mm");
    lxw_format *moneyFormat = workbook_add_format(workbook);
    format_set_num_format(moneyFormat, "#,##0.00\"元\"");
    worksheet_write_string(data, 0, 0, "编码", nullptr);
    worksheet_write_string(data, 0, 1, "数量", nullptr);
    worksheet_write_string(data, 1, 0, "螺丝 M6", nullptr);
    worksheet_write_number(data, 1, 1, 42.5, moneyFormat);
    lxw_datetime due = {2026, 12, 6, 0, 0, 0};
    worksheet_write_datetime(data, 1, 2, &due, dateFormat);
    lxw_datetime start = {2026, 12, 6, 8, 30, 0};
    worksheet_write_datetime(data, 1, 3, &start, timeFormat);
    worksheet_write_formula_num(data, 1, 4, "=B2*2", nullptr, 85);
    worksheet_write_boolean(data, 1, 5, 1, nullptr);
    worksheet_write_number(data, 4, 0, 7, nullptr); // rows 3 and 4 left empty
    worksheet_merge_range(data, 2, 0, 3, 2, "合并", nullptr);
    worksheet_write_string(hidden, 0, 0, "stamp", nullptr);
    worksheet_hide(hidden);
    workbook_define_name(workbook, "TaktlineTemplate", "=\"item:1\"");
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

    const Result<SheetBook> read = SheetReader::read(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    const SheetBook &book = read.value();
    QCOMPARE(book.sheets.size(), 2);
    QCOMPARE(book.sheets.at(0).name, QStringLiteral("物料"));
    QVERIFY(!book.sheets.at(0).hidden);
    QCOMPARE(book.sheets.at(1).name, QStringLiteral("_taktline"));
    QVERIFY(book.sheets.at(1).hidden);
    QCOMPARE(book.definedNames.value(QStringLiteral("TaktlineTemplate")),
             QStringLiteral("\"item:1\""));

    const Sheet &sheet = book.sheets.at(0);
    QCOMPARE(sheet.rowCount(), 5);
    QCOMPARE(sheet.cell(0, 1).text, QStringLiteral("数量"));
    QCOMPARE(sheet.cell(1, 0).kind, SheetCell::Kind::Text);
    QCOMPARE(sheet.cell(1, 0).text, QStringLiteral("螺丝 M6"));
    QCOMPARE(sheet.cell(1, 1).kind, SheetCell::Kind::Number);
    QCOMPARE(sheet.cell(1, 1).number, 42.5);
    QVERIFY(!book.isDateStyle(sheet.cell(1, 1).style));
    QCOMPARE(SheetText::display(sheet.cell(1, 1), book), QStringLiteral("42.5"));

    const SheetCell &dueCell = sheet.cell(1, 2);
    QCOMPARE(dueCell.kind, SheetCell::Kind::Number);
    QCOMPARE(dueCell.number, serial(QDate(2026, 12, 6)));
    QCOMPARE(book.numberFormats.value(dueCell.style), QStringLiteral("yyyy-mm-dd"));
    QVERIFY(book.isDateStyle(dueCell.style));
    QCOMPARE(SheetText::date(dueCell, book), QDate(2026, 12, 6));
    QCOMPARE(SheetText::display(dueCell, book), QStringLiteral("2026-12-06"));
    QCOMPARE(SheetText::dateTime(sheet.cell(1, 3), book),
             QDateTime(QDate(2026, 12, 6), QTime(8, 30)));
    QCOMPARE(SheetText::display(sheet.cell(1, 3), book), QStringLiteral("2026-12-06 08:30"));

    QCOMPARE(sheet.cell(1, 4).formula, QStringLiteral("B2*2"));
    QCOMPARE(sheet.cell(1, 4).number, 85.0);
    QCOMPARE(sheet.cell(1, 5).kind, SheetCell::Kind::Boolean);
    QCOMPARE(sheet.cell(1, 5).number, 1.0);

    QCOMPARE(sheet.cell(2, 0).text, QStringLiteral("合并"));
    QVERIFY(sheet.isMerged(3, 2));
    QVERIFY(!sheet.isMerged(4, 0));
    QCOMPARE(sheet.merged.size(), 1);
    QVERIFY(sheet.cell(3, 0).isEmpty());
    QCOMPARE(sheet.cell(4, 0).number, 7.0);
    QCOMPARE(book.sheets.at(1).cell(0, 0).text, QStringLiteral("stamp"));
}

void TstSheetReader::readsInlineStringsGapsAndSharedFormulas()
{
    // Another program's workbook: sheet parts named by absolute and relative targets, no shared
    // strings, no styles, inline rich text, cells without references, a shared formula.
    const QByteArray workbook = R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="计划" sheetId="1" rel:id="rId7"/><sheet name="隐藏" sheetId="2" state="veryHidden" rel:id="rId8"/></sheets>
<definedNames><definedName name="Stamp">"plan:2"</definedName></definedNames></workbook>)";
    const QByteArray workbookRels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/first.xml"/>
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/../worksheets/second.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="looks.xml"/>
<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/words.xml"/>
</Relationships>)";
    // Styles: a cell style's (cellStyleXfs) xf is not a cell's; built-in 14 is a date.
    const QByteArray styles = R"(<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="22"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="46"/></cellXfs>
</styleSheet>)";
    const QByteArray words = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<si><r><t>红</t></r><r><rPr><b/></rPr><t>色</t></r><rPh sb="0" eb="1"><t>hong</t></rPh></si>
<si><t>line_x000D_</t></si></sst>)";
    const QByteArray first = R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>工单</t></r><r><t xml:space="preserve"> 一</t></r><rPh sb="0" eb="1"><t>ゴン</t></rPh></is></c>
<c r="C1" t="inlineStr"><is><t>跳过B1</t></is></c></row>
<row r="3"><c t="n"><v>1</v></c><c><f t="shared" ref="B3:B5" si="0">A3*2+$A$1</f><v>2</v></c><c t="e"><v>#DIV/0!</v></c></row>
<row r="4"><c r="A4"><v>2</v></c><c r="B4"><f t="shared" si="0"/><v>4</v></c><c r="C4" t="str"><f>"x"&amp;A4</f><v>x2</v></c></row>
<row r="5"><c r="A5"><v>3</v></c><c r="B5"><f t="shared" si="0"/><v>6</v></c><c r="F5" s="0"/></row>
<row r="6"><c r="A6" t="s"><v>0</v></c><c r="B6" t="s"><v>1</v></c><c r="C6" s="1"><v>46362</v></c><c r="D6" s="2"><v>0.25</v></c><c r="E6" s="3"><v>1.5</v></c></row>
<row r="9"><c r="A9" s="0"/></row>
</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>)";
    const QByteArray second =
        R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>)";
    const QString path = m_dir.filePath(QStringLiteral("handmade.xlsx"));
    writeZip(path, {{"_rels/.rels", rootRels},
                    {"xl/workbook.xml", workbook},
                    {"xl/_rels/workbook.xml.rels", workbookRels},
                    {"xl/worksheets/first.xml", first},
                    {"xl/worksheets/second.xml", second},
                    {"xl/looks.xml", styles},
                    {"xl/words.xml", words}});

    const Result<SheetBook> read = SheetReader::read(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    const SheetBook &book = read.value();
    QCOMPARE(book.sheets.size(), 2);
    QVERIFY(book.sheets.at(1).hidden);
    QCOMPARE(book.sheets.at(1).rowCount(), 0);
    QCOMPARE(book.definedNames.value(QStringLiteral("Stamp")), QStringLiteral("\"plan:2\""));
    QCOMPARE(book.numberFormats.size(), 4);
    QCOMPARE(book.numberFormats.at(2), QStringLiteral("0.0%"));

    const Sheet &sheet = book.sheets.at(0);
    QCOMPARE(sheet.rowCount(), 6); // the empty styled cell in row 9 is no data
    QCOMPARE(sheet.cell(0, 0).text, QStringLiteral("工单 一"));
    QVERIFY(sheet.cell(0, 1).isEmpty());
    QCOMPARE(sheet.cell(0, 2).text, QStringLiteral("跳过B1"));
    QCOMPARE(sheet.rows.at(1).size(), 0);
    QCOMPARE(sheet.cell(2, 0).number, 1.0);
    QCOMPARE(sheet.cell(2, 1).formula, QStringLiteral("A3*2+$A$1"));
    QCOMPARE(sheet.cell(2, 2).kind, SheetCell::Kind::Error);
    QCOMPARE(sheet.cell(2, 2).text, QStringLiteral("#DIV/0!"));
    QCOMPARE(sheet.cell(3, 1).formula, QStringLiteral("A4*2+$A$1"));
    QCOMPARE(sheet.cell(4, 1).formula, QStringLiteral("A5*2+$A$1"));
    QCOMPARE(sheet.cell(4, 1).number, 6.0);
    QCOMPARE(sheet.cell(3, 2).text, QStringLiteral("x2"));
    QCOMPARE(sheet.cell(3, 2).formula, QStringLiteral("\"x\"&A4"));
    QCOMPARE(sheet.rows.at(4).size(), 2);
    QVERIFY(sheet.isMerged(0, 1));
    QCOMPARE(sheet.cell(5, 0).text, QStringLiteral("红色"));
    QCOMPARE(sheet.cell(5, 1).text, QStringLiteral("line\r"));
    QVERIFY(book.isDateStyle(sheet.cell(5, 2).style));
    QCOMPARE(SheetText::display(sheet.cell(5, 2), book), QStringLiteral("2026-12-06"));
    QVERIFY(!book.isDateStyle(sheet.cell(5, 3).style));
    QVERIFY(book.isDateStyle(sheet.cell(5, 4).style)); // [h]:mm:ss
}

void TstSheetReader::readsPartsLargerThanOneChunk()
{
    // Parts are unpacked as they are parsed: a sheet and shared strings of many chunks each.
    constexpr int rows = 5000;
    const QString path = m_dir.filePath(QStringLiteral("large.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    for (int row = 0; row < rows; ++row) {
        const QByteArray code = QByteArray("零件-") + QByteArray::number(row);
        worksheet_write_string(sheet, row, 0, code.constData(), nullptr);
        worksheet_write_number(sheet, row, 1, row, nullptr);
    }
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);
    QVERIFY(SheetReader::readPart(path, QStringLiteral("xl/sharedStrings.xml")).value().size() >
            65536);

    const Result<SheetBook> read = SheetReader::read(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    const Sheet &first = read.value().sheets.at(0);
    QCOMPARE(first.rowCount(), rows);
    QCOMPARE(first.cell(rows - 1, 0).text, QStringLiteral("零件-%1").arg(rows - 1));
    QCOMPARE(first.cell(rows - 1, 1).number, double(rows - 1));
}

void TstSheetReader::refusesSheetsAskingForTooManyCells()
{
    // Each far-right cell asks for the empty cells before it: a small part, many cells.
    QByteArray xml = "<worksheet><sheetData>";
    for (int row = 1; row <= 4; ++row)
        xml += "<row r=\"" + QByteArray::number(row) + "\"><c r=\"Z" + QByteArray::number(row) +
               "\"><v>1</v></c></row>";
    xml += "</sheetData></worksheet>";
    for (const auto &[limit, expected] : {std::pair(104, XlsxSheetParser::ReadStatus::Read),
                                          std::pair(103, XlsxSheetParser::ReadStatus::TooLarge)}) {
        QBuffer buffer(&xml);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Sheet sheet;
        QCOMPARE(XlsxSheetParser::read(buffer, {}, sheet, limit), expected);
    }
}

void TstSheetReader::readsCsvInUtf8WithAndWithoutBom()
{
    const QByteArray text = QStringLiteral("编码,名称\r\nA-1,螺丝\r\n").toUtf8();
    for (const QByteArray &bytes : {text, QByteArray(QByteArray("\xEF\xBB\xBF") + text)}) {
        const QString path = m_dir.filePath(QStringLiteral("物料.csv"));
        writeFile(path, bytes);
        const Result<SheetBook> read = SheetReader::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value().encoding, QStringLiteral("UTF-8"));
        const Sheet &sheet = read.value().sheets.at(0);
        QCOMPARE(sheet.name, QStringLiteral("物料"));
        QCOMPARE(sheet.rowCount(), 2);
        QCOMPARE(sheet.cell(0, 0).text, QStringLiteral("编码"));
        QCOMPARE(sheet.cell(1, 1).text, QStringLiteral("螺丝"));
        QCOMPARE(sheet.cell(1, 1).kind, SheetCell::Kind::Text);
    }
}

void TstSheetReader::readsCsvInGbk()
{
    QStringEncoder gbk("GBK");
    QVERIFY2(gbk.isValid(), "GBK is not available to write the test's file");
    const QByteArray bytes = gbk(QStringLiteral("编码,名称,数量\n螺丝,六角螺母,1,234\n"));
    const QString path = m_dir.filePath(QStringLiteral("gbk.csv"));
    writeFile(path, bytes);
    const Result<SheetBook> read = SheetReader::read(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read.value().encoding, QStringLiteral("GBK"));
    const Sheet &sheet = read.value().sheets.at(0);
    QCOMPARE(sheet.cell(0, 2).text, QStringLiteral("数量"));
    QCOMPARE(sheet.cell(1, 1).text, QStringLiteral("六角螺母"));
}

void TstSheetReader::readsQuotedFieldsAcrossLines()
{
    const QByteArray csv = "code,note,qty\r\n"
                           "\"A,1\",\"line one\r\nline \"\"two\"\"\",\"1,234\"\r\n"
                           ",,\r\n"
                           "B,,5\n"
                           "\n";
    const Result<SheetBook> read = SheetReader::readCsv(csv, QStringLiteral("notes"));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    const Sheet &sheet = read.value().sheets.at(0);
    QCOMPARE(sheet.name, QStringLiteral("notes"));
    QCOMPARE(sheet.rowCount(), 4);
    QCOMPARE(sheet.cell(1, 0).text, QStringLiteral("A,1"));
    QCOMPARE(sheet.cell(1, 1).text, QStringLiteral("line one\r\nline \"two\""));
    QCOMPARE(SheetText::number(sheet.cell(1, 2)), 1234.0);
    QCOMPARE(sheet.rows.at(2).size(), 0);
    QVERIFY(sheet.cell(3, 1).isEmpty());
    QCOMPARE(sheet.cell(3, 2).text, QStringLiteral("5"));
    QCOMPARE(sheet.cell(3, 2).kind, SheetCell::Kind::Text);
}

void TstSheetReader::refusesOldXlsAndPasswordProtectedFiles()
{
    const QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    const QString xls = m_dir.filePath(QStringLiteral("old.xls"));
    writeFile(xls, ole + QByteArray(504, '\0') + "Workbook");
    const Result<SheetBook> old = SheetReader::read(xls);
    QVERIFY(!old.ok());
    QVERIFY2(old.error().contains(QDir::toNativeSeparators(xls)), qPrintable(old.error()));
    QVERIFY2(old.error().contains(QStringLiteral("(.xlsx)")), qPrintable(old.error()));
    QVERIFY2(old.error().contains(QStringLiteral(".xls")), qPrintable(old.error()));

    const QString name = QStringLiteral("EncryptionInfo");
    const QByteArray utf16(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    const QString locked = m_dir.filePath(QStringLiteral("locked.xlsx"));
    writeFile(locked, ole + QByteArray(504, '\0') + utf16 + QByteArray(64, '\0'));
    const Result<SheetBook> protectedBook = SheetReader::read(locked);
    QVERIFY(!protectedBook.ok());
    QVERIFY2(protectedBook.error().contains(QDir::toNativeSeparators(locked)),
             qPrintable(protectedBook.error()));
    QVERIFY2(protectedBook.error().contains(QStringLiteral("password")),
             qPrintable(protectedBook.error()));
}

void TstSheetReader::refusesDamagedEmptyAndMissingFiles()
{
    // A real workbook cut short: the zip's directory at its end is gone.
    const QString whole = m_dir.filePath(QStringLiteral("whole.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(whole).constData());
    worksheet_write_string(workbook_add_worksheet(workbook, nullptr), 0, 0, "x", nullptr);
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);
    QFile wholeFile(whole);
    QVERIFY(wholeFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = wholeFile.readAll();
    const QString truncated = m_dir.filePath(QStringLiteral("truncated.xlsx"));
    writeFile(truncated, bytes.left(bytes.size() / 2));

    const QString renamed = m_dir.filePath(QStringLiteral("renamed.xlsx"));
    writeFile(renamed, "code,name\nA,B\n");
    // A zip without a workbook part.
    const QString noWorkbook = m_dir.filePath(QStringLiteral("noworkbook.xlsx"));
    writeZip(noWorkbook, {{"_rels/.rels", rootRels}});

    // A workbook whose sheet's packed data is damaged in the middle (its checksum no longer fits).
    QByteArray sheetXml = "<worksheet><sheetData>";
    for (int row = 1; row <= 3000; ++row)
        sheetXml += "<row><c><v>" + QByteArray::number(row * 7) + "</v></c></row>";
    sheetXml += "</sheetData></worksheet>";
    const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.xlsx"));
    writeZip(
        corrupt,
        {{"xl/workbook.xml",
          R"(<workbook xmlns:r="urn:r"><sheets><sheet name="S" r:id="a"/></sheets></workbook>)"},
         {"xl/_rels/workbook.xml.rels",
          R"(<Relationships><Relationship Id="a" Target="sheet.xml"/></Relationships>)"},
         {"xl/sheet.xml", sheetXml}});
    QVERIFY2(SheetReader::read(corrupt).ok(), "the workbook reads before it is damaged");
    QFile corruptFile(corrupt);
    QVERIFY(corruptFile.open(QIODevice::ReadWrite));
    QByteArray packed = corruptFile.readAll();
    const qsizetype sheetData = packed.indexOf("xl/sheet.xml") + 12 + 100;
    QVERIFY(sheetData > 112 && sheetData + 20 < packed.size());
    for (qsizetype i = sheetData; i < sheetData + 20; ++i)
        packed[i] = char(packed.at(i) ^ 0x5A);
    QVERIFY(corruptFile.seek(0));
    QCOMPARE(corruptFile.write(packed), packed.size());
    corruptFile.close();

    for (const QString &path : {truncated, renamed, noWorkbook, corrupt}) {
        const Result<SheetBook> read = SheetReader::read(path);
        QVERIFY2(!read.ok(), qPrintable(path));
        QVERIFY2(read.error().contains(QDir::toNativeSeparators(path)), qPrintable(read.error()));
        QVERIFY2(read.error().contains(QStringLiteral("damaged")), qPrintable(read.error()));
        QVERIFY2(read.error().contains(QStringLiteral("save it as Excel Workbook (.xlsx)")),
                 qPrintable(read.error()));
    }

    const QString empty = m_dir.filePath(QStringLiteral("empty.xlsx"));
    writeFile(empty, QByteArray());
    const Result<SheetBook> emptyRead = SheetReader::read(empty);
    QVERIFY(!emptyRead.ok());
    QVERIFY2(emptyRead.error().contains(QStringLiteral("is empty")), qPrintable(emptyRead.error()));
    QVERIFY(emptyRead.error().contains(QDir::toNativeSeparators(empty)));

    const QString missing = m_dir.filePath(QStringLiteral("nowhere/missing.xlsx"));
    const Result<SheetBook> missingRead = SheetReader::read(missing);
    QVERIFY(!missingRead.ok());
    QVERIFY2(missingRead.error().contains(QStringLiteral("does not exist")),
             qPrintable(missingRead.error()));
    QVERIFY(missingRead.error().contains(QDir::toNativeSeparators(missing)));
    QVERIFY(!SheetReader::partNames(missing).ok());
    QVERIFY(!SheetReader::readPart(truncated, QStringLiteral("xl/workbook.xml")).ok());

    const Result<SheetBook> folderRead = SheetReader::read(m_dir.path());
    QVERIFY(!folderRead.ok());
    QVERIFY2(folderRead.error().contains(QStringLiteral("is a folder")),
             qPrintable(folderRead.error()));
}

void TstSheetReader::readsPartsOfAWorkbook()
{
    const QString path = m_dir.filePath(QStringLiteral("parts.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "数据");
    worksheet_set_landscape(sheet);
    worksheet_write_number(sheet, 0, 0, 1, nullptr);
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

    const Result<QStringList> names = SheetReader::partNames(path);
    QVERIFY2(names.ok(), qPrintable(names.error()));
    QVERIFY(names.value().contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY(names.value().contains(QStringLiteral("xl/workbook.xml")));
    const Result<QByteArray> part =
        SheetReader::readPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(part.ok(), qPrintable(part.error()));
    QVERIFY(part.value().contains("orientation=\"landscape\""));
    const Result<QByteArray> none =
        SheetReader::readPart(path, QStringLiteral("xl/charts/chart1.xml"));
    QVERIFY(!none.ok());
    QVERIFY(none.error().contains(QStringLiteral("xl/charts/chart1.xml")));
}

void TstSheetReader::readsChartSheetsAsEmptySheets()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *data = workbook_add_worksheet(workbook, "Data");
    lxw_chartsheet *chartSheet = workbook_add_chartsheet(workbook, "图表");
    worksheet_write_number(data, 0, 0, 3, nullptr);
    worksheet_write_number(data, 1, 0, 4, nullptr);
    lxw_chart *chart = workbook_add_chart(workbook, LXW_CHART_COLUMN);
    chart_add_series(chart, nullptr, "=Data!$A$1:$A$2");
    chartsheet_set_chart(chartSheet, chart);
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

    const Result<SheetBook> read = SheetReader::read(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read.value().sheets.size(), 2);
    QCOMPARE(read.value().sheets.at(0).cell(1, 0).number, 4.0);
    QCOMPARE(read.value().sheets.at(1).name, QStringLiteral("图表"));
    QCOMPARE(read.value().sheets.at(1).rowCount(), 0);
    QVERIFY(SheetReader::partNames(path).value().contains(QStringLiteral("xl/charts/chart1.xml")));
}

void TstSheetReader::tellsDateStylesFromNumberStyles()
{
    SheetBook book;
    book.numberFormats = {QStringLiteral("General"),
                          QStringLiteral("0.00"),
                          QStringLiteral("yyyy\"年\"m\"月\"d\"日\""),
                          QStringLiteral("[$-804]yyyy/m/d"),
                          QStringLiteral("#,##0.00\"元\";[Red]-#,##0.00"),
                          QStringLiteral("[h]:mm:ss"),
                          QStringLiteral("0_);[Magenta](0)"),
                          QStringLiteral("\"day\"0"),
                          QStringLiteral("m/d/yy h:mm")};
    const QList<bool> expected = {false, false, true, true, false, true, false, false, true};
    for (int style = 0; style < expected.size(); ++style)
        QVERIFY2(book.isDateStyle(style) == expected.at(style),
                 qPrintable(book.numberFormats.at(style)));
    QVERIFY(!book.isDateStyle(99));
}

QTEST_GUILESS_MAIN(TstSheetReader)
#include "tst_sheetreader.moc"
