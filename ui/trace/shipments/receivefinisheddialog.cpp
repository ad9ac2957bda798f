#include "trace/shipments/receivefinisheddialog.h"

#include "common/messagebanner.h"
#include "common/fields/scaninputguard.h"
#include "services/masterdata/masterdataservice.h"
#include "services/trace/shipmentservice.h"
#include "services/workspace.h"
#include "trace/quantityspinbox.h"
#include "trace/tracestyle.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

ReceiveFinishedDialog::ReceiveFinishedDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_order(new QComboBox(this))
    , m_output(new QLabel(this))
    , m_quantity(new QuantitySpinBox(this))
    , m_location(new QLineEdit(this))
    , m_employee(new QComboBox(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("receiveFinishedDialog"));
    setWindowTitle(tr("Receive finished goods"));
    setMinimumWidth(620);
    // The theme's min-height would win over setMinimumHeight(): touch-sized fields here.
    setStyleSheet(QStringLiteral("#receiveFinishedDialog > QLineEdit { min-height: %1px; }")
                      .arg(TraceTouchHeight - 12));

    m_order->setObjectName(QStringLiteral("orderCombo"));
    m_order->setEditable(true); // type part of a number, lot or product to find the order
    m_order->setInsertPolicy(QComboBox::NoInsert);
    m_order->completer()->setFilterMode(Qt::MatchContains);
    m_order->completer()->setCompletionMode(QCompleter::PopupCompletion);
    if (const Result<QList<ReceivableOrderRow>> orders = workspace->shipments()->receivableOrders())
        m_orders = orders.value();
    else
        m_banner->showMessage(orders.error());
    for (const ReceivableOrderRow &row : m_orders) {
        QString text = row.order.number + QStringLiteral("  ") + row.order.partNo +
                       QLatin1Char(' ') + row.order.productName;
        if (!row.order.lotNo.isEmpty())
            text += QStringLiteral("  ") + tr("lot %1").arg(row.order.lotNo);
        m_order->addItem(text, row.order.id);
    }
    if (m_orders.isEmpty() && m_banner->text().isEmpty())
        m_banner->showMessage(tr("No work order has finished output waiting to be received."),
                              MessageBanner::Kind::Info);
    m_output->setObjectName(QStringLiteral("outputNote"));
    m_output->setWordWrap(true);
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    ScanInputGuard::protect(m_location); // a location code, often scanned (LOC:…)
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setPlaceholderText(tr("Where the pieces are put, e.g. 成品库 A-01"));
    m_employee->setObjectName(QStringLiteral("employeeCombo"));
    m_employee->addItem(tr("(not recorded)"), QString());
    if (const Result<QList<MasterRecord>> employees =
            workspace->masterData()->list(MasterDataKind::Employee, false)) {
        for (const MasterRecord &e : employees.value())
            m_employee->addItem(e.text(QStringLiteral("badge")) + QStringLiteral("  ") +
                                    e.text(QStringLiteral("name")),
                                e.id);
    }
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_order, m_quantity, m_location, m_employee})
        field->setMinimumHeight(TraceTouchHeight);

    auto *form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->addRow(tr("Work order *:"), m_order);
    form->addRow(QString(), m_output);
    form->addRow(tr("Quantity *:"), m_quantity);
    form->addRow(tr("Location:"), m_location);
    form->addRow(tr("Received by:"), m_employee);
    QDialogButtonBox *buttons = touchDialogButtons(this, tr("Receive"), QStringLiteral("saveButton"));
    connect(m_order, &QComboBox::currentIndexChanged, this, &ReceiveFinishedDialog::showOrder);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    showOrder();
    m_order->setFocus();
}

int ReceiveFinishedDialog::orderIndex() const
{
    // An order typed but not chosen from the list is no order: the service says so.
    const int index = m_order->currentIndex();
    return index >= 0 && index < m_orders.size() &&
                   m_order->currentText() == m_order->itemText(index)
               ? index
               : -1;
}

bool ReceiveFinishedDialog::selectOrder(const QString &number)
{
    for (int i = 0; i < m_orders.size(); ++i) {
        if (m_orders.at(i).order.number == number) {
            m_order->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void ReceiveFinishedDialog::showOrder()
{
    const int index = orderIndex();
    if (index < 0) {
        m_output->clear();
        return;
    }
    const ReceivableOrderRow &row = m_orders.at(index);
    m_output->setText(tr("Last step %1 %2: %3 good, %4 received, %5 left to receive")
                          .arg(row.lastStep.seq)
                          .arg(row.lastStep.name, quantityText(row.lastStep.good, 3),
                               quantityText(row.received, 3), quantityText(row.receivable(), 3)));
    m_quantity->setValue(row.receivable());
}

QString ReceiveFinishedDialog::errorText() const
{
    return m_banner->text();
}

QString ReceiveFinishedDialog::summary() const
{
    return m_summary;
}

void ReceiveFinishedDialog::accept()
{
    m_quantity->interpretText(); // a number still being typed counts
    const int index = orderIndex();
    const QString orderId = index >= 0 ? m_orders.at(index).order.id : QString();
    const Result<QString> received = m_workspace->shipments()->receiveFinished(
        orderId, m_quantity->value(), m_location->text(), m_employee->currentData().toString());
    if (!received) {
        m_banner->showMessage(received.error());
        return;
    }
    m_summary = tr("%1 of work order %2 received into finished goods.")
                    .arg(quantityText(m_quantity->value(), 3), m_orders.at(index).order.number);
    QDialog::accept();
}

} // namespace Taktline
