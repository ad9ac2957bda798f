#include "masterdata/routingeditor.h"

#include "common/lists/choicecombodelegate.h"
#include "common/lists/emptystate.h"
#include "common/messagebanner.h"
#include "common/lists/tableviews.h"
#include "item/masterdata/routingoperationsmodel.h"
#include "masterdata/productpicker.h"
#include "services/access/accesscontrol.h"
#include "services/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Taktline {

RoutingEditor::RoutingEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_picker(new ProductPicker(workspace, this))
    , m_operations(new RoutingOperationsModel(workspace->routing(), workspace->masterData(),
                                              workspace->undoStack(), workspace->undoFeedback(), this))
    , m_heading(new QLabel(this))
    , m_operationsView(new QTableView(this))
    , m_add(new QPushButton(tr("Add operation"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("routingEditor"));
    m_heading->setObjectName(QStringLiteral("placeholderTitle"));
    m_operationsView->setObjectName(QStringLiteral("operationsTable"));
    m_operationsView->setModel(m_operations);
    const auto machineChoices = [operations = m_operations](const QModelIndex &) {
        return operations->machineChoices();
    };
    m_operationsView->setItemDelegateForColumn(RoutingOperationsModel::MachineColumn,
                                               new ChoiceComboDelegate(machineChoices, this));
    const auto supplierChoices = [operations = m_operations](const QModelIndex &) {
        return operations->supplierChoices();
    };
    m_operationsView->setItemDelegateForColumn(RoutingOperationsModel::SupplierColumn,
                                               new ChoiceComboDelegate(supplierChoices, this));
    m_operationsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_operationsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_operationsView->verticalHeader()->setVisible(false);
    setRowHeight(m_operationsView, TableRows::Editing);
    m_operationsView->horizontalHeader()->setStretchLastSection(true);
    m_operationsView->setColumnWidth(RoutingOperationsModel::SeqColumn, 70);
    m_operationsView->setColumnWidth(RoutingOperationsModel::NameColumn, 200);
    m_operationsView->setColumnWidth(RoutingOperationsModel::StandardTimeColumn, 170);
    m_operationsView->setColumnWidth(RoutingOperationsModel::IdealTimeColumn, 170);
    m_operationsView->setColumnWidth(RoutingOperationsModel::MachineColumn, 180);
    m_operationsView->setColumnWidth(RoutingOperationsModel::SupplierColumn, 180);
    fitColumnsToHeaders(m_operationsView);
    EmptyState::install(m_operationsView, [this] {
        return m_picker->current() ? tr("No steps yet. Add operation adds the first; a work "
                                        "order copies the steps when it is released.")
                                   : QString(); // the heading asks for a product
    });
    for (auto [button, name] : {std::pair{m_add, "addOperationButton"}, {m_remove, "removeOperationButton"},
                                {m_up, "moveUpButton"}, {m_down, "moveDownButton"}})
        button->setObjectName(QString::fromLatin1(name));

    const bool canEdit = workspace->access()->allows(Permission::EditMasterData);
    m_operationsView->setEditTriggers(canEdit ? QAbstractItemView::AllEditTriggers
                                              : QAbstractItemView::NoEditTriggers);
    for (QPushButton *button : {m_add, m_remove, m_up, m_down})
        button->setVisible(canEdit);

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
    // Two times per step that people mix up: say plainly which is for what.
    auto *timesHint = new QLabel(tr("Standard time: what wages and scheduling count with. Ideal "
                                    "cycle time: the fastest a piece can be made, for "
                                    "OEE's effectiveness; empty uses the standard time."),
                                 right);
    timesHint->setObjectName(QStringLiteral("timesHint"));
    timesHint->setWordWrap(true);
    rightLayout->addWidget(timesHint);
    rightLayout->addWidget(m_banner);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_operationsView, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_picker);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 800});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(splitter);

    connect(m_picker, &ProductPicker::currentChanged, this, &RoutingEditor::onProductChosen);
    connect(m_add, &QPushButton::clicked, this, &RoutingEditor::addOperation);
    connect(m_remove, &QPushButton::clicked, this, &RoutingEditor::removeOperation);
    connect(m_up, &QPushButton::clicked, this, [this] { moveOperation(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveOperation(1); });
    connect(m_operations, &RoutingOperationsModel::errorOccurred, this,
            [this](const QString &message) { m_banner->showMessage(message); });
    connect(m_operations, &QAbstractItemModel::modelReset, this, &RoutingEditor::updateButtons);
    connect(m_operationsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RoutingEditor::updateButtons);
    m_picker->selectFirst();
    onProductChosen();
}

QTableView *RoutingEditor::productList() const
{
    return m_picker->list();
}

void RoutingEditor::selectProduct(const QString &productId)
{
    m_picker->select(productId);
}

void RoutingEditor::onProductChosen()
{
    const std::optional<MasterRecord> current = m_picker->current();
    if (!current) {
        m_operations->setProductId(QString());
        m_heading->setText(tr("Choose a product to see its routing."));
        updateButtons();
        return;
    }
    const MasterRecord &product = *current;
    m_operations->setProductId(product.id);
    m_heading->setText(tr("Routing of %1 %2").arg(product.text(QStringLiteral("part_no")),
                                                  product.localizedName()));
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
