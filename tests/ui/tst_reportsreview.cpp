// The supervisor's review of production reports (报工审核): opened from a work order's detail
// panel, a wrong report voided with a typed reason (and refused without one), reports approved
// for wages so the wage report pays them, and nothing to change for a role that may not
// correct reports.
#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "fixturehelpers.h"
#include "item/palette.h"
#include "item/reports/wagelinesmodel.h"
#include "item/reports/wagetotalsmodel.h"
#include "reports/reportspage.h"
#include "reports/wagespanel.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/reportingservice.h"
#include "services/station/wageservice.h"
#include "shell/mainwindow.h"
#include "station/stationsettingsbox.h"
#include "testshop.h"
#include "uitesthelpers.h"
#include "workorders/reportsreviewdialog.h"
#include "workorders/workorderdetail.h"
#include "workorders/workorderspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Taktline;

class TstReportsReview : public QObject
{
    Q_OBJECT
private slots:
    void listsTheReportsOfTheOrderNewestFirst();
    void voidWithATypedReasonAndRefusedWithout();
    void doubleClickOnAStepShowsItsReports();
    void approvingTwoReportsPaysTheirWages();
    void withoutCorrectReportsNothingCanBeChanged();
};

namespace {

// A wage period around the shop's Monday; the reports are made in the weeks before it.
const QDate PeriodStart = TestShop::day(-22);
const QDate PeriodEnd = TestShop::day(7);

// The shop with 200 flanges ordered instead of 100; reports saved on the days asked for.
struct Shop : TestShop
{
    Shop()
        : TestShop(Options{.order = false})
    {
        order = releasedOrder(flange, 200);
    }
    QString operation(int step) const { return TestShop::step(step); }
    // GOOD (and DEFECTIVE, scratched) on STEP by EMPLOYEE on DAY at HOUR:00, with LOT written on
    // it.
    QString report(int step, const QString &employee, double good, const QDate &day, int hour = 10,
                   double defective = 0, const char *lot = "")
    {
        ReportRequest r = request(step, good, defective);
        r.employeeId = employee;
        r.materialLot = QString::fromLatin1(lot);
        return reportAt(QDateTime(day, QTime(hour, 0)).toMSecsSinceEpoch(), r);
    }
    void signInAs(Role role) const
    {
        ws->access()->signIn({QStringLiteral("u"), QStringLiteral("u"), QStringLiteral("U"), role});
    }
    QList<ReportEntry> entries() const { return ws->reporting()->entries(order).value(); }
};

// The work-order page at tablet size with the shop's order open in the detail panel.
struct OrderScreen
{
    explicit OrderScreen(Shop &shop)
        : page(shop.ws.get())
    {
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.selectWorkOrder(shop.order);
        QCOMPARE(page.detail()->workOrderId(), shop.order);
    }
    QPushButton *reportsButton() const
    {
        return page.detail()->findChild<QPushButton *>(QStringLiteral("reportsButton"));
    }
    WorkOrdersPage page;
};

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// Runs CHECK on the dialog NAME as soon as it is the modal one (then the caller opens it).
void whenModalOpens(const char *name, std::function<void(QDialog *)> check)
{
    QTimer::singleShot(0, qApp, [name, check = std::move(check)] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QString::fromLatin1(name));
        check(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

void clickRow(QTableWidget *table, int row, Qt::KeyboardModifiers modifiers = {})
{
    const QRect rect = table->visualItemRect(table->item(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, rect.center());
}

QString cell(QTableWidget *table, int row, int column)
{
    return table->item(row, column)->text();
}

} // namespace

void TstReportsReview::listsTheReportsOfTheOrderNewestFirst()
{
    Shop shop;
    shop.report(0, shop.wang, 100, TestShop::day(-13));
    shop.report(0, shop.li, 50, TestShop::day(-3), 14, 2, "LOT-7");
    shop.signInAs(Role::Supervisor);
    OrderScreen screen(shop);
    QVERIFY(screen.reportsButton()->isVisible());
    QVERIFY(screen.reportsButton()->isEnabled());
    bool checked = false;
    whenModalOpens("reportsReviewDialog", [&](QDialog *dialog) {
        auto *table = child<QTableWidget>(dialog, "reportsTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(cell(table, 0, ReportsReviewDialog::TimeColumn),
                 TestShop::day(-3).toString(QStringLiteral("MM-dd")) + QStringLiteral(" 14:00"));
        QCOMPARE(cell(table, 0, ReportsReviewDialog::StepColumn), QStringLiteral("10 车削"));
        QCOMPARE(cell(table, 0, ReportsReviewDialog::OperatorColumn),
                 QStringLiteral("E002  李志强"));
        QCOMPARE(cell(table, 0, ReportsReviewDialog::MachineColumn), QStringLiteral("LATHE-1"));
        QCOMPARE(cell(table, 0, ReportsReviewDialog::GoodColumn), QStringLiteral("50"));
        QCOMPARE(cell(table, 0, ReportsReviewDialog::DefectiveColumn), QStringLiteral("2 · 划伤"));
        QCOMPARE(cell(table, 0, ReportsReviewDialog::LotColumn), QStringLiteral("LOT-7"));
        QCOMPARE(cell(table, 0, ReportsReviewDialog::StatusColumn), QStringLiteral("Counted"));
        QCOMPARE(cell(table, 1, ReportsReviewDialog::OperatorColumn),
                 QStringLiteral("E001  王建国"));
        // Nothing selected yet: both actions wait for a selection.
        QVERIFY(child<QPushButton>(dialog, "voidReportButton")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "voidReportButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "approveReportsButton")->isEnabled());
        QVERIFY(dialog->width() <= 1280 && dialog->height() <= 800);
        checked = true;
    });
    QTest::mouseClick(screen.reportsButton(), Qt::LeftButton);
    QVERIFY(checked);
}

void TstReportsReview::voidWithATypedReasonAndRefusedWithout()
{
    Shop shop;
    shop.report(0, shop.wang, 100, TestShop::day(-13));
    const QString wrong = shop.report(0, shop.li, 50, TestShop::day(-3));
    shop.signInAs(Role::Supervisor);
    OrderScreen screen(shop);
    QCOMPARE(shop.good(0), 150.0);
    bool checked = false;
    whenModalOpens("reportsReviewDialog", [&](QDialog *dialog) {
        auto *review = qobject_cast<ReportsReviewDialog *>(dialog);
        QTableWidget *table = review->table();
        clickRow(table, 0);
        QCOMPARE(review->selectedReportIds(), QStringList{wrong});
        auto *voidButton = child<QPushButton>(dialog, "voidReportButton");
        QVERIFY(voidButton->isEnabled());

        // First without a reason: refused in the dialog, which stays open; nothing written.
        whenModalOpens("voidReasonDialog", [&](QDialog *ask) {
            QTest::mouseClick(child<QPushButton>(ask, "confirmVoidButton"), Qt::LeftButton);
            QVERIFY(ask->isVisible());
            const QString refusal = ask->findChild<MessageBanner *>()->text();
            QVERIFY2(refusal.contains(QStringLiteral("reason")), qPrintable(refusal));
            QCOMPARE(shop.good(0), 150.0);
            QVERIFY(!shop.entries().first().voided);
            QCOMPARE(shop.ws->reporting()->entries(shop.order).value().size(), 2);

            // Then with a reason typed the way an input method commits it.
            typeText(child<QLineEdit>(ask, "voidReasonEdit"), QStringLiteral("数量多报"));
            QTest::mouseClick(child<QPushButton>(ask, "confirmVoidButton"), Qt::LeftButton);
            QVERIFY(!ask->isVisible());
        });
        QTest::mouseClick(voidButton, Qt::LeftButton);

        // The row shows it at once, greyed and struck through; the reason stays readable.
        QCOMPARE(review->entryAt(0).report.id, wrong);
        QCOMPARE(cell(table, 0, ReportsReviewDialog::StatusColumn),
                 QStringLiteral("Voided: 数量多报"));
        QTableWidgetItem *good = table->item(0, ReportsReviewDialog::GoodColumn);
        QVERIFY(good->font().strikeOut());
        QCOMPARE(good->foreground().color(), Palette::Disabled);
        QVERIFY(!table->item(0, ReportsReviewDialog::StatusColumn)->font().strikeOut());
        QVERIFY2(review->banner()->text().contains(QStringLiteral("voided")),
                 qPrintable(review->banner()->text()));
        QCOMPARE(review->selectedReportIds(), QStringList{wrong}); // the selection stays
        QVERIFY(!voidButton->isEnabled());                         // voided once is enough
        QVERIFY(!child<QPushButton>(dialog, "approveReportsButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
        checked = true;
    });
    QTest::mouseClick(screen.reportsButton(), Qt::LeftButton);
    QVERIFY(checked);

    // Progress is derived from the reports that count: the step drops back to Wang's 100.
    QCOMPARE(shop.good(0), 100.0);
    const QList<ReportEntry> entries = shop.entries();
    QVERIFY(entries.first().voided);
    QCOMPARE(entries.first().voidReason, QStringLiteral("数量多报"));
    QVERIFY(!entries.last().voided);
    auto *operations =
        screen.page.detail()->findChild<QTableWidget *>(QStringLiteral("operationsTable"));
    QCOMPARE(operations->item(0, 5)->text(), QStringLiteral("100 / 200"));
}

void TstReportsReview::doubleClickOnAStepShowsItsReports()
{
    Shop shop;
    shop.report(0, shop.wang, 100, TestShop::day(-13));
    shop.report(1, shop.li, 80, TestShop::day(-11));
    shop.report(1, shop.li, 15, TestShop::day(-10));
    shop.signInAs(Role::Supervisor);
    OrderScreen screen(shop);
    bool checked = false;
    whenModalOpens("reportsReviewDialog", [&](QDialog *dialog) {
        auto *review = qobject_cast<ReportsReviewDialog *>(dialog);
        QCOMPARE(review->operationFilter(), shop.operation(1));
        auto *combo = child<QComboBox>(dialog, "operationCombo");
        QCOMPARE(combo->currentText(), QStringLiteral("20 铣削"));
        QCOMPARE(review->table()->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(cell(review->table(), row, ReportsReviewDialog::StepColumn),
                     QStringLiteral("20 铣削"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("All operations")));
        QCOMPARE(review->table()->rowCount(), 3);
        QCOMPARE(cell(review->table(), 2, ReportsReviewDialog::StepColumn),
                 QStringLiteral("10 车削"));
        checked = true;
    });
    auto *operations =
        screen.page.detail()->findChild<QTableWidget *>(QStringLiteral("operationsTable"));
    const QPoint second = operations->visualItemRect(operations->item(1, 1)).center();
    QTest::mouseClick(operations->viewport(), Qt::LeftButton, {}, second);
    QTest::mouseDClick(operations->viewport(), Qt::LeftButton, {}, second);
    QVERIFY(checked);
}

void TstReportsReview::approvingTwoReportsPaysTheirWages()
{
    Shop shop;
    Fixture::require(shop.ws->wages()
                         ->setRate({{}, shop.flange, QStringLiteral("车削"), 1.0, PeriodStart})
                         .outcome(),
                     "rate");
    // The owner turns the rule on in Settings ▸ Station.
    {
        MessageBanner banner;
        StationSettingsBox settings(shop.ws.get(), &banner);
        auto *check = child<QCheckBox>(&settings, "approvalRequiredCheck");
        QVERIFY(!check->isChecked());
        settings.show();
        QTest::mouseClick(check, Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&settings, "saveStationButton"), Qt::LeftButton);
        QVERIFY2(shop.ws->reporting()->rules().approvalRequired, qPrintable(banner.text()));
    }
    const QString first = shop.report(0, shop.wang, 30, TestShop::day(-13));
    const QString second = shop.report(0, shop.wang, 20, TestShop::day(-12));
    shop.report(0, shop.li, 40, TestShop::day(-11));
    shop.signInAs(Role::Supervisor);

    ReportsPage wagesPage(shop.ws.get());
    wagesPage.resize(1280, 800);
    wagesPage.showTab(QStringLiteral("wages")); // the page opens on the report centre
    wagesPage.show();
    WagesPanel *wages = wagesPage.wages();
    wages->setPeriod(PeriodStart, PeriodEnd);
    WageTotalsModel *totals = wages->totalsModel();
    QCOMPARE(totals->columnCount(), int(WageTotalsModel::ColumnCount)); // "Awaiting approval" shown
    QCOMPARE(totals->grandTotal().amount, 0.0);
    QCOMPARE(totals->grandTotal().unapprovedReports, 3);
    auto *unapproved = child<QLabel>(wages, "unapprovedLabel");
    QVERIFY(unapproved->isVisible());
    QVERIFY2(unapproved->text().contains(QStringLiteral("3 report(s) awaiting approval")),
             qPrintable(unapproved->text()));
    const QModelIndex line = wages->linesView()->model()->index(0, WageLinesModel::ApprovalColumn);
    QCOMPARE(line.data().toString(), QStringLiteral("awaiting approval"));
    QCOMPARE(line.data(Qt::ForegroundRole).value<QColor>(), Palette::AmberText);

    ReportsReviewDialog dialog(shop.ws.get(), shop.order);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *table = dialog.table();
    QCOMPARE(cell(table, 0, ReportsReviewDialog::StatusColumn),
             QStringLiteral("Awaiting approval"));
    // Wang's two reports are the older two rows: click one, Ctrl+click the other.
    clickRow(table, 1);
    clickRow(table, 2, Qt::ControlModifier);
    const QStringList selected = dialog.selectedReportIds();
    QCOMPARE(QSet<QString>(selected.cbegin(), selected.cend()), (QSet<QString>{first, second}));
    auto *approve = child<QPushButton>(&dialog, "approveReportsButton");
    QVERIFY(approve->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "voidReportButton")->isEnabled()); // one at a time
    QTest::mouseClick(approve, Qt::LeftButton);

    QCOMPARE(dialog.banner()->text(), QStringLiteral("2 report(s) approved."));
    for (int row : {1, 2})
        QVERIFY2(cell(table, row, ReportsReviewDialog::StatusColumn)
                     .startsWith(QStringLiteral("Approved ")),
                 qPrintable(cell(table, row, ReportsReviewDialog::StatusColumn)));
    QCOMPARE(cell(table, 0, ReportsReviewDialog::StatusColumn),
             QStringLiteral("Awaiting approval"));
    QVERIFY(!approve->isEnabled()); // both approved already

    // The wage report follows at once: Wang's 50 pieces pay, Li's 40 still wait.
    QCOMPARE(totals->grandTotal().amount, 50.0);
    QCOMPARE(totals->grandTotal().unapprovedReports, 1);
    QVERIFY2(wages->grandTotalText().contains(QStringLiteral("¥50.00")),
             qPrintable(wages->grandTotalText()));
    QVERIFY2(unapproved->text().contains(QStringLiteral("1 report(s) awaiting approval")),
             qPrintable(unapproved->text()));
}

void TstReportsReview::withoutCorrectReportsNothingCanBeChanged()
{
    Shop shop;
    shop.report(0, shop.wang, 100, TestShop::day(-13));
    // A planner sees work orders and their reports, but may not correct them.
    shop.signInAs(Role::Planner);
    OrderScreen screen(shop);
    QVERIFY(screen.reportsButton()->isEnabled());
    bool checked = false;
    whenModalOpens("reportsReviewDialog", [&](QDialog *dialog) {
        auto *review = qobject_cast<ReportsReviewDialog *>(dialog);
        QCOMPARE(review->table()->rowCount(), 1);
        clickRow(review->table(), 0);
        QVERIFY(!child<QPushButton>(dialog, "voidReportButton")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "approveReportsButton")->isVisible());
        auto *note = child<QLabel>(dialog, "placeholderNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("may not")), qPrintable(note->text()));
        // Even reached another way, the service refuses and says so.
        review->voidSelected();
        QVERIFY(!QApplication::activeModalWidget() || QApplication::activeModalWidget() == dialog);
        review->approveSelected();
        QVERIFY(!review->banner()->text().isEmpty());
        checked = true;
    });
    QTest::mouseClick(screen.reportsButton(), Qt::LeftButton);
    QVERIFY(checked);
    QVERIFY(!shop.entries().first().voided);
    QVERIFY(!shop.entries().first().approved);
    QCOMPARE(shop.good(0), 100.0);

    // An operator does not get the work-order page at all.
    shop.signInAs(Role::Operator);
    LanguageManager language;
    MainWindow window(shop.ws.get(), &language);
    QVERIFY(!window.pageWidget(Page::WorkOrders));
}

QTEST_MAIN(TstReportsReview)
#include "tst_reportsreview.moc"
