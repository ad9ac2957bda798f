#pragma once

#include "services/planning/scheduleservice.h"

#include <QAbstractListModel>
#include <QTimeZone>

namespace Taktline {

// One machine's queue (派工) as a list of cards. Rows can be dragged out as
// OperationMimeType and dropped in between rows; a drop asks for the move with
// moveRequested() and changes nothing here — the board reloads when the plan changes.
class DispatchQueueModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr const char *OperationMimeType = "application/x-taktline-operation";
    enum Role {
        OperationIdRole = Qt::UserRole + 1,
        WorkOrderNumberRole,
        LateRole,
        UrgentRole,
        PlacedRole,
    };

    explicit DispatchQueueModel(QObject *parent = nullptr);

    void setQueue(const MachineQueue &queue, const QTimeZone &zone);
    const MachineQueue &queue() const { return m_queue; }
    const QueuedOperation &operationAt(int row) const { return m_queue.operations.at(row); }
    int rowOfOperation(const QString &operationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // INDEX is the position the operation should have in this machine's queue afterwards.
    void moveRequested(const QString &operationId, const QString &toMachineId, int index);

private:
    MachineQueue m_queue;
    QTimeZone m_zone;
};

} // namespace Taktline
