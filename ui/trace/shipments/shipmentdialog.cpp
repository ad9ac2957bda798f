#include "trace/shipments/shipmentdialog.h"

#include "common/fields/dateedit.h"
#include "common/messagebanner.h"
#include "common/lists/tableviews.h"
#include "domain/masterdata/masterrecord.h"
#include "scan/scannerinputfilter.h"
#include "services/planning/workorderservice.h"
#include "services/trace/shipmentservice.h"
#include "services/workspace.h"
#include "trace/quantityspinbox.h"
#include "trace/tracestyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Taktline {

namespace {

enum LineColumn {
    CodeColumn,
    OrderColumn,
    ProductColumn,
    SerialColumn,
    QuantityColumn,
    LineColumns
};

} // namespace

ShipmentDialog::ShipmentDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_customer(new QComboBox(this))
    , m_customerOrder(new QLineEdit(this))
    , m_date(new DateEdit(workspace->clock().today(), this))
    , m_note(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_quantity(new QuantitySpinBox(this))
    , m_add(new QPushButton(tr("Add line"), this))
    , m_remove(new QPushButton(tr("Remove line"), this))
    , m_table(new QTableWidget(0, LineColumns, this))
    , m_total(new QLabel(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("shipmentDialog"));
    setWindowTitle(tr("New shipment"));
    setMinimumSize(760, 600);
    // The theme's min-height would win over setMinimumHeight(): touch-sized fields here.
    setStyleSheet(
        QStringLiteral("#shipmentDialog > QLineEdit { min-height: %1px; }").arg(TraceTouchHeight - 12));

    m_customer->setObjectName(QStringLiteral("customerCombo"));
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    // The customers shipped to in the last year, to pick from; a new one is typed.
    QSet<QString> known;
    if (const Result<QList<ShipmentListRow>> recent = workspace->shipments()->shipments(
            workspace->clock().today().addYears(-1), workspace->clock().today().addYears(1))) {
        for (const ShipmentListRow &row : recent.value())
            known.insert(row.shipment.customer);
    }
    QStringList customers(known.cbegin(), known.cend());
    customers.sort();
    m_customer->addItems(customers);
    m_customer->setCurrentIndex(-1);
    m_customer->lineEdit()->setPlaceholderText(tr("Who receives the goods"));
    m_customerOrder->setObjectName(QStringLiteral("customerOrderEdit"));
    m_customerOrder->setPlaceholderText(tr("The customer's order or contract number"));
    m_date->setObjectName(QStringLiteral("shippedOnEdit"));
    m_date->setMaximumDate(workspace->clock().today()); // recorded when the goods leave
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Carrier, waybill, vehicle…"));

    m_code->setObjectName(QStringLiteral("lineCodeField"));
    m_code->setPlaceholderText(tr("Scan or type WO:…, a production lot or SN:…"));
    ScannerInputFilter::makeScanField(m_code); // no pinyin from a scanner
    m_quantity->setObjectName(QStringLiteral("lineQuantitySpin"));
    m_quantity->setValue(1);
    m_quantity->setToolTip(tr("How many pieces of the work order or lot; a serial is one piece"));
    m_add->setObjectName(QStringLiteral("addLineButton"));
    m_remove->setObjectName(QStringLiteral("removeLineButton"));
    m_table->setObjectName(QStringLiteral("linesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("WO No."), tr("Product"), tr("Serial No."), tr("Quantity")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the lines for the buttons
    m_table->verticalHeader()->hide();
    setRowHeight(m_table, TableRows::Touch);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_customer, m_customerOrder, m_date, m_note, m_code, m_quantity, m_add, m_remove})
        field->setMinimumHeight(TraceTouchHeight);

    auto *form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->addRow(tr("Customer *:"), m_customer);
    form->addRow(tr("Customer order:"), m_customerOrder);
    form->addRow(tr("Shipped on *:"), m_date);
    form->addRow(tr("Note:"), m_note);
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_code, 3);
    scanRow->addWidget(new QLabel(tr("Qty:"), this));
    scanRow->addWidget(m_quantity, 1);
    scanRow->addWidget(m_add);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_total, 1);
    tableRow->addWidget(m_remove);
    // Enter adds the scanned line; only the Ship button ships.
    QDialogButtonBox *buttons =
        touchDialogButtons(this, tr("Ship"), QStringLiteral("saveButton"), false);
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    connect(m_code, &QLineEdit::returnPressed, this, &ShipmentDialog::addLine);
    connect(m_add, &QPushButton::clicked, this, &ShipmentDialog::addLine);
    connect(m_remove, &QPushButton::clicked, this, &ShipmentDialog::removeSelectedLine);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addLayout(scanRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(tableRow);
    layout->addWidget(buttons);
    updateTotal();
    m_customer->setFocus();
}

void ShipmentDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // The scan field adds its line itself (returnPressed); Enter after a quantity does too.
        if (focusWidget() == m_quantity || m_quantity->isAncestorOf(focusWidget()))
            addLine();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

QString ShipmentDialog::errorText() const
{
    return m_banner->text();
}

bool ShipmentDialog::addLine()
{
    m_quantity->interpretText();
    const ShipmentRequestLine line{m_code->text().trimmed(), m_quantity->value()};
    // Checked together with the lines already in, so the stock of an order is counted once.
    const Result<QList<CheckedShipmentLine>> checked =
        m_workspace->shipments()->checkLines(QList<ShipmentRequestLine>(m_lines) << line);
    if (!checked) {
        m_banner->showMessage(checked.error());
        m_code->selectAll();
        m_code->setFocus();
        return false;
    }
    const CheckedShipmentLine &c = checked.value().constLast();
    m_lines.append({line.code, c.quantity});
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList texts = {
        c.code, c.order.number,
        QString(c.order.partNo + QLatin1Char(' ') + c.order.productName).trimmed(), c.serial,
        quantityText(c.quantity, 3)};
    for (int column = 0; column < texts.size(); ++column) {
        auto *item = new QTableWidgetItem(texts.at(column));
        if (column == QuantityColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    }
    if (m_lines.size() == 1)
        fillCustomerFrom(c.order.id);
    m_banner->showMessage(
        c.serial.isEmpty()
            ? tr("%1 of work order %2 added.").arg(quantityText(c.quantity, 3), c.order.number)
            : tr("Serial number %1 added.").arg(c.serial),
        MessageBanner::Kind::Success);
    m_code->clear();
    m_quantity->setValue(1);
    m_code->setFocus();
    updateTotal();
    return true;
}

void ShipmentDialog::fillCustomerFrom(const QString &workOrderId)
{
    // The first line's work order usually names the customer and their order.
    const Result<WorkOrder> order = m_workspace->workOrders()->find(workOrderId);
    if (!order)
        return;
    if (m_customer->currentText().trimmed().isEmpty())
        m_customer->setEditText(order.value().customer);
    if (m_customerOrder->text().trimmed().isEmpty())
        m_customerOrder->setText(order.value().salesOrder);
}

void ShipmentDialog::removeSelectedLine()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_lines.size())
        return;
    m_table->removeRow(row);
    m_lines.removeAt(row);
    updateTotal();
}

void ShipmentDialog::updateTotal()
{
    double quantity = 0;
    for (const ShipmentRequestLine &line : m_lines)
        quantity += line.quantity;
    m_total->setText(
        tr("%n line(s), %1 pieces", nullptr, int(m_lines.size())).arg(quantityText(quantity, 3)));
    m_remove->setEnabled(!m_lines.isEmpty());
}

ShipmentRequest ShipmentDialog::request() const
{
    return {m_customer->currentText(), m_customerOrder->text(), m_date->date(), m_note->text(),
            m_lines};
}

void ShipmentDialog::accept()
{
    const Result<QString> shipped = m_workspace->shipments()->createShipment(request());
    if (!shipped) {
        m_banner->showMessage(shipped.error());
        return;
    }
    m_shipmentNo = shipped.value();
    QDialog::accept();
}

} // namespace Taktline
