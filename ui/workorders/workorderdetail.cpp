#include "workorders/workorderdetail.h"

#include "common/lists/columnpriorities.h"
#include "common/messagebanner.h"
#include "common/lists/tableviews.h"
#include "common/theme.h"
#include "domain/planning/workorderstatemachine.h"
#include "item/palette.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/scheduleservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/reportingservice.h"
#include "services/workspace.h"
#include "workorders/materialspanel.h"
#include "workorders/piecespanel.h"
#include "workorders/reportsreviewdialog.h"
#include "workorders/serialsbar.h"
#include "workorders/travelleroutput.h"
#include "workorders/workorderdialog.h"

#include <QColor>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Taktline {

WorkOrderDetail::WorkOrderDetail(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_fields(new QLabel(this))
    , m_printTraveller(new QPushButton(tr("Print traveller…"), this))
    , m_reports(new QPushButton(tr("Reports…"), this))
    , m_serials(new SerialsBar(workspace, this))
    , m_tabs(new QTabWidget(this))
    , m_operations(new QTableWidget(this))
    , m_materials(new MaterialsPanel(workspace, this))
    , m_pieces(new PiecesPanel(workspace, this))
    , m_actions(new QHBoxLayout)
    , m_banner(new MessageBanner(this))
    , m_traveller(new TravellerOutput(
          workspace, m_banner, [this](const QString &id) { return machineLabel(id); }, this))
{
    setObjectName(QStringLiteral("workOrderDetail"));
    m_title->setObjectName(QStringLiteral("placeholderTitle"));
    m_state->setObjectName(QStringLiteral("stateBadge"));
    m_fields->setTextFormat(Qt::RichText);
    m_fields->setWordWrap(true);
    m_operations->setObjectName(QStringLiteral("operationsTable"));
    m_operations->setColumnCount(8);
    m_operations->setHorizontalHeaderLabels({tr("Step"), tr("Operation"), tr("Machine"),
                                             tr("Planned hours"), tr("Scheduled"),
                                             tr("Good qty"), tr("Defective"), tr("WIP")});
    m_operations->verticalHeader()->setVisible(false);
    m_operations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_operations->setSelectionMode(QAbstractItemView::NoSelection);
    setRowHeight(m_operations, TableRows::Office);
    // Beside the list on a tablet the step, its name and the good count stay whole; the plan,
    // which the Gantt chart shows, gives way first. No column is cut and none scrolls sideways.
    constexpr int Contents = ColumnPriorities::FitContents;
    m_operationColumns = ColumnPriorities::install(m_operations,
                                                   {{StepColumn, 0, Contents},
                                                    {OperationColumn, 0, Contents},
                                                    {GoodColumn, 0, Contents},
                                                    {MachineColumn, 1, Contents},
                                                    {DefectiveColumn, 2, Contents},
                                                    {WipColumn, 2, Contents},
                                                    {PlannedTimesColumn, 3, Contents},
                                                    {PlannedHoursColumn, 4, Contents}},
                                                   OperationColumn);

    m_printTraveller->setObjectName(QStringLiteral("printTravellerButton"));
    auto *travellerMenu = new QMenu(m_printTraveller);
    QAction *savePdf = travellerMenu->addAction(tr("Save as PDF…"));
    savePdf->setObjectName(QStringLiteral("saveTravellerPdfAction"));
    connect(savePdf, &QAction::triggered, this, [this] { m_traveller->saveAsPdf(m_id); });
    QAction *print = travellerMenu->addAction(tr("Print…"));
    print->setObjectName(QStringLiteral("printTravellerAction"));
    connect(print, &QAction::triggered, this, [this] { m_traveller->print(m_id); });
    m_printTraveller->setMenu(travellerMenu);
    m_reports->setObjectName(QStringLiteral("reportsButton"));
    connect(m_reports, &QPushButton::clicked, this, [this] { openReports(); });
    // A double click on a step shows that step's reports.
    connect(m_operations, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const QTableWidgetItem *step = m_operations->item(row, 0))
            openReports(step->data(Qt::UserRole).toString());
    });

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_state);
    titleRow->addStretch(1);
    titleRow->addWidget(m_reports);
    titleRow->addWidget(m_printTraveller);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_fields);
    auto *actionsRow = new QHBoxLayout; // the state actions come and go; the serials stay
    actionsRow->addLayout(m_actions, 1);
    actionsRow->addWidget(m_serials);
    layout->addLayout(actionsRow);
    m_tabs->setObjectName(QStringLiteral("workOrderDetailTabs"));
    m_tabs->addTab(m_operations, tr("Operations"));
    m_tabs->addTab(m_materials, tr("Materials"));
    m_tabs->addTab(m_pieces, tr("Pieces by place"));
    connect(m_materials, &MaterialsPanel::shortCountChanged, this, [this](int shortCount) {
        m_tabs->setTabText(m_tabs->indexOf(m_materials),
                           shortCount > 0 ? tr("Materials (%n short)", nullptr, shortCount)
                                          : tr("Materials"));
    });
    layout->addWidget(m_tabs, 1);
    connect(workspace->workOrders(), &WorkOrderService::workOrderChanged, this, [this](const QString &id) {
        if (id == m_id)
            reload();
    });
    // Progress is derived from production reports: a report or a correction shows at once.
    for (const auto signal : {&ReportingService::reportAdded, &ReportingService::reportVoided}) {
        connect(workspace->reporting(), signal, this, [this](const QString &workOrderId) {
            if (workOrderId == m_id)
                reload();
        });
    }
    // Planned times move whenever anything in the factory is rescheduled.
    connect(workspace->schedule(), &ScheduleService::scheduleChanged, this, [this] {
        if (!m_id.isEmpty())
            reload();
    });
    showWorkOrder(QString());
}

void WorkOrderDetail::showWorkOrder(const QString &id)
{
    m_id = id;
    m_banner->hide();
    reload();
    m_materials->showWorkOrder(id);
    m_pieces->showWorkOrder(id);
    m_serials->showWorkOrder(id);
}

void WorkOrderDetail::showMaterials()
{
    m_tabs->setCurrentWidget(m_materials);
}

void WorkOrderDetail::showPieces()
{
    m_tabs->setCurrentWidget(m_pieces);
}

void WorkOrderDetail::reload()
{
    const Result<WorkOrder> order = m_id.isEmpty() ? Result<WorkOrder>(Outcome::failure(QString()))
                                                   : m_workspace->workOrders()->find(m_id);
    if (!order) {
        m_title->setText(tr("Choose a work order to see its operations."));
        m_state->hide();
        m_fields->clear();
        m_operations->setRowCount(0);
        m_printTraveller->hide();
        m_reports->hide();
        rebuildActions(WorkOrder{});
        return;
    }
    const WorkOrder &o = order.value();
    const Result<MasterRecord> product = m_workspace->masterData()->find(MasterDataKind::Product, o.productId);
    const QLocale locale;
    m_title->setText(o.number);
    m_state->setText(workOrderStateDisplayName(o.state));
    m_state->show();
    const bool overdue =
        o.dueDate < m_workspace->clock().today() &&
        (o.state == WorkOrderState::Draft || o.state == WorkOrderState::Released ||
         o.state == WorkOrderState::InProgress || o.state == WorkOrderState::OnHold);
    auto row = [](const QString &label, const QString &value) {
        return themed(u"<tr><td style='color:@muted;padding-right:12px'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value);
    };
    QString html = QStringLiteral("<table>");
    const QString productText = product ? product.value().text(QStringLiteral("part_no")) + QStringLiteral("  ")
            + product.value().localizedName()
                                        : QString();
    html += row(tr("Product"), productText.toHtmlEscaped());
    html += row(tr("Planned qty"), locale.toString(o.quantity, 'f', 0));
    html += row(tr("Due date"),
                overdue ? themed(u"<span style='color:@red;font-weight:600'>%1 · %2</span>")
                              .arg(o.dueDate.toString(Qt::ISODate), tr("Overdue"))
                        : o.dueDate.toString(Qt::ISODate));
    html += row(tr("Customer"), o.customer.toHtmlEscaped());
    html += row(tr("Sales order"), o.salesOrder.toHtmlEscaped());
    html += row(tr("Priority"), priorityDisplayName(o.priority));
    html += row(tr("Lot No."), o.lotNo.toHtmlEscaped());
    if (!o.notes.isEmpty())
        html += row(tr("Notes"), o.notes.toHtmlEscaped());
    m_fields->setText(html + QStringLiteral("</table>"));
    fillOperations(o);
    rebuildActions(o);
    // Operations are copied from the routing at release; a draft has none to print yet.
    const bool printable = m_operations->rowCount() > 0 && o.state != WorkOrderState::Cancelled;
    m_printTraveller->setEnabled(printable);
    m_printTraveller->setToolTip(printable ? tr("Save or print the sheet that goes with the parts, "
                                                "with a QR code for the order and each operation.")
                                           : tr("A traveller lists the order's operations: release "
                                                "the work order first."));
    m_printTraveller->show();
    const bool reported = m_operations->rowCount() > 0;
    m_reports->setEnabled(reported);
    m_reports->setToolTip(reported ? tr("The production reports of this order: who reported what, "
                                        "voided and approved reports. Double-click a step for its own.")
                                   : tr("Reports are made against the order's operations: release "
                                        "the work order first."));
    m_reports->show();
}

void WorkOrderDetail::fillOperations(const WorkOrder &order)
{
    const Result<QList<WorkOrderOperation>> ops = m_workspace->workOrders()->operations(order.id);
    m_operations->setRowCount(0);
    if (!ops)
        return;
    const QLocale locale;
    const WorkCalendar calendar = m_workspace->schedule()->calendar();
    const qint64 dueEndMs = calendar.startOfDayUtcMs(order.dueDate.addDays(1));
    const auto when = [&](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, calendar.timeZone()), QStringLiteral("MM-dd HH:mm"));
    };
    const Result<QHash<QString, OperationProgress>> progress = m_workspace->reporting()->progressForWorkOrder(order.id);
    const QHash<QString, OperationProgress> done = progress ? progress.value() : QHash<QString, OperationProgress>();
    const auto number = [&](double value) { return locale.toString(value, 'f', value == std::floor(value) ? 0 : 2); };
    m_operations->setRowCount(static_cast<int>(ops.value().size()));
    double previousGood = order.quantity;
    for (int i = 0; i < ops.value().size(); ++i) {
        const WorkOrderOperation &op = ops.value().at(i);
        const OperationProgress made = done.value(op.id);
        const bool planned = op.plannedEndMs > 0;
        const bool late = planned && op.plannedEndMs > dueEndMs;
        // Pieces that passed the step before and wait here (在制品); the first step has none.
        const double wip = i == 0 ? 0 : std::max(0.0, previousGood - made.good - made.defective);
        // The machine's code keeps the table narrow enough for a tablet; its name is the tooltip.
        const QString machine = machineLabel(op.machineId);
        const QStringList cells = {QString::number(op.seq), op.name, machine.section(QStringLiteral(" · "), 0, 0),
                                   locale.toString(op.standardSeconds * order.quantity / 3600.0, 'f', 1),
                                   planned ? when(op.plannedStartMs) + QStringLiteral(" → ") + when(op.plannedEndMs)
                                           : tr("Not scheduled"),
                                   number(made.good) + QStringLiteral(" / ") + number(order.quantity),
                                   number(made.defective), i == 0 ? QStringLiteral("—") : number(wip)};
        previousGood = made.good;
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0 || c == 3 || c >= 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 0)
                item->setData(Qt::UserRole, op.id);
            if (c == 2)
                item->setToolTip(machine);
            if (c == 3)
                item->setToolTip(tr("%1 s per piece × %2 pieces").arg(locale.toString(op.standardSeconds, 'g', 6), number(order.quantity)));
            if (c == 4 && late) {
                item->setForeground(Palette::Red);
                item->setToolTip(tr("Planned to end after the due date %1.").arg(locale.toString(order.dueDate, QLocale::ShortFormat)));
            }
            if (c == 5 && made.good >= order.quantity)
                item->setForeground(Palette::GoodText); // this step is done
            m_operations->setItem(i, c, item);
        }
    }
    m_operationColumns->fit();
}

void WorkOrderDetail::rebuildActions(const WorkOrder &order)
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater(); // the button being clicked may be one of them
        }
        delete item;
    }
    if (order.id.isEmpty() || !m_workspace->access()->allows(Permission::EditWorkOrders))
        return;
    if (order.state != WorkOrderState::Closed && order.state != WorkOrderState::Cancelled) {
        auto *edit = new QPushButton(tr("Edit…"), this);
        edit->setObjectName(QStringLiteral("editWorkOrderButton"));
        connect(edit, &QPushButton::clicked, this, &WorkOrderDetail::edit);
        m_actions->addWidget(edit);
    }
    for (WorkOrderAction action : WorkOrderStateMachine::allowedActions(order.state)) {
        // "Cancel" on a button reads as "close this"; voiding an order says what it does and
        // asks first, as nothing can undo it.
        const bool voids = action == WorkOrderAction::Cancel;
        auto *button = new QPushButton(voids ? tr("Void order…")
                                             : WorkOrderStateMachine::actionDisplayName(action),
                                       this);
        button->setObjectName(QStringLiteral("action_") + QString::number(static_cast<int>(action)));
        if (action == WorkOrderAction::Release)
            button->setProperty("primary", true);
        const int version = order.version;
        const QString number = order.number;
        connect(button, &QPushButton::clicked, this, [this, action, version, voids, number] {
            const QString id = m_id;
            if (voids
                && QMessageBox::question(
                       this, tr("Void work order"),
                       tr("Void work order %1? It cannot be produced or reported any more; what "
                          "was reported stays on record.")
                           .arg(number),
                       QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                       != QMessageBox::Yes) {
                return;
            }
            if (Outcome done = m_workspace->workOrders()->apply(id, action, version); !done)
                m_banner->showMessage(done.error());
            else
                m_banner->showMessage(tr("Done: %1.").arg(WorkOrderStateMachine::actionDisplayName(action)),
                                      MessageBanner::Kind::Success);
        });
        m_actions->addWidget(button);
    }
    m_actions->addStretch(1);
}

void WorkOrderDetail::openReports(const QString &operationId)
{
    if (m_id.isEmpty() || m_operations->rowCount() == 0)
        return;
    ReportsReviewDialog dialog(m_workspace, m_id, operationId, this);
    dialog.exec();
}

void WorkOrderDetail::edit()
{
    const Result<WorkOrder> order = m_workspace->workOrders()->find(m_id);
    if (!order) {
        m_banner->showMessage(order.error());
        return;
    }
    WorkOrderDialog dialog(m_workspace, order.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_banner->showMessage(tr("Saved."), MessageBanner::Kind::Success);
}

QString WorkOrderDetail::machineLabel(const QString &machineId) const
{
    const Result<MasterRecord> machine =
        m_workspace->masterData()->find(MasterDataKind::Machine, machineId);
    if (!machine)
        return QString();
    return machine.value().text(QStringLiteral("code")) + QStringLiteral(" · ")
        + machine.value().localizedName();
}

} // namespace Taktline
