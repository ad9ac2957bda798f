#include "item/planning/dispatchqueuemodel.h"

#include "item/planning/scheduletext.h"

#include <QMimeData>

namespace Taktline {

namespace {

// The payload of a dragged card: which operation, from which machine and row.
struct DraggedOperation
{
    QString operationId;
    QString machineId;
    int row = -1;
};

QByteArray encode(const DraggedOperation &dragged)
{
    return QStringList{dragged.operationId, dragged.machineId, QString::number(dragged.row)}
        .join(QLatin1Char('\n'))
        .toUtf8();
}

std::optional<DraggedOperation> decode(const QMimeData *data)
{
    if (!data || !data->hasFormat(QLatin1String(DispatchQueueModel::OperationMimeType)))
        return std::nullopt;
    const QStringList parts =
        QString::fromUtf8(data->data(QLatin1String(DispatchQueueModel::OperationMimeType)))
            .split(QLatin1Char('\n'));
    bool ok = false;
    const int row = parts.size() == 3 ? parts.at(2).toInt(&ok) : -1;
    if (!ok || parts.at(0).isEmpty())
        return std::nullopt;
    return DraggedOperation{parts.at(0), parts.at(1), row};
}

} // namespace

DispatchQueueModel::DispatchQueueModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void DispatchQueueModel::setQueue(const MachineQueue &queue, const QTimeZone &zone)
{
    beginResetModel();
    m_queue = queue;
    m_zone = zone;
    endResetModel();
}

int DispatchQueueModel::rowOfOperation(const QString &operationId) const
{
    for (int row = 0; row < m_queue.operations.size(); ++row) {
        if (m_queue.operations.at(row).operationId == operationId)
            return row;
    }
    return -1;
}

int DispatchQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_queue.operations.size());
}

QVariant DispatchQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueuedOperation &op = m_queue.operations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 · %2 %3").arg(op.workOrderNumber).arg(op.seq).arg(op.name);
    case Qt::ToolTipRole:
        return ScheduleText::operationDetails(op, m_queue.code + QLatin1Char(' ') + m_queue.name,
                                              m_zone);
    case Qt::AccessibleDescriptionRole:
        return op.late ? ScheduleText::lateBy(op.lateByMs) : ScheduleText::statusText(op.status);
    case OperationIdRole:
        return op.operationId;
    case WorkOrderNumberRole:
        return op.workOrderNumber;
    case LateRole:
        return op.late;
    case UrgentRole:
        return op.priority == WorkOrderPriority::Urgent;
    case PlacedRole:
        return op.planned();
    default:
        return {};
    }
}

Qt::ItemFlags DispatchQueueModel::flags(const QModelIndex &index) const
{
    // Cards take no drops themselves: a drop lands between two cards (or after the last).
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions DispatchQueueModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions DispatchQueueModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList DispatchQueueModel::mimeTypes() const
{
    return {QLatin1String(OperationMimeType)};
}

QMimeData *DispatchQueueModel::mimeData(const QModelIndexList &indexes) const
{
    // One card moves at a time; the service moves one operation per call.
    if (indexes.isEmpty() || !indexes.constFirst().isValid())
        return nullptr;
    const int row = indexes.constFirst().row();
    auto *data = new QMimeData;
    data->setData(QLatin1String(OperationMimeType),
                  encode({m_queue.operations.at(row).operationId, m_queue.machineId, row}));
    data->setText(this->data(indexes.constFirst()).toString());
    return data;
}

bool DispatchQueueModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                         const QModelIndex &parent) const
{
    return action == Qt::MoveAction && !parent.isValid() && decode(data).has_value();
}

bool DispatchQueueModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                      int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const DraggedOperation dragged = *decode(data);
    int index = row < 0 ? rowCount() : std::min(row, rowCount());
    if (dragged.machineId == m_queue.machineId) {
        const int from = rowOfOperation(dragged.operationId);
        if (from >= 0 && from < index)
            --index; // the card leaves its old place first
        if (from == index)
            return false;
    }
    emit moveRequested(dragged.operationId, m_queue.machineId, index);
    return true;
}

} // namespace Taktline
