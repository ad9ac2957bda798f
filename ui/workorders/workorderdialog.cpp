#include "workorders/workorderdialog.h"

#include "common/fields/dateedit.h"
#include "common/messagebanner.h"
#include "common/fields/scaninputguard.h"
#include "item/planning/workordercommands.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/scheduleservice.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"
#include "common/theme.h"
#include "workorders/promisedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <limits>

namespace Taktline {

namespace {

// How long typing may pause before the promise is worked out again.
constexpr int PromiseDelayMs = 350;

} // namespace

WorkOrderDialog::WorkOrderDialog(Workspace *workspace, const WorkOrder &order, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_order(order)
    , m_product(new QComboBox(this))
    , m_quantity(new QLineEdit(this))
    , m_due(new DateEdit(this))
    , m_customer(new QLineEdit(order.customer, this))
    , m_salesOrder(new QLineEdit(order.salesOrder, this))
    , m_priority(new QComboBox(this))
    , m_lot(new QLineEdit(order.lotNo, this))
    , m_notes(new QPlainTextEdit(order.notes, this))
    , m_banner(new MessageBanner(this))
{
    const bool isNew = order.id.isEmpty();
    setObjectName(QStringLiteral("workOrderDialog"));
    setWindowTitle(isNew ? tr("New work order") : tr("Edit work order %1").arg(order.number));
    setMinimumWidth(480);
    m_product->setObjectName(QStringLiteral("productCombo"));
    m_quantity->setObjectName(QStringLiteral("quantityEdit"));
    m_due->setObjectName(QStringLiteral("dueDateEdit"));
    m_customer->setObjectName(QStringLiteral("customerEdit"));
    m_salesOrder->setObjectName(QStringLiteral("salesOrderEdit"));
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    const Result<QList<MasterRecord>> products = workspace->masterData()->list(MasterDataKind::Product, false);
    if (products) {
        for (const MasterRecord &p : products.value())
            m_product->addItem(p.text(QStringLiteral("part_no")) + QStringLiteral("  ") + p.localizedName(), p.id);
    }
    m_product->setEditable(true); // type a part number to find it
    m_product->setInsertPolicy(QComboBox::NoInsert);
    if (!isNew)
        m_product->setCurrentIndex(m_product->findData(order.productId));
    m_quantity->setText(isNew ? QString() : QLocale().toString(order.quantity, 'g', 12));
    m_quantity->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    ScanInputGuard::protect(m_quantity);
    ScanInputGuard::protect(m_lot); // a lot number, often scanned
    m_due->setDate(order.dueDate.isValid() ? order.dueDate
                                           : workspace->clock().today().addDays(14));
    m_priority->addItem(priorityDisplayName(WorkOrderPriority::Normal), priorityKey(WorkOrderPriority::Normal));
    m_priority->addItem(priorityDisplayName(WorkOrderPriority::Urgent), priorityKey(WorkOrderPriority::Urgent));
    m_priority->setCurrentIndex(order.priority == WorkOrderPriority::Urgent ? 1 : 0);
    m_notes->setMaximumHeight(80);
    m_notes->setTabChangesFocus(true); // Tab moves on to the buttons, like every other field

    auto *form = new QFormLayout;
    form->addRow(tr("Product *:"), m_product);
    form->addRow(tr("Planned qty *:"), m_quantity);
    form->addRow(tr("Due date *:"), m_due);
    form->addRow(tr("Customer:"), m_customer);
    form->addRow(tr("Sales order:"), m_salesOrder);
    form->addRow(tr("Priority:"), m_priority);
    form->addRow(tr("Lot No.:"), m_lot);
    form->addRow(tr("Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkOrderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WorkOrderDialog::reject);
    connect(m_due, &DateEdit::dateChanged, this, [this] {
        m_warned = false;
        m_save->setText(QDialogButtonBox::tr("Save"));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    if (isNew)
        layout->addWidget(promiseBox());
    layout->addWidget(buttons);
    if (isNew)
        refreshPromise();
}

QWidget *WorkOrderDialog::promiseBox()
{
    auto *box = new QFrame(this);
    box->setObjectName(QStringLiteral("promiseBox"));
    box->setStyleSheet(themed(u"#promiseBox { background: @infoFill; border: 1px solid @infoBorder; "
                              u"border-radius: 4px; }"));
    m_promise = new QLabel(box);
    m_promise->setObjectName(QStringLiteral("promiseLine"));
    m_promise->setWordWrap(true);
    m_promise->setTextFormat(Qt::PlainText);
    m_promiseDetails = new QPushButton(tr("Details…"), box);
    m_promiseDetails->setObjectName(QStringLiteral("promiseDetailsButton"));
    m_promiseDetails->setAutoDefault(false);
    m_promiseDetails->setEnabled(false);
    m_promiseTimer = new QTimer(this);
    m_promiseTimer->setSingleShot(true);
    m_promiseTimer->setInterval(PromiseDelayMs);
    connect(m_promiseTimer, &QTimer::timeout, this, &WorkOrderDialog::refreshPromise);
    const auto later = [this] { m_promiseTimer->start(); };
    connect(m_product, &QComboBox::currentIndexChanged, this, later);
    connect(m_quantity, &QLineEdit::textChanged, this, later);
    connect(m_due, &DateEdit::dateChanged, this, later);
    connect(m_promiseDetails, &QPushButton::clicked, this, &WorkOrderDialog::showPromiseDetails);
    auto *title = new QLabel(tr("Earliest delivery:"), box);
    title->setStyleSheet(QStringLiteral("font-weight: 600; background: transparent;"));
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(10, 6, 6, 6);
    row->addWidget(title);
    row->addWidget(m_promise, 1);
    row->addWidget(m_promiseDetails);
    return box;
}

QString WorkOrderDialog::promiseText() const
{
    return m_promise ? m_promise->text() : QString();
}

void WorkOrderDialog::refreshPromise()
{
    if (!m_promise)
        return;
    m_promiseTimer->stop();
    m_lastPromise.reset();
    m_promiseDetails->setEnabled(false);
    m_promise->setToolTip(QString());
    const QString productId = m_product->currentData().toString();
    const QString quantityText = m_quantity->text().trimmed();
    if (productId.isEmpty() || quantityText.isEmpty()) {
        m_promise->setText(tr("Choose the product and the quantity to see when it could ship."));
        m_promise->setStyleSheet(themed(u"color: @muted; background: transparent;"));
        return;
    }
    bool ok = false;
    double quantity = QLocale().toDouble(quantityText, &ok);
    if (!ok)
        quantity = QLocale::c().toDouble(quantityText, &ok);
    const QDate today = m_workspace->clock().today();
    const QDate due = m_due->date();
    const Result<Promise> answer = m_workspace->promises()->promise(
        {productId, ok ? quantity : std::numeric_limits<double>::quiet_NaN(),
         due.isValid() && due >= today ? due : QDate()});
    if (!answer) {
        m_promise->setText(answer.error());
        m_promise->setStyleSheet(themed(u"color: @amberText; background: transparent;"));
        return;
    }
    m_lastPromise = answer.value();
    m_promise->setText(PromiseService::summary(answer.value()));
    // Red: it would ship late; amber: on time if the missing material arrives; green: on time.
    m_promise->setStyleSheet(
        !answer.value().onTime             ? themed(u"color: @red; font-weight: 600; background: transparent;")
        : answer.value().materialShort()   ? themed(u"color: @urgentText; font-weight: 600; background: transparent;")
                                           : themed(u"color: @goodText; font-weight: 600; background: transparent;"));
    if (answer.value().onTime && answer.value().materialShort())
        m_promise->setToolTip(tr("On time only if the missing material arrives in time."));
    if (!answer.value().onTime)
        m_promise->setToolTip(answer.value().onTimeAsRush
                                  ? tr("Taken normally it ships after the due date; as a rush order it would be on time.")
                                  : tr("It ships after the due date, even as a rush order."));
    m_promiseDetails->setEnabled(true);
}

void WorkOrderDialog::showPromiseDetails()
{
    if (!m_lastPromise)
        return;
    PromiseDialog details(*m_lastPromise, m_workspace->schedule()->calendar().timeZone(), true, this);
    if (details.exec() == QDialog::Accepted && details.rushChosen())
        m_priority->setCurrentIndex(m_priority->findData(priorityKey(WorkOrderPriority::Urgent)));
}

QString WorkOrderDialog::errorText() const
{
    return m_banner->text();
}

WorkOrder WorkOrderDialog::edited() const
{
    WorkOrder order = m_order;
    order.productId = m_product->currentData().toString();
    bool ok = false;
    order.quantity = QLocale().toDouble(m_quantity->text().trimmed(), &ok);
    if (!ok)
        order.quantity = QLocale::c().toDouble(m_quantity->text().trimmed(), &ok);
    if (!ok)
        order.quantity = 0; // the service says "must be greater than zero"
    order.dueDate = m_due->date();
    order.customer = m_customer->text();
    order.salesOrder = m_salesOrder->text();
    order.priority = priorityFromKey(m_priority->currentData().toString());
    order.lotNo = m_lot->text();
    order.notes = m_notes->toPlainText();
    return order;
}

void WorkOrderDialog::accept()
{
    const WorkOrder order = edited();
    // Only a due date the user just chose needs confirming; an old order is simply late.
    const bool dueChosen = order.id.isEmpty() || order.dueDate != m_order.dueDate;
    const QStringList warnings = dueChosen ? m_workspace->workOrders()->warnings(order) : QStringList();
    if (!warnings.isEmpty() && !m_warned) {
        m_banner->showMessage(warnings.join(QLatin1Char('\n')) + QLatin1Char(' ')
                                  + tr("Press “Save anyway” to keep it."),
                              MessageBanner::Kind::Info);
        m_save->setText(tr("Save anyway"));
        m_warned = true;
        return;
    }
    if (order.id.isEmpty()) {
        const Result<QString> id = m_workspace->workOrders()->create(order);
        if (!id) {
            m_banner->showMessage(id.error());
            return;
        }
        m_savedId = id.value();
    } else {
        if (Outcome saved = m_workspace->workOrders()->update(order); !saved) {
            m_banner->showMessage(saved.error());
            return;
        }
        m_savedId = order.id;
        m_workspace->undoStack()->push(
            new EditWorkOrderCommand(m_workspace->workOrders(), m_workspace->undoFeedback(), m_order, order));
    }
    QDialog::accept();
}

} // namespace Taktline
