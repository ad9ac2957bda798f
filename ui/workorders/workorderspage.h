#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Taktline {

class MessageBanner;
class WorkOrderDetail;
class WorkOrderListModel;
class Workspace;

// The Work orders page: a list filtered and sorted in SQL and fetched as it scrolls, with the
// selected order's details, operations and state actions beside it.
class WorkOrdersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit WorkOrdersPage(Workspace *workspace, QWidget *parent = nullptr);

    WorkOrderListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    WorkOrderDetail *detail() const { return m_detail; }
    void selectWorkOrder(const QString &id);
    void createWorkOrder();

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
};

} // namespace Taktline
