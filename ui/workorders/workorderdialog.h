#pragma once

#include "domain/planning/workorder.h"
#include "services/planning/promiseservice.h"

#include <optional>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Taktline {

class DateEdit;
class MessageBanner;
class Workspace;

// Creates or edits a work order's header: product, quantity, due date, customer, priority …
// A due date in the past is allowed after a second, deliberate click. While a new order is
// filled in, it shows the earliest date it could ship (交期承诺), updated as product, quantity
// and due date change.
class WorkOrderDialog final : public QDialog
{
    Q_OBJECT
public:
    WorkOrderDialog(Workspace *workspace, const WorkOrder &order, QWidget *parent = nullptr);

    QString savedId() const { return m_savedId; }
    QString errorText() const;
    void accept() override;

    // The promise line as it reads now ("" until a product and quantity are chosen).
    QString promiseText() const;
    // Works the promise out at once instead of after the pause in typing.
    void refreshPromise();

private:
    WorkOrder edited() const;
    QWidget *promiseBox();
    void showPromiseDetails();

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
    QLabel *m_promise = nullptr; // only for a new order
    QPushButton *m_promiseDetails = nullptr;
    QTimer *m_promiseTimer = nullptr;
    std::optional<Promise> m_lastPromise;
};

} // namespace Taktline
