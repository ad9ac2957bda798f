#include "quality/dueinspectionsview.h"

#include "common/lists/emptystate.h"
#include "common/lists/tableviews.h"
#include "item/palette.h"
#include "quality/inspectionform.h"
#include "services/masterdata/masterdataservice.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Taktline {

DueInspectionsView::DueInspectionsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_machine(new QComboBox(this))
    , m_model(new QStandardItemModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Due inspections"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    top->addWidget(title);
    top->addSpacing(16);
    m_machine->setObjectName(QStringLiteral("dueMachineCombo"));
    m_machine->setMinimumHeight(44);
    m_machine->addItem(tr("Every machine, every lot"), QString());
    if (const Result<QList<MasterRecord>> machines =
            m_workspace->masterData()->list(MasterDataKind::Machine, false)) {
        for (const MasterRecord &machine : machines.value())
            m_machine->addItem(machine.text(QStringLiteral("code")) + QStringLiteral("  ") +
                                   machine.localizedName(),
                               machine.id);
    }
    top->addWidget(m_machine);
    top->addStretch();
    auto *inspect = new QPushButton(tr("Inspect…"), this);
    inspect->setObjectName(QStringLiteral("inspectButton"));
    inspect->setMinimumHeight(44);
    top->addWidget(inspect);
    layout->addLayout(top);
    m_view = makeListView(m_model, QStringLiteral("dueInspections"), this, TableRows::Touch);
    EmptyState::install(m_view, [this] {
        return m_error.isEmpty() ? tr("Nothing is due for inspection.") : m_error;
    });
    layout->addWidget(m_view, 1);
    connect(m_machine, &QComboBox::currentIndexChanged, this,
            [this] { setMachine(m_machine->currentData().toString()); });
    connect(inspect, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_view, &QTableView::doubleClicked, this, [this] { openSelected(); });
    InspectionService *service = m_workspace->inspections();
    connect(service, &InspectionService::inspectionRecorded, this, &DueInspectionsView::reload);
    connect(service, &InspectionService::inspectionVoided, this, &DueInspectionsView::reload);
    connect(service, &InspectionService::requestsChanged, this, &DueInspectionsView::reload);
    reload();
}

void DueInspectionsView::setMachine(const QString &machineId)
{
    m_machineId = machineId;
    const int index = m_machine->findData(machineId);
    if (index >= 0 && index != m_machine->currentIndex()) {
        const QSignalBlocker blocker(m_machine);
        m_machine->setCurrentIndex(index);
    }
    reload();
}

void DueInspectionsView::reload()
{
    const Result<QList<DueInspection>> due = m_workspace->inspections()->due(m_machineId);
    m_due = due ? due.value() : QList<DueInspection>();
    m_error = due ? QString() : due.error();
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Machine"), tr("Inspection"), tr("Order / step or lot"),
                                        tr("Product"), tr("Why"), tr("Since")});
    for (const DueInspection &d : std::as_const(m_due)) {
        QString subject = d.lotNo;
        if (!d.workOrderNumber.isEmpty())
            subject =
                d.seq > 0
                    ? tr("%1 step %2 %3").arg(d.workOrderNumber).arg(d.seq).arg(d.operationName)
                    : d.workOrderNumber;
        auto *kind = new QStandardItem(inspectionKindName(d.kind));
        if (d.blocking) { // said in red and in words: the tablets' fonts have no stop sign
            kind->setForeground(Palette::Red);
            kind->setToolTip(
                tr("The station accepts no good pieces of this step until the first article "
                   "passes."));
        }
        const QList<QStandardItem *> row = {
            new QStandardItem(d.machineCode),
            kind,
            new QStandardItem(subject),
            new QStandardItem(QString(d.partNo + QLatin1Char(' ') + d.productName).trimmed()),
            new QStandardItem(d.why),
            new QStandardItem(QLocale().toString(QDateTime::fromMSecsSinceEpoch(d.dueSinceMs),
                                                 QLocale::ShortFormat)),
        };
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_model->appendRow(row);
    }
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_view->resizeColumnsToContents();
}

InspectionForm *DueInspectionsView::openSelected()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    const int row = selected.isEmpty() ? -1 : selected.constFirst().row();
    if (row < 0 || row >= m_due.size())
        return nullptr;
    const DueInspection &d = m_due.at(row);
    InspectionInput input;
    input.kind = d.kind;
    input.operationId = d.operationId;
    input.workOrderId = d.workOrderId;
    input.lotCode = d.lotNo;
    input.machineId = d.machineId;
    input.requestId = d.requestId;
    auto *form = new InspectionForm(m_workspace, input, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowFlag(Qt::Window);
    form->open();
    return form;
}

} // namespace Taktline
