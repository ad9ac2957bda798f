#include "trace/lots/receivelotdialog.h"

#include "common/fields/dateedit.h"
#include "common/messagebanner.h"
#include "common/fields/scaninputguard.h"
#include "trace/tracestyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

namespace {

// Above what TraceService accepts, so a mistyped huge number is refused in words, not ignored.
constexpr double QuantityLimit = 1e10;

} // namespace

ReceiveLotDialog::ReceiveLotDialog(const QList<MasterRecord> &materials,
                                   const QStringList &suppliers, const QDate &today,
                                   ReceiveFunction receive, QWidget *parent)
    : QDialog(parent)
    , m_receive(std::move(receive))
    , m_materials(materials)
    , m_material(new QComboBox(this))
    , m_supplier(new QLineEdit(this))
    , m_supplierLot(new QLineEdit(this))
    , m_quantity(new QDoubleSpinBox(this))
    , m_receivedOn(new DateEdit(today, this))
    , m_expires(new QCheckBox(tr("Expires on"), this))
    , m_expiry(new DateEdit(today.addMonths(6), this))
    , m_lotNo(new QLineEdit(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("receiveLotDialog"));
    setWindowTitle(tr("Receive material"));
    setMinimumWidth(520);

    m_material->setObjectName(QStringLiteral("materialCombo"));
    m_material->setEditable(true); // type part of a part number or name to find it
    m_material->setInsertPolicy(QComboBox::NoInsert);
    for (const MasterRecord &material : materials) {
        m_material->addItem(material.text(QStringLiteral("part_no")) + QLatin1Char(' ') +
                                material.localizedName(),
                            material.id);
    }
    m_material->completer()->setFilterMode(Qt::MatchContains);
    m_material->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_material->setCurrentIndex(-1);
    m_supplier->setObjectName(QStringLiteral("supplierEdit"));
    m_supplier->setCompleter(new QCompleter(suppliers, m_supplier));
    m_supplierLot->setObjectName(QStringLiteral("supplierLotEdit"));
    m_supplierLot->setPlaceholderText(tr("The lot number on the supplier's label"));
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_quantity->setRange(0, QuantityLimit);
    m_quantity->setDecimals(3);
    m_quantity->setGroupSeparatorShown(false);
    m_quantity->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_receivedOn->setObjectName(QStringLiteral("receivedDateEdit"));
    m_expires->setObjectName(QStringLiteral("expiryCheck"));
    m_expiry->setObjectName(QStringLiteral("expiryDateEdit"));
    m_expiry->setEnabled(false);
    m_lotNo->setObjectName(QStringLiteral("lotNoEdit"));
    m_lotNo->setPlaceholderText(tr("Empty: the next number is given"));
    for (QWidget *code : std::initializer_list<QWidget *>{m_supplierLot, m_quantity, m_lotNo})
        ScanInputGuard::protect(code); // numbers, often scanned from a label
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_material, m_supplier, m_supplierLot, m_quantity, m_receivedOn, m_expiry, m_lotNo})
        field->setMinimumHeight(TraceTouchHeight);

    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiry, 1);
    auto *form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->addRow(tr("Material *:"), m_material);
    form->addRow(tr("Quantity *:"), m_quantity);
    form->addRow(tr("Supplier:"), m_supplier);
    form->addRow(tr("Supplier lot:"), m_supplierLot);
    form->addRow(tr("Received on *:"), m_receivedOn);
    form->addRow(tr("Expiry:"), expiryRow);
    form->addRow(tr("Lot No.:"), m_lotNo);
    QDialogButtonBox *buttons = touchDialogButtons(this, tr("Receive"), QStringLiteral("saveButton"));
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    connect(m_material, &QComboBox::currentIndexChanged, this, &ReceiveLotDialog::showUnit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // In the order of the form, not the order the fields were made in.
    QWidget *previous = m_material;
    for (QWidget *next : std::initializer_list<QWidget *>{
             m_quantity, m_supplier, m_supplierLot, m_receivedOn, m_expires, m_expiry, m_lotNo}) {
        setTabOrder(previous, next);
        previous = next;
    }
    showUnit();
    m_material->setFocus();
}

void ReceiveLotDialog::showUnit()
{
    const int index = m_material->currentIndex();
    const QString unit = index >= 0 && index < m_materials.size()
                             ? m_materials.at(index).text(QStringLiteral("unit"))
                             : QString();
    m_quantity->setSuffix(unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
}

LotReceipt ReceiveLotDialog::receipt() const
{
    LotReceipt receipt;
    // A material typed but not chosen from the list is no material: the service says so.
    const int index = m_material->currentIndex();
    if (index >= 0 && m_material->currentText() == m_material->itemText(index))
        receipt.productId = m_material->itemData(index).toString();
    receipt.supplier = m_supplier->text().trimmed();
    receipt.supplierLot = m_supplierLot->text().trimmed();
    receipt.quantity = m_quantity->value();
    receipt.receivedOn = m_receivedOn->date();
    if (m_expires->isChecked())
        receipt.expiry = m_expiry->date();
    receipt.lotNo = m_lotNo->text().trimmed();
    return receipt;
}

QString ReceiveLotDialog::errorText() const
{
    return m_banner->text();
}

void ReceiveLotDialog::accept()
{
    m_quantity->interpretText(); // a number still being typed counts
    const Result<QString> received = m_receive(receipt());
    if (!received) {
        m_banner->showMessage(received.error());
        return;
    }
    m_received = received.value();
    QDialog::accept();
}

} // namespace Taktline
