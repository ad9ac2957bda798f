// How an imported cell is read the way a person meant it: full-width characters, numbers typed
// as text, dates as Excel serials or in the forms people type in China, impossible dates refused.
#include "io/sheet/sheettext.h"

#include <QTest>

using namespace Taktline;

class TstSheetText : public QObject
{
    Q_OBJECT
private slots:
    void normalizesFullWidthAndSpaces();
    void readsNumbersTypedAsText();
    void readsDatesTypedAsText_data();
    void readsDatesTypedAsText();
    void readsDatesFromSerials();
    void readsDateTimes();
    void displaysCellsAsExcelShowsThem();
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

SheetBook bookWithDateStyle()
{
    SheetBook book;
    book.numberFormats = {QStringLiteral("General"), QStringLiteral("yyyy-mm-dd"),
                          QStringLiteral("0.00")};
    return book;
}

} // namespace

void TstSheetText::normalizesFullWidthAndSpaces()
{
    QCOMPARE(SheetText::normalized(QStringLiteral("\u3000ＡＢ－１２３\u00A0 ")),
             QStringLiteral("AB-123"));
    QCOMPARE(SheetText::normalized(QStringLiteral("螺丝　Ｍ６")), QStringLiteral("螺丝 M6"));
    QCOMPARE(SheetText::normalized(QStringLiteral("\t x \r\n")), QStringLiteral("x"));
    QCOMPARE(SheetText::normalized(QStringLiteral("～！")), QStringLiteral("~!"));
    QCOMPARE(SheetText::normalized(QString()), QString());
}

void TstSheetText::readsNumbersTypedAsText()
{
    QCOMPARE(SheetText::number(number(2.5)), 2.5);
    QCOMPARE(SheetText::number(text(QStringLiteral(" 42 "))), 42.0);
    QCOMPARE(SheetText::number(text(QStringLiteral("1,234"))), 1234.0);
    QCOMPARE(SheetText::number(text(QStringLiteral("-1,234,567.5"))), -1234567.5);
    QCOMPARE(SheetText::number(text(QStringLiteral("１２３．５"))), 123.5);
    QCOMPARE(SheetText::number(text(QStringLiteral("1.5e3"))), 1500.0);
    QCOMPARE(SheetText::number(text(QStringLiteral(".5"))), 0.5);
    QCOMPARE(SheetText::number(text(QStringLiteral("12,34"))), std::nullopt);
    QCOMPARE(SheetText::number(text(QStringLiteral("12 个"))), std::nullopt);
    QCOMPARE(SheetText::number(text(QStringLiteral("inf"))), std::nullopt);
    QCOMPARE(SheetText::number(text(QStringLiteral("0x1A"))), std::nullopt);
    QCOMPARE(SheetText::number(text(QString())), std::nullopt);
    SheetCell yes;
    yes.kind = SheetCell::Kind::Boolean;
    yes.number = 1;
    QCOMPARE(SheetText::number(yes), std::nullopt);
}

void TstSheetText::readsDatesTypedAsText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    const QDate day(2026, 12, 6);
    QTest::newRow("iso") << QStringLiteral("2026-12-06") << day;
    QTest::newRow("slashes") << QStringLiteral("2026/12/6") << day;
    QTest::newRow("dots") << QStringLiteral("2026.12.6") << day;
    QTest::newRow("chinese") << QStringLiteral("2026年12月6日") << day;
    QTest::newRow("chinese without 日") << QStringLiteral("2026年12月6") << day;
    QTest::newRow("digits") << QStringLiteral("20261206") << day;
    QTest::newRow("full-width") << QStringLiteral("２０２６－１２－０６") << day;
    QTest::newRow("with time") << QStringLiteral("2026-12-06 08:30") << day;
    QTest::newRow("february 30") << QStringLiteral("2026-02-30") << QDate();
    QTest::newRow("month 13") << QStringLiteral("20261306") << QDate();
    QTest::newRow("mixed separators") << QStringLiteral("2026-12/6") << QDate();
    QTest::newRow("29 feb leap") << QStringLiteral("2028/2/29") << QDate(2028, 2, 29);
    QTest::newRow("29 feb common") << QStringLiteral("2026/2/29") << QDate();
    QTest::newRow("words") << QStringLiteral("next monday") << QDate();
    QTest::newRow("hour 25") << QStringLiteral("2026-12-06 25:00") << QDate();
}

void TstSheetText::readsDatesTypedAsText()
{
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    const std::optional<QDate> read = SheetText::date(text(typed), SheetBook());
    QCOMPARE(read.value_or(QDate()), expected);
}

void TstSheetText::readsDatesFromSerials()
{
    QCOMPARE(SheetText::dateFromSerial(1), QDate(1900, 1, 1));
    QCOMPARE(SheetText::dateFromSerial(59), QDate(1900, 2, 28));
    QCOMPARE(SheetText::dateFromSerial(60), std::nullopt); // Excel's 1900-02-29 never was
    QCOMPARE(SheetText::dateFromSerial(61), QDate(1900, 3, 1));
    QCOMPARE(SheetText::dateFromSerial(46362), QDate(2026, 12, 6));
    QCOMPARE(SheetText::dateFromSerial(46362.75), QDate(2026, 12, 6));
    QCOMPARE(SheetText::dateFromSerial(2958465), QDate(9999, 12, 31));
    QCOMPARE(SheetText::dateFromSerial(2958466), std::nullopt);
    QCOMPARE(SheetText::dateFromSerial(0), std::nullopt);
    QCOMPARE(SheetText::dateFromSerial(-3), std::nullopt);
    QCOMPARE(SheetText::dateFromSerial(qQNaN()), std::nullopt);
    // A serial is a date whether or not the cell's style shows it as one.
    const SheetBook book = bookWithDateStyle();
    QCOMPARE(SheetText::date(number(46362, 1), book), QDate(2026, 12, 6));
    QCOMPARE(SheetText::date(number(46362, 0), book), QDate(2026, 12, 6));
}

void TstSheetText::readsDateTimes()
{
    const SheetBook book = bookWithDateStyle();
    QCOMPARE(SheetText::dateTime(number(46362.5, 1), book),
             QDateTime(QDate(2026, 12, 6), QTime(12, 0)));
    QCOMPARE(SheetText::dateTime(number(46362.0 + 8.5 / 24, 1), book),
             QDateTime(QDate(2026, 12, 6), QTime(8, 30)));
    QCOMPARE(SheetText::dateTime(text(QStringLiteral("2026/12/6 8:30:15")), book),
             QDateTime(QDate(2026, 12, 6), QTime(8, 30, 15)));
    QCOMPARE(SheetText::dateTime(text(QStringLiteral("2026-12-06T17:05")), book),
             QDateTime(QDate(2026, 12, 6), QTime(17, 5)));
    QCOMPARE(SheetText::dateTime(text(QStringLiteral("2026年12月6日")), book),
             QDateTime(QDate(2026, 12, 6), QTime(0, 0)));
    QCOMPARE(SheetText::dateTime(SheetCell(), book), std::nullopt);
}

void TstSheetText::displaysCellsAsExcelShowsThem()
{
    const SheetBook book = bookWithDateStyle();
    QCOMPARE(SheetText::display(number(42, 0), book), QStringLiteral("42"));
    QCOMPARE(SheetText::display(number(0.1 + 0.2, 2), book), QStringLiteral("0.3"));
    QCOMPARE(SheetText::display(number(-3.25, 0), book), QStringLiteral("-3.25"));
    QCOMPARE(SheetText::display(number(123456789012, 0), book), QStringLiteral("123456789012"));
    QCOMPARE(SheetText::display(number(46362, 1), book), QStringLiteral("2026-12-06"));
    QCOMPARE(SheetText::display(number(46362, 0), book), QStringLiteral("46362"));
    QCOMPARE(SheetText::display(text(QStringLiteral("螺丝")), book), QStringLiteral("螺丝"));
    QCOMPARE(SheetText::display(SheetCell(), book), QString());
    SheetCell no;
    no.kind = SheetCell::Kind::Boolean;
    QCOMPARE(SheetText::display(no, book), QStringLiteral("FALSE"));
    SheetCell error;
    error.kind = SheetCell::Kind::Error;
    error.text = QStringLiteral("#N/A");
    QCOMPARE(SheetText::display(error, book), QStringLiteral("#N/A"));
}

QTEST_GUILESS_MAIN(TstSheetText)
#include "tst_sheettext.moc"
