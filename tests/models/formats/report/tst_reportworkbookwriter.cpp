// Report workbooks written by ReportWorkbookWriter and read back the way Excel reads them: the
// cells with their kinds and number formats, the totals formulas with their cached values, the
// frozen header, autofilter, print set-up and chart parts, and no file left by a cancel or a
// failure.
#include "filebytes.h"
#include "formats/report/reportworkbookwriter.h"
#include "formats/sheet/sheetreader.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Taktline;

class TstReportWorkbookWriter : public QObject
{
    Q_OBJECT
private slots:
    void writesTypedCellsWithTheirNumberFormats();
    void writesDatesAsSerialsWithADateFormat();
    void leavesNullsEmptyAndKeepsTextInANumberColumn();
    void totalsRowHoldsSubtotalFormulasWithTheirValues();
    void ratioTotalOfNothingIsEmpty();
    void freezesTheHeaderAndFiltersTheData();
    void fitsColumnsToTheirText();
    void setsUpPrintingOnA4Landscape();
    void escapesAmpersandsInThePageHeader();
    void translatesTheTotalAndThePageFooter();
    void writesTheChartOnASheetOfItsOwn();
    void writesLineAndPieCharts();
    void namesSheetsInChineseAndKeepsThemUnique();
    void emptySheetSaysSoAndHasNoTotals();
    void writesNotesUnderTheTable();
    void recordsTheFactoryInTheDocumentProperties();
    void reportsProgressAndCancelsCleanly();
    void missingFolderFailsWithMessage();
    void refusesMoreRowsThanASheetHolds();
    void replacesAnEarlierExport();
    void failedReplaceKeepsTheEarlierFileAndSaysWhy();
};

namespace {

using FileBytes::fileHash;

// One part of the .xlsx at PATH as text ("xl/worksheets/sheet1.xml").
QString part(const QString &path, const QString &name)
{
    const Result<QByteArray> bytes = SheetReader::readPart(path, name);
    return bytes.ok() ? QString::fromUtf8(bytes.value())
                      : QStringLiteral("<no part: %1>").arg(bytes.error());
}

QStringList partNames(const QString &path)
{
    const Result<QStringList> names = SheetReader::partNames(path);
    return names.ok() ? names.value() : QStringList();
}

// A written sheet read back as import reads it (cells, their kinds and number formats), and
// its XML for what the reader does not keep (panes, filter, print set-up).
struct WrittenSheet
{
    explicit WrittenSheet(const QString &path, int sheet = 0)
        : xml(part(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet + 1)))
    {
        const Result<SheetBook> read = SheetReader::read(path);
        if (read.ok())
            book = read.value();
        else
            qWarning("%s", qPrintable(read.error()));
        if (sheet < book.sheets.size())
            cells = book.sheets.at(sheet);
    }
    // The cell at REF ("B5").
    const SheetCell &cell(const QString &ref) const
    {
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^([A-Z]+)(\\d+)$")).match(ref);
        int column = 0;
        for (const QChar letter : match.captured(1))
            column = column * 26 + (letter.unicode() - u'A' + 1);
        return cells.cell(match.captured(2).toInt() - 1, column - 1);
    }
    // A text cell's text, a number cell's number as text.
    QString value(const QString &ref) const
    {
        const SheetCell &found = cell(ref);
        return found.kind == SheetCell::Kind::Number ? QString::number(found.number, 'g', 17)
                                                     : found.text;
    }
    double number(const QString &ref) const { return cell(ref).number; }
    bool exists(const QString &ref) const
    {
        return !cell(ref).isEmpty() || !cell(ref).formula.isEmpty();
    }
    bool isNumber(const QString &ref) const { return cell(ref).kind == SheetCell::Kind::Number; }
    bool isText(const QString &ref) const { return cell(ref).kind == SheetCell::Kind::Text; }
    QString formula(const QString &ref) const { return cell(ref).formula; }
    QString format(const QString &ref) const { return book.numberFormats.value(cell(ref).style); }
    bool isDate(const QString &ref) const { return book.isDateStyle(cell(ref).style); }

    QString xml;
    SheetBook book;
    Sheet cells;
};

ReportColumn column(const QString &header, ReportColumnKind kind, int decimals = 2)
{
    ReportColumn made;
    made.header = header;
    made.kind = kind;
    made.decimals = decimals;
    return made;
}

ReportColumn summed(ReportColumn made)
{
    made.summed = true;
    return made;
}

ReportSheet sheetOf(const QString &name, QList<ReportColumn> columns, QList<QVariantList> rows)
{
    ReportSheet sheet;
    sheet.name = name;
    sheet.columns = std::move(columns);
    sheet.rows = std::make_shared<ListRows>(std::move(rows));
    return sheet;
}

ReportDocument documentOf(ReportSheet sheet)
{
    ReportDocument document;
    document.title = QStringLiteral("Production daily");
    document.factoryName = QStringLiteral("Demo Works");
    document.period = QStringLiteral("2025-03-14");
    document.sheets.push_back(std::move(sheet));
    return document;
}

// The output of a machine per day: a machine, good, scrap, yield (good over good + scrap in the
// totals row, column E = B / D), the day.
ReportSheet outputSheet(int rows)
{
    ReportColumn yield = column(QStringLiteral("Yield"), ReportColumnKind::Percent, 1);
    yield.ratioOf = std::make_pair(1, 3);
    QList<QVariantList> values;
    for (int r = 0; r < rows; ++r) {
        const int good = 90 + r;
        const int scrap = r % 3;
        values.append({QStringLiteral("CNC-%1").arg(r + 1, 2, 10, QLatin1Char('0')), good, scrap,
                       good + scrap, double(good) / (good + scrap), QDate(2025, 3, 14).addDays(r)});
    }
    return sheetOf(QStringLiteral("Output"),
                   {column(QStringLiteral("Machine"), ReportColumnKind::Text),
                    summed(column(QStringLiteral("Good"), ReportColumnKind::Integer)),
                    summed(column(QStringLiteral("Scrap"), ReportColumnKind::Integer)),
                    summed(column(QStringLiteral("Made"), ReportColumnKind::Integer)), yield,
                    column(QStringLiteral("Day"), ReportColumnKind::Date)},
                   values);
}

double serial(const QDate &date)
{
    return double(QDate(1899, 12, 30).daysTo(date));
}

// Answers for the report writer's strings the way the zh_CN catalogue does.
class ChineseCatalogue final : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        static const QMap<QByteArray, QString> words{
            {"Total", QStringLiteral("合计")},
            {"Page &P of &N", QStringLiteral("第 &P 页，共 &N 页")}};
        return words.value(source);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void TstReportWorkbookWriter::writesTypedCellsWithTheirNumberFormats()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typed.xlsx"));
    ReportDocument document =
        documentOf(sheetOf(QStringLiteral("Typed"),
                           {column(QStringLiteral("Code"), ReportColumnKind::Text),
                            column(QStringLiteral("Pieces"), ReportColumnKind::Integer),
                            column(QStringLiteral("Weight"), ReportColumnKind::Decimal, 3),
                            column(QStringLiteral("OEE"), ReportColumnKind::Percent, 1),
                            column(QStringLiteral("Hours"), ReportColumnKind::Hours),
                            column(QStringLiteral("Price"), ReportColumnKind::Decimal)},
                           {{QStringLiteral("P-001"), 1234, 12.5, 0.873, 7.25, 3.5}}));
    const Outcome written = ReportWorkbookWriter::write(document, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    const WrittenSheet sheet(path);
    QVERIFY(sheet.isText(QStringLiteral("A2")));
    QCOMPARE(sheet.value(QStringLiteral("A2")), QStringLiteral("P-001"));
    const QStringList refs{QStringLiteral("B2"), QStringLiteral("C2"), QStringLiteral("D2"),
                           QStringLiteral("E2"), QStringLiteral("F2")};
    const QStringList values{QStringLiteral("1234"), QStringLiteral("12.5"),
                             QStringLiteral("0.873"), QStringLiteral("7.25"),
                             QStringLiteral("3.5")};
    const QStringList formats{QStringLiteral("#,##0"), QStringLiteral("#,##0.000"),
                              QStringLiteral("0.0%"), QStringLiteral("0.00"),
                              QStringLiteral("#,##0.00")};
    for (int i = 0; i < refs.size(); ++i) {
        QVERIFY2(sheet.isNumber(refs.at(i)), qPrintable(refs.at(i)));
        QCOMPARE(sheet.value(refs.at(i)), values.at(i));
        QCOMPARE(sheet.format(refs.at(i)), formats.at(i));
    }
    QCOMPARE(sheet.value(QStringLiteral("D1")), QStringLiteral("OEE"));
}

void TstReportWorkbookWriter::writesDatesAsSerialsWithADateFormat()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dates.xlsx"));
    const QDate day(2025, 3, 14);
    ReportDocument document =
        documentOf(sheetOf(QStringLiteral("Dates"),
                           {column(QStringLiteral("Day"), ReportColumnKind::Date),
                            column(QStringLiteral("Started"), ReportColumnKind::DateTime)},
                           {{day, QDateTime(day, QTime(18, 0))}}));
    QVERIFY(ReportWorkbookWriter::write(document, path).ok());

    const WrittenSheet sheet(path);
    QVERIFY(sheet.isNumber(QStringLiteral("A2")));
    QCOMPARE(sheet.number(QStringLiteral("A2")), serial(day));
    QCOMPARE(sheet.format(QStringLiteral("A2")), QStringLiteral("yyyy-mm-dd"));
    QVERIFY(sheet.isDate(QStringLiteral("A2")));
    QVERIFY(sheet.isNumber(QStringLiteral("B2")));
    QCOMPARE(sheet.number(QStringLiteral("B2")), serial(day) + 0.75);
    QCOMPARE(sheet.format(QStringLiteral("B2")), QStringLiteral("yyyy-mm-dd hh:mm"));
}

void TstReportWorkbookWriter::leavesNullsEmptyAndKeepsTextInANumberColumn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nulls.xlsx"));
    ReportDocument document =
        documentOf(sheetOf(QStringLiteral("Nulls"),
                           {column(QStringLiteral("Code"), ReportColumnKind::Text),
                            column(QStringLiteral("Pieces"), ReportColumnKind::Integer),
                            column(QStringLiteral("Day"), ReportColumnKind::Date)},
                           {{QVariant(), QVariant(), QVariant()},
                            {QStringLiteral("A"), QStringLiteral("n/a"), QStringLiteral("someday")},
                            {QStringLiteral("short row")}}));
    const Outcome written = ReportWorkbookWriter::write(document, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    const WrittenSheet sheet(path);
    QVERIFY(!sheet.exists(QStringLiteral("A2")));
    QVERIFY(!sheet.exists(QStringLiteral("B2")));
    QVERIFY(!sheet.exists(QStringLiteral("C2")));
    QVERIFY(sheet.isText(QStringLiteral("B3")));
    QCOMPARE(sheet.value(QStringLiteral("B3")), QStringLiteral("n/a"));
    QCOMPARE(sheet.value(QStringLiteral("C3")), QStringLiteral("someday"));
    QCOMPARE(sheet.value(QStringLiteral("A4")), QStringLiteral("short row"));
    QVERIFY(!sheet.exists(QStringLiteral("B4")));
}

void TstReportWorkbookWriter::totalsRowHoldsSubtotalFormulasWithTheirValues()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("totals.xlsx"));
    ReportDocument document = documentOf(outputSheet(3));
    QVERIFY(ReportWorkbookWriter::write(document, path).ok());

    // Rows 2–4 hold good 90, 91, 92 and scrap 0, 1, 2: the totals are in row 5.
    const WrittenSheet sheet(path);
    QCOMPARE(sheet.value(QStringLiteral("A5")), QStringLiteral("Total"));
    QCOMPARE(sheet.formula(QStringLiteral("B5")), QStringLiteral("SUBTOTAL(109,B2:B4)"));
    QCOMPARE(sheet.number(QStringLiteral("B5")), 273.0);
    QCOMPARE(sheet.formula(QStringLiteral("C5")), QStringLiteral("SUBTOTAL(109,C2:C4)"));
    QCOMPARE(sheet.number(QStringLiteral("C5")), 3.0);
    QCOMPARE(sheet.number(QStringLiteral("D5")), 276.0);
    QCOMPARE(sheet.formula(QStringLiteral("E5")),
             QStringLiteral("IFERROR(SUBTOTAL(109,B2:B4)/SUBTOTAL(109,D2:D4),\"\")"));
    QCOMPARE(sheet.number(QStringLiteral("E5")), 273.0 / 276.0);
    QCOMPARE(sheet.format(QStringLiteral("E5")), QStringLiteral("0.0%"));
    QCOMPARE(sheet.format(QStringLiteral("B5")), QStringLiteral("#,##0"));
    // A date is not added up.
    QVERIFY(sheet.formula(QStringLiteral("F5")).isEmpty());
    QVERIFY(!sheet.isNumber(QStringLiteral("F5")));
}

void TstReportWorkbookWriter::ratioTotalOfNothingIsEmpty()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ratio.xlsx"));
    ReportColumn share = column(QStringLiteral("Share"), ReportColumnKind::Percent, 1);
    share.ratioOf = std::make_pair(1, 2);
    ReportDocument document = documentOf(
        sheetOf(QStringLiteral("Ratio"),
                {column(QStringLiteral("Code"), ReportColumnKind::Text),
                 summed(column(QStringLiteral("Part"), ReportColumnKind::Integer)),
                 summed(column(QStringLiteral("Whole"), ReportColumnKind::Integer)), share},
                {{QStringLiteral("A"), 0, 0, QVariant()}}));
    QVERIFY(ReportWorkbookWriter::write(document, path).ok());

    const WrittenSheet sheet(path);
    QVERIFY(sheet.formula(QStringLiteral("D3")).startsWith(QStringLiteral("IFERROR(")));
    // The cached result is an empty text, not a number 0 shown as "0.0%".
    QVERIFY(sheet.isText(QStringLiteral("D3")) || sheet.cell(QStringLiteral("D3")).isEmpty());
    QVERIFY(sheet.value(QStringLiteral("D3")).isEmpty());
}

void TstReportWorkbookWriter::freezesTheHeaderAndFiltersTheData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("frozen.xlsx"));
    ReportDocument document = documentOf(outputSheet(4));
    document.sheets.front().columns[5].header.clear();
    QVERIFY(ReportWorkbookWriter::write(document, path).ok());

    const WrittenSheet sheet(path);
    QVERIFY2(sheet.xml.contains(QStringLiteral("<pane ySplit=\"1\" topLeftCell=\"A2\" "
                                               "activePane=\"bottomLeft\" state=\"frozen\"/>")),
             qPrintable(sheet.xml.left(1500)));
    // The filter covers the data, not the totals row under it.
    QVERIFY2(sheet.xml.contains(QStringLiteral("<autoFilter ref=\"A1:F5\"/>")),
             qPrintable(sheet.xml.right(900)));
    // The header is bold on a shaded ground.
    const QString styles = part(path, QStringLiteral("xl/styles.xml"));
    QVERIFY(styles.contains(QStringLiteral("<b/>")));
    QVERIFY(styles.contains(QStringLiteral("FFDDE7F0")));
    // Headers over numbers are right-aligned like their values; text headers are not.
    const int textHeader = sheet.cell(QStringLiteral("A1")).style;
    const int numberHeader = sheet.cell(QStringLiteral("E1")).style;
    QVERIFY(textHeader > 0);
    QVERIFY(numberHeader > 0 && numberHeader != textHeader);
    QVERIFY(styles.contains(QStringLiteral("horizontal=\"right\"")));
    // A column without a header still has its header cell shaded.
    QVERIFY2(sheet.xml.contains(QStringLiteral("<c r=\"F1\" s=\"%1\"/>").arg(numberHeader)),
             qPrintable(sheet.xml.left(1200)));
}

void TstReportWorkbookWriter::fitsColumnsToTheirText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("widths.xlsx"));
    ReportDocument document = documentOf(sheetOf(
        QStringLiteral("Widths"),
        {column(QStringLiteral("Name"), ReportColumnKind::Text),
         column(QStringLiteral("Code"), ReportColumnKind::Text),
         column(QStringLiteral("Remark"), ReportColumnKind::Text)},
        {{QStringLiteral("数控车床一号"), QStringLiteral("CNCLATHE01"), QString(200, u'x')}}));
    QVERIFY(ReportWorkbookWriter::write(document, path).ok());

    const WrittenSheet sheet(path);
    const auto width = [&](int column) {
        const QRegularExpression col(
            QStringLiteral("<col min=\"%1\" max=\"%1\" width=\"([0-9.]+)\"").arg(column));
        return col.match(sheet.xml).captured(1).toDouble();
    };
    // Six CJK characters count as twelve, as wide as ten letters and more.
    QVERIFY2(width(1) >= 12 && width(1) > width(2), qPrintable(sheet.xml.left(800)));
    QVERIFY(width(2) >= 10);
    QVERIFY(width(3) > 50 && width(3) <= 61);
}

void TstReportWorkbookWriter::setsUpPrintingOnA4Landscape()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("print.xlsx"));
    ReportDocument document = documentOf(outputSheet(2));
    QVERIFY(ReportWorkbookWriter::write(document, path).ok());

    const WrittenSheet sheet(path);
    const QRegularExpressionMatch setup =
        QRegularExpression(QStringLiteral("<pageSetup ([^>]*)/>")).match(sheet.xml);
    QVERIFY2(setup.hasMatch(), qPrintable(sheet.xml));
    QVERIFY(setup.captured(1).contains(QStringLiteral("paperSize=\"9\"")));
    QVERIFY(setup.captured(1).contains(QStringLiteral("orientation=\"landscape\"")));
    QVERIFY(setup.captured(1).contains(QStringLiteral("fitToHeight=\"0\"")));
    // fitToWidth="1" is the default: written or left out, one page wide.
    QVERIFY(!setup.captured(1).contains(QStringLiteral("fitToWidth=")) ||
            setup.captured(1).contains(QStringLiteral("fitToWidth=\"1\"")));
    QVERIFY(sheet.xml.contains(QStringLiteral("<pageSetUpPr fitToPage=\"1\"/>")));
    QVERIFY2(sheet.xml.contains(QStringLiteral("<oddHeader>&amp;LDemo Works&amp;CProduction "
                                               "daily&amp;R2025-03-14</oddHeader>")),
             qPrintable(sheet.xml.right(800)));
    QVERIFY(
        sheet.xml.contains(QStringLiteral("<oddFooter>&amp;CPage &amp;P of &amp;N</oddFooter>")));

    const QString workbook = part(path, QStringLiteral("xl/workbook.xml"));
    QVERIFY2(workbook.contains(QStringLiteral("<definedName name=\"_xlnm.Print_Titles\" "
                                              "localSheetId=\"0\">Output!$1:$1</definedName>")),
             qPrintable(workbook));
}

void TstReportWorkbookWriter::escapesAmpersandsInThePageHeader()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("amp.xlsx"));
    ReportDocument document = documentOf(outputSheet(1));
    // libxlsxwriter would take "&G" for an image.
    document.factoryName = QStringLiteral("R&G & Sons");
    document.period = QStringLiteral("&[Picture]");
    document.title = QString(300, u'长');
    QVERIFY(ReportWorkbookWriter::write(document, path).ok());

    const WrittenSheet sheet(path);
    const QString header = QRegularExpression(QStringLiteral("<oddHeader>(.*?)</oddHeader>"))
                               .match(sheet.xml)
                               .captured(1)
                               .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    QVERIFY2(header.startsWith(QStringLiteral("&LR＆G && Sons&C长长")), qPrintable(header));
    QVERIFY(header.endsWith(QStringLiteral("&R＆[Picture]")));
    QVERIFY(header.toUtf8().size() <= 255);
}

void TstReportWorkbookWriter::translatesTheTotalAndThePageFooter()
{
    ChineseCatalogue chinese;
    QCoreApplication::installTranslator(&chinese);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("zh.xlsx"));
    ReportDocument document = documentOf(outputSheet(2));
    const Outcome written = ReportWorkbookWriter::write(document, path);
    QCoreApplication::removeTranslator(&chinese);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    const WrittenSheet sheet(path);
    QCOMPARE(sheet.value(QStringLiteral("A4")), QStringLiteral("合计"));
    QVERIFY2(sheet.xml.contains(
                 QStringLiteral("<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>")),
             qPrintable(sheet.xml.right(600)));
}

void TstReportWorkbookWriter::writesTheChartOnASheetOfItsOwn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.xlsx"));
    ReportSheet data = outputSheet(30);
    data.name = QStringLiteral("产量 日");
    ReportChart chart;
    chart.title = QStringLiteral("Good and scrap per machine");
    chart.categoryColumn = 0;
    chart.valueColumns = {1, 2};
    chart.maxRows = 20;
    data.chart = chart;
    ReportDocument document = documentOf(std::move(data));
    const Outcome written = ReportWorkbookWriter::write(document, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    const QStringList parts = partNames(path);
    QVERIFY2(parts.contains(QStringLiteral("xl/charts/chart1.xml")), qPrintable(parts.join(u' ')));
    QVERIFY(parts.contains(QStringLiteral("xl/chartsheets/sheet1.xml")));
    const QString workbook = part(path, QStringLiteral("xl/workbook.xml"));
    QVERIFY2(workbook.indexOf(QStringLiteral("name=\"产量 日\"")) <
                 workbook.indexOf(QStringLiteral("name=\"产量 日 chart\"")),
             qPrintable(workbook));
    const QString xml = part(path, QStringLiteral("xl/charts/chart1.xml"));
    QVERIFY(xml.contains(QStringLiteral("<c:barChart>")));
    QVERIFY(xml.contains(QStringLiteral("<c:barDir val=\"col\"/>")));
    // The first twenty rows (2–21), each series named by its header cell.
    QVERIFY2(xml.contains(QStringLiteral("<c:f>'产量 日'!$A$2:$A$21</c:f>")), qPrintable(xml));
    QVERIFY(xml.contains(QStringLiteral("<c:f>'产量 日'!$B$2:$B$21</c:f>")));
    QVERIFY(xml.contains(QStringLiteral("<c:f>'产量 日'!$C$2:$C$21</c:f>")));
    QVERIFY(xml.contains(QStringLiteral("<c:f>'产量 日'!$B$1</c:f>")));
    QVERIFY(xml.contains(QStringLiteral("Good and scrap per machine")));
}

void TstReportWorkbookWriter::writesLineAndPieCharts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("charts.xlsx"));
    ReportDocument document = documentOf(outputSheet(5));
    document.sheets.push_back(outputSheet(5));
    document.sheets.back().name = QStringLiteral("O'Brien");
    ReportChart line;
    line.type = ReportChart::Type::Line;
    line.valueColumns = {1, 2};
    document.sheets.front().chart = line;
    ReportChart pie;
    pie.type = ReportChart::Type::Pie;
    pie.valueColumns = {2, 1}; // a pie shows the first only
    pie.maxRows = 3;
    document.sheets.back().chart = pie;
    const Outcome written = ReportWorkbookWriter::write(document, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    const Result<SheetBook> book = SheetReader::read(path);
    QVERIFY2(book.ok(), qPrintable(book.error()));
    QStringList names;
    for (const Sheet &sheet : book.value().sheets)
        names.append(sheet.name);
    QCOMPARE(names, (QStringList{QStringLiteral("Output"), QStringLiteral("Output chart"),
                                 QStringLiteral("O'Brien"), QStringLiteral("O'Brien chart")}));
    const QString first = part(path, QStringLiteral("xl/charts/chart1.xml"));
    QVERIFY(first.contains(QStringLiteral("<c:lineChart>")));
    QCOMPARE(first.count(QStringLiteral("<c:ser>")), 2);
    QVERIFY(first.contains(QStringLiteral("<c:f>Output!$B$2:$B$6</c:f>")));
    const QString second = part(path, QStringLiteral("xl/charts/chart2.xml"));
    QVERIFY(second.contains(QStringLiteral("<c:pieChart>")));
    QCOMPARE(second.count(QStringLiteral("<c:ser>")), 1);
    QVERIFY2(second.contains(QStringLiteral("<c:f>'O''Brien'!$C$2:$C$4</c:f>")),
             qPrintable(second));
}

void TstReportWorkbookWriter::namesSheetsInChineseAndKeepsThemUnique()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("names.xlsx"));
    ReportDocument document = documentOf(outputSheet(1));
    document.sheets.front().name = QStringLiteral("产量/日报");
    document.sheets.push_back(outputSheet(1));
    document.sheets.back().name = QStringLiteral("产量:日报");
    QVERIFY(ReportWorkbookWriter::write(document, path).ok());

    const QString workbook = part(path, QStringLiteral("xl/workbook.xml"));
    QVERIFY2(workbook.contains(QStringLiteral("name=\"产量_日报\"")), qPrintable(workbook));
    QVERIFY(workbook.contains(QStringLiteral("name=\"产量_日报 (2)\"")));
}

void TstReportWorkbookWriter::emptySheetSaysSoAndHasNoTotals()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.xlsx"));
    ReportDocument document = documentOf(outputSheet(0));
    ReportChart chart;
    chart.valueColumns = {1};
    document.sheets.front().chart = chart;
    const Outcome written = ReportWorkbookWriter::write(document, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    const WrittenSheet sheet(path);
    QCOMPARE(sheet.value(QStringLiteral("A1")), QStringLiteral("Machine"));
    QCOMPARE(sheet.value(QStringLiteral("A2")), QStringLiteral("No data for this period."));
    QVERIFY(!sheet.xml.contains(QStringLiteral("<f>")));
    QVERIFY(sheet.xml.contains(QStringLiteral("<autoFilter ref=\"A1:F1\"/>")));
    // No chart of nothing.
    QVERIFY(!partNames(path).contains(QStringLiteral("xl/charts/chart1.xml")));
}

void TstReportWorkbookWriter::writesNotesUnderTheTable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.xlsx"));
    ReportDocument document = documentOf(outputSheet(2));
    document.sheets.front().notes = {QStringLiteral("Yield = good / made."),
                                     QStringLiteral("良品率按完工数计算。")};
    QVERIFY(ReportWorkbookWriter::write(document, path).ok());

    // Rows 2–3 data, 4 totals, 5 blank, 6–7 notes.
    const WrittenSheet sheet(path);
    QVERIFY(!sheet.exists(QStringLiteral("A5")));
    QCOMPARE(sheet.value(QStringLiteral("A6")), QStringLiteral("Yield = good / made."));
    QCOMPARE(sheet.value(QStringLiteral("A7")), QStringLiteral("良品率按完工数计算。"));
}

void TstReportWorkbookWriter::recordsTheFactoryInTheDocumentProperties()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("props.xlsx"));
    ReportDocument document = documentOf(outputSheet(1));
    QVERIFY(ReportWorkbookWriter::write(document, path).ok());

    const QString core = part(path, QStringLiteral("docProps/core.xml"));
    QVERIFY2(core.contains(QStringLiteral("<dc:title>Production daily</dc:title>")),
             qPrintable(core));
    QVERIFY(core.contains(QStringLiteral("<dc:creator>Demo Works</dc:creator>")));
}

void TstReportWorkbookWriter::reportsProgressAndCancelsCleanly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.xlsx"));
    ReportDocument first = documentOf(outputSheet(1));
    QVERIFY(ReportWorkbookWriter::write(first, path).ok());
    const QByteArray earlier = fileHash(path);

    QList<qint64> seen;
    qint64 expectedSeen = 0;
    ReportDocument big = documentOf(outputSheet(5000));
    const Outcome cancelled =
        ReportWorkbookWriter::write(big, path, [&](qint64 written, qint64 expected) {
            seen.append(written);
            expectedSeen = expected;
            return written < 4000;
        });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error(), QStringLiteral("Export cancelled."));
    QCOMPARE(seen, (QList<qint64>{2000, 4000}));
    QCOMPARE(expectedSeen, 5000);
    QCOMPARE(fileHash(path), earlier);
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("big.xlsx")});

    // A cancel of a first export leaves no file at all, nor a temporary file open.
    const QString fresh = dir.filePath(QStringLiteral("fresh.xlsx"));
    ReportDocument again = documentOf(outputSheet(5000));
    const auto openFiles = [] {
        return QDir(QStringLiteral("/proc/self/fd")).count();
    };
    const auto filesBefore = openFiles();
    QVERIFY(!ReportWorkbookWriter::write(again, fresh, [](qint64, qint64) { return false; }).ok());
    if (QFile::exists(QStringLiteral("/proc/self/fd")))
        QCOMPARE(openFiles(), filesBefore);
    // Nor when the cancel comes in a later sheet, after a chart sheet.
    ReportDocument two = documentOf(outputSheet(10));
    ReportChart chart;
    chart.valueColumns = {1};
    two.sheets.front().chart = chart;
    two.sheets.push_back(outputSheet(5000));
    QVERIFY(!ReportWorkbookWriter::write(two, fresh, [](qint64 written, qint64) {
                 return written < 2000;
             }).ok());
    if (QFile::exists(QStringLiteral("/proc/self/fd")))
        QCOMPARE(openFiles(), filesBefore);
    QVERIFY(!QFile::exists(fresh));
    QVERIFY(!QFile::exists(fresh + QStringLiteral(".part")));

    // Let through, the callback hears every 2,000 rows and the end.
    seen.clear();
    ReportDocument whole = documentOf(outputSheet(5000));
    QVERIFY(ReportWorkbookWriter::write(whole, path, [&](qint64 written, qint64) {
                seen.append(written);
                return true;
            }).ok());
    QCOMPARE(seen, (QList<qint64>{2000, 4000, 5000}));
    QVERIFY(fileHash(path) != earlier);

    // Each count is heard once, also when the last row falls on a step.
    seen.clear();
    ReportDocument even = documentOf(outputSheet(4000));
    QVERIFY(ReportWorkbookWriter::write(even, path, [&](qint64 written, qint64) {
                seen.append(written);
                return true;
            }).ok());
    QCOMPARE(seen, (QList<qint64>{2000, 4000}));
}

void TstReportWorkbookWriter::missingFolderFailsWithMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/report.xlsx"));
    ReportDocument document = documentOf(outputSheet(1));
    const Outcome written = ReportWorkbookWriter::write(document, path);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QStringLiteral("does not exist")),
             qPrintable(written.error()));
    QVERIFY(written.error().contains(
        QDir::toNativeSeparators(dir.filePath(QStringLiteral("no/such/folder")))));

    // A "folder" that is a file cannot be written into either.
    FileBytes::writeFile(dir.filePath(QStringLiteral("plain")), "not a folder");
    const Outcome intoFile =
        ReportWorkbookWriter::write(document, dir.filePath(QStringLiteral("plain/report.xlsx")));
    QVERIFY(!intoFile.ok());
    QVERIFY(!intoFile.error().isEmpty());
}

void TstReportWorkbookWriter::replacesAnEarlierExport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("again.xlsx"));
    ReportDocument first = documentOf(outputSheet(1));
    QVERIFY(ReportWorkbookWriter::write(first, path).ok());
    ReportDocument second = documentOf(outputSheet(3));
    QVERIFY(ReportWorkbookWriter::write(second, path).ok());
    QCOMPARE(WrittenSheet(path).value(QStringLiteral("A5")), QStringLiteral("Total"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("again.xlsx")});
}

// Rows with nothing in them: a million cost little to hand over.
class BlankRows final : public ReportRows
{
public:
    explicit BlankRows(qint64 count)
        : m_left(count)
    {
    }
    bool next(QVariantList &row) override
    {
        if (m_left == 0)
            return false;
        --m_left;
        row.append(QVariant());
        return true;
    }

private:
    qint64 m_left;
};

void TstReportWorkbookWriter::refusesMoreRowsThanASheetHolds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.xlsx"));
    ReportSheet sheet =
        sheetOf(QStringLiteral("Huge"),
                {summed(column(QStringLiteral("Pieces"), ReportColumnKind::Integer))}, {});
    // The header, 1,048,574 rows and the totals row fill Excel's 1,048,576: one more is refused.
    sheet.rows = std::make_shared<BlankRows>(1048575);
    ReportDocument document = documentOf(std::move(sheet));
    const Outcome written = ReportWorkbookWriter::write(document, path);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QStringLiteral("more rows than an Excel sheet can hold")),
             qPrintable(written.error()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

    // One row fewer fits, its totals row in Excel's last row.
    ReportSheet fits =
        sheetOf(QStringLiteral("Huge"),
                {summed(column(QStringLiteral("Pieces"), ReportColumnKind::Integer))}, {});
    fits.rows = std::make_shared<BlankRows>(1048574);
    ReportDocument full = documentOf(std::move(fits));
    const Outcome fitted = ReportWorkbookWriter::write(full, path);
    QVERIFY2(fitted.ok(), qPrintable(fitted.error()));
    QVERIFY(part(path, QStringLiteral("xl/worksheets/sheet1.xml"))
                .contains(QStringLiteral("<c r=\"A1048576\" s=\"")));
}

// Where the file cannot be replaced (open in Excel on Windows; here a folder in its place),
// the export says so and what was there stays.
void TstReportWorkbookWriter::failedReplaceKeepsTheEarlierFileAndSaysWhy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.xlsx"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked.xlsx")));
    FileBytes::writeFile(path + QStringLiteral("/inside.txt"), "kept");
    ReportDocument document = documentOf(outputSheet(2));
    const Outcome written = ReportWorkbookWriter::write(document, path);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QStringLiteral("close it and export again")),
             qPrintable(written.error()));
    QVERIFY(QFile::exists(path + QStringLiteral("/inside.txt")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

QTEST_GUILESS_MAIN(TstReportWorkbookWriter)
#include "tst_reportworkbookwriter.moc"
