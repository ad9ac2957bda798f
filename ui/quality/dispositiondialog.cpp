#include "quality/dispositiondialog.h"

#include "common/messagebanner.h"
#include "domain/masterdata/masterrecord.h"
#include "services/quality/nonconformanceservice.h"
#include "trace/quantityspinbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

DispositionDialog::DispositionDialog(NonconformanceService *service, const NonconformanceRecord &nc,
                                     QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_nc(nc)
    , m_banner(new MessageBanner(this))
    , m_disposition(new QComboBox(this))
    , m_quantity(new QuantitySpinBox(this))
    , m_approver(new QComboBox(this))
    , m_approverHint(new QLabel(this))
    , m_deductWages(
          new QCheckBox(tr("Deduct the pieces from the operator's piece-rate wages"), this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("dispositionDialog"));
    setWindowTitle(tr("Dispose of nonconformance %1").arg(nc.number));
    setMinimumWidth(520);

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    summary->setWordWrap(true);
    QString subject = nc.workOrderNumber;
    if (nc.seq > 0)
        subject += QStringLiteral("/%1").arg(nc.seq);
    for (const QString &part : {nc.lotNo, nc.serial}) {
        if (!part.isEmpty())
            subject += (subject.isEmpty() ? QString() : QStringLiteral(" · ")) + part;
    }
    summary->setText(tr("%1 %2 · %3\n%4 of %5 pieces still open · %6")
                         .arg(nc.partNo, nc.productName, subject, quantityText(nc.openQuantity, 3),
                              quantityText(nc.quantity, 3),
                              nc.defectReason.isEmpty() ? nc.description : nc.defectReason));

    m_disposition->setObjectName(QStringLiteral("dispositionCombo"));
    for (Disposition d : {Disposition::Rework, Disposition::Repair, Disposition::Scrap,
                          Disposition::Concession, Disposition::ReturnToSupplier}) {
        // Only pieces of a supplier's lot can go back to the supplier.
        if (d == Disposition::ReturnToSupplier && nc.lotId.isEmpty())
            continue;
        m_disposition->addItem(dispositionName(d), int(d));
    }
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_quantity->setRange(0, std::max(0.0, nc.openQuantity));
    m_quantity->setValue(nc.openQuantity);

    m_approver->setObjectName(QStringLiteral("approverCombo"));
    m_approver->addItem(tr("(choose the approver)"), QString());
    if (const Result<QList<ApproverChoice>> approvers = m_service->approvers(); approvers) {
        for (const ApproverChoice &choice : approvers.value())
            m_approver->addItem(choice.name, choice.userId);
    } else {
        m_banner->showMessage(approvers.error());
    }
    m_approverHint->setObjectName(QStringLiteral("approverHint"));
    m_approverHint->setWordWrap(true);
    m_deductWages->setObjectName(QStringLiteral("deductWagesCheck"));
    m_deductWages->setEnabled(!nc.operationId.isEmpty());
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setMaxLength(2000);

    auto *form = new QFormLayout;
    form->addRow(tr("Disposition:"), m_disposition);
    form->addRow(tr("Quantity:"), m_quantity);
    form->addRow(tr("Approver:"), m_approver);
    form->addRow(QString(), m_approverHint);
    form->addRow(QString(), m_deductWages);
    form->addRow(tr("Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *apply = buttons->button(QDialogButtonBox::Ok);
    apply->setText(tr("Dispose"));
    apply->setObjectName(QStringLiteral("applyButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DispositionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DispositionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_disposition, &QComboBox::currentIndexChanged, this,
            &DispositionDialog::updateApprover);
    updateApprover();
}

void DispositionDialog::updateApprover()
{
    const auto disposition = Disposition(m_disposition->currentData().toInt());
    const bool needed = dispositionNeedsApproval(disposition);
    m_approver->setEnabled(needed);
    m_approverHint->setText(
        needed
            ? tr("%1 needs the approval of an owner or planner.").arg(dispositionName(disposition))
            : QString());
    m_approverHint->setVisible(needed);
}

QString DispositionDialog::errorText() const
{
    return m_banner->text();
}

void DispositionDialog::accept()
{
    DispositionInput input;
    input.nonconformanceId = m_nc.id;
    input.disposition = Disposition(m_disposition->currentData().toInt());
    input.quantity = m_quantity->value();
    input.approverUserId =
        m_approver->isEnabled() ? m_approver->currentData().toString() : QString();
    input.deductWages = m_deductWages->isEnabled() && m_deductWages->isChecked();
    input.note = m_note->text();
    const Result<QString> disposed = m_service->dispose(input);
    if (!disposed) {
        m_banner->showMessage(disposed.error());
        return;
    }
    m_dispositionId = disposed.value();
    QDialog::accept();
}

} // namespace Taktline
