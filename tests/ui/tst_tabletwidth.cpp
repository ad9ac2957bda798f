// Tight at 1280×800: the work-order list keeps its state and customer, long names elide in the
// middle with the whole text in a tooltip, and a Gantt bar never shows a cut order number.
#include "common/elidedtextdelegate.h"
#include "common/languagemanager.h"
#include "common/theme.h"
#include "dispatch/ganttchart.h"
#include "item/planning/workorderlistmodel.h"
#include "services/masterdata/masterdataservice.h"
#include "shell/mainwindow.h"
#include "testworkspace.h"
#include "workorders/workorderspage.h"

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace Taktline;

class TstTabletWidth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void workOrderListKeepsStateAndCustomer();
    void longProductNameElidesInTheMiddleWithTooltip();
    void ganttLabelKeepsTheOrderNumber();

private:
    // Shows the work-order list in a 1280×800 window.
    QTableView *openList(MainWindow &window);
    static bool fullyVisible(QTableView *view, int column)
    {
        const int left = view->columnViewportPosition(column);
        return !view->isColumnHidden(column) && left >= 0 &&
               left + view->columnWidth(column) <= view->viewport()->width();
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

QTEST_MAIN(TstTabletWidth)
#include "tst_tabletwidth.moc"
