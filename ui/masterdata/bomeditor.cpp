#include "masterdata/bomeditor.h"

#include "common/lists/choicecombodelegate.h"
#include "common/lists/emptystate.h"
#include "common/messagebanner.h"
#include "common/fields/scaninputguard.h"
#include "common/lists/tableviews.h"
#include "item/masterdata/bomlinesmodel.h"
#include "masterdata/productpicker.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Taktline {

BomEditor::BomEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_picker(new ProductPicker(workspace, this))
    , m_lines(new BomLinesModel(workspace->bom(), workspace->masterData(), workspace->routing(),
                                workspace->undoStack(), workspace->undoFeedback(), this))
    , m_heading(new QLabel(this))
    , m_addBar(new QWidget(this))
    , m_component(new QComboBox(m_addBar))
    , m_quantity(new QLineEdit(m_addBar))
    , m_unit(new QLabel(m_addBar))
    , m_step(new QComboBox(m_addBar))
    , m_note(new QLineEdit(m_addBar))
    , m_add(new QPushButton(tr("Add component"), m_addBar))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_linesView(new QTableView(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("bomEditor"));
    m_heading->setObjectName(QStringLiteral("placeholderTitle"));

    // Typing part of a part number or name narrows the components (a factory has hundreds).
    m_component->setObjectName(QStringLiteral("componentCombo"));
    m_component->setEditable(true);
    m_component->setInsertPolicy(QComboBox::NoInsert);
    m_component->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_component->completer()->setFilterMode(Qt::MatchContains);
    m_component->setMinimumWidth(240);
    m_component->setMaxVisibleItems(15);
    m_component->lineEdit()->setPlaceholderText(tr("Component…"));
    m_quantity->setObjectName(QStringLiteral("quantityEdit"));
    m_quantity->setPlaceholderText(tr("Qty per unit"));
    m_quantity->setMinimumWidth(110);
    ScanInputGuard::protect(m_quantity);
    m_quantity->setMaximumWidth(140);
    m_quantity->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_unit->setObjectName(QStringLiteral("unitLabel"));
    m_step->setObjectName(QStringLiteral("stepCombo"));
    m_step->setMinimumWidth(140);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Note (optional)"));
    m_add->setObjectName(QStringLiteral("addLineButton"));
    m_add->setProperty("primary", true);
    m_remove->setObjectName(QStringLiteral("removeLineButton"));
    m_banner->setObjectName(QStringLiteral("bomBanner"));

    m_linesView->setObjectName(QStringLiteral("bomTable"));
    m_linesView->setModel(m_lines);
    EmptyState::install(m_linesView, [this] {
        return m_picker->current() ? tr("No components yet: add the materials that go into this "
                                        "product above, each with the step it is fed at.")
                                   : QString();
    });
    auto *combos = new ChoiceComboDelegate(
        [lines = m_lines](const QModelIndex &index) {
            return index.column() == BomLinesModel::StepColumn ? lines->stepChoices()
                                                               : lines->componentChoices();
        },
        this);
    m_linesView->setItemDelegateForColumn(BomLinesModel::ComponentColumn, combos);
    m_linesView->setItemDelegateForColumn(BomLinesModel::StepColumn, combos);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_linesView->verticalHeader()->setVisible(false);
    setRowHeight(m_linesView, TableRows::Editing);
    m_linesView->setWordWrap(false);
    m_linesView->horizontalHeader()->setStretchLastSection(true);
    m_linesView->setColumnWidth(BomLinesModel::ComponentColumn, 340);
    m_linesView->setColumnWidth(BomLinesModel::QuantityColumn, 120);
    m_linesView->setColumnWidth(BomLinesModel::StepColumn, 150);

    const bool canEdit = workspace->access()->allows(Permission::EditMasterData);
    m_linesView->setEditTriggers(canEdit ? QAbstractItemView::AllEditTriggers
                                         : QAbstractItemView::NoEditTriggers);
    m_addBar->setVisible(canEdit);
    m_remove->setVisible(canEdit);

    auto *addLayout = new QHBoxLayout(m_addBar);
    addLayout->setContentsMargins(0, 0, 0, 0);
    addLayout->addWidget(m_component, 3);
    addLayout->addWidget(m_quantity);
    addLayout->addWidget(m_unit);
    addLayout->addWidget(m_step, 1);
    addLayout->addWidget(m_note, 2);
    addLayout->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_addBar);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_linesView, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_picker);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 800});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(splitter);

    connect(m_picker, &ProductPicker::currentChanged, this, &BomEditor::onProductChosen);
    connect(m_component, &QComboBox::currentIndexChanged, this, &BomEditor::updateUnit);
    connect(m_quantity, &QLineEdit::returnPressed, this, &BomEditor::addLine);
    connect(m_note, &QLineEdit::returnPressed, this, &BomEditor::addLine);
    connect(m_add, &QPushButton::clicked, this, &BomEditor::addLine);
    connect(m_remove, &QPushButton::clicked, this, &BomEditor::removeLine);
    connect(m_lines, &BomLinesModel::errorOccurred, this,
            [this](const QString &message) { m_banner->showMessage(message); });
    connect(m_lines, &QAbstractItemModel::modelReset, this, [this] {
        fillChoices();
        updateButtons();
    });
    connect(m_linesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BomEditor::updateButtons);
    // New, renamed or deactivated products change what may be chosen.
    for (const auto signal : {&MasterDataService::recordAdded, &MasterDataService::recordChanged,
                              &MasterDataService::recordRemoved}) {
        connect(workspace->masterData(), signal, this, [this](MasterDataKind kind) {
            if (kind == MasterDataKind::Product)
                fillChoices();
        });
    }
    m_picker->selectFirst();
    onProductChosen();
}

QTableView *BomEditor::productList() const
{
    return m_picker->list();
}

void BomEditor::selectProduct(const QString &productId)
{
    m_picker->select(productId);
}

void BomEditor::onProductChosen()
{
    const std::optional<MasterRecord> current = m_picker->current();
    m_banner->hide();
    if (!current) {
        m_lines->setProductId(QString());
        m_heading->setText(tr("Choose a product to see its bill of materials."));
        return;
    }
    const MasterRecord &product = *current;
    m_lines->setProductId(product.id);
    m_heading->setText(tr("Bill of materials of %1 %2")
                           .arg(product.text(QStringLiteral("part_no")), product.localizedName()));
}

void BomEditor::fillChoices()
{
    const QString component = m_component->currentData().toString();
    const int step = m_step->currentData().toInt();
    m_component->blockSignals(true);
    m_component->clear();
    for (const auto &[id, label] : m_lines->componentChoices())
        m_component->addItem(label, id);
    m_component->setCurrentIndex(m_component->findData(component));
    m_component->blockSignals(false);
    m_step->clear();
    for (const auto &[seq, label] : m_lines->stepChoices())
        m_step->addItem(label, seq);
    m_step->setCurrentIndex(std::max(0, m_step->findData(step)));
    updateUnit();
}

void BomEditor::updateUnit()
{
    const QString component = m_component->currentData().toString();
    m_unit->setText(tr("%1 per %2")
                        .arg(component.isEmpty() ? QString() : m_lines->unitOf(component),
                             m_lines->unitOf(m_lines->productId())));
}

int BomEditor::selectedRow() const
{
    const QModelIndexList rows = m_linesView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void BomEditor::updateButtons()
{
    const bool hasProduct = !m_lines->productId().isEmpty();
    m_addBar->setEnabled(hasProduct);
    m_remove->setEnabled(selectedRow() >= 0);
}

void BomEditor::report(const Outcome &outcome)
{
    if (!outcome)
        m_banner->showMessage(outcome.error());
    else
        m_banner->hide();
}

void BomEditor::addLine()
{
    // A typed component counts only when it is exactly one of the listed products.
    const int chosen = m_component->findText(m_component->currentText().trimmed());
    const QString componentId = chosen >= 0 ? m_component->itemData(chosen).toString() : QString();
    const QString text = m_quantity->text().trimmed();
    bool ok = false;
    double perUnit = QLocale().toDouble(text, &ok);
    if (!ok)
        perUnit = QLocale::c().toDouble(text, &ok);
    if (componentId.isEmpty()) {
        report(Outcome::failure(
            tr("Choose the component from the list: “%1” is not a product of this factory.")
                .arg(m_component->currentText().trimmed())));
        m_component->setFocus();
        return;
    }
    if (!ok) {
        report(Outcome::failure(tr("Enter the quantity per unit as a number, such as 0.8.")));
        m_quantity->setFocus();
        return;
    }
    const Result<QString> added =
        m_lines->addLine(componentId, perUnit, m_step->currentData().toInt(), m_note->text());
    report(added.outcome());
    if (!added)
        return;
    m_linesView->selectRow(m_lines->rowOfLine(added.value()));
    m_component->setCurrentIndex(-1);
    m_component->clearEditText();
    m_quantity->clear();
    m_note->clear();
    m_component->setFocus();
}

void BomEditor::removeLine()
{
    report(m_lines->removeLine(selectedRow()));
}

} // namespace Taktline
