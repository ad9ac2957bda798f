#include "subcontract/subcontractreceivedialog.h"

#include "common/messagebanner.h"
#include "domain/masterdata/masterrecord.h"
#include "services/masterdata/masterdataservice.h"
#include "services/workspace.h"
#include "subcontract/subcontractstyle.h"
#include "trace/quantityspinbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace Taktline {

SubcontractReceiveDialog::SubcontractReceiveDialog(Workspace *workspace, SubcontractOrder order,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_order(std::move(order))
    , m_good(new QuantitySpinBox(this))
    , m_defective(new QuantitySpinBox(this))
    , m_short(new QuantitySpinBox(this))
    , m_employee(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("subcontractReceiveDialog"));
    setWindowTitle(tr("Receive from supplier"));
    setStyleSheet(subcontractStyleSheet());
    setMinimumWidth(600);

    auto *summary = new QLabel(
        QStringLiteral("%1 · %2\n%3 / %4 %5 · %6")
            .arg(m_order.number,
                 m_order.supplierName.isEmpty() ? m_order.supplierCode : m_order.supplierName,
                 m_order.workOrderNumber)
            .arg(m_order.seq)
            .arg(m_order.stepName,
                 QString(m_order.partNo + QLatin1Char(' ') + m_order.productName).trimmed()),
        this);
    summary->setObjectName(QStringLiteral("stepSummary"));
    summary->setWordWrap(true);
    auto *open = new QLabel(tr("Sent %1 · back %2 good, %3 defective · written off %4 · "
                               "<b>open %5</b>")
                                .arg(quantityText(m_order.quantity), quantityText(m_order.good),
                                     quantityText(m_order.defective),
                                     quantityText(m_order.shortQuantity),
                                     quantityText(m_order.open())),
                            this);
    open->setObjectName(QStringLiteral("openSummary"));
    open->setWordWrap(true);

    m_good->setObjectName(QStringLiteral("goodQuantity"));
    m_good->setValue(m_order.open()); // the usual case: all of it came back good
    m_defective->setObjectName(QStringLiteral("defectiveQuantity"));
    m_short->setObjectName(QStringLiteral("shortQuantity"));
    m_short->setToolTip(tr("Pieces that will never come back: written off, closing that part of "
                           "the order. Leave 0 while the rest is still awaited."));
    m_employee->setObjectName(QStringLiteral("employeeCombo"));
    m_employee->addItem(tr("(not recorded)"), QString());
    if (const auto employees = workspace->masterData()->list(MasterDataKind::Employee, false)) {
        for (const MasterRecord &employee : employees.value())
            m_employee->addItem(employee.text(QStringLiteral("badge")) + QLatin1Char(' ') +
                                    employee.text(QStringLiteral("name")),
                                employee.id);
    }
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("What the supplier said, damage, paperwork…"));
    for (QWidget *field : std::initializer_list<QWidget *>{m_good, m_defective, m_short,
                                                            m_employee, m_note})
        field->setMinimumHeight(SubcontractTouchHeight);

    auto *form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->addRow(tr("Good:"), m_good);
    form->addRow(tr("Defective:"), m_defective);
    form->addRow(tr("Short (written off):"), m_short);
    form->addRow(tr("Received by:"), m_employee);
    form->addRow(tr("Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(summary);
    layout->addWidget(open);
    layout->addLayout(form);
    layout->addWidget(
        subcontractDialogButtons(this, tr("Receive"), QStringLiteral("receiveButton")));
    m_good->setFocus();
    m_good->selectAll();
}

QString SubcontractReceiveDialog::errorText() const
{
    return m_banner->text();
}

void SubcontractReceiveDialog::accept()
{
    for (QuantitySpinBox *field : {m_good, m_defective, m_short})
        field->interpretText();
    SubcontractReceipt receipt;
    receipt.orderId = m_order.id;
    receipt.good = m_good->value();
    receipt.defective = m_defective->value();
    receipt.shortQuantity = m_short->value();
    receipt.note = m_note->text().trimmed();
    receipt.employeeId = m_employee->currentData().toString();
    const Result<QString> received = m_workspace->subcontracts()->receive(receipt);
    if (!received) {
        m_banner->showMessage(received.error());
        return;
    }
    m_receiptId = received.value();
    QDialog::accept();
}

} // namespace Taktline
