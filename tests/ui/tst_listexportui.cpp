// Every list a user sees exports to Excel the same way: an "Export to Excel…" button at the right
// end of the list's toolbar, and Ctrl+E (File ▸ Export list to Excel…) on whichever list is
// showing. The workbook holds what the list shows — its visible columns in their order on screen,
// the rows its filter lets through (also those not fetched yet), the text in the UI language.
#include "common/languagemanager.h"
#include "common/lists/listexport.h"
#include "common/messagebanner.h"
#include "fixturehelpers.h"
#include "item/planning/workorderlistmodel.h"
#include "services/access/authservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/reportingservice.h"
#include "services/trace/shipmentservice.h"
#include "shell/mainwindow.h"
#include "testshop.h"
#include "trace/traceabilitypage.h"
#include "workorders/workorderspage.h"
#include "xlsxsheet.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Taktline;

class TstListExportUi : public QObject
{
    Q_OBJECT
private slots:
    void everyListExportsWithCtrlEAsShown();
    void workOrderListExportsItsFilterAndVisibleColumns();
    void fileMenuOffersTheExport();
    void chineseListExportsInChinese();
};

namespace {

using XlsxSheet::cellText;
using XlsxSheet::columnName;
using XlsxSheet::unzipEntry;

// The shop with something in every list: two orders (one a thousand pieces for 华东), the first
// made and shipped in part, the steel lot fed, reports for the wages.
struct Shop : TestShop
{
    Shop()
    {
        setNow(at(0, 9));
        report(request(0, 20));
        report(request(1, 20));
        Fixture::require(ws->shipments()->receiveFinished(order, 10, {}, {}).outcome(), "receive");
        ShipmentRequest shipment;
        shipment.customer = QStringLiteral("华东机电");
        shipment.lines = {{QStringLiteral("P-0001"), 10}};
        Fixture::require(ws->shipments()->createShipment(shipment).outcome(), "ship");
        WorkOrder big;
        big.productId = flange;
        big.quantity = 1000;
        big.dueDate = day(6);
        big.customer = QStringLiteral("华东机电");
        Fixture::require(ws->workOrders()->create(big).outcome(), "second order");
        Fixture::require(ws->auth()->createUser(QStringLiteral("zhangli"), QStringLiteral("张丽"),
                                                Role::Planner, QStringLiteral("planner-123")),
                         "user");
        MasterRecord supplier;
        supplier.values = {{QStringLiteral("code"), QStringLiteral("S-01")},
                           {QStringLiteral("name"), QStringLiteral("华东电镀")}};
        Fixture::require(ws->masterData()->create(MasterDataKind::Supplier, supplier).outcome(),
                         "supplier");
        MasterRecord place;
        place.values = {{QStringLiteral("code"), QStringLiteral("A-01")},
                        {QStringLiteral("name"), QStringLiteral("货架 A-01")}};
        Fixture::require(ws->masterData()->create(MasterDataKind::Place, place).outcome(), "place");
    }
};

// What the list shows in a cell, as the workbook holds it: text, a number's value, a check box
// as Excel's boolean.
QString shownText(const QModelIndex &index)
{
    const QVariant value = index.data(Qt::DisplayRole);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return QString::number(value.toDouble());
    default:
        break;
    }
    if (const QVariant check = index.data(Qt::CheckStateRole);
        check.isValid() && value.toString().isEmpty())
        return check.toInt() == Qt::Checked ? QStringLiteral("1") : QStringLiteral("0");
    return value.toString();
}

QList<int> visibleColumns(QAbstractItemView *view)
{
    QList<int> columns;
    auto *table = qobject_cast<QTableView *>(view);
    if (!table)
        return columns;
    QHeaderView *header = table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            columns.append(header->logicalIndex(visual));
    }
    return columns;
}

// Compares the workbook's first sheet with what VIEW shows, cell by cell.
void compareWithView(const QString &sheet, QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    const QList<int> columns = visibleColumns(view);
    QVERIFY(!columns.isEmpty());
    for (qsizetype c = 0; c < columns.size(); ++c) {
        QCOMPARE(cellText(sheet, 0, int(c)),
                 model->headerData(columns.at(c), Qt::Horizontal).toString());
    }
    for (int r = 0; r < model->rowCount(); ++r) {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString shown = shownText(model->index(r, columns.at(c)));
            QVERIFY2(cellText(sheet, r + 1, int(c)) == shown,
                     qPrintable(QStringLiteral("row %1, column %2: %3 in the list, %4 in the file")
                                    .arg(r + 1)
                                    .arg(c + 1)
                                    .arg(shown, cellText(sheet, r + 1, int(c)))));
        }
    }
    QVERIFY(cellText(sheet, model->rowCount() + 1, 0).isEmpty()); // nothing after the last row
}

// What the banners of the window say now.
QString banners(const QWidget &window)
{
    QStringList texts;
    for (const MessageBanner *banner : window.findChildren<MessageBanner *>()) {
        if (banner->isVisible() && !banner->text().isEmpty())
            texts << banner->text();
    }
    return texts.join(QLatin1Char('\n'));
}

// Shows the tab, page of a stack and splitter pane that hold WIDGET.
void bringForward(QWidget *widget)
{
    for (QWidget *w = widget; w && w->parentWidget(); w = w->parentWidget()) {
        QWidget *parent = w->parentWidget();
        if (auto *tabs = qobject_cast<QTabWidget *>(parent->parentWidget());
            tabs && tabs->indexOf(w) >= 0)
            tabs->setCurrentWidget(w);
        else if (auto *stack = qobject_cast<QStackedWidget *>(parent);
                 stack && !qobject_cast<QTabWidget *>(stack->parentWidget()))
            stack->setCurrentWidget(w);
    }
}

// Presses Ctrl+E in WINDOW and saves to PATH in the file dialog that opens.
void exportWithShortcut(MainWindow &window, const QString &path)
{
    auto asked = std::make_shared<bool>(false);
    QTimer timer; // looks for the dialog while exec() runs; stops with this function
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, &timer, [asked, path, &timer] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer.stop();
        *asked = true;
        // Typed as a person would; selectFile() races the folder the dialog is still reading.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name)
            return;
        name->setText(path);
        static_cast<QDialog *>(dialog)->accept(); // the file dialog's own accept() checks the name
    });
    timer.start();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    QVERIFY2(*asked, "Ctrl+E did not ask where to save the list");
}

// The button sits at the right end of its toolbar: no other visible widget of its row to its right.
void checkPlacement(QPushButton *button)
{
    QCOMPARE(button->text(), QStringLiteral("Export to Excel…"));
    QCOMPARE(button->objectName(), QStringLiteral("exportButton"));
    QVERIFY(button->isVisible());
    const QRect mine(button->mapTo(button->window(), QPoint()), button->size());
    for (QWidget *other :
         button->parentWidget()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (other == button || !other->isVisible())
            continue;
        const QRect theirs(other->mapTo(other->window(), QPoint()), other->size());
        const bool sameRow = theirs.top() < mine.bottom() && mine.top() < theirs.bottom();
        QVERIFY2(
            !sameRow || theirs.left() < mine.left(),
            qPrintable(other->objectName() + QStringLiteral(" is right of the export button")));
    }
}

} // namespace

void TstListExportUi::everyListExportsWithCtrlEAsShown()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("the unzip tool is not installed");
    Shop shop;
    LanguageManager language;
    MainWindow window(shop.ws.get(), &language);
    window.resize(1920, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(Page::Traceability);
    auto *trace = qobject_cast<TraceabilityPage *>(window.pageWidget(Page::Traceability));
    QVERIFY(trace);
    trace->traceCode(QStringLiteral("P-0001"));

    QTemporaryDir dir;
    QStringList exported;
    for (const Page page :
         {Page::WorkOrders, Page::Traceability, Page::Reports, Page::MasterData, Page::Settings}) {
        window.setCurrentPage(page);
        const QList<ListExport *> lists = window.pageWidget(page)->findChildren<ListExport *>();
        QVERIFY(!lists.isEmpty());
        for (ListExport *list : lists) {
            bringForward(list->list());
            QCoreApplication::processEvents();
            QVERIFY(list->list()->isVisible());
            QCOMPARE(ListExport::showingIn(window.pageWidget(page)), list);
            checkPlacement(list->button());
            const QString path = dir.filePath(QStringLiteral("list%1.xlsx").arg(exported.size()));
            exportWithShortcut(window, path);
            QVERIFY2(QFile::exists(path),
                     qPrintable(list->list()->objectName() + QLatin1Char(' ') + banners(window)));
            const QString sheet = unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
            auto *view = qobject_cast<QAbstractItemView *>(list->list());
            if (view && view->model()->rowCount() > 0 &&
                list->list()->objectName() != QStringLiteral("wageTotalsTable")) {
                compareWithView(sheet, view);
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(QStringLiteral("in ") + view->objectName()));
            } else {
                QVERIFY2(sheet.contains(QStringLiteral("<row")), qPrintable(path));
            }
            exported << list->list()->objectName();
            if (view) // every list has rows here, so its cells are compared
                QVERIFY2(view->model()->rowCount() > 0, qPrintable(view->objectName()));
        }
    }
    // The work orders, lots, shipments, genealogy, wages, piece rates, master-data and users lists.
    for (const char *name : {"workOrderTable", "lotsView", "shipmentsView", "genealogyPanel",
                             "wageTotalsTable", "rateTable", "recordTable", "usersTable"}) {
        QVERIFY2(exported.contains(QString::fromLatin1(name)),
                 qPrintable(QString::fromLatin1(name) + QStringLiteral(" not exported: ") +
                            exported.join(u' ')));
    }
}

void TstListExportUi::workOrderListExportsItsFilterAndVisibleColumns()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("the unzip tool is not installed");
    Shop shop;
    for (int i = 0; i < 130; ++i) { // more than the list fetches at first
        WorkOrder wo;
        wo.productId = shop.flange;
        wo.quantity = 5 + i;
        wo.dueDate = TestShop::day(5);
        Fixture::require(shop.ws->workOrders()->create(wo).outcome(), "order");
    }
    LanguageManager language;
    MainWindow window(shop.ws.get(), &language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(Page::WorkOrders);
    auto *page = qobject_cast<WorkOrdersPage *>(window.pageWidget(Page::WorkOrders));
    QVERIFY(page);
    QTableView *view = page->view();
    // A narrow list hides its least important columns (the priority first): a hidden column is
    // not exported. The list is made narrow beside a wide detail, whatever width the window
    // may shrink to (its other pages set that).
    window.resize(900, 700);
    auto *splitter =
        view->parentWidget() ? qobject_cast<QSplitter *>(view->parentWidget()) : nullptr;
    QVERIFY(splitter);
    splitter->setSizes({480, 2000});
    QTRY_VERIFY(view->isColumnHidden(WorkOrderListModel::PriorityColumn));
    view->horizontalHeader()->moveSection(
        view->horizontalHeader()->visualIndex(WorkOrderListModel::StateColumn), 0);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("all.xlsx"));
    exportWithShortcut(window, path);
    QVERIFY2(banners(window).contains(QStringLiteral("Exported 132 row")),
             qPrintable(banners(window)));
    QCOMPARE(page->model()->rowCount(), 132);
    QString sheet = unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    compareWithView(sheet, view);
    QCOMPARE(cellText(sheet, 0, 0),
             page->model()->headerData(WorkOrderListModel::StateColumn, Qt::Horizontal).toString());
    const QString priority =
        page->model()->headerData(WorkOrderListModel::PriorityColumn, Qt::Horizontal).toString();
    QVERIFY(!sheet.contains(u'>' + priority + u'<')); // the hidden priority column

    // Filtered to the big order by its customer's … number: only what the list shows.
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    search->setText(shop.number());
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(page->model()->rowCount(), 1);
    path = dir.filePath(QStringLiteral("filtered.xlsx"));
    exportWithShortcut(window, path);
    sheet = unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    compareWithView(sheet, view);
    QVERIFY(sheet.contains(shop.number()));
}

void TstListExportUi::fileMenuOffersTheExport()
{
    TestShop shop;
    LanguageManager language;
    MainWindow window(shop.ws.get(), &language);
    auto *action = window.findChild<QAction *>(QStringLiteral("exportListAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(window.menuBar()->actions().constFirst()->menu()->actions().contains(action));
    // A page without a list says so instead of doing nothing.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(Page::Machines);
    action->trigger();
    QVERIFY2(banners(window).contains(QStringLiteral("no list")), qPrintable(banners(window)));
}

void TstListExportUi::chineseListExportsInChinese()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("the unzip tool is not installed");
    Shop shop;
    LanguageManager language;
    QVERIFY(language.apply(QStringLiteral("zh_CN")));
    MainWindow window(shop.ws.get(), &language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(Page::WorkOrders);
    auto *page = qobject_cast<WorkOrdersPage *>(window.pageWidget(Page::WorkOrders));
    QVERIFY(page);
    QCOMPARE(page->findChild<QPushButton *>(QStringLiteral("exportButton"))->text(),
             QStringLiteral("导出Excel…"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("工单.xlsx"));
    exportWithShortcut(window, path);
    const QString sheet = unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    compareWithView(sheet, page->view());
    QCOMPARE(cellText(sheet, 0, 0), QStringLiteral("工单号"));
    QVERIFY2(sheet.contains(QStringLiteral("生产中")), qPrintable(sheet.left(2000))); // a state
    language.apply(QStringLiteral("en"));
}

QTEST_MAIN(TstListExportUi)
#include "tst_listexportui.moc"
