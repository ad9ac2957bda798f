// `taktline report` (issue 15): writes a report of the report centre as a workbook with no display
// at all, as a scheduled task would, read back here with SheetReader: its sheets in the language
// asked for, cell totals against SQL written here and the totals row's formulas; the daily,
// weekly and monthly periods from --from alone; {from} in the file name; bad arguments exit 2,
// refusals exit 1, each with a message, and the factory file is never written over.
#include "formats/sheet/sheetreader.h"
#include "headlessrun.h"
#include "services/station/reportingservice.h"
#include "storage/database.h"
#include "qualityfacts.h"
#include "testshop.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;

class TstReportCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dailyWorkbookTotalsEqualSql();
    void weeklyFromOneDayCoversItsWeek();
    void englishHeadersAndPlaceholdersInTheName();
    void linesStreamEveryReportThatStands();
    void badArgumentsExitTwo_data();
    void badArgumentsExitTwo();
    void refusalsExitOne_data();
    void refusalsExitOne();
    void neverWritesOverTheDatabase();
    void missingDatabaseIsNotCreated();
    void helpNamesEveryKind();
    void qualityWorkbookHasItsSheetsInChinese();

private:
    std::unique_ptr<TestShop> m_shop;
    QTemporaryDir m_out;
};

namespace {

using Run = Test::HeadlessRun;

// `taktline report ARGS` run with no display at all, as a scheduled task would.
Run report(const QStringList &args)
{
    return Test::runHeadless(QStringLiteral(TAKTLINE_EXECUTABLE), QStringLiteral("report"), args);
}

QString iso(int day)
{
    return TestShop::day(day).toString(Qt::ISODate);
}

double scalar(const Workspace &ws, const QString &sql, const QVariantList &bind = {})
{
    QSqlQuery query(ws.database().connection());
    if (!query.prepare(sql))
        qFatal("prepare: %s", qPrintable(query.lastError().text()));
    for (const QVariant &value : bind)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        qFatal("exec: %s", qPrintable(query.lastError().text()));
    return query.value(0).toDouble();
}

// The good pieces of the reports that stand, [fromDay, toDay] (the shop's calendar is UTC).
double goodOf(const Workspace &ws, int fromDay, int toDay, const QString &machine = {})
{
    return scalar(
        ws,
        QStringLiteral("SELECT coalesce(sum(good), 0) FROM production_reports r WHERE "
                       "voids_report_id IS NULL AND id NOT IN (SELECT voids_report_id "
                       "FROM production_reports WHERE voids_report_id IS NOT NULL) AND "
                       "reported_at >= ? AND reported_at < ?") +
            (machine.isEmpty() ? QString() : QStringLiteral(" AND machine_id = '%1'").arg(machine)),
        {TestShop::at(fromDay, 0), TestShop::at(toDay + 1, 0)});
}

int columnNamed(const Sheet &sheet, const QString &header)
{
    for (int c = 0; c < sheet.columnCount(); ++c) {
        if (sheet.cell(0, c).text == header)
            return c;
    }
    return -1;
}

// The data rows' numbers in COLUMN (from row 1 to the totals row), and the totals row's cell.
std::pair<double, SheetCell> sumAndTotal(const Sheet &sheet, int column, int *dataRows = nullptr)
{
    double sum = 0;
    for (int r = 1; r < sheet.rowCount(); ++r) {
        const SheetCell &cell = sheet.cell(r, column);
        if (!cell.formula.isEmpty()) {
            if (dataRows)
                *dataRows = r - 1;
            return {sum, cell};
        }
        sum += cell.number;
    }
    return {sum, SheetCell()};
}

Result<SheetBook> readBook(const QString &path)
{
    return SheetReader::read(path);
}

} // namespace

void TstReportCommand::initTestCase()
{
    QVERIFY(m_out.isValid());
    m_shop = std::make_unique<TestShop>();
    TestShop &shop = *m_shop;
    // Monday: 30 turned on the lathe, 20 milled; a report of 9 voided. Wednesday: 12 turned.
    shop.reportOn(TestShop::day(0), 0, 30);
    shop.reportOn(TestShop::day(0), 1, 20, {}, QTime(11, 0));
    const QString mistake = shop.reportOn(TestShop::day(0), 0, 9, {}, QTime(12, 0));
    const Result<QString> voided =
        shop.ws->reporting()->voidReport(mistake, QStringLiteral("typo"));
    QVERIFY2(voided, qPrintable(voided.error()));
    shop.reportOn(TestShop::day(2), 0, 12);
}

void TstReportCommand::dailyWorkbookTotalsEqualSql()
{
    const Workspace &ws = *m_shop->ws;
    const QString path = m_out.filePath(QStringLiteral("日报.xlsx"));
    const Run run = report({QStringLiteral("daily"), QStringLiteral("--from"), iso(0),
                            QStringLiteral("--db"), m_shop->ws.path(), QStringLiteral("--out"),
                            path, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(path));
    const Result<SheetBook> book = readBook(path);
    QVERIFY2(book, qPrintable(book.error()));
    const Sheet *machines = book.value().sheet(QStringLiteral("按设备"));
    QVERIFY2(machines, "the sheets are named in Chinese");
    QVERIFY(book.value().sheet(QStringLiteral("按工单")));
    QVERIFY(book.value().sheet(QStringLiteral("按工序")));
    QVERIFY(book.value().sheet(QStringLiteral("按员工")));
    QVERIFY2(!book.value().sheet(QStringLiteral("按日")), "a daily report has no days sheet");
    const int good = columnNamed(*machines, QStringLiteral("良品数"));
    QVERIFY2(good >= 0, "Chinese headers");
    int rows = 0;
    const auto [sum, total] = sumAndTotal(*machines, good, &rows);
    QCOMPARE(rows, 2); // the lathe and the mill
    QCOMPARE(sum, goodOf(ws, 0, 0));
    QCOMPARE(sum, 50.0); // 30 + 20: the voided 9 never counts
    QVERIFY2(total.formula.startsWith(QStringLiteral("SUBTOTAL(109,")), qPrintable(total.formula));
    QCOMPARE(total.number, sum);
    // Yield's total is a ratio of the summed columns.
    const int yield = columnNamed(*machines, QStringLiteral("良品率"));
    QVERIFY(yield >= 0);
    QVERIFY2(sumAndTotal(*machines, yield).second.formula.startsWith(QStringLiteral("IFERROR(")),
             qPrintable(sumAndTotal(*machines, yield).second.formula));
    // Output per machine: a chart.
    const Result<QStringList> parts = SheetReader::partNames(path);
    QVERIFY(parts);
    QVERIFY(parts.value().join(u' ').contains(QStringLiteral("xl/charts/chart")));
    QVERIFY2(run.out.contains(QStringLiteral("生产日报")), qPrintable(run.out));
}

void TstReportCommand::weeklyFromOneDayCoversItsWeek()
{
    const Workspace &ws = *m_shop->ws;
    const QString path = m_out.filePath(QStringLiteral("weekly.xlsx"));
    // Thursday alone: its Monday–Sunday week.
    const Run run = report({QStringLiteral("weekly"), QStringLiteral("--from"), iso(3),
                            QStringLiteral("--db"), m_shop->ws.path(), QStringLiteral("--out"),
                            path, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Result<SheetBook> book = readBook(path);
    QVERIFY2(book, qPrintable(book.error()));
    const Sheet *days = book.value().sheet(QStringLiteral("按日"));
    QVERIFY(days);
    int rows = 0;
    const auto [sum, total] =
        sumAndTotal(*days, columnNamed(*days, QStringLiteral("良品数")), &rows);
    QCOMPARE(rows, 7);
    QCOMPARE(sum, goodOf(ws, 0, 6));
    QCOMPARE(sum, 62.0);
    QVERIFY(book.value().isDateStyle(days->cell(1, 0).style));
    QCOMPARE(days->cell(3, columnNamed(*days, QStringLiteral("良品数"))).number, 12.0); // Wednesday
    QVERIFY2(run.out.contains(iso(0)) && run.out.contains(iso(6)), qPrintable(run.out));
}

void TstReportCommand::englishHeadersAndPlaceholdersInTheName()
{
    const Run run =
        report({QStringLiteral("orders"), QStringLiteral("--from"), iso(0), QStringLiteral("--to"),
                iso(4), QStringLiteral("--db"), m_shop->ws.path(), QStringLiteral("--out"),
                m_out.filePath(QStringLiteral("{kind}-{from}-{to}.xlsx"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString path = m_out.filePath(QStringLiteral("orders-%1-%2.xlsx").arg(iso(0), iso(4)));
    QVERIFY2(QFile::exists(path), qPrintable(run.out));
    const Result<SheetBook> book = readBook(path);
    QVERIFY2(book, qPrintable(book.error()));
    const Sheet *orders = book.value().sheet(QStringLiteral("Order progress"));
    QVERIFY(orders);
    QCOMPARE(orders->cell(1, columnNamed(*orders, QStringLiteral("WO No."))).text,
             m_shop->number());
    QCOMPARE(orders->cell(1, columnNamed(*orders, QStringLiteral("Finished"))).number,
             20.0); // the milled ones: the last step
    QCOMPARE(orders->cell(1, columnNamed(*orders, QStringLiteral("Remaining"))).number, 80.0);
}

void TstReportCommand::linesStreamEveryReportThatStands()
{
    const QString path = m_out.filePath(QStringLiteral("lines.xlsx"));
    const Run run =
        report({QStringLiteral("lines"), QStringLiteral("--from"), iso(0), QStringLiteral("--to"),
                iso(6), QStringLiteral("--db"), m_shop->ws.path(), QStringLiteral("--out"), path,
                QStringLiteral("--machine"), QStringLiteral("LATHE-1")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Result<SheetBook> book = readBook(path);
    QVERIFY2(book, qPrintable(book.error()));
    const Sheet &lines = book.value().sheets.first();
    int rows = 0;
    const auto [sum, total] =
        sumAndTotal(lines, columnNamed(lines, QStringLiteral("Good qty")), &rows);
    QCOMPARE(rows, 2); // 30 and 12; the voided 9 and its voiding record are left out
    QCOMPARE(sum, goodOf(*m_shop->ws, 0, 6, m_shop->lathe));
    QVERIFY(book.value().isDateStyle(lines.cell(1, 0).style));
}

void TstReportCommand::badArgumentsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("x.xlsx");
    QTest::newRow("no kind") << QStringList{QStringLiteral("--from"), QStringLiteral("today")}
                             << QStringLiteral("Name the report");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("hourly"), QStringLiteral("--from"),
                                                 QStringLiteral("today"), QStringLiteral("--out"),
                                                 out}
                                  << QStringLiteral("There is no report hourly");
    QTest::newRow("no from") << QStringList{QStringLiteral("daily"), QStringLiteral("--out"), out}
                             << QStringLiteral("Give --from");
    QTest::newRow("no out") << QStringList{QStringLiteral("daily"), QStringLiteral("--from"),
                                           QStringLiteral("yesterday")}
                            << QStringLiteral("Give --out");
    QTest::newRow("bad day") << QStringList{QStringLiteral("daily"), QStringLiteral("--from"),
                                            QStringLiteral("2026-13-40"), QStringLiteral("--out"),
                                            out}
                             << QStringLiteral("--from 2026-13-40 is not a day");
    QTest::newRow("bad relative") << QStringList{QStringLiteral("daily"), QStringLiteral("--from"),
                                                 QStringLiteral("today+1"), QStringLiteral("--out"),
                                                 out}
                                  << QStringLiteral("--from today+1 is not a day");
    QTest::newRow("reversed") << QStringList{QStringLiteral("defects"),
                                             QStringLiteral("--from"),
                                             QStringLiteral("today"),
                                             QStringLiteral("--to"),
                                             QStringLiteral("today-3"),
                                             QStringLiteral("--out"),
                                             out}
                              << QStringLiteral("the period would be empty");
    QTest::newRow("language") << QStringList{QStringLiteral("daily"),
                                             QStringLiteral("--from"),
                                             QStringLiteral("today"),
                                             QStringLiteral("--out"),
                                             out,
                                             QStringLiteral("--lang"),
                                             QStringLiteral("fr")}
                              << QStringLiteral("--lang fr is not known");
}

void TstReportCommand::badArgumentsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = report(args + QStringList{QStringLiteral("--db"), m_shop->ws.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(QStringLiteral("x.xlsx")));
}

void TstReportCommand::refusalsExitOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("csv") << QStringList{QStringLiteral("--out"), QStringLiteral("daily.csv")}
                         << QStringLiteral("must end in");
    QTest::newRow("machine") << QStringList{QStringLiteral("--machine"), QStringLiteral("NOPE-9")}
                             << QStringLiteral("no machine with the code NOPE-9");
    QTest::newRow("too long") << QStringList{QStringLiteral("--to"),
                                             TestShop::day(400).toString(Qt::ISODate)}
                              << QStringLiteral("at most 366 days");
    QTest::newRow("chinese") << QStringList{QStringLiteral("--workshop"), QStringLiteral("九车间"),
                                            QStringLiteral("--lang"), QStringLiteral("zh_CN")}
                             << QStringLiteral("九车间");
}

void TstReportCommand::refusalsExitOne()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QStringList all = {QStringLiteral("daily"), QStringLiteral("--from"), iso(0),
                       QStringLiteral("--db"), m_shop->ws.path()};
    if (!args.contains(QStringLiteral("--out")))
        all << QStringLiteral("--out") << m_out.filePath(QStringLiteral("refused.xlsx"));
    const Run run = report(all + args);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("refused.xlsx"))));
}

void TstReportCommand::neverWritesOverTheDatabase()
{
    const QString db = m_shop->ws.path();
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    // Named as the database, or another factory file renamed .xlsx: both refused.
    const QString renamed = m_out.filePath(QStringLiteral("factory.xlsx"));
    QVERIFY(QFile::copy(db, renamed));
    for (const QString &out : {db, renamed}) {
        const Run run = report({QStringLiteral("daily"), QStringLiteral("--from"), iso(0),
                                QStringLiteral("--db"), db, QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Refused --out")), qPrintable(run.err));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TstReportCommand::missingDatabaseIsNotCreated()
{
    const QString missing = m_out.filePath(QStringLiteral("no-such-factory.sqlite"));
    const QString out = m_out.filePath(QStringLiteral("none.xlsx"));
    const Run run = report({QStringLiteral("daily"), QStringLiteral("--from"), iso(0),
                            QStringLiteral("--db"), missing, QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFile::exists(out));
}

void TstReportCommand::helpNamesEveryKind()
{
    const Run run = report({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *kind : {"daily", "weekly", "monthly", "orders", "defects", "downtime", "wages",
                             "oee", "genealogy", "shipments", "lines", "quality"})
        QVERIFY2(run.out.contains(QLatin1String(kind)), kind);
    QVERIFY(run.out.contains(QStringLiteral("today-N")));
    QVERIFY(run.out.contains(QStringLiteral("{from}")));
}

// `taktline report quality`: the inspections, nonconformances, first-pass yield and defects
// sheets, named in Chinese, the inspections counted as SQL counts them.
void TstReportCommand::qualityWorkbookHasItsSheetsInChinese()
{
    TestShop &shop = *m_shop;
    Test::QualityFacts q(*shop.ws);
    q.plan(QStringLiteral("plan"), shop.flange);
    q.inspection(QStringLiteral("qi1"), QStringLiteral("first_article"), QStringLiteral("plan"),
                 shop.step(0), shop.lathe, QStringLiteral("fail"), TestShop::at(0, 8));
    q.inspection(QStringLiteral("qi2"), QStringLiteral("first_article"), QStringLiteral("plan"),
                 shop.step(0), shop.lathe, QStringLiteral("pass"), TestShop::at(0, 8, 30));
    q.nonconformance(QStringLiteral("NC-Q1"), shop.flange, QStringLiteral("qi1"), 1,
                     TestShop::at(0, 8, 5));
    q.disposition(QStringLiteral("NC-Q1"), QStringLiteral("scrap"), 1, TestShop::at(0, 8, 10));
    const QString path = m_out.filePath(QStringLiteral("质量.xlsx"));
    const Run run = report({QStringLiteral("quality"), QStringLiteral("--from"), iso(0),
                            QStringLiteral("--db"), shop.ws.path(), QStringLiteral("--out"), path,
                            QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Result<SheetBook> book = readBook(path);
    QVERIFY2(book, qPrintable(book.error()));
    const Sheet *inspections = book.value().sheet(QStringLiteral("检验记录"));
    QVERIFY2(inspections, "the sheets are named in Chinese");
    QVERIFY(book.value().sheet(QStringLiteral("不合格品")));
    QVERIFY(book.value().sheet(QStringLiteral("直通率")));
    QVERIFY(book.value().sheet(QStringLiteral("不良原因")));
    const int sample = columnNamed(*inspections, QStringLiteral("样本量"));
    QVERIFY2(sample >= 0, "Chinese headers");
    int rows = 0;
    sumAndTotal(*inspections, sample, &rows);
    QCOMPARE(double(rows),
             scalar(*shop.ws, QStringLiteral("SELECT count(*) FROM inspections WHERE at >= ? AND "
                                             "at < ?"),
                    {TestShop::at(0, 0), TestShop::at(1, 0)}));
    QVERIFY2(run.out.contains(QStringLiteral("质量报表")), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TstReportCommand)
#include "tst_reportcommand.moc"
