#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace Taktline {

class CapacityView;
class DispatchBoard;
class GanttView;
class MessageBanner;
class SubcontractView;
class WorkOrderDetail;
class WorkOrderListModel;
class Workspace;

// The Work orders page: a list filtered and sorted in SQL and fetched as it scrolls, with the
// selected order's details, operations and state actions beside it; the dispatch board and
// the Gantt chart of the same plan in the tabs next to it.
class WorkOrdersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit WorkOrdersPage(Workspace *workspace, QWidget *parent = nullptr);

    WorkOrderListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    WorkOrderDetail *detail() const { return m_detail; }
    void selectWorkOrder(const QString &id);
    // Reads the list, the board and the chart again, keeping the filter and the selection
    // (another device's changes arrived).
    Q_INVOKABLE void reload();
    void createWorkOrder();
    // The tab to show: "list", "dispatch" or "gantt" (as in `taktline screenshot workorders/gantt`).
    void showTab(const QString &key);
    void openWorkOrder(const QString &id); // in the list tab, from the board or the chart
    DispatchBoard *dispatchBoard() const { return m_dispatch; }
    GanttView *ganttView() const { return m_gantt; }

private:
    void applyFilter();
    void updateCount();

    Workspace *m_workspace;
    WorkOrderListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_state;
    QCheckBox *m_overdue;
    QCheckBox *m_urgent;
    QLabel *m_count;
    QTableView *m_view;
    WorkOrderDetail *m_detail;
    MessageBanner *m_banner;
    QTabWidget *m_tabs;
    DispatchBoard *m_dispatch;
    GanttView *m_gantt;
    CapacityView *m_capacity;
    SubcontractView *m_subcontract;
};

} // namespace Taktline
