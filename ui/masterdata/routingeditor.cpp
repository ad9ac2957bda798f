#include "routingeditor.h"

#include "accesscontrol.h"
#include "machinecombodelegate.h"
#include "masterdatafilterproxy.h"
#include "masterdatatablemodel.h"
#include "messagebanner.h"
#include "routingoperationsmodel.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Taktline {

RoutingEditor::RoutingEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_products(new MasterDataTableModel(MasterDataKind::Product, workspace->masterData(),
                                          workspace->undoStack(), workspace->undoFeedback(), this))
    , m_productProxy(new MasterDataFilterProxy(this))
    , m_operations(new RoutingOperationsModel(workspace->routing(), workspace->masterData(),
                                              workspace->undoStack(), workspace->undoFeedback(), this))
    , m_productSearch(new QLineEdit(this))
    , m_productList(new QTableView(this))
    , m_heading(new QLabel(this))
    , m_operationsView(new QTableView(this))
    , m_add(new QPushButton(tr("Add operation"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("routingEditor"));
    m_productProxy->setSourceModel(m_products);
    m_productProxy->setSortRole(Qt::DisplayRole);
    m_productProxy->sort(0);
    m_productSearch->setObjectName(QStringLiteral("productSearch"));
    m_productSearch->setPlaceholderText(tr("Search products…"));
    m_productSearch->setClearButtonEnabled(true);
    m_productList->setObjectName(QStringLiteral("productList"));
    m_productList->setModel(m_productProxy);
    m_productList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_productList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_productList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_productList->verticalHeader()->setVisible(false);
    m_productList->verticalHeader()->setDefaultSectionSize(30);
    m_productList->horizontalHeader()->setStretchLastSection(true);
    // Part number and name are enough to pick a product; the other columns stay searchable.
    for (int column = 2; column < m_products->columnCount(); ++column)
        m_productList->hideColumn(column);
    m_productList->setColumnWidth(0, 90);
    m_heading->setObjectName(QStringLiteral("placeholderTitle"));
    m_operationsView->setObjectName(QStringLiteral("operationsTable"));
    m_operationsView->setModel(m_operations);
    m_operationsView->setItemDelegateForColumn(RoutingOperationsModel::MachineColumn,
                                               new MachineComboDelegate(m_operations, this));
    m_operationsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_operationsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_operationsView->verticalHeader()->setVisible(false);
    m_operationsView->verticalHeader()->setDefaultSectionSize(34);
    m_operationsView->horizontalHeader()->setStretchLastSection(true);
    m_operationsView->setColumnWidth(RoutingOperationsModel::SeqColumn, 70);
    m_operationsView->setColumnWidth(RoutingOperationsModel::NameColumn, 200);
    m_operationsView->setColumnWidth(RoutingOperationsModel::StandardTimeColumn, 170);
    for (auto [button, name] : {std::pair{m_add, "addOperationButton"}, {m_remove, "removeOperationButton"},
                                {m_up, "moveUpButton"}, {m_down, "moveDownButton"}})
        button->setObjectName(QString::fromLatin1(name));

    const bool canEdit = workspace->access()->allows(Permission::EditMasterData);
    m_operationsView->setEditTriggers(canEdit ? QAbstractItemView::AllEditTriggers
                                              : QAbstractItemView::NoEditTriggers);
    for (QPushButton *button : {m_add, m_remove, m_up, m_down})
        button->setVisible(canEdit);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_productSearch);
    leftLayout->addWidget(m_productList, 1);
    auto *right = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_banner);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_operationsView, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 800});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(splitter);

    connect(m_productSearch, &QLineEdit::textChanged, m_productProxy, &MasterDataFilterProxy::setSearchText);
    connect(m_productList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RoutingEditor::onProductChosen);
    connect(m_add, &QPushButton::clicked, this, &RoutingEditor::addOperation);
    connect(m_remove, &QPushButton::clicked, this, &RoutingEditor::removeOperation);
    connect(m_up, &QPushButton::clicked, this, [this] { moveOperation(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveOperation(1); });
    connect(m_operations, &RoutingOperationsModel::errorOccurred, this,
            [this](const QString &message) { m_banner->showMessage(message); });
    connect(m_operations, &QAbstractItemModel::modelReset, this, &RoutingEditor::updateButtons);
    connect(m_operationsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RoutingEditor::updateButtons);
    if (m_productProxy->rowCount() > 0)
        m_productList->setCurrentIndex(m_productProxy->index(0, 1));
    onProductChosen();
}

void RoutingEditor::selectProduct(const QString &productId)
{
    const int row = m_products->rowOfId(productId);
    if (row >= 0)
        m_productList->setCurrentIndex(m_productProxy->mapFromSource(m_products->index(row, 1)));
}

void RoutingEditor::onProductChosen()
{
    const QModelIndex current = m_productList->currentIndex();
    if (!current.isValid()) {
        m_operations->setProductId(QString());
        m_heading->setText(tr("Choose a product to see its routing."));
        updateButtons();
        return;
    }
    const MasterRecord &product = m_products->recordAt(m_productProxy->mapToSource(current).row());
    m_operations->setProductId(product.id);
    m_heading->setText(tr("Routing of %1 %2").arg(product.text(QStringLiteral("part_no")),
                                                  product.text(QStringLiteral("name"))));
    m_banner->hide();
    updateButtons();
}

int RoutingEditor::selectedOperationRow() const
{
    const QModelIndexList rows = m_operationsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void RoutingEditor::updateButtons()
{
    const int row = selectedOperationRow();
    const bool hasProduct = !m_operations->productId().isEmpty();
    m_add->setEnabled(hasProduct);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_operations->rowCount() - 1);
}

void RoutingEditor::report(const Outcome &outcome)
{
    if (!outcome)
        m_banner->showMessage(outcome.error());
}

void RoutingEditor::addOperation()
{
    const Outcome added = m_operations->addOperation(tr("New operation"), 60, QString());
    report(added);
    if (added) {
        const QModelIndex name = m_operations->index(m_operations->rowCount() - 1,
                                                     RoutingOperationsModel::NameColumn);
        m_operationsView->setCurrentIndex(name);
        m_operationsView->edit(name);
    }
}

void RoutingEditor::removeOperation()
{
    report(m_operations->removeOperation(selectedOperationRow()));
}

void RoutingEditor::moveOperation(int delta)
{
    const int row = selectedOperationRow();
    const Outcome moved = m_operations->moveOperation(row, row + delta);
    report(moved);
    if (moved)
        m_operationsView->selectRow(row + delta);
}

} // namespace Taktline
