#include "dispatch/machinecolumn.h"

#include "common/theme.h"
#include "dispatch/operationcarddelegate.h"
#include "item/planning/dispatchqueuemodel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace Taktline {

MachineColumn::MachineColumn(OperationCardDelegate *delegate, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_inactive(new QLabel(tr("Deactivated: move its operations to another machine"), this))
    , m_model(new DispatchQueueModel(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("machineColumn"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(themed(u"#machineColumn { background: @columnFill; border-radius: 8px; }"
                         "#machineColumnTitle { font-weight: 600; font-size: 15px; color: @ink; }"
                         "#machineColumnDetails { color: @muted; }"
                         "#machineColumnInactive { color: @red; font-weight: 600; }"
                         "QListView { background: transparent; border: none; }"));
    m_title->setObjectName(QStringLiteral("machineColumnTitle"));
    m_details->setObjectName(QStringLiteral("machineColumnDetails"));
    m_inactive->setObjectName(QStringLiteral("machineColumnInactive"));
    for (QLabel *label : {m_title, m_details, m_inactive})
        label->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("machineQueueView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(delegate);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 10, 8, 4);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_inactive);
    layout->addSpacing(4);
    layout->addWidget(m_view, 1);
}

void MachineColumn::setQueue(const MachineQueue &queue, const QTimeZone &zone)
{
    m_model->setQueue(queue, zone);
    m_title->setText(queue.code + QStringLiteral("  ") + queue.name);
    m_title->setToolTip(m_title->text());
    QStringList details;
    if (!queue.workshop.isEmpty())
        details << queue.workshop;
    details << tr("Capacity ×%1").arg(queue.capacity);
    details << tr("%n queued", nullptr, static_cast<int>(queue.operations.size()));
    m_details->setText(details.join(QStringLiteral("  ·  ")));
    m_inactive->setVisible(!queue.active);
}

QString MachineColumn::machineId() const
{
    return m_model->queue().machineId;
}

void MachineColumn::selectOperation(const QString &operationId)
{
    const int row = m_model->rowOfOperation(operationId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

} // namespace Taktline
