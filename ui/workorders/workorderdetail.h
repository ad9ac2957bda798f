#pragma once

#include "workorder.h"

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QTableWidget;

namespace Taktline {

class MessageBanner;
class Workspace;

// The right-hand panel of the work-order page: the order's header, its operations with
// derived progress, and the state actions the user's role and the order's state allow.
class WorkOrderDetail final : public QWidget
{
    Q_OBJECT
public:
    explicit WorkOrderDetail(Workspace *workspace, QWidget *parent = nullptr);

    void showWorkOrder(const QString &id);
    const QString &workOrderId() const { return m_id; }
    MessageBanner *banner() const { return m_banner; }

private:
    void reload();
    void fillOperations(const WorkOrder &order);
    void rebuildActions(const WorkOrder &order);
    void edit();

    Workspace *m_workspace;
    QString m_id;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_fields;
    QTableWidget *m_operations;
    QHBoxLayout *m_actions;
    MessageBanner *m_banner;
};

} // namespace Taktline
