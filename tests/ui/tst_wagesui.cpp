// The owner's piece-rate wage page (计件工资): the wage report of a period typed into the date
// fields, following voided reports; the rate table edited through its dialog by typing; bad
// rates refused in the user's words; read only for those who may not edit master data; and
// the Excel export read back the way Excel reads it.
#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "fixturehelpers.h"
#include "io/wageworkbook.h"
#include "item/palette.h"
#include "item/reports/wagelinesmodel.h"
#include "item/reports/wagetotalsmodel.h"
#include "reports/pieceratedialog.h"
#include "reports/pieceratespanel.h"
#include "reports/reportspage.h"
#include "reports/wagespanel.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/reportingservice.h"
#include "services/station/wageservice.h"
#include "shell/mainwindow.h"
#include "testshop.h"
#include "uitesthelpers.h"
#include "xlsxsheet.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Taktline;
using namespace Qt::StringLiterals;

class TstWagesUi : public QObject
{
    Q_OBJECT
private slots:
    void wageReportTotalsThePeriodAndFollowsVoids();
    void rateAddedInTheDialogShowsAndPaysTheWage();
    void invalidRateIsRefusedAndChangesNothing();
    void onlyMasterDataEditorsEditRates();
    void exportWritesTheTotalsSheet();
};

namespace {

using XlsxSheet::unzipEntry;
using XlsxSheet::cell;

// The shop's month, the one before it, and days in it before the shop's Monday.
const QDate MonthStart(TestShop::monday().year(), TestShop::monday().month(), 1);
const QDate MonthEnd = MonthStart.addMonths(1).addDays(-1);
const QDate Early = TestShop::day(-13);
const QDate Friday = TestShop::day(-3);

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// The shop with 200 flanges ordered instead of 100 and Wang and Li in teams 甲班 and 乙班;
// reports saved on the days asked for.
struct Shop : TestShop
{
    Shop()
        : TestShop(Options{.order = false})
    {
        order = releasedOrder(flange, 200);
        Fixture::require(ws->masterData()->updateField(MasterDataKind::Employee, wang,
                                                       QStringLiteral("team"), u"甲班"_s),
                         "team");
        Fixture::require(ws->masterData()->updateField(MasterDataKind::Employee, li,
                                                       QStringLiteral("team"), u"乙班"_s),
                         "team");
    }
    QString report(int step, const QString &employee, double good, const QDate &day)
    {
        return reportOn(day, step, good, employee);
    }
    void rate(const char *operation, double value, const QDate &from) const
    {
        Fixture::require(
            ws->wages()->setRate({{}, flange, QString::fromUtf8(operation), value, from}).outcome(),
            "rate");
    }
    QList<PieceRate> rates() const { return ws->wages()->rates(flange).value(); }
};

// The page on screen, with the period typed into its date fields the way a person does.
struct Screen
{
    explicit Screen(Shop &shop)
        : page(shop.ws.get())
    {
        page.resize(1280, 800);
        page.showTab(QStringLiteral("wages"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
    }
    WagesPanel *wages() const { return page.wages(); }
    void clickTab(int index)
    {
        QTabBar *bar = page.findChild<QTabWidget *>(QStringLiteral("reportTabs"))->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
        QVERIFY(page.findChild<QTabWidget *>(QStringLiteral("reportTabs"))->currentIndex() ==
                index);
    }
    PieceRatesPanel *rates() const { return page.rates(); }
    void typeDate(const char *name, const QString &text)
    {
        auto *edit = page.findChild<QDateEdit *>(QString::fromLatin1(name));
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    void typePeriod(const QString &from, const QString &to)
    {
        typeDate("fromDateEdit", from);
        typeDate("toDateEdit", to);
    }
    // The total row of the employee with BADGE, as the wage model holds it.
    WageTotal totalOf(const QString &badge) const
    {
        for (const WageTotalRow &row : wages()->totalsModel()->rows()) {
            if (row.badge == badge)
                return row.total;
        }
        return {};
    }
    // What the table shows in COLUMN of the row of BADGE (the delegate's formatting included).
    QString shownTotal(const QString &badge, int column) const
    {
        QTableView *view = wages()->totalsView();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, WageTotalsModel::BadgeColumn).data().toString() != badge)
                continue;
            const QVariant value = view->model()->index(row, column).data();
            auto *delegate =
                qobject_cast<QStyledItemDelegate *>(view->itemDelegateForColumn(column));
            return delegate ? delegate->displayText(value, view->locale()) : value.toString();
        }
        return {};
    }
    void clickRow(QTableView *view, int row) const
    {
        const QRect rect = view->visualRect(view->model()->index(row, 1));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }
    ReportsPage page;
};

// Runs ACT on the modal dialog as soon as it is open (exec() blocks the test otherwise).
void whenDialogOpens(const std::function<void(PieceRateDialog *)> &act)
{
    QTimer::singleShot(0, qApp, [act] {
        auto *dialog = qobject_cast<PieceRateDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        act(dialog);
    });
}

void typeRate(PieceRateDialog *dialog, const QString &operation, const QString &rate,
              const QString &from)
{
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("operationCombo"));
    combo->lineEdit()->clear();
    typeText(combo->lineEdit(), operation);
    auto *spin = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("rateSpin"));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, rate);
    auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("validFromEdit"));
    date->setFocus();
    date->selectAll();
    QTest::keyClicks(date, from);
}

QPushButton *button(QWidget *parent, const char *name)
{
    return parent->findChild<QPushButton *>(QString::fromLatin1(name));
}

} // namespace

void TstWagesUi::wageReportTotalsThePeriodAndFollowsVoids()
{
    Shop shop;
    shop.rate("车削", 0.80, MonthStart);
    shop.rate("铣削", 0.50, MonthStart);
    shop.report(0, shop.wang, 30, MonthStart.addDays(-12)); // last month: another period
    shop.report(0, shop.wang, 100, Early);
    const QString late = shop.report(0, shop.wang, 50, Friday);
    shop.report(1, shop.li, 120, Friday);
    Screen screen(shop);
    screen.typePeriod(iso(MonthStart), iso(MonthEnd));
    QCOMPARE(screen.wages()->from(), MonthStart);
    QCOMPARE(screen.wages()->to(), MonthEnd);

    QCOMPARE(screen.wages()->totalsModel()->rowCount(), 2);
    QCOMPARE(screen.totalOf(QStringLiteral("E001")).good, 150.0);
    QCOMPARE(screen.totalOf(QStringLiteral("E001")).amount, 120.0);
    QCOMPARE(screen.totalOf(QStringLiteral("E002")).amount, 60.0);
    QCOMPARE(screen.shownTotal(QStringLiteral("E001"), WageTotalsModel::AmountColumn),
             QStringLiteral("¥120.00"));
    QCOMPARE(screen.shownTotal(QStringLiteral("E001"), WageTotalsModel::UnpricedColumn), QString());
    QCOMPARE(screen.shownTotal(QStringLiteral("E002"), WageTotalsModel::TeamColumn),
             QStringLiteral("乙班"));
    QVERIFY2(screen.wages()->grandTotalText().contains(QStringLiteral("¥180.00")),
             qPrintable(screen.wages()->grandTotalText()));
    QVERIFY(screen.wages()->grandTotalText().contains(QStringLiteral("270")));

    // Wang's lines first (the first badge), then Li's after a click on his row.
    QCOMPARE(screen.wages()->linesView()->model()->rowCount(), 2);
    screen.clickRow(screen.wages()->totalsView(), 1);
    QAbstractItemModel *lines = screen.wages()->linesView()->model();
    QCOMPARE(lines->rowCount(), 1);
    QCOMPARE(lines->index(0, WageLinesModel::OperationColumn).data().toString(),
             QStringLiteral("铣削"));
    QCOMPARE(lines->index(0, WageLinesModel::AmountColumn).data().toDouble(), 60.0);

    // The supervisor voids Wang's report of Friday: the open report follows at once.
    QVERIFY(shop.ws->reporting()->voidReport(late, QStringLiteral("多报")).ok());
    QCOMPARE(screen.totalOf(QStringLiteral("E001")).good, 100.0);
    QCOMPARE(screen.totalOf(QStringLiteral("E001")).amount, 80.0);
    QVERIFY2(screen.wages()->grandTotalText().contains(QStringLiteral("¥140.00")),
             qPrintable(screen.wages()->grandTotalText()));
    QCOMPARE(screen.wages()->selectedEmployee(), shop.li); // the selection stays

    // One employee only; then a period with nothing in it, and one that ends before it starts.
    auto *employee = screen.page.findChild<QComboBox *>(QStringLiteral("employeeCombo"));
    employee->setCurrentIndex(employee->findData(shop.wang));
    QCOMPARE(screen.wages()->totalsModel()->rowCount(), 1);
    QCOMPARE(screen.wages()->totalsModel()->rows().first().badge, QStringLiteral("E001"));
    screen.typePeriod(iso(MonthStart.addMonths(-1)), iso(MonthStart.addDays(-1)));
    QCOMPARE(screen.totalOf(QStringLiteral("E001")).good, 30.0);
    QCOMPARE(screen.totalOf(QStringLiteral("E001")).unpricedReports,
             1); // no rate before this month
    QCOMPARE(screen.shownTotal(QStringLiteral("E001"), WageTotalsModel::UnpricedColumn),
             QStringLiteral("⚠ 1"));
    screen.typeDate("toDateEdit", iso(MonthStart.addMonths(-1).addDays(-1)));
    QVERIFY2(screen.page.banner()->text().contains(QStringLiteral("end is not before")),
             qPrintable(screen.page.banner()->text()));
    QCOMPARE(screen.wages()->totalsModel()->rowCount(), 0);

    QTest::mouseClick(button(&screen.page, "lastMonthButton"), Qt::LeftButton);
    const QDate today = shop.ws->clock().today();
    QCOMPARE(screen.wages()->from(), QDate(today.year(), today.month(), 1).addMonths(-1));
    QCOMPARE(screen.wages()->to(), QDate(today.year(), today.month(), 1).addDays(-1));
    QCOMPARE(screen.page.banner()->text(), QString()); // a valid period again: the error goes
}

void TstWagesUi::rateAddedInTheDialogShowsAndPaysTheWage()
{
    Shop shop;
    shop.report(0, shop.wang, 40, Early); // no rate yet: earns nothing
    Screen screen(shop);
    screen.typePeriod(iso(MonthStart), iso(MonthEnd));
    QCOMPARE(screen.totalOf(QStringLiteral("E001")).amount, 0.0);
    QCOMPARE(screen.totalOf(QStringLiteral("E001")).unpricedReports, 1);
    const QModelIndex rate =
        screen.wages()->linesView()->model()->index(0, WageLinesModel::RateColumn);
    QCOMPARE(rate.data().toString(), QStringLiteral("no rate"));
    QCOMPARE(rate.data(Qt::ForegroundRole).value<QColor>(), Palette::AmberText);

    // The rate table lists both operations of the routing, neither priced yet.
    screen.clickTab(2);
    QCOMPARE(screen.rates()->productId(), shop.flange);
    QStandardItemModel *table = screen.rates()->model();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, PieceRatesPanel::RateColumn)->text(), QStringLiteral("no rate"));

    whenDialogOpens([](PieceRateDialog *dialog) {
        typeRate(dialog, QStringLiteral("车削"), QStringLiteral("1.25"), iso(MonthStart));
        QTest::mouseClick(button(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(button(screen.rates(), "addRateButton"), Qt::LeftButton);

    QCOMPARE(shop.rates().size(), 1);
    QCOMPARE(shop.rates().first().rate, 1.25);
    QCOMPARE(shop.rates().first().validFrom, MonthStart);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, PieceRatesPanel::OperationColumn)->text(), QStringLiteral("车削"));
    QCOMPARE(table->item(0, PieceRatesPanel::RateColumn)->data(Qt::DisplayRole).toDouble(), 1.25);
    QCOMPARE(table->item(0, PieceRatesPanel::ValidFromColumn)->text(), iso(MonthStart));
    QVERIFY(screen.page.banner()->text().contains(QStringLiteral("车削")));
    // The wage report is priced again at once.
    QCOMPARE(screen.totalOf(QStringLiteral("E001")).amount, 50.0);
    QCOMPARE(screen.totalOf(QStringLiteral("E001")).unpricedReports, 0);

    // Editing the rate (double-click, type the new one) replaces it rather than adding one.
    whenDialogOpens([](PieceRateDialog *dialog) {
        auto *spin = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("rateSpin"));
        QCOMPARE(spin->value(), 1.25);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("1.5"));
        QTest::mouseClick(button(dialog, "saveButton"), Qt::LeftButton);
    });
    const QRect first = screen.rates()->view()->visualRect(table->index(0, 0));
    // A double click as the window system delivers it: press, release, then the double click.
    QTest::mouseClick(screen.rates()->view()->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseDClick(screen.rates()->view()->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(shop.rates().size(), 1);
    QCOMPARE(shop.rates().first().rate, 1.5);
    QCOMPARE(screen.totalOf(QStringLiteral("E001")).amount, 60.0);
}

void TstWagesUi::invalidRateIsRefusedAndChangesNothing()
{
    Shop shop;
    shop.rate("车削", 0.80, MonthStart);
    shop.report(0, shop.wang, 100, Early);
    Screen screen(shop);
    screen.typePeriod(iso(MonthStart), iso(MonthEnd));
    QCOMPARE(screen.totalOf(QStringLiteral("E001")).amount, 80.0);
    screen.clickTab(2);
    const int rows = screen.rates()->model()->rowCount();

    // Typed into the dialog, each bad entry is refused by the service in its own words: the
    // dialog stays open with the reason, and the page banner says it too.
    const QList<QPair<QStringList, QString>> attempts = {
        {{QStringLiteral("车削"), QStringLiteral("-0.5"), QStringLiteral("-0.5")},
         QStringLiteral("zero or more")},
        {{QStringLiteral("车削"), QStringLiteral("\b"), QString()},
         QStringLiteral("zero or more")}, // erased
        {{QStringLiteral("车削"), QStringLiteral("250000"), QStringLiteral("250000")},
         QStringLiteral("not plausible")},
        {{QString(), QStringLiteral("1.2"), QStringLiteral("1.20")}, QStringLiteral("operation")},
    };
    for (const auto &[typed, message] : attempts) {
        bool stillOpen = false;
        QString dialogError;
        QString rateShown;
        whenDialogOpens([&, typed = typed](PieceRateDialog *dialog) {
            typeRate(dialog, typed.at(0), typed.at(1), iso(MonthStart));
            QTest::mouseClick(button(dialog, "saveButton"), Qt::LeftButton);
            stillOpen = dialog->isVisible();
            dialogError = dialog->errorText();
            rateShown =
                dialog->findChild<QDoubleSpinBox *>(QStringLiteral("rateSpin"))->cleanText();
            dialog->reject();
        });
        QTest::mouseClick(button(screen.rates(), "addRateButton"), Qt::LeftButton);
        QVERIFY2(stillOpen, qPrintable(typed.join(QLatin1Char(' '))));
        QVERIFY2(dialogError.contains(message), qPrintable(dialogError));
        QCOMPARE(screen.page.banner()->text(), dialogError);
        QCOMPARE(rateShown, typed.at(2)); // what was typed stays there to be corrected
    }
    QCOMPARE(shop.rates().size(), 1);
    QCOMPARE(shop.rates().first().rate, 0.80);
    QCOMPARE(screen.rates()->model()->rowCount(), rows);
    QCOMPARE(screen.totalOf(QStringLiteral("E001")).amount, 80.0);
}

void TstWagesUi::onlyMasterDataEditorsEditRates()
{
    // A supervisor sees the rate table but no way to change it.
    Shop shop;
    shop.rate("车削", 0.80, MonthStart);
    shop.ws->access()->signIn(
        {QStringLiteral("s"), QStringLiteral("s"), QStringLiteral("S"), Role::Supervisor});
    {
        Screen screen(shop);
        screen.clickTab(2);
        QVERIFY(!screen.rates()->canEdit());
        QCOMPARE(screen.rates()->model()->rowCount(), 2);
        for (const char *name : {"addRateButton", "editRateButton", "removeRateButton"})
            QVERIFY2(!button(screen.rates(), name)->isVisible(), name);
        QVERIFY(
            screen.rates()->findChild<QLabel *>(QStringLiteral("placeholderNote"))->isVisible());
        const QRect first =
            screen.rates()->view()->visualRect(screen.rates()->model()->index(0, 0));
        QTest::mouseClick(screen.rates()->view()->viewport(), Qt::LeftButton, {}, first.center());
        QTest::mouseDClick(screen.rates()->view()->viewport(), Qt::LeftButton, {}, first.center());
        QVERIFY(!QApplication::activeModalWidget());
    }

    // An operator does not get the page at all, and the service refuses even a forged edit.
    shop.ws->access()->signIn(
        {QStringLiteral("o"), QStringLiteral("o"), QStringLiteral("O"), Role::Operator});
    LanguageManager language;
    MainWindow window(shop.ws.get(), &language);
    QVERIFY(!window.pageWidget(Page::Reports));
    Screen forged(shop);
    const Outcome refused =
        forged.rates()->saveRate({{}, shop.flange, QStringLiteral("车削"), 2.0, Early});
    QVERIFY(!refused.ok());
    QVERIFY(!forged.page.banner()->text().isEmpty());
    QCOMPARE(shop.rates().size(), 1);
    QCOMPARE(shop.rates().first().rate, 0.80);
}

void TstWagesUi::exportWritesTheTotalsSheet()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("the unzip tool is not installed");
    Shop shop;
    shop.rate("车削", 0.80, MonthStart);
    shop.rate("铣削", 0.50, MonthStart);
    shop.report(0, shop.wang, 100, Early);
    shop.report(0, shop.wang, 50, Friday);
    shop.report(1, shop.li, 120, Friday);
    Screen screen(shop);
    screen.typePeriod(iso(MonthStart), iso(MonthEnd));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"工资 %1.xlsx"_s.arg(MonthStart.toString(u"yyyy-MM"_s)));
    const Outcome exported = screen.wages()->exportTo(path);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));

    // A header, Wang (E001) and Li (E002) as the table sorts them, then the total row.
    const QString sheet = unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(sheet.contains(QStringLiteral("Amount (¥)")), qPrintable(sheet.left(1500)));
    QVERIFY(cell(sheet, QStringLiteral("A2")).first.contains(QStringLiteral("E001")));
    QVERIFY(cell(sheet, QStringLiteral("B2")).first.contains(QStringLiteral("王建国")));
    for (const auto &[ref, value] : {std::pair{"D2", 150.0},
                                     {"E2", 120.0},
                                     {"D3", 120.0},
                                     {"E3", 60.0},
                                     {"D4", 270.0},
                                     {"E4", 180.0},
                                     {"F4", 0.0}}) {
        const auto [inner, isNumber] = cell(sheet, QString::fromLatin1(ref));
        QVERIFY2(isNumber, ref);
        QCOMPARE(
            QRegularExpression(QStringLiteral("<v>(.*)</v>")).match(inner).captured(1).toDouble(),
            value);
    }
    QVERIFY(cell(sheet, QStringLiteral("B4")).first.contains(QStringLiteral("Total")));
    QVERIFY(cell(sheet, QStringLiteral("A5")).first.isEmpty());

    // Every line of the period, of both employees, in the file beside it.
    const QString linesPath = WageWorkbook::linesPath(path);
    QVERIFY2(QFile::exists(linesPath), qPrintable(linesPath));
    const QString lines = unzipEntry(linesPath, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(lines.contains(QStringLiteral("铣削")));
    QVERIFY(lines.contains(QStringLiteral("李志强")));
    QVERIFY(!cell(lines, QStringLiteral("A4")).first.isEmpty());
    QVERIFY(cell(lines, QStringLiteral("A5")).first.isEmpty());
    QVERIFY(cell(lines, QStringLiteral("I2")).second); // the amount: a real number
}

QTEST_MAIN(TstWagesUi)
#include "tst_wagesui.moc"
