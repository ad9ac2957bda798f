#include "item/trace/lottablemodel.h"

#include "item/palette.h"
#include "item/trace/tracetext.h"
#include "services/masterdata/masterdataservice.h"
#include "services/trace/traceservice.h"
#include "services/workspace.h"

#include <QBrush>
#include <QFont>
#include <QHash>
#include <QSet>

namespace Taktline {

namespace {

QColor statusColor(LotStatus status)
{
    switch (status) {
    case LotStatus::Usable:
        return Palette::GoodText;
    case LotStatus::Blocked:
        return Palette::Red;
    case LotStatus::Expired:
        return Palette::AmberText;
    case LotStatus::UsedUp:
        return Palette::Neutral;
    }
    return {};
}

QString amountText(double value, const QString &unit)
{
    return TraceText::amount(value) + QLatin1Char(' ') + unit;
}

} // namespace

LotTableModel::LotTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
}

Outcome LotTableModel::reload(const QString &productId)
{
    const Result<QList<MasterRecord>> products =
        m_workspace->masterData()->list(MasterDataKind::Product, true);
    if (!products)
        return products.outcome();
    QHash<QString, const MasterRecord *> byId;
    for (const MasterRecord &product : products.value())
        byId.insert(product.id, &product);
    const Result<QList<LotWithStock>> lots = m_workspace->trace()->lotsWithStock(productId);
    if (!lots)
        return lots.outcome();
    QList<LotRow> rows;
    for (const LotWithStock &entry : lots.value()) {
        const MasterRecord *product = byId.value(entry.lot.productId);
        rows.append({entry.lot, entry.stock,
                     product ? product->text(QStringLiteral("part_no")) : QString(),
                     product ? product->localizedName() : QString(),
                     product ? product->text(QStringLiteral("unit")) : QString()});
    }
    beginResetModel();
    m_productId = productId;
    m_rows = std::move(rows);
    endResetModel();
    return Outcome::success();
}

int LotTableModel::rowOfLot(const QString &lotNo) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).lot.lotNo.compare(lotNo, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QStringList LotTableModel::suppliers() const
{
    QSet<QString> seen;
    QStringList names;
    for (const LotRow &row : m_rows) {
        if (!row.lot.supplier.isEmpty() && !seen.contains(row.lot.supplier)) {
            seen.insert(row.lot.supplier);
            names << row.lot.supplier;
        }
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

LotStatus LotTableModel::status(const LotRow &row, const QDate &today)
{
    if (row.lot.blocked)
        return LotStatus::Blocked;
    if (row.lot.expiry && *row.lot.expiry < today)
        return LotStatus::Expired;
    if (row.stock.remaining <= 0)
        return LotStatus::UsedUp;
    return LotStatus::Usable;
}

QString LotTableModel::statusName(LotStatus status)
{
    switch (status) {
    case LotStatus::Usable:
        return tr("Usable");
    case LotStatus::Blocked:
        return tr("Blocked");
    case LotStatus::Expired:
        return tr("Expired");
    case LotStatus::UsedUp:
        return tr("Used up");
    }
    return {};
}

int LotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LotTableModel::displayData(const LotRow &row, int column) const
{
    switch (column) {
    case LotNoColumn:
        return row.lot.lotNo;
    case MaterialColumn:
        return QString(row.partNo + QLatin1Char(' ') + row.materialName).trimmed();
    case SupplierColumn:
        return row.lot.supplier;
    case SupplierLotColumn:
        return row.lot.supplierLot;
    case ReceivedColumn:
        return row.lot.receivedOn.toString(Qt::ISODate);
    case ExpiryColumn:
        return row.lot.expiry ? row.lot.expiry->toString(Qt::ISODate) : QString();
    case ReceivedQtyColumn:
        return amountText(row.stock.received, row.unit);
    case RemainingColumn:
        return amountText(row.stock.remaining, row.unit);
    case StatusColumn:
        return statusName(status(row, m_workspace->clock().today()));
    default:
        return {};
    }
}

QVariant LotTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LotRow &row = m_rows.at(index.row());
    const LotStatus lotStatus = status(row, m_workspace->clock().today());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        switch (index.column()) {
        case ReceivedColumn: // the day, then the order of receipt within it
            return QString(row.lot.receivedOn.toString(Qt::ISODate) +
                           QString::number(row.lot.createdAtMs));
        case ReceivedQtyColumn:
            return row.stock.received;
        case RemainingColumn:
            return row.stock.remaining;
        case StatusColumn:
            return int(lotStatus);
        default:
            return displayData(row, index.column());
        }
    case LotNoRole:
        return row.lot.lotNo;
    case StatusRole:
        return int(lotStatus);
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(QBrush(statusColor(lotStatus)))
                                              : QVariant();
    case Qt::FontRole:
        if (index.column() == StatusColumn || index.column() == LotNoColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ReceivedQtyColumn || index.column() == RemainingColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::ToolTipRole:
        if (lotStatus == LotStatus::Blocked)
            return tr("Blocked: %1").arg(row.lot.blockReason);
        if (lotStatus == LotStatus::Expired)
            return tr("Expired on %1: it must not be fed.")
                .arg(row.lot.expiry->toString(Qt::ISODate));
        return {};
    default:
        return {};
    }
}

QVariant LotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LotNoColumn:
        return tr("Lot No.");
    case MaterialColumn:
        return tr("Material");
    case SupplierColumn:
        return tr("Supplier");
    case SupplierLotColumn:
        return tr("Supplier lot");
    case ReceivedColumn:
        return tr("Received");
    case ExpiryColumn:
        return tr("Expiry");
    case ReceivedQtyColumn:
        return tr("Received qty");
    case RemainingColumn:
        return tr("Remaining");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace Taktline
