#include "quality/nonconformancedialog.h"

#include "barcode/barcodecodec.h"
#include "common/messagebanner.h"
#include "domain/masterdata/masterrecord.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/quality/nonconformanceservice.h"
#include "services/workspace.h"
#include "trace/quantityspinbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

NonconformanceDialog::NonconformanceDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_banner(new MessageBanner(this))
    , m_order(new QLineEdit(this))
    , m_step(new QComboBox(this))
    , m_lot(new QLineEdit(this))
    , m_serial(new QLineEdit(this))
    , m_quantity(new QuantitySpinBox(this))
    , m_reason(new QComboBox(this))
    , m_employee(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("nonconformanceDialog"));
    setWindowTitle(tr("New nonconformance"));
    setMinimumWidth(560);

    m_order->setObjectName(QStringLiteral("orderEdit"));
    m_order->setPlaceholderText(tr("WO No. or scan the traveller"));
    m_step->setObjectName(QStringLiteral("stepCombo"));
    m_step->addItem(tr("(the whole order)"), QString());
    m_lot->setObjectName(QStringLiteral("lotEdit"));
    m_lot->setPlaceholderText(tr("Material or production lot"));
    m_serial->setObjectName(QStringLiteral("serialEdit"));
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_quantity->setRange(0, 1e9);
    m_quantity->setValue(1);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    m_reason->addItem(tr("(none)"), QString());
    m_employee->setObjectName(QStringLiteral("employeeCombo"));
    m_employee->addItem(tr("(the operator who reported the step)"), QString());
    const MasterDataService *master = m_workspace->masterData();
    if (const auto reasons = master->list(MasterDataKind::DefectReason, false); reasons) {
        for (const MasterRecord &reason : reasons.value())
            m_reason->addItem(reason.text(QStringLiteral("code")) + QLatin1Char(' ') +
                                  reason.localizedName(),
                              reason.id);
    }
    if (const auto employees = master->list(MasterDataKind::Employee, false); employees) {
        for (const MasterRecord &employee : employees.value())
            m_employee->addItem(employee.text(QStringLiteral("badge")) + QLatin1Char(' ') +
                                    employee.text(QStringLiteral("name")),
                                employee.id);
    }
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true); // Tab moves on to the buttons, like every other field
    m_description->setFixedHeight(72);

    auto *form = new QFormLayout;
    form->addRow(tr("Work order:"), m_order);
    form->addRow(tr("Step:"), m_step);
    form->addRow(tr("Lot No.:"), m_lot);
    form->addRow(tr("Serial No.:"), m_serial);
    form->addRow(tr("Quantity:"), m_quantity);
    form->addRow(tr("Defect reason:"), m_reason);
    form->addRow(tr("Responsible:"), m_employee);
    form->addRow(tr("Description:"), m_description);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *open = buttons->button(QDialogButtonBox::Ok);
    open->setText(tr("Record"));
    open->setObjectName(QStringLiteral("openButton"));
    open->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NonconformanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NonconformanceDialog::reject);
    connect(m_order, &QLineEdit::editingFinished, this, &NonconformanceDialog::loadSteps);
    m_order->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void NonconformanceDialog::loadSteps()
{
    QString number = m_order->text().trimmed();
    int seq = 0;
    if (const Result<ScanResult> scan = BarcodeCodec::parse(number);
        scan &&
        (scan.value().kind == ScanKind::WorkOrder || scan.value().kind == ScanKind::Operation)) {
        number = scan.value().workOrderNumber;
        seq = scan.value().seq;
        m_order->setText(number);
    }
    m_step->clear();
    m_step->addItem(tr("(the whole order)"), QString());
    m_orderId.clear();
    if (number.isEmpty())
        return;
    const Result<QString> id = m_workspace->workOrders()->idForNumber(number);
    if (!id || id.value().isEmpty()) {
        m_banner->showMessage(id ? tr("No work order has the number %1.").arg(number) : id.error());
        return;
    }
    m_orderId = id.value();
    const Result<QList<WorkOrderOperation>> ops = m_workspace->workOrders()->operations(m_orderId);
    if (!ops) {
        m_banner->showMessage(ops.error());
        return;
    }
    for (const WorkOrderOperation &op : ops.value()) {
        m_step->addItem(QStringLiteral("%1 %2").arg(op.seq).arg(op.name), op.id);
        if (op.seq == seq)
            m_step->setCurrentIndex(m_step->count() - 1);
    }
}

bool NonconformanceDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A scanner ends the traveller with Enter: that loads the order's steps, it does not save.
    if (watched == m_order && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            loadSteps();
            m_quantity->setFocus();
            m_quantity->selectAll();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString NonconformanceDialog::errorText() const
{
    return m_banner->text();
}

void NonconformanceDialog::accept()
{
    if (m_orderId.isEmpty() && !m_order->text().trimmed().isEmpty())
        loadSteps();
    if (!m_order->text().trimmed().isEmpty() && m_orderId.isEmpty())
        return; // the banner says why
    NonconformanceInput input;
    input.workOrderId = m_orderId;
    input.operationId = m_step->currentData().toString();
    input.lotCode = m_lot->text().trimmed();
    input.serial = m_serial->text().trimmed();
    input.quantity = m_quantity->value();
    input.defectReasonId = m_reason->currentData().toString();
    input.employeeId = m_employee->currentData().toString();
    input.description = m_description->toPlainText();
    const Result<QString> opened = m_workspace->nonconformances()->open(input);
    if (!opened) {
        m_banner->showMessage(opened.error());
        return;
    }
    m_id = opened.value();
    QDialog::accept();
}

} // namespace Taktline
