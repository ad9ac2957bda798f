#include "quality/inspectionplaneditor.h"

#include "common/lists/choicecombodelegate.h"
#include "common/lists/emptystate.h"
#include "common/lists/tableviews.h"
#include "common/messagebanner.h"
#include "domain/quality/inspectionplan.h"
#include "import/importdialog.h"
#include "item/quality/inspectionplanlistmodel.h"
#include "item/quality/plancharacteristicsmodel.h"
#include "quality/newplandialog.h"
#include "quality/plansettingsform.h"
#include "services/access/accesscontrol.h"
#include "services/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Taktline {

InspectionPlanEditor::InspectionPlanEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_plans(new InspectionPlanListModel(workspace->inspectionPlans(), workspace->masterData(),
                                          workspace->routing(), workspace->undoStack(),
                                          workspace->undoFeedback(), this))
    , m_characteristics(new PlanCharacteristicsModel(
          workspace->inspectionPlans(), workspace->undoStack(), workspace->undoFeedback(), this))
    , m_planList(makeListView(m_plans, QStringLiteral("planList"), this))
    , m_new(new QPushButton(tr("New plan"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_import(new QPushButton(tr("Import…"), this))
    , m_heading(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_settings(new PlanSettingsForm(m_plans, m_characteristics, this))
    , m_addCharacteristic(new QPushButton(tr("Add characteristic"), this))
    , m_removeCharacteristic(new QPushButton(tr("Delete characteristic"), this))
    , m_characteristicsView(new QTableView(this))
{
    setObjectName(QStringLiteral("inspectionPlanEditor"));
    m_heading->setObjectName(QStringLiteral("placeholderTitle"));
    m_new->setObjectName(QStringLiteral("newPlanButton"));
    m_new->setProperty("primary", true);
    m_delete->setObjectName(QStringLiteral("deletePlanButton"));
    m_import->setObjectName(QStringLiteral("importPlansButton"));
    m_banner->setObjectName(QStringLiteral("planBanner"));
    m_addCharacteristic->setObjectName(QStringLiteral("addCharacteristicButton"));
    m_removeCharacteristic->setObjectName(QStringLiteral("removeCharacteristicButton"));

    m_planList->horizontalHeader()->setStretchLastSection(true);
    m_planList->setColumnWidth(InspectionPlanListModel::ProductColumn, 130);
    m_planList->setColumnWidth(InspectionPlanListModel::StepColumn, 100);
    m_planList->setColumnWidth(InspectionPlanListModel::InspectionsColumn, 150);
    m_planList->setMinimumWidth(240);
    m_planList->hideColumn(InspectionPlanListModel::CharacteristicsColumn);
    EmptyState::install(m_planList, [] {
        return tr("No inspection plans yet: create one for a product's step with New plan, or "
                  "import them from Excel.");
    });

    m_characteristicsView->setObjectName(QStringLiteral("characteristicsTable"));
    m_characteristicsView->setModel(m_characteristics);
    auto *kinds = new ChoiceComboDelegate(
        [](const QModelIndex &) { return PlanCharacteristicsModel::kindChoices(); }, this);
    m_characteristicsView->setItemDelegateForColumn(PlanCharacteristicsModel::KindColumn, kinds);
    m_characteristicsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_characteristicsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_characteristicsView->verticalHeader()->setVisible(false);
    setRowHeight(m_characteristicsView, TableRows::Editing);
    m_characteristicsView->setWordWrap(false);
    m_characteristicsView->horizontalHeader()->setSectionResizeMode(
        PlanCharacteristicsModel::MethodColumn, QHeaderView::Stretch);
    m_characteristicsView->setColumnWidth(PlanCharacteristicsModel::SeqColumn, 44);
    m_characteristicsView->setColumnWidth(PlanCharacteristicsModel::NameColumn, 130);
    m_characteristicsView->setColumnWidth(PlanCharacteristicsModel::KindColumn, 110);
    for (int column :
         {PlanCharacteristicsModel::NominalColumn, PlanCharacteristicsModel::LowerColumn,
          PlanCharacteristicsModel::UpperColumn})
        m_characteristicsView->setColumnWidth(column, 80);
    m_characteristicsView->setColumnWidth(PlanCharacteristicsModel::UnitColumn, 56);
    m_characteristicsView->setColumnWidth(PlanCharacteristicsModel::ChoicesColumn, 150);
    m_characteristicsView->setColumnWidth(PlanCharacteristicsModel::PassChoicesColumn, 120);
    m_characteristicsView->setColumnWidth(PlanCharacteristicsModel::RequiredColumn, 60);
    fitColumnsToHeaders(m_characteristicsView);

    const bool canEdit = workspace->access()->allows(Permission::EditMasterData);
    m_characteristicsView->setEditTriggers(canEdit ? QAbstractItemView::AllEditTriggers
                                                   : QAbstractItemView::NoEditTriggers);
    m_settings->setEditable(canEdit);
    for (QWidget *button :
         {static_cast<QWidget *>(m_new), static_cast<QWidget *>(m_delete),
          static_cast<QWidget *>(m_import), static_cast<QWidget *>(m_addCharacteristic),
          static_cast<QWidget *>(m_removeCharacteristic)})
        button->setVisible(canEdit);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    listButtons->addStretch(1);
    listButtons->addWidget(m_import);
    leftLayout->addLayout(listButtons);
    leftLayout->addWidget(m_planList, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_settings);
    auto *characteristicButtons = new QHBoxLayout;
    characteristicButtons->addWidget(m_addCharacteristic);
    characteristicButtons->addWidget(m_removeCharacteristic);
    characteristicButtons->addStretch(1);
    rightLayout->addLayout(characteristicButtons);
    rightLayout->addWidget(m_characteristicsView, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 880});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(splitter);

    connect(m_new, &QPushButton::clicked, this, &InspectionPlanEditor::newPlan);
    connect(m_delete, &QPushButton::clicked, this, &InspectionPlanEditor::deletePlan);
    connect(m_import, &QPushButton::clicked, this, &InspectionPlanEditor::openImport);
    connect(m_addCharacteristic, &QPushButton::clicked, this,
            &InspectionPlanEditor::addCharacteristic);
    connect(m_removeCharacteristic, &QPushButton::clicked, this,
            &InspectionPlanEditor::removeCharacteristic);
    const auto showError = [this](const QString &message) {
        m_banner->showMessage(message);
    };
    connect(m_plans, &InspectionPlanListModel::errorOccurred, this, showError);
    connect(m_characteristics, &PlanCharacteristicsModel::errorOccurred, this, showError);
    connect(m_settings, &PlanSettingsForm::errorOccurred, this, showError);
    connect(m_planList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InspectionPlanEditor::onPlanChosen);
    // The list reloads after every change: keep the plan being edited chosen.
    connect(m_plans, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_plans->rowOfPlan(m_selectedPlanId);
        if (row >= 0)
            m_planList->selectRow(row);
        else
            onPlanChosen();
    });
    connect(m_characteristics, &PlanCharacteristicsModel::planChanged, this,
            &InspectionPlanEditor::updateButtons);
    connect(m_characteristicsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InspectionPlanEditor::updateButtons);
    if (m_plans->rowCount() > 0)
        m_planList->selectRow(0);
    onPlanChosen();
}

void InspectionPlanEditor::selectPlan(const QString &planId)
{
    const int row = m_plans->rowOfPlan(planId);
    if (row >= 0)
        m_planList->selectRow(row);
}

void InspectionPlanEditor::onPlanChosen()
{
    const QModelIndexList rows = m_planList->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.constFirst().row();
    const QString planId = row >= 0 ? m_plans->planAt(row).id : QString();
    if (planId != m_characteristics->planId() || planId.isEmpty()) {
        m_banner->hide();
        m_characteristics->setPlanId(planId);
    }
    m_selectedPlanId = planId;
    if (row < 0) {
        m_heading->setText(tr("Choose an inspection plan, or create one with New plan."));
    } else {
        const InspectionPlan &plan = m_plans->planAt(row);
        m_heading->setText(tr("Inspection plan of %1, %2")
                               .arg(m_plans->productLabel(plan.productId),
                                    m_plans->stepLabel(plan.productId, plan.operationSeq)));
    }
    updateButtons();
}

bool InspectionPlanEditor::createPlan(const QString &productId, int seq)
{
    const Result<QString> id = m_plans->addPlan(NewPlanDialog::starterPlan(productId, seq));
    if (!id) {
        m_banner->showMessage(id.error());
        return false;
    }
    selectPlan(id.value());
    return true;
}

void InspectionPlanEditor::newPlan()
{
    const QString productId = m_characteristics->plan().productId;
    auto *dialog = new NewPlanDialog(m_plans, productId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { selectPlan(dialog->createdPlanId()); });
    dialog->open();
}

void InspectionPlanEditor::deletePlan()
{
    const QModelIndexList rows = m_planList->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    if (Outcome removed = m_plans->removePlan(rows.constFirst().row()); !removed)
        m_banner->showMessage(removed.error());
}

void InspectionPlanEditor::openImport()
{
    ImportDialog *dialog = ImportDialog::openFor(m_workspace, ImportKind::InspectionPlans, this);
    connect(dialog, &ImportDialog::imported, m_plans, &InspectionPlanListModel::reload);
}

void InspectionPlanEditor::addCharacteristic()
{
    const Result<int> row = m_characteristics->addCharacteristic();
    if (!row) {
        m_banner->showMessage(row.error());
        return;
    }
    const QModelIndex name =
        m_characteristics->index(row.value(), PlanCharacteristicsModel::NameColumn);
    m_characteristicsView->setCurrentIndex(name); // opens its editor: type the name at once
}

void InspectionPlanEditor::removeCharacteristic()
{
    const QModelIndexList rows = m_characteristicsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    if (Outcome removed = m_characteristics->removeCharacteristic(rows.constFirst().row());
        !removed)
        m_banner->showMessage(removed.error());
}

void InspectionPlanEditor::updateButtons()
{
    const bool chosen = !m_characteristics->plan().productId.isEmpty();
    m_delete->setEnabled(chosen);
    m_addCharacteristic->setEnabled(chosen);
    m_removeCharacteristic->setEnabled(chosen &&
                                       m_characteristicsView->selectionModel()->hasSelection());
}

} // namespace Taktline
