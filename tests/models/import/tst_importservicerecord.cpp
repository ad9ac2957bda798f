// ImportRecord (issue 15): how one row's cells are read the way a person meant them — dates as
// text in the usual forms and as Excel serials (date-formatted or not), numbers typed as text
// with full-width digits or separators, choices in either language and any case/width — and
// how a cell that cannot be used is named: sheet, Excel row, column letter, header, value as
// shown, reason; an Excel error value, a formula or a merged cell is a problem once.
#include "services/import/importrecord.h"

#include <QTest>

using namespace Taktline;

class TstImportServiceRecord : public QObject
{
    Q_OBJECT
private slots:
    void datesAsTextAndSerials();
    void badDateIsNamed();
    void numbersTypedAsText();
    void requiredBlankAndOutOfRange();
    void choicesInEitherLanguage();
    void errorsFormulasAndMergedCells();
};

namespace {

SheetCell text(const QString &value)
{
    SheetCell cell;
    cell.kind = SheetCell::Kind::Text;
    cell.text = value;
    return cell;
}

SheetCell number(double value, int style = 0)
{
    SheetCell cell;
    cell.kind = SheetCell::Kind::Number;
    cell.number = value;
    cell.style = style;
    return cell;
}

// One sheet whose column A holds CELLS, one per row from row 2, under the header "Value".
struct OneColumn
{
    Sheet sheet;
    SheetBook book;
    QList<ImportColumn> columns;
    QList<ImportProblem> problems;
    QHash<QString, int> columnOf{{QStringLiteral("v"), 0}};

    explicit OneColumn(const QList<SheetCell> &cells, bool required = false,
                       const QStringList &choices = {})
    {
        sheet.name = QStringLiteral("Data");
        sheet.rows << QList<SheetCell>{text(QStringLiteral("Value"))};
        for (const SheetCell &cell : cells)
            sheet.rows << QList<SheetCell>{cell};
        book.numberFormats = {QStringLiteral("General"), QStringLiteral("yyyy-mm-dd")};
        ImportColumn column;
        column.key = QStringLiteral("v");
        column.header = "Value";
        column.required = required;
        column.choices = choices;
        columns << column;
    }
    ImportRecord record(int index) // INDEX: 0 for the first data row
    {
        return ImportRecord(sheet, book, index + 1, columnOf, columns, &problems);
    }
};

} // namespace

void TstImportServiceRecord::datesAsTextAndSerials()
{
    const QDate expected(2026, 12, 6);
    const double serial = QDate(1899, 12, 30).daysTo(expected);
    OneColumn data({text(QStringLiteral("2026-12-06")), text(QStringLiteral("2026/12/6")),
                    text(QStringLiteral("2026年12月6日")), text(QStringLiteral(" ２０２６－１２－０６ ")),
                    number(serial, 1), number(serial, 0), text(QString::number(serial))});
    for (int i = 0; i < data.sheet.rowCount() - 1; ++i) {
        ImportRecord record = data.record(i);
        const std::optional<QDate> day = record.date(QStringLiteral("v"));
        QVERIFY2(day.has_value(), qPrintable(QStringLiteral("row %1").arg(i + 2)));
        QCOMPARE(*day, expected);
    }
    QVERIFY(data.problems.isEmpty());
}

void TstImportServiceRecord::badDateIsNamed()
{
    OneColumn data({text(QStringLiteral("2026-13-01"))});
    ImportRecord record = data.record(0);
    QVERIFY(!record.date(QStringLiteral("v")));
    QVERIFY(record.hasProblems());
    QCOMPARE(data.problems.size(), 1);
    const ImportProblem &p = data.problems.at(0);
    QCOMPARE(p.sheet, QStringLiteral("Data"));
    QCOMPARE(p.row, 2);
    QCOMPARE(p.column, QStringLiteral("A"));
    QCOMPARE(p.header, QStringLiteral("Value"));
    QCOMPARE(p.value, QStringLiteral("2026-13-01"));
    QVERIFY2(p.reason.contains(QLatin1String("Not a date")), qPrintable(p.reason));
}

void TstImportServiceRecord::numbersTypedAsText()
{
    OneColumn data({text(QStringLiteral("１２")), text(QStringLiteral(" 1,200 ")), number(3),
                    text(QStringLiteral("２.５"))});
    const QList<double> expected = {12, 1200, 3, 2.5};
    for (int i = 0; i < expected.size(); ++i) {
        ImportRecord record = data.record(i);
        const std::optional<double> value = record.number(QStringLiteral("v"), 0, 10000);
        QVERIFY2(value.has_value(), qPrintable(QStringLiteral("row %1").arg(i + 2)));
        QCOMPARE(*value, expected.at(i));
    }
    QVERIFY(data.problems.isEmpty());
}

void TstImportServiceRecord::requiredBlankAndOutOfRange()
{
    OneColumn data({text(QString()), number(-1), text(QStringLiteral("abc")), number(2.5)}, true);
    QStringList reasons;
    for (int i = 0; i < 4; ++i) {
        ImportRecord record = data.record(i);
        QVERIFY(!record.number(QStringLiteral("v"), 0, 100, true));
        QVERIFY(record.hasProblems());
    }
    QCOMPARE(data.problems.size(), 4);
    QVERIFY(data.problems.at(0).reason.contains(QLatin1String("Required")));
    QVERIFY(data.problems.at(1).reason.contains(QLatin1String("between 0 and 100")));
    QVERIFY(data.problems.at(2).reason.contains(QLatin1String("Not a number")));
    QVERIFY(data.problems.at(3).reason.contains(QLatin1String("whole number")));
    QCOMPARE(data.problems.at(3).value, QStringLiteral("2.5"));
}

void TstImportServiceRecord::choicesInEitherLanguage()
{
    OneColumn data({text(QStringLiteral("Planned")), text(QStringLiteral("ＰＬＡＮＮＥＤ")),
                    text(QStringLiteral(" 非计划 ")), text(QStringLiteral("sometimes"))},
                   false, {QStringLiteral("Planned"), QStringLiteral("Unplanned")});
    const QStringList other = {QStringLiteral("计划"), QStringLiteral("非计划")};
    const QList<std::optional<int>> expected = {0, 0, 1, std::nullopt};
    for (int i = 0; i < expected.size(); ++i) {
        ImportRecord record = data.record(i);
        QCOMPARE(record.choice(QStringLiteral("v"), other), expected.at(i));
    }
    QCOMPARE(data.problems.size(), 1);
    QVERIFY2(data.problems.at(0).reason.contains(QLatin1String("Planned, Unplanned")),
             qPrintable(data.problems.at(0).reason));
}

void TstImportServiceRecord::errorsFormulasAndMergedCells()
{
    SheetCell error;
    error.kind = SheetCell::Kind::Error;
    error.text = QStringLiteral("#DIV/0!");
    SheetCell formula = number(4);
    formula.formula = QStringLiteral("2*2");
    OneColumn data({error, formula, text(QStringLiteral("merged")), SheetCell()});
    data.sheet.merged << SheetRange{3, 0, 4, 0};
    for (int i = 0; i < 4; ++i) {
        ImportRecord record = data.record(i);
        QVERIFY(record.text(QStringLiteral("v")).isEmpty());
        QVERIFY(!record.number(QStringLiteral("v"), 0, 10)); // a second read: no second problem
    }
    QCOMPARE(data.problems.size(), 4);
    QVERIFY(data.problems.at(0).reason.contains(QLatin1String("#DIV/0!")));
    QVERIFY(data.problems.at(1).reason.contains(QLatin1String("formula (=2*2)")));
    QCOMPARE(data.problems.at(1).value, QStringLiteral("4"));
    QVERIFY(data.problems.at(2).reason.contains(QLatin1String("merged")));
    QCOMPARE(data.problems.at(3).row, 5);
    QVERIFY(data.problems.at(3).reason.contains(QLatin1String("merged")));
}

QTEST_GUILESS_MAIN(TstImportServiceRecord)
#include "tst_importservicerecord.moc"
