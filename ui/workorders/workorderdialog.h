#pragma once

#include "domain/planning/workorder.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Taktline {

class DateEdit;
class MessageBanner;
class Workspace;

// Creates or edits a work order's header: product, quantity, due date, customer, priority …
// A due date in the past is allowed after a second, deliberate click.
class WorkOrderDialog final : public QDialog
{
    Q_OBJECT
public:
    WorkOrderDialog(Workspace *workspace, const WorkOrder &order, QWidget *parent = nullptr);

    QString savedId() const { return m_savedId; }
    QString errorText() const;
    void accept() override;

private:
    WorkOrder edited() const;

    Workspace *m_workspace;
    WorkOrder m_order;
    QString m_savedId;
    bool m_warned = false;
    QComboBox *m_product;
    QLineEdit *m_quantity;
    DateEdit *m_due;
    QLineEdit *m_customer;
    QLineEdit *m_salesOrder;
    QComboBox *m_priority;
    QLineEdit *m_lot;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    MessageBanner *m_banner;
};

} // namespace Taktline
