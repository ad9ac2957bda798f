#include "subcontract/subcontractsenddialog.h"

#include "common/fields/dateedit.h"
#include "common/messagebanner.h"
#include "domain/clock.h"
#include "domain/masterdata/masterrecord.h"
#include "services/subcontract/subcontractservice.h"
#include "services/workspace.h"
#include "subcontract/subcontractstyle.h"
#include "trace/quantityspinbox.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Taktline {

SubcontractSendDialog::SubcontractSendDialog(Workspace *workspace, SubcontractScan step,
                                             QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_step(std::move(step))
    , m_quantity(new QuantitySpinBox(this))
    , m_dueDate(new DateEdit(this))
    , m_price(new QDoubleSpinBox(this))
    , m_note(new QLineEdit(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("subcontractSendDialog"));
    setWindowTitle(tr("Send to supplier"));
    setStyleSheet(subcontractStyleSheet());
    setMinimumWidth(560);

    auto *summary = new QLabel(m_step.stepLabel() + QLatin1Char('\n') + m_step.product, this);
    summary->setObjectName(QStringLiteral("stepSummary"));
    summary->setWordWrap(true);
    auto *supplier = new QLabel(m_step.supplier.isEmpty() ? tr("(no supplier)") : m_step.supplier,
                                this);
    supplier->setObjectName(QStringLiteral("supplierLabel"));

    m_quantity->setObjectName(QStringLiteral("sendQuantity"));
    m_quantity->setMaximum(m_step.sendable);
    m_quantity->setValue(m_step.sendable);
    m_quantity->setToolTip(tr("At most %1: what the step before has made and was not sent yet.")
                               .arg(quantityText(m_step.sendable)));
    m_dueDate->setObjectName(QStringLiteral("dueDateEdit"));
    m_dueDate->setMinimumDate(workspace->clock().today());
    m_dueDate->setDate(m_step.defaultDueDate.isValid() ? m_step.defaultDueDate
                                                       : workspace->clock().today());
    m_price->setObjectName(QStringLiteral("unitPriceSpin"));
    m_price->setRange(0, 1e7);
    m_price->setDecimals(2);
    m_price->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_price->setValue(m_step.unitPrice);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Vehicle, packaging, special instructions…"));
    for (QWidget *field : std::initializer_list<QWidget *>{m_quantity, m_dueDate, m_price, m_note})
        field->setMinimumHeight(SubcontractTouchHeight);

    auto *form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->addRow(tr("Supplier:"), supplier);
    form->addRow(tr("Quantity *:"), m_quantity);
    form->addRow(tr("Due back *:"), m_dueDate);
    form->addRow(tr("Unit price:"), m_price);
    form->addRow(tr("Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(subcontractDialogButtons(this, tr("Send"), QStringLiteral("sendButton")));
    m_quantity->setFocus();
    m_quantity->selectAll();
}

QString SubcontractSendDialog::errorText() const
{
    return m_banner->text();
}

void SubcontractSendDialog::accept()
{
    m_quantity->interpretText();
    m_price->interpretText();
    SubcontractSend send;
    send.operationId = m_step.operationId;
    send.quantity = m_quantity->value();
    send.dueDate = m_dueDate->date();
    send.unitPrice = m_price->value();
    send.note = m_note->text().trimmed();
    const Result<QString> sent = m_workspace->subcontracts()->send(send);
    if (!sent) {
        m_banner->showMessage(sent.error());
        return;
    }
    m_orderId = sent.value();
    QDialog::accept();
}

} // namespace Taktline
