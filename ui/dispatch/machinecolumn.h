#pragma once

#include <QFrame>

class QLabel;
class QListView;
class QTimeZone;

namespace Taktline {

class DispatchQueueModel;
class OperationCardDelegate;
struct MachineQueue;

// One machine on the dispatch board: its code, name, workshop, capacity and queue length on
// top, its queue of operation cards below, ready to take cards dragged from any machine.
class MachineColumn final : public QFrame
{
    Q_OBJECT
public:
    MachineColumn(OperationCardDelegate *delegate, QWidget *parent = nullptr);

    void setQueue(const MachineQueue &queue, const QTimeZone &zone);
    QString machineId() const;
    DispatchQueueModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    void selectOperation(const QString &operationId);

private:
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_inactive;
    DispatchQueueModel *m_model;
    QListView *m_view;
};

} // namespace Taktline
