// The report centre (报表中心): the demo factory's daily report shown sheet by sheet with the
// service's figures and totals, tables that sort numbers as numbers and show values as the
// workbook does, the period presets a person presses, and the Excel export run in the
// background — the workbook read back, and Cancel leaving no file.
#include "common/fields/dateedit.h"
#include "common/messagebanner.h"
#include "formats/sheet/sheetreader.h"
#include "item/reports/reportsheetmodel.h"
#include "reports/reportcentre.h"
#include "reports/reportcentreexport.h"
#include "reports/reportcentreperiod.h"
#include "reports/reportcentresheet.h"
#include "services/reports/reportservice.h"
#include "services/workspace.h"
#include "testshop.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Taktline;

class TstReportCentreUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dailyReportShowsTheServicesSheetsAndTotals();
    void numbersSortAsNumbersAndShowAsTheWorkbook();
    void presetsPickThePeriodOfTheKind();
    void exportWritesTheWorkbookInTheBackground();
    void cancelledExportLeavesNoFile();

private:
    std::unique_ptr<TestWorkspace> m_demo; // built once: the demo takes a while
};

namespace {

// The day the demo's clock stands on (Wednesday of the test week, 10:30).
const Clock DemoClock = Clock::fixedAt(TestShop::at(2, 10, 30));

void press(QPushButton *button)
{
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

ReportSheet sheetOf(QList<ReportColumn> columns, QList<QVariantList> rows)
{
    ReportSheet sheet;
    sheet.name = QStringLiteral("Test");
    sheet.columns = std::move(columns);
    sheet.rows = std::make_shared<ListRows>(std::move(rows));
    return sheet;
}

ReportColumn column(const char *header, ReportColumnKind kind, bool summed = false)
{
    ReportColumn result;
    result.header = QString::fromUtf8(header);
    result.kind = kind;
    result.summed = summed;
    return result;
}

} // namespace

void TstReportCentreUi::initTestCase()
{
    m_demo = std::make_unique<TestWorkspace>(TestWorkspace::SignIn::Owner, true, DemoClock);
}

void TstReportCentreUi::dailyReportShowsTheServicesSheetsAndTotals()
{
    ReportCentre centre(m_demo->get());
    centre.resize(1280, 800);
    centre.show();
    QVERIFY(QTest::qWaitForWindowExposed(&centre));
    centre.selectKind(ReportKind::Daily);
    press(centre.period()->presetButtons().value(0)); // yesterday
    const QDate yesterday = DemoClock.today().addDays(-1);
    QCOMPARE(centre.request().from, yesterday);
    QCOMPARE(centre.request().to, yesterday);
    press(centre.findChild<QPushButton *>(QStringLiteral("showReportButton")));

    // What the service builds for the same day, read independently of the screen.
    ReportQuery query;
    query.kind = ReportKind::Daily;
    query.from = query.to = yesterday;
    Result<ReportDocument> built =
        ReportService((*m_demo)->database(), (*m_demo)->clock()).build(query);
    QVERIFY2(built, qPrintable(built.error()));
    ReportDocument &document = built.value();
    QVERIFY(!document.sheets.empty());
    QCOMPARE(centre.sheetTabs()->count(), int(document.sheets.size()));
    int rowsShown = 0;
    for (int index = 0; index < int(document.sheets.size()); ++index) {
        ReportSheet &sheet = document.sheets.at(index);
        QCOMPARE(centre.sheetTabs()->tabText(index), sheet.name);
        ReportCentreSheet *shown = centre.sheet(index);
        QVERIFY(shown);
        ReportSheetModel *model = shown->model();
        QList<double> sums(sheet.columns.size(), 0.0);
        int rows = 0;
        QVariantList row;
        while (sheet.rows->next(row)) {
            ++rows;
            for (int c = 0; c < sheet.columns.size(); ++c)
                sums[c] += row.value(c).toDouble();
        }
        QCOMPARE(model->rowCount(), rows);
        rowsShown += rows;
        const QVariantList totals = model->totals();
        for (int c = 0; c < sheet.columns.size(); ++c) {
            const ReportColumn &spec = sheet.columns.at(c);
            if (!sheet.totalsRow || (!spec.summed && !spec.ratioOf))
                continue;
            const double expected =
                spec.ratioOf ? (sums.at(spec.ratioOf->second) != 0
                                    ? sums.at(spec.ratioOf->first) / sums.at(spec.ratioOf->second)
                                    : 0)
                             : sums.at(c);
            QVERIFY2(std::abs(totals.value(c).toDouble() - expected) < 1e-9,
                     qPrintable(QStringLiteral("%1 / %2: %3 vs %4")
                                    .arg(sheet.name, spec.header)
                                    .arg(totals.value(c).toDouble())
                                    .arg(expected)));
            // The line under the table says it, formatted like the cell.
            if (rows > 0 && spec.summed)
                QVERIFY2(shown->totalsLabel()->text().contains(model->format(c, totals.value(c))),
                         qPrintable(shown->totalsLabel()->text()));
        }
    }
    QVERIFY2(rowsShown > 0, "the demo factory worked yesterday");
    QVERIFY(centre.findChild<QLabel *>(QStringLiteral("reportTitleLabel"))
                ->text()
                .contains(document.title));
}

void TstReportCentreUi::numbersSortAsNumbersAndShowAsTheWorkbook()
{
    ReportColumn yield = column("Yield", ReportColumnKind::Percent);
    yield.decimals = 1;
    yield.ratioOf = std::make_pair(1, 2);
    ReportSheet sheet = sheetOf({column("Machine", ReportColumnKind::Text),
                                 column("Good", ReportColumnKind::Integer, true),
                                 column("Made", ReportColumnKind::Integer, true), yield,
                                 column("Day", ReportColumnKind::Date)},
                                {{QStringLiteral("LATHE-1"), 9, 10, 0.9, QDate(2026, 12, 5)},
                                 {QStringLiteral("MILL-1"), 1200, 1300, 0.923, QDate(2026, 11, 30)},
                                 {QStringLiteral("DRILL-1"), 20, 20, 1.0, QVariant()}});
    ReportCentreSheet shown(sheet);
    QAbstractItemModelTester tester(shown.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    shown.resize(900, 400);
    shown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shown));
    ReportSheetModel *model = shown.model();

    // A click on the header sorts by the numbers: 9, 20, 1,200 (as text: 1,200, 20, 9).
    QHeaderView *header = shown.view()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(1) + 10, header->height() / 2));
    const auto column1 = [model] {
        return QList<int>{model->value(0, 1).toInt(), model->value(1, 1).toInt(),
                          model->value(2, 1).toInt()};
    };
    const QList<int> ascending{9, 20, 1200};
    const QList<int> descending{1200, 20, 9};
    QVERIFY2(column1() == ascending || column1() == descending, "sorted by number");
    model->sort(1, Qt::AscendingOrder);
    QCOMPARE(column1(), ascending);
    model->sort(1, Qt::DescendingOrder);
    QCOMPARE(column1(), descending);
    // Dates sort as dates, an empty cell last either way.
    model->sort(4, Qt::AscendingOrder);
    QCOMPARE(model->value(0, 4).toDate(), QDate(2026, 11, 30));
    QVERIFY(model->value(2, 4).isNull());
    model->sort(4, Qt::DescendingOrder);
    QCOMPARE(model->value(0, 4).toDate(), QDate(2026, 12, 5));
    QVERIFY(model->value(2, 4).isNull());

    // Shown like the workbook: thousands separators, a percentage, yyyy-mm-dd.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    model->sort(1, Qt::DescendingOrder);
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("1,200"));
    QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("92.3%"));
    QCOMPARE(model->index(0, 4).data().toString(), QStringLiteral("2026-11-30"));
    QCOMPARE(model->index(0, 1).data(ReportSheetModel::ValueRole).toInt(), 1200);

    // Totals: sums, and the ratio of the sums (not the mean of the ratios).
    const QVariantList totals = model->totals();
    QCOMPARE(totals.value(1).toDouble(), 1229.0);
    QCOMPARE(totals.value(2).toDouble(), 1330.0);
    QVERIFY(std::abs(totals.value(3).toDouble() - 1229.0 / 1330.0) < 1e-12);
    QVERIFY(totals.value(0).isNull());
    QVERIFY(shown.totalsLabel()->text().contains(QStringLiteral("1,229")));
    QVERIFY(shown.totalsLabel()->text().contains(QStringLiteral("92.4%")));
    QLocale::setDefault(QLocale::system());
}

void TstReportCentreUi::presetsPickThePeriodOfTheKind()
{
    TestShop shop;
    ReportCentre centre(shop.ws.get());
    centre.resize(1280, 800);
    centre.show();
    QVERIFY(QTest::qWaitForWindowExposed(&centre));
    const QDate today = shop.today();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate monthStart(today.year(), today.month(), 1);
    ReportCentrePeriod *period = centre.period();

    centre.selectKind(ReportKind::Daily);
    press(period->presetButtons().value(0)); // 昨天
    QCOMPARE(centre.request().from, today.addDays(-1));
    QCOMPARE(centre.request().to, today.addDays(-1));
    press(period->presetButtons().value(1)); // 今天
    QCOMPARE(centre.request().from, today);
    QVERIFY(period->presetButtons().value(1)->isChecked());
    QVERIFY(!period->presetButtons().value(0)->isChecked());

    centre.selectKind(ReportKind::Weekly);
    press(period->presetButtons().value(0)); // 上周: Monday to Sunday
    QCOMPARE(centre.request().from, monday.addDays(-7));
    QCOMPARE(centre.request().to, monday.addDays(-1));
    // Any day picked stands for its whole week.
    period->fromEdit()->setDate(monday.addDays(2));
    QCOMPARE(centre.request().from, monday);
    QCOMPARE(centre.request().to, monday.addDays(6));

    centre.selectKind(ReportKind::Monthly);
    press(period->presetButtons().value(0)); // 上月
    QCOMPARE(centre.request().from, monthStart.addMonths(-1));
    QCOMPARE(centre.request().to, monthStart.addDays(-1));

    centre.selectKind(ReportKind::Downtime); // from–to
    QVERIFY(period->toEdit()->isVisible());
    press(period->presetButtons().value(2)); // 最近7天
    QCOMPARE(centre.request().from, today.addDays(-6));
    QCOMPARE(centre.request().to, today);
    centre.selectKind(ReportKind::Daily);
    QVERIFY(!period->toEdit()->isVisible());
}

void TstReportCentreUi::exportWritesTheWorkbookInTheBackground()
{
    ReportCentre centre(m_demo->get());
    centre.resize(1280, 800);
    centre.show();
    QVERIFY(QTest::qWaitForWindowExposed(&centre));
    centre.selectKind(ReportKind::Daily);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("日报.xlsx"));
    QSignalSpy finished(centre.exporter(), &ReportCentreExport::finished);
    QVERIFY(centre.exportTo(path));
    QVERIFY(centre.exporter()->progressDialog()); // progress shown while it runs
    QVERIFY(finished.wait(60000));
    const QString error = finished.at(0).at(0).toString();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(QFile::exists(path));
    QVERIFY(centre.findChild<QPushButton *>(QStringLiteral("openExportButton"))->isVisible());
    QVERIFY(
        centre.findChild<QPushButton *>(QStringLiteral("showExportInFolderButton"))->isVisible());

    // Read back: the service's sheets, each with its header row and its rows.
    ReportQuery query = centre.request();
    Result<ReportDocument> built =
        ReportService((*m_demo)->database(), (*m_demo)->clock()).build(query);
    QVERIFY(built);
    const Result<SheetBook> book = SheetReader::read(path);
    QVERIFY2(book, qPrintable(book.error()));
    for (ReportSheet &sheet : built.value().sheets) {
        const Sheet *written = book.value().sheet(sheet.name);
        QVERIFY2(written, qPrintable(sheet.name));
        for (int c = 0; c < sheet.columns.size(); ++c)
            QCOMPARE(written->cell(0, c).text, sheet.columns.at(c).header);
        int rows = 0;
        QVariantList row;
        while (sheet.rows->next(row))
            ++rows;
        QVERIFY2(written->rowCount() >= rows + 1, qPrintable(sheet.name));
    }
}

void TstReportCentreUi::cancelledExportLeavesNoFile()
{
    ReportCentre centre(m_demo->get());
    centre.resize(1280, 800);
    centre.show();
    QVERIFY(QTest::qWaitForWindowExposed(&centre));
    centre.selectKind(ReportKind::ProductionLines);
    press(centre.period()->presetButtons().value(1)); // last month: many lines
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lines.xlsx"));
    // Cancel pressed in the progress dialog as soon as it shows.
    connect(centre.exporter(), &ReportCentreExport::started, this, [&centre] {
        QProgressDialog *dialog = centre.exporter()->progressDialog();
        QVERIFY(dialog);
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
    });
    QSignalSpy finished(centre.exporter(), &ReportCentreExport::finished);
    QVERIFY(centre.exportTo(path));
    QVERIFY(finished.wait(60000));
    const QString error = finished.at(0).at(0).toString();
    QCOMPARE(error, ReportCentreExport::tr("Export cancelled."));
    QVERIFY(centre.banner()->isVisible());
    QCOMPARE(centre.banner()->text(), error);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

QTEST_MAIN(TstReportCentreUi)
#include "tst_reportcentreui.moc"
