#include "dispatch/dispatchboard.h"

#include "common/messagebanner.h"
#include "dispatch/machinecolumn.h"
#include "dispatch/operationcarddelegate.h"
#include "dispatch/rushorderdialog.h"
#include "item/planning/dispatchqueuemodel.h"
#include "item/planning/moveoperationcommand.h"
#include "item/planning/rushinsertcommand.h"
#include "item/planning/scheduletext.h"
#include "services/access/accesscontrol.h"
#include "services/planning/dispatchservice.h"
#include "services/planning/scheduleservice.h"
#include "services/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Taktline {

namespace {
constexpr int ColumnWidth = 272;
} // namespace

DispatchBoard::DispatchBoard(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(new MessageBanner(this))
    , m_delegate(new OperationCardDelegate(this))
    , m_rush(new QPushButton(tr("Insert rush order…"), this))
    , m_empty(new QLabel(tr("No operations are queued. Release a work order to plan its "
                            "operations on the machines."),
                         this))
    , m_scroll(new QScrollArea(this))
    , m_columnsHolder(new QWidget)
    , m_columnsLayout(new QHBoxLayout(m_columnsHolder))
    , m_editable(workspace->access()->allows(Permission::EditWorkOrders))
{
    setObjectName(QStringLiteral("dispatchBoard"));
    m_rush->setObjectName(QStringLiteral("insertRushButton"));
    m_rush->setProperty("primary", true);
    m_rush->setVisible(m_editable);
    auto *hint = new QLabel(m_editable ? tr("Drag a card to change the order on a machine or move "
                                            "it to another machine (or right-click it). Ctrl+Z "
                                            "undoes a move.")
                                       : tr("Each machine's queue in the order it will run. "
                                            "Double-click a card to open its work order."),
                            this);
    hint->setObjectName(QStringLiteral("placeholderNote"));
    hint->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("placeholderNote"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->setSpacing(10);
    m_columnsLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("dispatchScroll"));
    m_scroll->setWidget(m_columnsHolder);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *bar = new QHBoxLayout;
    bar->addWidget(hint, 1);
    bar->addWidget(m_rush);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);

    connect(m_rush, &QPushButton::clicked, this, &DispatchBoard::insertRushOrder);
    connect(workspace->schedule(), &ScheduleService::scheduleChanged, this,
            &DispatchBoard::scheduleReload);
}

MachineColumn *DispatchBoard::column(const QString &machineId) const
{
    for (MachineColumn *column : m_columns) {
        if (column->machineId() == machineId)
            return column;
    }
    return nullptr;
}

void DispatchBoard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DispatchBoard::scheduleReload()
{
    // A hidden board catches up when it is shown rather than on every change.
    m_stale = true;
    if (isVisible())
        reload();
}

void DispatchBoard::rebuildColumns(int count)
{
    while (m_columns.size() > count)
        delete m_columns.takeLast();
    while (m_columns.size() < count) {
        auto *column = new MachineColumn(m_delegate, m_columnsHolder);
        column->setFixedWidth(ColumnWidth);
        // Queued: the drop finishes before the board reloads the columns underneath it.
        connect(column->model(), &DispatchQueueModel::moveRequested, this,
                &DispatchBoard::moveOperation, Qt::QueuedConnection);
        QListView *view = column->view();
        view->setDragEnabled(m_editable);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, column](const QPoint &pos) { showCardMenu(column, pos); });
        connect(view, &QAbstractItemView::doubleClicked, this,
                [this, column](const QModelIndex &index) {
                    emit workOrderActivated(column->model()->operationAt(index.row()).workOrderId);
                });
        m_columnsLayout->insertWidget(static_cast<int>(m_columns.size()), column);
        m_columns.append(column);
    }
}

void DispatchBoard::reload()
{
    m_stale = false;
    const Result<QList<MachineQueue>> queues = m_workspace->schedule()->machineQueues();
    if (!queues) {
        m_banner->showMessage(queues.error());
        return;
    }
    const QTimeZone zone = m_workspace->schedule()->calendar().timeZone();
    m_delegate->setTimeZone(zone);
    const QList<MachineQueue> &list = queues.value();
    rebuildColumns(static_cast<int>(list.size()));
    bool anyQueued = false;
    for (int i = 0; i < list.size(); ++i) {
        m_columns.at(i)->setQueue(list.at(i), zone);
        anyQueued = anyQueued || !list.at(i).operations.isEmpty();
    }
    m_empty->setVisible(!anyQueued);
    if (!m_focusOperationId.isEmpty()) {
        for (MachineColumn *column : std::as_const(m_columns))
            column->selectOperation(m_focusOperationId);
    }
}

void DispatchBoard::moveOperation(const QString &operationId, const QString &toMachineId, int index)
{
    std::optional<QueuePlace> from;
    QString label;
    MachineColumn *target = column(toMachineId);
    for (MachineColumn *column : std::as_const(m_columns)) {
        const int row = column->model()->rowOfOperation(operationId);
        if (row < 0)
            continue;
        from = QueuePlace{column->machineId(), row};
        const QueuedOperation &op = column->model()->operationAt(row);
        label = tr("%1 step %2 %3").arg(op.workOrderNumber).arg(op.seq).arg(op.name);
    }
    if (!from || !target)
        return; // the board was reloaded in between; the card is no longer where it was
    if (const Outcome moved =
            m_workspace->dispatch()->moveOperation(operationId, toMachineId, index);
        !moved) {
        m_banner->showMessage(moved.error());
        return;
    }
    const QString targetName =
        target->model()->queue().code + QLatin1Char(' ') + target->model()->queue().name;
    const QueuePlace to{toMachineId, index};
    m_workspace->undoStack()->push(new MoveOperationCommand(
        m_workspace->dispatch(), m_workspace->undoFeedback(), operationId, label, *from, to));
    m_focusOperationId = operationId;
    reload();
    m_banner->showMessage(tr("Moved %1 to %2, position %3.").arg(label, targetName).arg(index + 1),
                          MessageBanner::Kind::Success);
}

void DispatchBoard::showCardMenu(MachineColumn *column, const QPoint &pos)
{
    // The same moves as dragging, for a touch screen, a keyboard or a long queue.
    const QModelIndex index = column->view()->indexAt(pos);
    if (!index.isValid())
        return;
    const QueuedOperation op = column->model()->operationAt(index.row());
    const int last = column->model()->rowCount() - 1;
    QMenu menu(this);
    menu.addAction(tr("Open work order %1").arg(op.workOrderNumber), this,
                   [this, op] { emit workOrderActivated(op.workOrderId); });
    if (m_editable) {
        menu.addSeparator();
        QAction *front = menu.addAction(tr("Move to the front"), this, [this, op, column] {
            moveOperation(op.operationId, column->machineId(), 0);
        });
        front->setEnabled(index.row() > 0);
        QAction *back = menu.addAction(tr("Move to the end"), this, [this, op, column, last] {
            moveOperation(op.operationId, column->machineId(), last);
        });
        back->setEnabled(index.row() < last);
        QMenu *machines = menu.addMenu(tr("Move to machine"));
        for (MachineColumn *other : std::as_const(m_columns)) {
            const MachineQueue &queue = other->model()->queue();
            if (other == column || !queue.active)
                continue;
            const int end = other->model()->rowCount();
            machines->addAction(queue.code + QLatin1Char(' ') + queue.name, this,
                                [this, op, machineId = queue.machineId, end] {
                                    moveOperation(op.operationId, machineId, end);
                                });
        }
        machines->setEnabled(!machines->isEmpty());
    }
    menu.exec(column->view()->viewport()->mapToGlobal(pos));
}

void DispatchBoard::insertRushOrder()
{
    RushOrderDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RushPreview &done = dialog.preview();
    m_workspace->undoStack()->push(new RushInsertCommand(m_workspace->dispatch(), m_workspace->undoFeedback(),
                                                         done.number, dialog.ranksBefore(), dialog.ranksAfter()));
    const QTimeZone zone = m_workspace->schedule()->calendar().timeZone();
    m_banner->showMessage(tr("Rush order %1 inserted at the front of its machines. Planned end: "
                             "%2 → %3.")
                              .arg(done.number, ScheduleText::moment(done.plannedEndBeforeMs, zone),
                                   ScheduleText::moment(done.plannedEndAfterMs, zone)),
                          MessageBanner::Kind::Success);
    reload();
}

} // namespace Taktline
