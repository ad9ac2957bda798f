#include "trace/lots/lotspanel.h"

#include "barcode/barcodecodec.h"
#include "common/lists/emptystate.h"
#include "common/lists/listexport.h"
#include "common/messagebanner.h"
#include "common/lists/tableviews.h"
#include "item/sync/conflictmarkmodel.h"
#include "item/trace/lottablemodel.h"
#include "item/trace/tracetext.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/workspace.h"
#include "trace/lots/lotlabeloutput.h"
#include "trace/lots/lotreasondialog.h"
#include "trace/lots/receivelotdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace Taktline {

LotsPanel::LotsPanel(Workspace *workspace, MessageBanner *banner, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(banner)
    , m_model(new LotTableModel(workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_labels(new LotLabelOutput(workspace, m_model, banner, this))
{
    setObjectName(QStringLiteral("lotsPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LotTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("lotsView"));
    m_view->setModel(m_proxy);
    setUpListView(m_view, TableRows::Touch);
    EmptyState::install(m_view, [this] {
        if (m_model->rowCount() > 0)
            return tr("No lot matches the search.");
        return tr("No material lots yet. Receive material… records the first and prints its "
                  "label.");
    });
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LotTableModel::ReceivedColumn, Qt::DescendingOrder); // newest first
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LotTableModel::MaterialColumn,
                                                     QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(createFilterRow());
    layout->addWidget(createActionRow());
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LotsPanel::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, &LotsPanel::traceSelected);
    connect(m_workspace->trace(), &TraceService::lotReceived, this, &LotsPanel::reloadWhenShown);
    connect(m_workspace->trace(), &TraceService::lotChanged, this, &LotsPanel::reloadWhenShown);
    connect(m_workspace->trace(), &TraceService::lotConsumed, this, &LotsPanel::reloadWhenShown);
    for (auto signal : {&MasterDataService::recordAdded, &MasterDataService::recordChanged}) {
        connect(m_workspace->masterData(), signal, this, [this](MasterDataKind kind) {
            if (kind == MasterDataKind::Product)
                reloadMaterials();
        });
    }
    reloadMaterials();
    updateActions();
}

QWidget *LotsPanel::createFilterRow()
{
    auto *row = new QWidget(this);
    m_material = new QComboBox(row);
    m_material->setObjectName(QStringLiteral("materialFilter"));
    m_material->setMinimumWidth(260);
    m_material->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_search = new QLineEdit(row);
    m_search->setObjectName(QStringLiteral("lotSearchField"));
    m_search->setPlaceholderText(tr("Search lot, material, supplier or supplier lot"));
    m_search->setClearButtonEnabled(true);
    m_receive = new QPushButton(tr("Receive material…"), row);
    m_receive->setObjectName(QStringLiteral("receiveButton"));
    m_receive->setProperty("primary", true);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(new QLabel(tr("Material:"), row));
    layout->addWidget(m_material);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_receive);
    auto *exporter = new ListExport(
        m_view, [] { return tr("Material lots"); }, m_banner);
    layout->addWidget(exporter->button());
    connect(m_material, &QComboBox::currentIndexChanged, this, &LotsPanel::reload);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_receive, &QPushButton::clicked, this, &LotsPanel::openReceiveDialog);
    return row;
}

QWidget *LotsPanel::createActionRow()
{
    auto *row = new QWidget(this);
    m_selection = new QLabel(row);
    m_selection->setObjectName(QStringLiteral("selectedLot"));
    m_block = new QPushButton(tr("Block…"), row);
    m_block->setObjectName(QStringLiteral("blockButton"));
    m_unblock = new QPushButton(tr("Release…"), row);
    m_unblock->setObjectName(QStringLiteral("unblockButton"));
    m_label = new QPushButton(tr("Label"), row);
    m_label->setObjectName(QStringLiteral("labelButton"));
    auto *labelMenu = new QMenu(m_label);
    QAction *print = labelMenu->addAction(tr("Print…"));
    QAction *pdf = labelMenu->addAction(tr("Save as PDF…"));
    m_label->setMenu(labelMenu);
    m_trace = new QPushButton(tr("Trace forward"), row);
    m_trace->setObjectName(QStringLiteral("traceLotButton"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_selection, 1);
    for (QPushButton *button : {m_block, m_unblock, m_label, m_trace})
        layout->addWidget(button);
    connect(m_block, &QPushButton::clicked, this, [this] { openReasonDialog(true); });
    connect(m_unblock, &QPushButton::clicked, this, [this] { openReasonDialog(false); });
    connect(print, &QAction::triggered, this, [this] { m_labels->print(selectedLot()); });
    connect(pdf, &QAction::triggered, this, [this] { m_labels->saveAsPdf(selectedLot()); });
    connect(m_trace, &QPushButton::clicked, this, &LotsPanel::traceSelected);
    return row;
}

bool LotsPanel::canManage() const
{
    return m_workspace->access()->allows(Permission::ManageMaterial);
}

void LotsPanel::reloadMaterials()
{
    const QString current = m_material->currentData().toString();
    const QSignalBlocker quiet(m_material);
    m_material->clear();
    m_material->addItem(tr("All materials"), QString());
    if (const Result<QList<MasterRecord>> products =
            m_workspace->masterData()->list(MasterDataKind::Product, true)) {
        for (const MasterRecord &product : products.value()) {
            m_material->addItem(product.text(QStringLiteral("part_no")) + QLatin1Char(' ') +
                                    product.localizedName(),
                                product.id);
        }
    }
    m_material->setCurrentIndex(std::max(0, m_material->findData(current)));
}

void LotsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void LotsPanel::reloadWhenShown()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void LotsPanel::reload()
{
    m_stale = false;
    const QString selected = selectedLot();
    if (Outcome loaded = m_model->reload(m_material->currentData().toString()); !loaded)
        m_banner->showMessage(loaded.error());
    if (!selected.isEmpty())
        selectLot(selected);
    updateActions();
}

QString LotsPanel::selectedLot() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(LotTableModel::LotNoRole).toString();
}

bool LotsPanel::selectLot(const QString &lotNo)
{
    const int row = m_model->rowOfLot(lotNo);
    // The marks, once set, sit between the lots and the sorting: their rows are the lots'.
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(row, 0));
    if (row < 0 || !index.isValid())
        return false;
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
    return true;
}

const LotRow *LotsPanel::rowOf(const QString &lotNo) const
{
    const int row = m_model->rowOfLot(lotNo);
    return row < 0 ? nullptr : &m_model->rows().at(row);
}

void LotsPanel::showLot(const QString &code)
{
    const Result<ScanResult> scan = BarcodeCodec::parse(code);
    const QString lotNo =
        scan && scan.value().kind == ScanKind::Lot ? scan.value().value : code.trimmed();
    if (m_model->rowOfLot(lotNo) < 0 && m_material->currentIndex() != 0)
        m_material->setCurrentIndex(0); // the lot may be of another material
    m_search->setText(lotNo);
    if (!selectLot(lotNo)) {
        m_search->clear();
        m_banner->showMessage(tr("No material lot %1 exists in this factory.").arg(lotNo));
    }
}

void LotsPanel::updateActions()
{
    const LotRow *row = rowOf(selectedLot());
    const QString noRight =
        canManage() ? QString()
                    : m_workspace->access()->require(Permission::ManageMaterial).error();
    const QString chooseFirst = tr("Choose a lot in the list first.");
    m_selection->setText(
        row ? tr("Lot %1 · %2 %3 · %4 left")
                  .arg(row->lot.lotNo, row->partNo, row->materialName,
                       TraceText::amount(row->stock.remaining) + QLatin1Char(' ') + row->unit)
            : tr("Touch a lot to block, release, label or trace it."));
    m_selection->setProperty("empty", row == nullptr);
    m_selection->style()->unpolish(m_selection);
    m_selection->style()->polish(m_selection);
    m_receive->setEnabled(canManage());
    m_receive->setToolTip(canManage() ? tr("Record a delivery of material as a new lot.")
                                      : noRight);
    const bool blocked = row && row->lot.blocked;
    m_block->setEnabled(canManage() && row && !blocked);
    m_block->setToolTip(!canManage() ? noRight
                        : !row       ? chooseFirst
                        : blocked    ? tr("Lot %1 is already blocked.").arg(row->lot.lotNo)
                                     : tr("Stop the lot from being fed, with a reason."));
    m_unblock->setEnabled(canManage() && blocked);
    m_unblock->setToolTip(!canManage() ? noRight
                          : !row       ? chooseFirst
                          : !blocked   ? tr("Lot %1 is not blocked.").arg(row->lot.lotNo)
                                       : tr("Allow the lot to be fed again, with a reason."));
    m_label->setEnabled(row != nullptr);
    m_label->setToolTip(row ? tr("Print the lot's label again, or save it as PDF.") : chooseFirst);
    m_trace->setEnabled(row != nullptr);
    m_trace->setToolTip(row ? tr("Show every work order this lot went into.") : chooseFirst);
}

Result<QString> LotsPanel::receive(const LotReceipt &receipt)
{
    const Result<QString> received = m_workspace->trace()->receiveLot(receipt);
    if (m_stale)
        reload();
    if (!received) {
        m_banner->showMessage(received.error());
        return received;
    }
    if (m_model->rowOfLot(received.value()) < 0 && m_material->currentIndex() != 0) {
        m_material->setCurrentIndex(0); // show the new lot whatever material was filtered
    }
    m_search->clear();
    selectLot(received.value());
    m_banner->showMessage(tr("Lot %1 received.").arg(received.value()),
                          MessageBanner::Kind::Success);
    return received;
}

Outcome LotsPanel::block(const QString &lotNo, const QString &reason)
{
    const Outcome done = m_workspace->trace()->blockLot(lotNo, reason);
    if (!done)
        m_banner->showMessage(done.error());
    else
        m_banner->showMessage(tr("Lot %1 is blocked: it can no longer be fed.").arg(lotNo),
                              MessageBanner::Kind::Success);
    return done;
}

Outcome LotsPanel::unblock(const QString &lotNo, const QString &reason)
{
    const Outcome done = m_workspace->trace()->unblockLot(lotNo, reason);
    if (!done)
        m_banner->showMessage(done.error());
    else
        m_banner->showMessage(tr("Lot %1 is released and can be fed again.").arg(lotNo),
                              MessageBanner::Kind::Success);
    return done;
}

void LotsPanel::openReceiveDialog()
{
    const Result<QList<MasterRecord>> products =
        m_workspace->masterData()->list(MasterDataKind::Product, false);
    if (!products) {
        m_banner->showMessage(products.error());
        return;
    }
    ReceiveLotDialog dialog(
        products.value(), m_model->suppliers(), m_workspace->clock().today(),
        [this](const LotReceipt &receipt) { return receive(receipt); }, this);
    if (dialog.exec() == QDialog::Accepted)
        m_labels->offer(dialog.receivedLot());
}

void LotsPanel::openReasonDialog(bool blocking)
{
    const QString lotNo = selectedLot();
    if (lotNo.isEmpty())
        return;
    const QStringList suggestions =
        blocking ? QStringList{tr("Incoming inspection failed"), tr("Supplier recall"),
                               tr("Customer complaint"), tr("Wrong material delivered")}
                 : QStringList{tr("Inspected again and accepted"), tr("Concession approved")};
    LotReasonDialog dialog(
        blocking ? tr("Block lot %1").arg(lotNo) : tr("Release lot %1").arg(lotNo),
        blocking ? tr("Why is lot %1 blocked? Whoever scans it is shown the reason.").arg(lotNo)
                 : tr("Why may lot %1 be fed again? The reason is kept.").arg(lotNo),
        suggestions, blocking ? tr("Block") : tr("Release"),
        [this, lotNo, blocking](const QString &reason) {
            return blocking ? block(lotNo, reason) : unblock(lotNo, reason);
        },
        this);
    dialog.exec();
}

Outcome LotsPanel::saveLabelPdf(const QString &lotNo, const QString &path)
{
    return m_labels->savePdf(lotNo, path);
}

void LotsPanel::traceSelected()
{
    const QString lotNo = selectedLot();
    if (lotNo.isEmpty())
        return;
    const QString code = BarcodeCodec::encode(ScanKind::Lot, lotNo);
    emit traceRequested(code.isEmpty() ? lotNo : code);
}

void LotsPanel::setConflicts(ConflictService *conflicts)
{
    if (m_marks || !conflicts)
        return;
    m_marks = new ConflictMarkModel(conflicts, QStringLiteral("material_lots"),
                                    LotTableModel::LotNoColumn,
                                    [this](const QModelIndex &index) {
                                        const int row = index.row();
                                        return row >= 0 && row < m_model->rows().size()
                                                   ? m_model->rows().at(row).lot.id
                                                   : QString();
                                    },
                                    this);
    m_marks->setSourceModel(m_model);
    m_proxy->setSourceModel(m_marks);
}

} // namespace Taktline
