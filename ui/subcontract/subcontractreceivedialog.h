#pragma once

#include "services/subcontract/subcontractservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Taktline {

class MessageBanner;
class QuantitySpinBox;
class Workspace;

// Receives what came back of a subcontract order (回厂): good, defective, and pieces written off
// short, with what is still open shown big enough to read at the gate. More back than is open
// is refused by the service, its message in the banner, nothing written.
class SubcontractReceiveDialog final : public QDialog
{
    Q_OBJECT
public:
    SubcontractReceiveDialog(Workspace *workspace, SubcontractOrder order,
                             QWidget *parent = nullptr);

    const QString &receiptId() const { return m_receiptId; }
    QString errorText() const;

    void accept() override;

private:
    Workspace *m_workspace;
    SubcontractOrder m_order;
    QuantitySpinBox *m_good;
    QuantitySpinBox *m_defective;
    QuantitySpinBox *m_short;
    QComboBox *m_employee;
    QLineEdit *m_note;
    MessageBanner *m_banner;
    QString m_receiptId;
};

} // namespace Taktline
