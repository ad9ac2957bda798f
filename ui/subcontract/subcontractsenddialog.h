#pragma once

#include "item/subcontract/subcontractscan.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace Taktline {

class DateEdit;
class MessageBanner;
class QuantitySpinBox;
class Workspace;

// Sends a batch of a subcontracted step to its supplier (发外): how many (at most what the step
// can send), when it is due back (the supplier's lead time from today), the price per piece and
// a note. The service's refusal shows in the dialog's banner and nothing is written.
class SubcontractSendDialog final : public QDialog
{
    Q_OBJECT
public:
    SubcontractSendDialog(Workspace *workspace, SubcontractScan step, QWidget *parent = nullptr);

    // The subcontract order written, once accepted.
    const QString &orderId() const { return m_orderId; }
    QString errorText() const;

    void accept() override;

private:
    Workspace *m_workspace;
    SubcontractScan m_step;
    QuantitySpinBox *m_quantity;
    DateEdit *m_dueDate;
    QDoubleSpinBox *m_price;
    QLineEdit *m_note;
    MessageBanner *m_banner;
    QString m_orderId;
};

} // namespace Taktline
