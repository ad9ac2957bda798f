#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListView;
class QPushButton;
class QScrollArea;

namespace Taktline {

class DispatchQueueModel;
class MachineColumn;
class MessageBanner;
class OperationCardDelegate;
class Workspace;

// The dispatch board (派工): one column per machine with its queue of operations as cards.
// Dragging a card reorders it or moves it to another machine through the ScheduleService
// (undoable); refusals appear in the banner. Rush orders (插单) start here too.
class DispatchBoard final : public QWidget
{
    Q_OBJECT
public:
    explicit DispatchBoard(Workspace *workspace, QWidget *parent = nullptr);

    MessageBanner *banner() const { return m_banner; }
    QList<MachineColumn *> columns() const { return m_columns; }
    MachineColumn *column(const QString &machineId) const;
    void reload();
    void moveOperation(const QString &operationId, const QString &toMachineId, int index);
    void insertRushOrder();

signals:
    void workOrderActivated(const QString &workOrderId); // a card was double-clicked or opened

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleReload();
    void rebuildColumns(int count);
    void showCardMenu(MachineColumn *column, const QPoint &pos);

    Workspace *m_workspace;
    MessageBanner *m_banner;
    OperationCardDelegate *m_delegate;
    QPushButton *m_rush;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    QWidget *m_columnsHolder;
    QHBoxLayout *m_columnsLayout;
    QList<MachineColumn *> m_columns;
    QString m_focusOperationId;
    bool m_editable;
    bool m_stale = true;
};

} // namespace Taktline
