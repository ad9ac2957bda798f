#include "item/subcontract/subcontractordersmodel.h"

#include "domain/masterdata/masterrecord.h"
#include "item/palette.h"

#include <QFont>
#include <QLocale>

namespace Taktline {

SubcontractOrdersModel::SubcontractOrdersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SubcontractOrdersModel::setOrders(const QList<SubcontractOrder> &orders, const QDate &today)
{
    beginResetModel();
    m_orders = orders;
    m_today = today;
    endResetModel();
}

const SubcontractOrder *SubcontractOrdersModel::orderAt(int row) const
{
    return row >= 0 && row < m_orders.size() ? &m_orders.at(row) : nullptr;
}

int SubcontractOrdersModel::rowOf(const QString &orderId) const
{
    for (int row = 0; row < m_orders.size(); ++row) {
        if (m_orders.at(row).id == orderId)
            return row;
    }
    return -1;
}

int SubcontractOrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int SubcontractOrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubcontractOrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SubcontractOrder &order = m_orders.at(index.row());
    const bool late = order.isLate(m_today);
    switch (role) {
    case OrderIdRole:
        return order.id;
    case LateRole:
        return late;
    case Qt::ForegroundRole:
        if (late && (index.column() == DueColumn || index.column() == OpenColumn))
            return Palette::Red;
        if (index.column() == ShortColumn && order.isShort())
            return Palette::UrgentPriority;
        return {};
    case Qt::FontRole:
        if (late && index.column() == DueColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= SentColumn && index.column() != DueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (late)
            return tr("Late: due back on %1, %2 still at the supplier.")
                .arg(order.dueDate.toString(Qt::ISODate), quantityText(order.open()));
        if (order.isShort())
            return tr("Short: %1 came back, %2 still awaited.")
                .arg(quantityText(order.good + order.defective), quantityText(order.open()));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case NumberColumn:
        return order.number;
    case SupplierColumn:
        return order.supplierName.isEmpty() ? order.supplierCode : order.supplierName;
    case OrderColumn:
        return order.workOrderNumber;
    case ProductColumn:
        return QString(order.partNo + QLatin1Char(' ') + order.productName).trimmed();
    case StepColumn:
        return QString(QString::number(order.seq) + QLatin1Char(' ') + order.stepName);
    case SentColumn:
        return quantityText(order.quantity);
    case GoodColumn:
        return quantityText(order.good);
    case DefectiveColumn:
        return quantityText(order.defective);
    case ShortColumn: {
        // What is missing of what came back so far: written off, or still awaited after a receipt.
        const double missing = order.shortQuantity + (order.isShort() ? order.open() : 0);
        return missing > 0 ? quantityText(missing) : QString();
    }
    case OpenColumn:
        return order.isOpen() ? quantityText(order.open()) : QString();
    case DueColumn:
        return late ? tr("%1 late").arg(order.dueDate.toString(Qt::ISODate))
                    : order.dueDate.toString(Qt::ISODate);
    case PriceColumn:
        return locale.toString(order.unitPrice, 'f', 2);
    case CostColumn:
        return locale.toString(order.cost(), 'f', 2);
    }
    return {};
}

QVariant SubcontractOrdersModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == ShortColumn)
            return tr("Written off as never coming back, or still awaited after a receipt.");
        if (section == CostColumn)
            return tr("What the supplier is paid: good pieces × unit price.");
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Subcontract No.");
    case SupplierColumn:
        return tr("Supplier");
    case OrderColumn:
        return tr("WO No.");
    case ProductColumn:
        return tr("Product");
    case StepColumn:
        return tr("Step");
    case SentColumn:
        return tr("Sent");
    case GoodColumn:
        return tr("Back good");
    case DefectiveColumn:
        return tr("Back defective");
    case ShortColumn:
        return tr("Short");
    case OpenColumn:
        return tr("Open");
    case DueColumn:
        return tr("Due date");
    case PriceColumn:
        return tr("Unit price");
    case CostColumn:
        return tr("Cost");
    }
    return {};
}

} // namespace Taktline
