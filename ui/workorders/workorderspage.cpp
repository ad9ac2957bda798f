#include "workorders/workorderspage.h"

#include "common/lists/columnpriorities.h"
#include "common/lists/elidedtextdelegate.h"
#include "common/lists/emptystate.h"
#include "common/lists/listexport.h"
#include "common/messagebanner.h"
#include "common/lists/tableviews.h"
#include "capacity/capacityview.h"
#include "dispatch/dispatchboard.h"
#include "dispatch/ganttview.h"
#include "import/importdialog.h"
#include "item/planning/workorderlistmodel.h"
#include "item/sync/conflictmarkmodel.h"
#include "services/access/accesscontrol.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"
#include "subcontract/subcontractview.h"
#include "workorders/workorderdetail.h"
#include "workorders/workorderdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Taktline {

namespace {
// The state filter's choices: all, the open ones, then each state.
constexpr int AllStates = -1;
constexpr int OpenStates = -2;
} // namespace

WorkOrdersPage::WorkOrdersPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new WorkOrderListModel(workspace->workOrders(), workspace->reporting(), this))
    , m_search(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("Overdue"), this))
    , m_urgent(new QCheckBox(tr("Urgent"), this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detail(new WorkOrderDetail(workspace, this))
    , m_banner(new MessageBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_dispatch(new DispatchBoard(workspace, m_tabs))
    , m_gantt(new GanttView(workspace, m_tabs))
    , m_capacity(new CapacityView(workspace, m_tabs))
    , m_subcontract(new SubcontractView(workspace, m_tabs))
{
    setObjectName(QStringLiteral("workOrdersPage"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("WO No., lot or sales order…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_state->setObjectName(QStringLiteral("stateCombo"));
    m_state->addItem(tr("Open work orders"), OpenStates);
    m_state->addItem(tr("All states"), AllStates);
    for (WorkOrderState state : allWorkOrderStates())
        m_state->addItem(workOrderStateDisplayName(state), static_cast<int>(state));
    m_overdue->setObjectName(QStringLiteral("overdueCheck"));
    m_urgent->setObjectName(QStringLiteral("urgentCheck"));
    auto *create = new QPushButton(tr("New work order…"), this);
    create->setObjectName(QStringLiteral("newWorkOrderButton"));
    create->setProperty("primary", true);
    create->setVisible(workspace->access()->allows(Permission::EditWorkOrders));

    m_view->setObjectName(QStringLiteral("workOrderTable"));
    // The number carries a mark while the order has an open sync conflict. The view shows the
    // marking proxy from the start: its rows are m_model's, one to one.
    auto *marks = new ConflictMarkModel(
        workspace->conflicts(), QStringLiteral("work_orders"), WorkOrderListModel::NumberColumn,
        [](const QModelIndex &index) { return index.data(WorkOrderListModel::IdRole).toString(); },
        this);
    marks->setSourceModel(m_model);
    m_view->setModel(marks);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(WorkOrderListModel::DueColumn, Qt::AscendingOrder);
    setUpListView(m_view, TableRows::Office);
    // At tablet width the number, state and customer stay; the product elides in the middle
    // (its whole name in a tooltip) and the figures the detail repeats hide first.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setItemDelegate(new ElidedTextDelegate(m_view));
    using Model = WorkOrderListModel;
    ColumnPriorities::install(m_view,
                              {{Model::NumberColumn, 0, 150},
                               {Model::StateColumn, 0, 80},
                               {Model::CustomerColumn, 1, 120},
                               {Model::ProductColumn, 1, 130},
                               {Model::DueColumn, 2, 100},
                               {Model::DoneColumn, 3, 110},
                               {Model::QuantityColumn, 4, 96},
                               {Model::PriorityColumn, 5, 70}},
                              Model::ProductColumn);

    EmptyState::install(m_view, [workspace] {
        const Result<int> all = workspace->workOrders()->count(WorkOrderFilter());
        if (all && all.value() == 0)
            return tr("No work orders yet. Make the first with New work order…: it needs a "
                      "product with a routing.");
        return tr("No work order matches these filters.");
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search);
    bar->addWidget(m_state);
    bar->addWidget(m_overdue);
    bar->addWidget(m_urgent);
    bar->addSpacing(12);
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(create);
    if (workspace->access()->allows(Permission::EditWorkOrders)) {
        auto *import = new QPushButton(tr("Import…"), this);
        import->setObjectName(QStringLiteral("importWorkOrdersButton"));
        import->setToolTip(tr("Work orders from an Excel or CSV file, checked before anything "
                              "is saved"));
        bar->addWidget(import);
        connect(import, &QPushButton::clicked, this, [this, workspace] {
            ImportDialog *dialog = ImportDialog::openFor(workspace, ImportKind::WorkOrders, this);
            connect(dialog, &ImportDialog::imported, this, &WorkOrdersPage::reload);
        });
    }
    auto *exporter = new ListExport(
        m_view, [] { return tr("Work orders"); }, m_banner);
    bar->addWidget(exporter->button());
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 480});
    auto *listTab = new QWidget(m_tabs);
    listTab->setObjectName(QStringLiteral("workOrderListTab"));
    auto *listLayout = new QVBoxLayout(listTab);
    listLayout->setContentsMargins(12, 10, 12, 12);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_banner);
    listLayout->addWidget(splitter, 1);
    m_tabs->setObjectName(QStringLiteral("workOrderTabs"));
    m_tabs->addTab(listTab, tr("Work order list"));
    m_tabs->addTab(m_dispatch, tr("Dispatch"));
    m_tabs->addTab(m_gantt, tr("Gantt chart"));
    m_tabs->addTab(m_capacity, tr("Capacity"));
    m_tabs->addTab(m_subcontract, tr("Subcontracting"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->addWidget(m_tabs, 1);

    // Typing filters after a short pause, so every key press is not a query.
    auto *typingPause = new QTimer(this);
    typingPause->setSingleShot(true);
    typingPause->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typingPause, qOverload<>(&QTimer::start));
    connect(typingPause, &QTimer::timeout, this, &WorkOrdersPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &WorkOrdersPage::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &WorkOrdersPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &WorkOrdersPage::applyFilter);
    connect(m_urgent, &QCheckBox::toggled, this, &WorkOrdersPage::applyFilter);
    connect(create, &QPushButton::clicked, this, &WorkOrdersPage::createWorkOrder);
    connect(m_model, &WorkOrderListModel::errorOccurred, this,
            [this](const QString &message) { m_banner->showMessage(message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkOrdersPage::updateCount);
    connect(m_dispatch, &DispatchBoard::workOrderActivated, this, &WorkOrdersPage::openWorkOrder);
    connect(m_gantt, &GanttView::workOrderActivated, this, &WorkOrdersPage::openWorkOrder);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_detail->showWorkOrder(m_model->idAt(current.row())); });
    applyFilter();
}

void WorkOrdersPage::showTab(const QString &key)
{
    if (key == QLatin1String("dispatch"))
        m_tabs->setCurrentWidget(m_dispatch);
    else if (key == QLatin1String("gantt"))
        m_tabs->setCurrentWidget(m_gantt);
    else if (key == QLatin1String("capacity"))
        m_tabs->setCurrentWidget(m_capacity);
    else if (key == QLatin1String("subcontract"))
        m_tabs->setCurrentWidget(m_subcontract);
    else
        m_tabs->setCurrentIndex(0);
}

void WorkOrdersPage::openWorkOrder(const QString &id)
{
    // From a card or a bar: the list with the open orders, that one selected.
    m_tabs->setCurrentIndex(0);
    if (m_model->rowOfId(id) < 0) {
        m_search->clear();
        m_overdue->setChecked(false);
        m_urgent->setChecked(false);
        m_state->setCurrentIndex(m_state->findData(OpenStates));
        applyFilter();
    }
    selectWorkOrder(id);
    m_detail->showWorkOrder(id);
}

void WorkOrdersPage::applyFilter()
{
    WorkOrderFilter filter = m_model->filter();
    filter.numberSearch = m_search->text();
    filter.overdueOnly = m_overdue->isChecked();
    filter.urgentOnly = m_urgent->isChecked();
    const int choice = m_state->currentData().toInt();
    if (choice == OpenStates)
        filter.states = {WorkOrderState::Draft, WorkOrderState::Released, WorkOrderState::InProgress,
                         WorkOrderState::OnHold};
    else if (choice == AllStates)
        filter.states.clear();
    else
        filter.states = {static_cast<WorkOrderState>(choice)};
    const QString selected = m_detail->workOrderId();
    m_model->setFilter(filter);
    selectWorkOrder(selected.isEmpty() ? m_model->idAt(0) : selected);
}

void WorkOrdersPage::reload()
{
    applyFilter();
    m_dispatch->reload();
    m_gantt->reload();
}

void WorkOrdersPage::updateCount()
{
    m_count->setText(tr("Shown: %1").arg(m_model->totalCount()));
}

void WorkOrdersPage::selectWorkOrder(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_view->selectRow(row);
    else
        m_detail->showWorkOrder(QString());
}

void WorkOrdersPage::createWorkOrder()
{
    WorkOrderDialog dialog(m_workspace, WorkOrder{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Show the new draft even if the current filter hides it.
    m_state->setCurrentIndex(m_state->findData(OpenStates));
    m_search->clear();
    applyFilter();
    selectWorkOrder(dialog.savedId());
    m_detail->showWorkOrder(dialog.savedId());
    m_banner->showMessage(tr("Work order created as a draft. Release it to copy the routing and "
                             "plan its operations."),
                          MessageBanner::Kind::Success);
}

} // namespace Taktline
