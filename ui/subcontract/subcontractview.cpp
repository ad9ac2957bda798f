#include "subcontract/subcontractview.h"

#include "common/files/savefiledialog.h"
#include "common/lists/emptystate.h"
#include "common/lists/tableviews.h"
#include "common/messagebanner.h"
#include "domain/clock.h"
#include "domain/masterdata/masterrecord.h"
#include "io/subcontractnote.h"
#include "item/subcontract/subcontractordersmodel.h"
#include "item/subcontract/subcontractscan.h"
#include "scan/scannerinputfilter.h"
#include "services/masterdata/settingsservice.h"
#include "services/workspace.h"
#include "subcontract/subcontractreceivedialog.h"
#include "subcontract/subcontractsenddialog.h"
#include "subcontract/subcontractstyle.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Taktline {

namespace {

// One filter for the whole application (the station and traceability pages share it): a second
// one would see every key twice.
ScannerInputFilter *applicationScanner()
{
    if (auto *existing =
            qApp->findChild<ScannerInputFilter *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *filter = new ScannerInputFilter(qApp);
    qApp->installEventFilter(filter);
    return filter;
}

using Filter = SubcontractService::Filter;

} // namespace

SubcontractView::SubcontractView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_filter(applicationScanner())
    , m_model(new SubcontractOrdersModel(this))
    , m_filters(new QButtonGroup(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("subcontractView"));
    setStyleSheet(subcontractStyleSheet());
    QWidget *toolBar = createToolBar();
    m_table = makeListView(m_model, QStringLiteral("subcontractTable"), this);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // a note lists several
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->resizeColumnsToContents();
    fitColumnsToHeaders(m_table);
    EmptyState::install(m_table, [this] {
        return filter() == Filter::All
            ? tr("Nothing was sent to a supplier yet. Scan a subcontracted step's OP: code from "
                 "its traveller to send a batch.")
            : tr("No subcontract order in this list.");
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);

    connect(m_filters, &QButtonGroup::idClicked, this, [this] { reload(); });
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        const QString code = ScannerInputFilter::stripNoise(m_scan->text()).trimmed();
        m_scan->clear();
        if (!code.isEmpty())
            handleScan(code);
    });
    connect(m_filter, &ScannerInputFilter::scanned, this, [this](const QString &code) {
        // Every page that uses the one filter hears its scans; only the shown page takes them.
        if (isVisible() && m_filter->scanTarget() == this)
            handleScan(code);
    });
    connect(m_send, &QPushButton::clicked, this, &SubcontractView::sendSelected);
    connect(m_receive, &QPushButton::clicked, this, &SubcontractView::receiveSelected);
    connect(m_note, &QPushButton::clicked, this, &SubcontractView::saveDeliveryNote);
    connect(m_table, &QTableView::doubleClicked, this, &SubcontractView::receiveSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SubcontractView::updateButtons);
    connect(workspace->subcontracts(), &SubcontractService::subcontractChanged, this,
            &SubcontractView::reload);
    reload();
}

SubcontractView::~SubcontractView()
{
    if (m_filter && m_filter->scanTarget() == this)
        m_filter->setScanTarget(nullptr);
}

QWidget *SubcontractView::createToolBar()
{
    auto *bar = new QWidget(this);
    auto *chips = new QHBoxLayout;
    chips->setSpacing(0);
    const QList<std::pair<Filter, const char *>> filters{{Filter::Open, "filterOpen"},
                                                         {Filter::Late, "filterLate"},
                                                         {Filter::Short, "filterShort"},
                                                         {Filter::All, "filterAll"}};
    for (const auto &[filter, name] : filters) {
        auto *button = new QPushButton(bar);
        button->setObjectName(QString::fromLatin1(name));
        button->setProperty("segment", true);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        m_filters->addButton(button, int(filter));
        chips->addWidget(button);
    }
    m_filters->button(int(Filter::Open))->setChecked(true);
    m_filters->button(int(Filter::Late))->setToolTip(tr("Due back before today and still open"));
    m_filters->button(int(Filter::Short))
        ->setToolTip(tr("Something came back, the rest is still awaited"));

    m_scan = new QLineEdit(bar);
    m_scan->setObjectName(QStringLiteral("subcontractScanField"));
    m_scan->setPlaceholderText(tr("Scan OP:… or WO:… to send or receive"));
    m_scan->setClearButtonEnabled(true);
    ScannerInputFilter::makeScanField(m_scan); // no pinyin from a scanner
    m_send = new QPushButton(tr("Send…"), bar);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send another batch of the chosen order's step"));
    m_receive = new QPushButton(tr("Receive…"), bar);
    m_receive->setObjectName(QStringLiteral("receiveButton"));
    m_receive->setProperty("primary", true);
    m_note = new QPushButton(tr("Delivery note (PDF)…"), bar);
    m_note->setObjectName(QStringLiteral("deliveryNoteButton"));
    m_note->setToolTip(tr("The delivery note of the chosen orders of one supplier, with a QR code "
                          "per line for receiving"));

    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    row->addLayout(chips);
    row->addSpacing(8);
    row->addWidget(m_scan, 1);
    row->addWidget(m_send);
    row->addWidget(m_receive);
    row->addWidget(m_note);
    return bar;
}

SubcontractService::Filter SubcontractView::filter() const
{
    return Filter(m_filters->checkedId());
}

void SubcontractView::setFilter(SubcontractService::Filter filter)
{
    m_filters->button(int(filter))->setChecked(true);
    reload();
}

QString SubcontractView::bannerText() const
{
    return m_banner->text();
}

void SubcontractView::reload()
{
    const QList<SubcontractOrder> before = selectedOrders();
    const Result<QList<SubcontractOrder>> orders = m_workspace->subcontracts()->orders(filter());
    if (!orders)
        m_banner->showMessage(orders.error());
    m_model->setOrders(orders ? orders.value() : QList<SubcontractOrder>(),
                       m_workspace->clock().today());
    for (const SubcontractOrder &order : before)
        select(order.id);
    if (m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        fitColumnsToHeaders(m_table);
    }
    updateCounts();
    updateButtons();
    if (auto *empty = EmptyState::of(m_table))
        empty->refresh();
}

void SubcontractView::updateCounts()
{
    const QList<std::pair<Filter, QString>> names{{Filter::Open, tr("Open")},
                                                  {Filter::Late, tr("Late")},
                                                  {Filter::Short, tr("Short")},
                                                  {Filter::All, tr("All")}};
    for (const auto &[filter, name] : names) {
        const Result<QList<SubcontractOrder>> orders = m_workspace->subcontracts()->orders(filter);
        m_filters->button(int(filter))
            ->setText(orders ? QStringLiteral("%1 (%2)").arg(name).arg(orders.value().size())
                             : name);
    }
}

void SubcontractView::updateButtons()
{
    const QList<SubcontractOrder> chosen = selectedOrders();
    m_receive->setEnabled(chosen.size() == 1 && chosen.first().isOpen());
    m_send->setEnabled(chosen.size() == 1);
    m_note->setEnabled(!chosen.isEmpty());
}

QList<SubcontractOrder> SubcontractView::selectedOrders() const
{
    QList<SubcontractOrder> chosen;
    if (!m_table)
        return chosen;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const SubcontractOrder *order = m_model->orderAt(index.row()))
            chosen.append(*order);
    }
    return chosen;
}

void SubcontractView::select(const QString &orderId)
{
    const int row = m_model->rowOf(orderId);
    if (row >= 0)
        m_table->selectionModel()->select(m_model->index(row, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void SubcontractView::handleScan(const QString &code)
{
    const Result<SubcontractScan> step = SubcontractScan::forScan(*m_workspace, code);
    if (!step) {
        m_banner->showMessage(step.error());
        return;
    }
    if (step.value().action == SubcontractScan::Action::Receive)
        openReceive(step.value().orderId);
    else
        openSend(step.value());
}

void SubcontractView::openSend(const SubcontractScan &step)
{
    SubcontractSendDialog dialog(m_workspace, step, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<SubcontractOrder> sent = m_workspace->subcontracts()->order(dialog.orderId());
    reload();
    m_table->clearSelection();
    select(dialog.orderId());
    if (sent)
        m_banner->showMessage(tr("%1 sent to %2 as %3. Print its delivery note to go with it.")
                                  .arg(step.stepLabel(), step.supplier, sent.value().number),
                              MessageBanner::Kind::Success);
}

void SubcontractView::openReceive(const QString &orderId)
{
    const Result<SubcontractOrder> order = m_workspace->subcontracts()->order(orderId);
    if (!order) {
        m_banner->showMessage(order.error());
        return;
    }
    SubcontractReceiveDialog dialog(m_workspace, order.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    const Result<SubcontractOrder> after = m_workspace->subcontracts()->order(orderId);
    if (!after)
        return;
    m_table->clearSelection();
    select(orderId);
    m_banner->showMessage(
        after.value().isOpen()
            ? tr("Received on %1: %2 still awaited from %3.")
                  .arg(after.value().number, quantityText(after.value().open()),
                       after.value().supplierName)
            : tr("Received on %1: the order is closed.").arg(after.value().number),
        MessageBanner::Kind::Success);
}

void SubcontractView::sendSelected()
{
    const QList<SubcontractOrder> chosen = selectedOrders();
    if (chosen.size() != 1) {
        m_banner->showMessage(tr("Scan the step's OP: code from its traveller, or choose an "
                                 "order of the step to send another batch."),
                              MessageBanner::Kind::Info);
        m_scan->setFocus();
        return;
    }
    const Result<SubcontractScan> step = SubcontractScan::toSend(
        *m_workspace, chosen.first().workOrderId, chosen.first().operationId);
    if (!step)
        m_banner->showMessage(step.error());
    else if (step.value().sendable <= 1e-9)
        m_banner->showMessage(tr("%1 has no pieces to send now.").arg(step.value().stepLabel()));
    else
        openSend(step.value());
}

void SubcontractView::receiveSelected()
{
    const QList<SubcontractOrder> chosen = selectedOrders();
    if (chosen.size() == 1 && chosen.first().isOpen())
        openReceive(chosen.first().id);
}

void SubcontractView::saveDeliveryNote()
{
    SubcontractNote note(selectedOrders());
    note.setFactoryName(m_workspace->settings()->factoryName());
    if (Outcome ready = note.check(); !ready) {
        m_banner->showMessage(ready.error());
        return;
    }
    const QString path = SaveFileDialog::ask(this, tr("Save delivery note as PDF"), note.number(),
                                             {SaveFileDialog::Kind::Pdf});
    if (path.isEmpty())
        return;
    if (Outcome saved = note.writePdf(path); !saved)
        m_banner->showMessage(saved.error());
    else
        m_banner->showMessage(
            tr("Delivery note saved to %1.").arg(QDir::toNativeSeparators(path)),
            MessageBanner::Kind::Success);
}

void SubcontractView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_filter->setScanTarget(this);
    reload();
}

void SubcontractView::hideEvent(QHideEvent *event)
{
    if (m_filter->scanTarget() == this)
        m_filter->setScanTarget(nullptr);
    QWidget::hideEvent(event);
}

} // namespace Taktline
