#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Taktline {

class MessageBanner;
class QuantitySpinBox;
class Workspace;

// Opens a nonconformance by hand (不合格品): on a step of a work order, a work order, a lot or a
// serial number, with the quantity, defect reason, the employee who answers for the pieces and
// a description. Stays open, saying why, when the service refuses.
class NonconformanceDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NonconformanceDialog(Workspace *workspace, QWidget *parent = nullptr);

    QString nonconformanceId() const { return m_id; } // after accept()
    QString errorText() const;
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Fills the steps of the work order typed or scanned (WO:…, OP:…/10).
    void loadSteps();

    Workspace *m_workspace;
    MessageBanner *m_banner;
    QLineEdit *m_order;
    QComboBox *m_step;
    QLineEdit *m_lot;
    QLineEdit *m_serial;
    QuantitySpinBox *m_quantity;
    QComboBox *m_reason;
    QComboBox *m_employee;
    QPlainTextEdit *m_description;
    QString m_orderId;
    QString m_id;
};

} // namespace Taktline
