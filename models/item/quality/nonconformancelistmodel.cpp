#include "item/quality/nonconformancelistmodel.h"

#include "domain/masterdata/masterrecord.h"
#include "services/quality/nonconformanceservice.h"

#include <QDateTime>

namespace Taktline {

NonconformanceListModel::NonconformanceListModel(NonconformanceService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(m_service, &NonconformanceService::nonconformancesChanged, this, [this] { reload(); });
}

void NonconformanceListModel::setFilter(const NonconformanceFilter &filter)
{
    m_filter = filter;
}

Outcome NonconformanceListModel::reload()
{
    const Result<QList<NonconformanceRecord>> rows = m_service->nonconformances(m_filter);
    beginResetModel();
    m_rows = rows ? rows.value() : QList<NonconformanceRecord>();
    endResetModel();
    return rows.outcome();
}

const NonconformanceRecord *NonconformanceListModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int NonconformanceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NonconformanceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NonconformanceListModel::dispositionsText(const NonconformanceRecord &nc)
{
    QStringList parts;
    for (const DispositionRecord &d : nc.dispositions) {
        QString part =
            dispositionName(d.disposition) + QLatin1Char(' ') + quantityText(d.quantity, 3);
        if (!d.reworkWorkOrderNumber.isEmpty())
            part += QStringLiteral(" (%1)").arg(d.reworkWorkOrderNumber);
        parts << part;
    }
    return parts.join(tr(", "));
}

QVariant NonconformanceListModel::data(const QModelIndex &index, int role) const
{
    const NonconformanceRecord *nc = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!nc)
        return {};
    if (role == IdRole)
        return nc->id;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == QuantityColumn || index.column() == OpenColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return nc->number;
    case DateColumn:
        return QDateTime::fromMSecsSinceEpoch(nc->atMs).toString(
            QStringLiteral("yyyy-MM-dd HH:mm"));
    case ProductColumn:
        return QString(nc->partNo + QLatin1Char(' ') + nc->productName).trimmed();
    case OrderColumn:
        if (nc->workOrderNumber.isEmpty())
            return QString();
        return nc->seq > 0 ? QStringLiteral("%1/%2").arg(nc->workOrderNumber).arg(nc->seq)
                           : nc->workOrderNumber;
    case SubjectColumn:
        return !nc->serial.isEmpty() ? nc->serial : nc->lotNo;
    case QuantityColumn:
        return quantityText(nc->quantity, 3);
    case OpenColumn:
        return quantityText(nc->openQuantity, 3);
    case ReasonColumn:
        if (role == Qt::ToolTipRole && !nc->description.isEmpty())
            return nc->description;
        return nc->defectReason.isEmpty() ? nc->description : nc->defectReason;
    case DispositionsColumn:
        return dispositionsText(*nc);
    default:
        return {};
    }
}

QVariant NonconformanceListModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("NC No.");
    case DateColumn:
        return tr("Date");
    case ProductColumn:
        return tr("Product");
    case OrderColumn:
        return tr("Order / step");
    case SubjectColumn:
        return tr("Lot / serial");
    case QuantityColumn:
        return tr("Qty");
    case OpenColumn:
        return tr("Open qty");
    case ReasonColumn:
        return tr("Defect reason");
    case DispositionsColumn:
        return tr("Dispositions");
    default:
        return {};
    }
}

} // namespace Taktline
