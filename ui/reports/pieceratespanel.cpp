#include "reports/pieceratespanel.h"

#include "common/lists/listexport.h"
#include "common/messagebanner.h"
#include "common/lists/tableviews.h"
#include "item/palette.h"
#include "reports/formatteddelegate.h"
#include "reports/pieceratedialog.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/station/wageservice.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Taktline {

namespace {

QStandardItem *item(const QVariant &display, const QColor &colour = {})
{
    auto *cell = new QStandardItem;
    cell->setData(display, Qt::DisplayRole);
    cell->setEditable(false);
    if (display.typeId() == QMetaType::Double)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (colour.isValid())
        cell->setForeground(colour);
    return cell;
}

} // namespace

PieceRatesPanel::PieceRatesPanel(Workspace *workspace, MessageBanner *banner, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(banner)
    , m_canEdit(workspace->access()->allows(Permission::EditMasterData))
    , m_product(new QComboBox(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_note(new QLabel(tr("Read only: changing piece rates needs the right to edit master data."),
                        this))
{
    setObjectName(QStringLiteral("pieceRatesPanel"));
    m_product->setObjectName(QStringLiteral("productCombo"));
    m_product->setEditable(true); // type part of a part number or a name to find the product
    m_product->setInsertPolicy(QComboBox::NoInsert);
    m_product->completer()->setFilterMode(Qt::MatchContains);
    m_product->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_product->setMinimumWidth(320);
    m_add->setObjectName(QStringLiteral("addRateButton"));
    m_add->setProperty("primary", true);
    m_edit->setObjectName(QStringLiteral("editRateButton"));
    m_remove->setObjectName(QStringLiteral("removeRateButton"));
    m_note->setObjectName(QStringLiteral("placeholderNote"));
    for (QPushButton *button : {m_add, m_edit, m_remove})
        button->setVisible(m_canEdit);
    m_note->setVisible(!m_canEdit);

    m_model->setHorizontalHeaderLabels(
        {tr("Operation"), tr("Rate (¥/piece)"), tr("Valid from"), tr("Status")});
    m_view->setObjectName(QStringLiteral("rateTable"));
    m_view->setModel(m_model);
    setUpListView(m_view, TableRows::Office);
    m_view->setItemDelegateForColumn(
        RateColumn, new FormattedDelegate(FormattedDelegate::rate(QStringLiteral("¥")), this));
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(OperationColumn, 200);
    m_view->setColumnWidth(RateColumn, 140);
    m_view->setColumnWidth(ValidFromColumn, 130);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Product:"), this));
    bar->addWidget(m_product);
    bar->addSpacing(12);
    bar->addWidget(m_note);
    bar->addStretch(1);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_remove);
    auto *exporter = new ListExport(
        m_view, [this] { return tr("Piece rates %1").arg(m_product->currentText().simplified()); },
        m_banner);
    bar->addWidget(exporter->button());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    reloadProducts();
    connect(m_product, &QComboBox::currentIndexChanged, this, &PieceRatesPanel::reloadRates);
    connect(m_add, &QPushButton::clicked, this, &PieceRatesPanel::addRate);
    connect(m_edit, &QPushButton::clicked, this, &PieceRatesPanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &PieceRatesPanel::removeSelected);
    if (m_canEdit)
        connect(m_view, &QTableView::doubleClicked, this, &PieceRatesPanel::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PieceRatesPanel::updateButtons);
    for (auto signal : {&MasterDataService::recordAdded, &MasterDataService::recordChanged}) {
        connect(m_workspace->masterData(), signal, this, [this](MasterDataKind kind) {
            if (kind == MasterDataKind::Product)
                reloadProducts();
        });
    }
    connect(m_workspace->routing(), &RoutingService::routingChanged, this,
            [this](const QString &productId) {
                if (productId == this->productId())
                    reloadRates();
            });
    reloadRates();
}

QString PieceRatesPanel::productId() const
{
    return m_product->currentData().toString();
}

void PieceRatesPanel::setProduct(const QString &productId)
{
    m_product->setCurrentIndex(m_product->findData(productId));
}

void PieceRatesPanel::reloadProducts()
{
    const QString current = productId();
    const QSignalBlocker block(m_product);
    m_product->clear();
    const Result<QList<MasterRecord>> products =
        m_workspace->masterData()->list(MasterDataKind::Product, false);
    if (!products) {
        m_banner->showMessage(products.error());
        return;
    }
    for (const MasterRecord &p : products.value())
        m_product->addItem(p.text(QStringLiteral("part_no")) + QStringLiteral("  ") +
                               p.localizedName(),
                           p.id);
    m_product->setCurrentIndex(std::max(0, m_product->findData(current)));
    if (productId() != current)
        reloadRates();
}

QStringList PieceRatesPanel::routingNames() const
{
    QStringList names;
    if (const Result<Routing> routing = m_workspace->routing()->operations(productId())) {
        for (const RoutingOperation &op : routing.value()) {
            if (!names.contains(op.name))
                names.append(op.name);
        }
    }
    return names;
}

void PieceRatesPanel::reloadRates()
{
    const QString keep = rateAt(m_view->currentIndex().row()).id;
    m_model->removeRows(0, m_model->rowCount());
    m_rates.clear();
    if (productId().isEmpty()) {
        updateButtons();
        return;
    }
    const Result<QList<PieceRate>> rates = m_workspace->wages()->rates(productId());
    if (!rates) {
        m_banner->showMessage(rates.error());
        updateButtons();
        return;
    }
    m_rates = rates.value();
    // The routing's operations in their order, then any priced operation no longer in it.
    QStringList names = routingNames();
    QStringList others;
    for (const PieceRate &rate : std::as_const(m_rates)) {
        if (!names.contains(rate.operationName) && !others.contains(rate.operationName))
            others.append(rate.operationName);
    }
    std::sort(others.begin(), others.end());
    names += others;
    const QDate today = m_workspace->clock().today();
    for (const QString &name : std::as_const(names)) {
        QList<PieceRate> ofOperation;
        for (const PieceRate &rate : std::as_const(m_rates)) {
            if (rate.operationName == name)
                ofOperation.append(rate); // sorted by date by the service
        }
        if (ofOperation.isEmpty()) {
            m_model->appendRow(
                {item(name), item(tr("no rate"), Palette::AmberText), item(QString()),
                 item(tr("Good pieces of this operation earn nothing"), Palette::AmberText)});
            continue;
        }
        for (qsizetype i = 0; i < ofOperation.size(); ++i) {
            const PieceRate &rate = ofOperation.at(i);
            const bool started = rate.validFrom <= today;
            const bool replaced =
                i + 1 < ofOperation.size() && ofOperation.at(i + 1).validFrom <= today;
            const QString status =
                !started   ? tr("From %1 on").arg(rate.validFrom.toString(Qt::ISODate))
                : replaced ? tr("Replaced on %1")
                                 .arg(ofOperation.at(i + 1).validFrom.toString(Qt::ISODate))
                           : tr("In force");
            const QColor colour = !started || replaced ? Palette::Faded : QColor();
            QStandardItem *first = item(name, colour);
            first->setData(rate.id, RateIdRole);
            m_model->appendRow({first, item(rate.rate, colour),
                                item(rate.validFrom.toString(Qt::ISODate), colour),
                                item(status, started && !replaced ? Palette::GoodText : colour)});
        }
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!keep.isEmpty() && m_model->item(row)->data(RateIdRole).toString() == keep)
            m_view->selectRow(row);
    }
    updateButtons();
}

PieceRate PieceRatesPanel::rateAt(int row) const
{
    if (row < 0 || row >= m_model->rowCount())
        return {};
    const QString id = m_model->item(row)->data(RateIdRole).toString();
    for (const PieceRate &rate : m_rates) {
        if (rate.id == id)
            return rate;
    }
    // An operation without a rate: editing it adds its first one.
    return {QString(), productId(), m_model->item(row)->text(), 0, QDate()};
}

void PieceRatesPanel::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    m_add->setEnabled(!productId().isEmpty());
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected && !rateAt(rows.constFirst().row()).id.isEmpty());
}

void PieceRatesPanel::addRate()
{
    openDialog({QString(), productId(), QString(), 0, m_workspace->clock().today()});
}

void PieceRatesPanel::editSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        openDialog(rateAt(rows.constFirst().row()));
}

void PieceRatesPanel::openDialog(const PieceRate &initial)
{
    if (productId().isEmpty())
        return;
    const QString replaces = initial.id;
    PieceRateDialog dialog(
        m_product->currentText(), routingNames(), initial,
        [this, replaces](const PieceRate &rate) { return saveRate(rate, replaces); }, this);
    if (dialog.exec() == QDialog::Accepted) {
        const PieceRate saved = dialog.rate();
        m_banner->showMessage(tr("Saved: %1 at ¥%2 per piece from %3.")
                                  .arg(saved.operationName, QLocale().toString(saved.rate, 'g', 12),
                                       saved.validFrom.toString(Qt::ISODate)),
                              MessageBanner::Kind::Success);
    }
}

Outcome PieceRatesPanel::saveRate(const PieceRate &rate, const QString &replacesId)
{
    PieceRate toSave = rate;
    if (toSave.productId.isEmpty())
        toSave.productId = productId();
    const Result<QString> saved = m_workspace->wages()->setRate(toSave);
    if (!saved) {
        m_banner->showMessage(saved.error());
        return saved.outcome();
    }
    // A changed operation or day is a rate of its own: the edited one goes.
    Outcome done = Outcome::success();
    if (!replacesId.isEmpty() && replacesId != saved.value())
        done = m_workspace->wages()->removeRate(replacesId);
    reloadRates();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(RateIdRole).toString() == saved.value())
            m_view->selectRow(row);
    }
    emit ratesChanged();
    if (!done)
        m_banner->showMessage(done.error());
    return Outcome::success();
}

void PieceRatesPanel::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const PieceRate rate = rows.isEmpty() ? PieceRate() : rateAt(rows.constFirst().row());
    if (rate.id.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove piece rate"),
        tr("Remove the rate of %1 from %2? Wages of the reports it priced change at once.")
            .arg(rate.operationName, rate.validFrom.toString(Qt::ISODate)));
    if (answer != QMessageBox::Yes)
        return;
    if (Outcome removed = m_workspace->wages()->removeRate(rate.id); !removed) {
        m_banner->showMessage(removed.error());
        return;
    }
    reloadRates();
    emit ratesChanged();
    m_banner->showMessage(tr("Removed the rate of %1 from %2.")
                              .arg(rate.operationName, rate.validFrom.toString(Qt::ISODate)),
                          MessageBanner::Kind::Success);
}

} // namespace Taktline
