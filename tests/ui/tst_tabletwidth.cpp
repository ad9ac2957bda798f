// Tight at 1280×800: the work-order list keeps its state and customer, long names elide in the
// middle with the whole text in a tooltip, a Gantt bar never shows a cut order number, the
// order's operations fit beside the list, the genealogy's results and times stay whole, and no
// page (nor any tab of one) makes the window wider than the tablet.
#include "barcode/barcodecodec.h"
#include "common/languagemanager.h"
#include "common/lists/elidedtextdelegate.h"
#include "common/theme.h"
#include "dispatch/ganttchart.h"
#include "item/planning/workorderlistmodel.h"
#include "item/trace/tracetext.h"
#include "item/trace/tracetreemodel.h"
#include "quality/inspectionplaneditor.h"
#include "quality/inspectionsview.h"
#include "quality/dueinspectionsview.h"
#include "quality/nonconformancelist.h"
#include "quality/qualitypage.h"
#include "quality/spc/spcchartview.h"
#include "services/masterdata/masterdataservice.h"
#include "services/trace/shipmentservice.h"
#include "shell/mainwindow.h"
#include "testworkspace.h"
#include "trace/genealogy/genealogypanel.h"
#include "trace/genealogy/tracetimeline.h"
#include "trace/traceabilitypage.h"
#include "workorders/workorderdetail.h"
#include "workorders/workorderspage.h"

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

using namespace Taktline;

class TstTabletWidth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void workOrderListKeepsStateAndCustomer();
    void longProductNameElidesInTheMiddleWithTooltip();
    void ganttLabelKeepsTheOrderNumber();
    void operationsFitBesideTheList();
    void genealogyFitsATablet();
    void wholeWindowFitsATablet();

private:
    // Shows the work-order list in a 1280×800 window.
    QTableView *openList(MainWindow &window);
    static bool fullyVisible(QTableView *view, int column)
    {
        const int left = view->columnViewportPosition(column);
        return !view->isColumnHidden(column) && left >= 0 &&
               left + view->columnWidth(column) <= view->viewport()->width();
    }
    // The width the cell's text needs, as its delegate draws it.
    static int neededWidth(QAbstractItemView *view, const QModelIndex &index)
    {
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.widget = view;
        option.font = view->font();
        option.features |= QStyleOptionViewItem::HasDisplay;
        return view->itemDelegateForIndex(index)->sizeHint(option, index).width();
    }
    // The text a cell shows after eliding, as the style draws it.
    static QString shownText(QAbstractItemView *view, const QModelIndex &index)
    {
        struct Options : QStyledItemDelegate
        {
            using QStyledItemDelegate::initStyleOption;
        };
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.widget = view;
        option.font = view->font();
        option.rect = view->visualRect(index);
        option.textElideMode = view->textElideMode();
        Options().initStyleOption(&option, index);
        QStyle *style = view->style();
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &option, view);
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        return option.fontMetrics.elidedText(option.text, option.textElideMode,
                                             text.width() - 2 * margin);
    }
    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }

    LanguageManager m_language;
};

void TstTabletWidth::initTestCase()
{
    m_language.apply(QStringLiteral("zh_CN")); // the tablet's language; its words are wider
    applyTheme(*qApp);
}

QTableView *TstTabletWidth::openList(MainWindow &window)
{
    window.resize(1280, 800);
    window.show();
    window.showPageTab(Page::WorkOrders, QStringLiteral("list"));
    settle();
    auto *page = qobject_cast<WorkOrdersPage *>(window.pageWidget(Page::WorkOrders));
    return page->findChild<QTableView *>(QStringLiteral("workOrderTable"));
}

void TstTabletWidth::workOrderListKeepsStateAndCustomer()
{
    TestWorkspace ws(TestWorkspace::SignIn::Owner, true);
    MainWindow window(ws.get(), &m_language);
    QTableView *view = openList(window);
    QVERIFY(view->model()->rowCount() > 0);
    for (int column :
         {int(WorkOrderListModel::NumberColumn), int(WorkOrderListModel::StateColumn),
          int(WorkOrderListModel::CustomerColumn), int(WorkOrderListModel::ProductColumn)}) {
        QVERIFY2(fullyVisible(view, column),
                 qPrintable(view->model()->headerData(column, Qt::Horizontal).toString()));
    }
    // No header is cut, and nothing needs a sideways scroll.
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            QVERIFY(header->sectionSize(column) >= header->sectionSizeHint(column));
    }
    QVERIFY(!view->horizontalScrollBar()->isVisible() ||
            view->horizontalScrollBar()->maximum() == 0);

    // At office width every column is back.
    window.resize(1920, 1080);
    settle();
    for (int column = 0; column < WorkOrderListModel::ColumnCount; ++column)
        QVERIFY(fullyVisible(view, column));
}

void TstTabletWidth::longProductNameElidesInTheMiddleWithTooltip()
{
    TestWorkspace ws(TestWorkspace::SignIn::Owner, true);
    MainWindow window(ws.get(), &m_language);
    QTableView *view = openList(window);
    // A long name on the product of the first order listed.
    const QModelIndex first = view->model()->index(0, WorkOrderListModel::ProductColumn);
    const QString partNo = first.data().toString().section(QLatin1Char(' '), 0, 0);
    const Result<QString> product = ws->masterData()->idForCode(MasterDataKind::Product, partNo);
    QVERIFY2(product, qPrintable(product.error()));
    const QString longName = QStringLiteral("不锈钢法兰盘总成（含密封圈和紧固螺栓）出口型加长款");
    QVERIFY(ws->masterData()->updateField(MasterDataKind::Product, product.value(),
                                          QStringLiteral("name"), longName));
    window.showPageTab(Page::WorkOrders, QStringLiteral("list")); // the list reads it again
    qobject_cast<WorkOrdersPage *>(window.pageWidget(Page::WorkOrders))->model()->refresh();
    settle();
    const QModelIndex cell = view->model()->index(0, WorkOrderListModel::ProductColumn);
    const QString whole = cell.data().toString();
    QVERIFY2(whole.contains(longName), qPrintable(whole));

    QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.widget = view;
    option.font = view->font();
    option.rect = view->visualRect(cell);
    QVERIFY2(ElidedTextDelegate::isElided(option, cell), "the name does not fit its column");

    const QRect rect = view->visualRect(cell);
    QHelpEvent help(QEvent::ToolTip, rect.center(), view->viewport()->mapToGlobal(rect.center()));
    QCoreApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), whole);
    QToolTip::hideText();
}

void TstTabletWidth::ganttLabelKeepsTheOrderNumber()
{
    const QFontMetrics metrics(QApplication::font());
    const QString number = QStringLiteral("WO-20261117-0003");
    const QString full = number + QStringLiteral(" / 10");
    QCOMPARE(GanttChart::barLabel(number, 10, metrics, metrics.horizontalAdvance(full)), full);
    QCOMPARE(GanttChart::barLabel(number, 10, metrics, metrics.horizontalAdvance(full) - 1),
             number);
    // However narrow the bar, what it says names the order (its day and number), never a tail
    // like "…0003 / 10" that several orders share.
    for (int width = 0; width <= metrics.horizontalAdvance(full); ++width) {
        const QString label = GanttChart::barLabel(number, 10, metrics, width);
        QVERIFY2(label.isEmpty() || label.contains(QStringLiteral("1117-0003")), qPrintable(label));
        QVERIFY(metrics.horizontalAdvance(label) <= width);
    }
    QCOMPARE(GanttChart::barLabel(number, 10, metrics,
                                  metrics.horizontalAdvance(QStringLiteral("1117-0003"))),
             QStringLiteral("1117-0003"));
}

void TstTabletWidth::operationsFitBesideTheList()
{
    TestWorkspace ws(TestWorkspace::SignIn::Owner, true);
    MainWindow window(ws.get(), &m_language);
    QTableView *list = openList(window);
    list->selectRow(0);
    settle();
    auto *detail = window.pageWidget(Page::WorkOrders)->findChild<WorkOrderDetail *>();
    auto *operations = detail->findChild<QTableView *>(QStringLiteral("operationsTable"));
    QVERIFY(operations->isVisible());
    QVERIFY(operations->model()->rowCount() > 0);
    // The step, its name, the good count and the machine are whole; nothing scrolls sideways.
    for (int column : {int(WorkOrderDetail::StepColumn), int(WorkOrderDetail::OperationColumn),
                       int(WorkOrderDetail::GoodColumn), int(WorkOrderDetail::MachineColumn)}) {
        const QString name = operations->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(fullyVisible(operations, column), qPrintable(name));
        QHeaderView *header = operations->horizontalHeader();
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column), qPrintable(name));
        for (int row = 0; row < operations->model()->rowCount(); ++row) {
            const QModelIndex cell = operations->model()->index(row, column);
            QVERIFY2(operations->columnWidth(column) >= neededWidth(operations, cell),
                     qPrintable(name + QStringLiteral(": ") + cell.data().toString()));
        }
    }
    QVERIFY(!operations->horizontalScrollBar()->isVisible() ||
            operations->horizontalScrollBar()->maximum() == 0);

    // At office width the plan is back too.
    window.resize(1920, 1080);
    settle();
    for (int column = 0; column < operations->model()->columnCount(); ++column)
        QVERIFY2(fullyVisible(operations, column),
                 qPrintable(operations->model()->headerData(column, Qt::Horizontal).toString()));
}

void TstTabletWidth::genealogyFitsATablet()
{
    TestWorkspace ws(TestWorkspace::SignIn::Owner, true);
    // A serial the demo shipped: its trace has orders, steps, lots and long titles.
    const QDate today = ws->clock().today();
    const Result<QList<ShipmentListRow>> shipments =
        ws->shipments()->shipments(today.addYears(-1), today.addDays(1));
    QVERIFY(shipments);
    QString serial;
    for (const ShipmentListRow &shipment : shipments.value()) {
        for (const ShipmentLineRow &line : ws->shipments()->lines(shipment.shipment.id).value()) {
            if (serial.isEmpty() && !line.serial.isEmpty())
                serial = BarcodeCodec::encode(ScanKind::Serial, line.serial);
        }
    }
    QVERIFY(!serial.isEmpty());
    MainWindow window(ws.get(), &m_language);
    window.resize(1280, 800);
    window.show();
    window.setCurrentPage(Page::Traceability);
    auto *page = qobject_cast<TraceabilityPage *>(window.pageWidget(Page::Traceability));
    page->traceCode(serial);
    settle();
    QTreeView *tree = page->genealogy()->tree();
    QVERIFY(page->genealogy()->hasTrace());
    QVERIFY(tree->isVisible());
    // Every result and time in the tree shows whole, without a sideways scroll.
    QList<QModelIndex> rows{tree->model()->index(0, 0)};
    int results = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const QModelIndex row = rows.at(i);
        for (int child = 0; child < tree->model()->rowCount(row); ++child)
            rows.append(tree->model()->index(child, 0, row));
        for (int column : {int(TraceTreeModel::ResultColumn), int(TraceTreeModel::TimeColumn)}) {
            const QModelIndex cell = row.siblingAtColumn(column);
            if (cell.data().toString().isEmpty())
                continue;
            results += column == TraceTreeModel::ResultColumn;
            QVERIFY2(!tree->isColumnHidden(column), qPrintable(cell.data().toString()));
            const int left = tree->columnViewportPosition(column);
            QVERIFY2(left >= 0 && left + tree->columnWidth(column) <= tree->viewport()->width(),
                     qPrintable(cell.data().toString()));
            QVERIFY2(tree->columnWidth(column) >= neededWidth(tree, cell),
                     qPrintable(cell.data().toString()));
        }
    }
    QVERIFY(results > 1);

    // A title or timeline event that names a code shows that code, not a cut tail of it: the
    // important part comes first and the whole text is the tooltip.
    const TraceTreeModel *model = page->genealogy()->model();
    int named = 0;
    for (const QModelIndex &row : std::as_const(rows)) {
        const TraceNode *node = model->node(model->nodeId(row));
        if (node->code.isEmpty() || !node->title.contains(node->code))
            continue;
        ++named;
        QVERIFY2(shownText(tree, row).contains(node->code), qPrintable(shownText(tree, row)));
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(node->title));
    }
    QVERIFY(named > 3);
    TraceTimeline *timeline = page->genealogy()->timeline();
    named = 0;
    for (int row = 0; row < timeline->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = timeline->topLevelItem(row);
        const QVariant id = item->data(TraceTimeline::TimeColumn, Qt::UserRole + 1);
        if (!id.isValid())
            continue; // a day heading
        const TraceNode *node = model->node(id.toInt());
        if (node->code.isEmpty() || !node->title.contains(node->code))
            continue;
        ++named;
        const QModelIndex event = timeline->model()->index(row, TraceTimeline::EventColumn);
        QVERIFY2(shownText(timeline, event).contains(node->code),
                 qPrintable(shownText(timeline, event)));
        QVERIFY(item->toolTip(TraceTimeline::EventColumn).contains(node->title));
    }
    QVERIFY(named > 3);
    // An event longer than its column takes a second line rather than stop after a few words.
    const QFontMetrics metrics(timeline->font());
    int wrapped = 0;
    for (int row = 0; row < timeline->topLevelItemCount(); ++row) {
        const QModelIndex event = timeline->model()->index(row, TraceTimeline::EventColumn);
        if (metrics.horizontalAdvance(event.data().toString()) <=
            timeline->columnWidth(TraceTimeline::EventColumn))
            continue;
        ++wrapped;
        QVERIFY2(timeline->visualRect(event).height() >= 2 * metrics.lineSpacing(),
                 qPrintable(event.data().toString()));
    }
    QVERIFY(wrapped > 3);

    // The tree's times leave out the year, which the timeline's days show; the tooltip keeps it.
    const QModelIndex rootTime = rows.constFirst().siblingAtColumn(TraceTreeModel::TimeColumn);
    const QString fullTime = TraceText::timeText(model->node(0)->atMs);
    QCOMPARE(rootTime.data().toString(), fullTime.mid(5));
    QVERIFY(rootTime.data(Qt::ToolTipRole).toString().contains(fullTime));
    // At office width the whole time is back.
    window.resize(1920, 1080);
    settle();
    QCOMPARE(rootTime.data().toString(), fullTime);
    QVERIFY(!tree->horizontalScrollBar()->isVisible() ||
            tree->horizontalScrollBar()->maximum() == 0);
}

QTEST_MAIN(TstTabletWidth)
#include "tst_tabletwidth.moc"

void TstTabletWidth::wholeWindowFitsATablet()
{
    TestWorkspace ws(TestWorkspace::SignIn::Owner, true);
    MainWindow window(ws.get(), &m_language);
    window.resize(1280, 800);
    window.show();
    settle();
    // A page's tabs (the master-data lists, the Reports tabs) all count: a tab widget is as
    // wide as its widest tab.
    QString widths;
    for (Page page : {Page::Dashboard, Page::WorkOrders, Page::Machines, Page::Station,
                      Page::Traceability, Page::Quality, Page::Reports, Page::MasterData}) {
        if (QWidget *widget = window.pageWidget(page))
            widths += QStringLiteral(" %1").arg(widget->minimumSizeHint().width());
    }
    if (auto *quality = qobject_cast<QualityPage *>(window.pageWidget(Page::Quality))) {
        widths += QStringLiteral(" (quality tabs");
        for (QWidget *tab : {static_cast<QWidget *>(quality->due()),
                             static_cast<QWidget *>(quality->inspections()),
                             static_cast<QWidget *>(quality->nonconformances()),
                             static_cast<QWidget *>(quality->spc()),
                             static_cast<QWidget *>(quality->plans())})
            widths += QStringLiteral(" %1").arg(tab->minimumSizeHint().width());
        widths += QLatin1Char(')');
    }
    QVERIFY2(window.minimumSizeHint().width() <= 1280,
             qPrintable(QStringLiteral("window %1, pages%2")
                            .arg(window.minimumSizeHint().width())
                            .arg(widths)));
}
