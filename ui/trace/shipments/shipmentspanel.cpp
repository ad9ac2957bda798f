#include "trace/shipments/shipmentspanel.h"

#include "common/fields/dateedit.h"
#include "common/lists/emptystate.h"
#include "common/lists/listexport.h"
#include "common/messagebanner.h"
#include "common/lists/tableviews.h"
#include "domain/masterdata/masterrecord.h"
#include "services/access/accesscontrol.h"
#include "services/trace/shipmentservice.h"
#include "services/workspace.h"
#include "trace/shipments/receivefinisheddialog.h"
#include "trace/shipments/shipmentdialog.h"
#include "trace/tracestyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Taktline {

namespace {

constexpr int ShipmentNoRole = Qt::UserRole + 1;

QStandardItem *cell(const QString &text, const QVariant &sortValue = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    if (sortValue.isValid()) {
        item->setData(sortValue, Qt::UserRole);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

QTableView *tableView(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    QTableView *view = makeListView(model, name, parent, TableRows::Touch);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

ShipmentsPanel::ShipmentsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(new MessageBanner(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_linesTitle(new QLabel(this))
    , m_linesModel(new QStandardItemModel(0, 5, this))
{
    setObjectName(QStringLiteral("shipmentsPanel"));
    m_model->setHorizontalHeaderLabels({tr("Shipment No."), tr("Shipped on"), tr("Customer"),
                                        tr("Customer order"), tr("Lines"), tr("Quantity")});
    m_linesModel->setHorizontalHeaderLabels(
        {tr("WO No."), tr("Lot No."), tr("Product"), tr("Serial No."), tr("Quantity")});
    m_view = tableView(m_model, QStringLiteral("shipmentsView"), this);
    EmptyState::install(m_view, tr("No shipments in these days. New shipment… records one from "
                                   "the finished goods received."));
    m_view->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_lines = tableView(m_linesModel, QStringLiteral("shipmentLinesView"), this);
    m_lines->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch); // the product
    m_lines->horizontalHeader()->setStretchLastSection(false);
    m_linesTitle->setObjectName(QStringLiteral("shipmentLinesTitle"));
    m_linesTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));

    auto *linesBox = new QWidget(this);
    auto *linesLayout = new QVBoxLayout(linesBox);
    linesLayout->setContentsMargins(0, 6, 0, 0);
    linesLayout->addWidget(m_linesTitle);
    linesLayout->addWidget(m_lines, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(linesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(createToolbar());
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ShipmentsPanel::showLines);
    connect(m_view, &QTableView::doubleClicked, m_trace, &QPushButton::click);
    ShipmentService *shipments = m_workspace->shipments();
    connect(shipments, &ShipmentService::shipmentCreated, this, &ShipmentsPanel::reload);
    connect(m_workspace->access(), &AccessControl::sessionChanged, this,
            &ShipmentsPanel::updateActions);
    const QDate today = m_workspace->clock().today();
    setPeriod(today.addDays(-30), today);
}

QWidget *ShipmentsPanel::createToolbar()
{
    auto *bar = new QWidget(this);
    m_from = new DateEdit(bar);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to = new DateEdit(bar);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    for (DateEdit *date : {m_from, m_to}) {
        date->setMinimumHeight(TraceTouchHeight);
        connect(date, &DateEdit::dateChanged, this, &ShipmentsPanel::reload);
    }
    m_receive = new QPushButton(tr("Receive finished goods…"), bar);
    m_receive->setObjectName(QStringLiteral("receiveFinishedButton"));
    m_ship = new QPushButton(tr("New shipment…"), bar);
    m_ship->setObjectName(QStringLiteral("newShipmentButton"));
    m_ship->setProperty("primary", true);
    m_trace = new QPushButton(tr("Trace"), bar);
    m_trace->setObjectName(QStringLiteral("traceShipmentButton"));
    m_trace->setToolTip(tr("Trace the shipment back to its work orders, serials and lots"));
    for (QPushButton *button : {m_receive, m_ship, m_trace})
        button->setMinimumHeight(TraceTouchHeight);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(new QLabel(tr("Shipped from:"), bar));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to:"), bar));
    layout->addWidget(m_to);
    layout->addStretch(1);
    layout->addWidget(m_trace);
    layout->addWidget(m_receive);
    layout->addWidget(m_ship);
    auto *exporter = new ListExport(
        m_view, [] { return tr("Shipments"); }, m_banner);
    exporter->button()->setMinimumHeight(TraceTouchHeight);
    layout->addWidget(exporter->button());
    connect(m_receive, &QPushButton::clicked, this, &ShipmentsPanel::receiveFinishedGoods);
    connect(m_ship, &QPushButton::clicked, this, &ShipmentsPanel::newShipment);
    connect(m_trace, &QPushButton::clicked, this, [this] {
        if (const QString number = selectedShipment(); !number.isEmpty())
            emit traceRequested(shipmentCode(number));
    });
    return bar;
}

void ShipmentsPanel::setPeriod(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    reload();
}

void ShipmentsPanel::reload()
{
    const QString keep = selectedShipment();
    m_model->removeRows(0, m_model->rowCount());
    const Result<QList<ShipmentListRow>> rows =
        m_workspace->shipments()->shipments(m_from->date(), m_to->date());
    if (!rows) {
        m_banner->showMessage(rows.error());
        showLines();
        updateActions();
        return;
    }
    const QLocale locale;
    for (const ShipmentListRow &row : rows.value()) {
        const Shipment &s = row.shipment;
        QList<QStandardItem *> items = {cell(s.shipmentNo),
                                        cell(s.shippedOn.toString(Qt::ISODate)),
                                        cell(s.customer),
                                        cell(s.customerOrder),
                                        cell(locale.toString(row.lineCount), row.lineCount),
                                        cell(quantityText(row.quantity, 3), row.quantity)};
        items.first()->setData(s.shipmentNo, ShipmentNoRole);
        m_model->appendRow(items);
        if (s.shipmentNo == keep)
            m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
    }
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showLines();
    updateActions();
}

QString ShipmentsPanel::selectedShipment() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid()
               ? m_model->index(current.row(), NumberColumn).data(ShipmentNoRole).toString()
               : QString();
}

void ShipmentsPanel::showLines()
{
    m_linesModel->removeRows(0, m_linesModel->rowCount());
    const QString number = selectedShipment();
    m_linesTitle->setText(number.isEmpty() ? tr("Select a shipment to see its lines.")
                                           : tr("Lines of shipment %1").arg(number));
    if (number.isEmpty())
        return;
    const Result<Shipment> shipment = m_workspace->shipments()->find(number);
    const Result<QList<ShipmentLineRow>> lines =
        shipment ? m_workspace->shipments()->lines(shipment.value().id)
                 : Result<QList<ShipmentLineRow>>(shipment.outcome());
    if (!lines) {
        m_banner->showMessage(lines.error());
        return;
    }
    for (const ShipmentLineRow &line : lines.value()) {
        m_linesModel->appendRow(
            {cell(line.order.number), cell(line.order.lotNo),
             cell(QString(line.order.partNo + QLatin1Char(' ') + line.order.productName).trimmed()),
             cell(line.serial), cell(quantityText(line.line.quantity, 3), line.line.quantity)});
    }
}

void ShipmentsPanel::updateActions()
{
    const bool allowed = m_workspace->access()->allows(Permission::ManageMaterial);
    const QString why =
        allowed ? QString()
                : tr("Receiving and shipping goods needs the right to receive, block and ship "
                     "material.");
    for (QPushButton *button : {m_receive, m_ship}) {
        button->setEnabled(allowed);
        button->setToolTip(why);
    }
    m_trace->setEnabled(!selectedShipment().isEmpty());
}

void ShipmentsPanel::newShipment()
{
    ShipmentDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Show the new shipment even when its day is outside the period shown.
    const Result<Shipment> made = m_workspace->shipments()->find(dialog.shipmentNo());
    if (made && (made.value().shippedOn < m_from->date() || made.value().shippedOn > m_to->date()))
        setPeriod(std::min(m_from->date(), made.value().shippedOn),
                  std::max(m_to->date(), made.value().shippedOn));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, NumberColumn).data(ShipmentNoRole).toString() ==
            dialog.shipmentNo())
            m_view->setCurrentIndex(m_model->index(row, NumberColumn));
    }
    m_banner->showMessage(tr("Shipment %1 to %2 is saved.")
                              .arg(dialog.shipmentNo(), made ? made.value().customer : QString()),
                          MessageBanner::Kind::Success);
}

void ShipmentsPanel::receiveFinishedGoods()
{
    ReceiveFinishedDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_banner->showMessage(dialog.summary(), MessageBanner::Kind::Success);
}

} // namespace Taktline
