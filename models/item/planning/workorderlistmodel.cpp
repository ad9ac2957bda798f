#include "item/planning/workorderlistmodel.h"

#include "item/palette.h"
#include "services/planning/workorderservice.h"
#include "services/station/reportingservice.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace Taktline {

WorkOrderListModel::WorkOrderListModel(WorkOrderService *service, ReportingService *reporting,
                                       QObject *parent)
    : PagedTableModel(parent)
    , m_service(service)
{
    connect(service, &WorkOrderService::workOrderAdded, this, &WorkOrderListModel::refresh);
    connect(service, &WorkOrderService::workOrdersAdded, this, &WorkOrderListModel::refresh);
    connect(service, &WorkOrderService::workOrderChanged, this, &WorkOrderListModel::refreshRow);
    // A report at a station moves the order's progress (and, the first one, its state).
    if (reporting) {
        connect(reporting, &ReportingService::reportAdded, this, &WorkOrderListModel::refreshRow);
        connect(reporting, &ReportingService::reportVoided, this, &WorkOrderListModel::refreshRow);
    }
    refresh();
}

void WorkOrderListModel::refreshRow(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    // Re-read the one page the row is on: the row may leave or keep its place.
    const Result<QList<WorkOrderListRow>> fresh = m_service->page(m_filter, row, 1);
    if (fresh && !fresh.value().isEmpty() && fresh.value().constFirst().id == id) {
        rows()[row] = fresh.value().constFirst();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        refresh();
    }
}

void WorkOrderListModel::setFilter(const WorkOrderFilter &filter)
{
    m_filter = filter;
    refresh();
}

Result<int> WorkOrderListModel::countRows() const
{
    return m_service->count(m_filter);
}

Result<QList<WorkOrderListRow>> WorkOrderListModel::readPage(int offset, int limit) const
{
    return m_service->page(m_filter, offset, limit);
}

int WorkOrderListModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).id == id)
            return row;
    }
    return -1;
}

QString WorkOrderListModel::idAt(int row) const
{
    return row >= 0 && row < rows().size() ? rows().at(row).id : QString();
}

int WorkOrderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool WorkOrderListModel::isOverdue(const WorkOrderListRow &row) const
{
    const bool open = row.state == WorkOrderState::Draft || row.state == WorkOrderState::Released
        || row.state == WorkOrderState::InProgress || row.state == WorkOrderState::OnHold;
    const QDate today = m_filter.today.isValid() ? m_filter.today : m_service->today();
    return open && row.dueDate < today;
}

QVariant WorkOrderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkOrderListRow &row = rows().at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case OverdueRole:
        return isOverdue(row);
    case StateRole:
        return static_cast<int>(row.state);
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && isOverdue(row))
            return QBrush(Palette::Red);
        if (index.column() == PriorityColumn && row.priority == WorkOrderPriority::Urgent)
            return QBrush(Palette::UrgentPriority);
        return {};
    case Qt::FontRole:
        if (index.column() == PriorityColumn && row.priority == WorkOrderPriority::Urgent) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == QuantityColumn || index.column() == DoneColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return row.number;
        case ProductColumn: return QString(row.partNo + QStringLiteral("  ") + row.productName);
        case QuantityColumn: return row.quantity;
        case DoneColumn: // finished pieces and the share of the plan, derived from the reports
            return row.quantity > 0 && row.done > 0
                       ? QStringLiteral("%1 (%2%)").arg(QLocale().toString(row.done, 'f', 0))
                             .arg(qRound(100.0 * row.done / row.quantity))
                       : QString();
        case DueColumn: return row.dueDate.toString(Qt::ISODate);
        case CustomerColumn: return row.customer;
        case PriorityColumn: return row.priority == WorkOrderPriority::Urgent ? priorityDisplayName(row.priority) : QString();
        case StateColumn: return workOrderStateDisplayName(row.state);
        }
        return {};
    }
    return {};
}

QVariant WorkOrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("WO No.");
    case ProductColumn: return tr("Product");
    case QuantityColumn: return tr("Planned qty");
    case DoneColumn: return tr("Done");
    case DueColumn: return tr("Due date");
    case CustomerColumn: return tr("Customer");
    case PriorityColumn: return tr("Priority");
    case StateColumn: return tr("State");
    }
    return {};
}

void WorkOrderListModel::sort(int column, Qt::SortOrder order)
{
    static const WorkOrderFilter::Sort sorts[] = {
        WorkOrderFilter::Sort::Number,   WorkOrderFilter::Sort::Product,  WorkOrderFilter::Sort::Quantity,
        WorkOrderFilter::Sort::Quantity, WorkOrderFilter::Sort::DueDate,  WorkOrderFilter::Sort::Customer,
        WorkOrderFilter::Sort::Priority, WorkOrderFilter::Sort::State};
    if (column < 0 || column >= ColumnCount || column == DoneColumn)
        return; // progress is derived per page, not a sortable column
    m_filter.sort = sorts[column];
    m_filter.descending = order == Qt::DescendingOrder;
    refresh();
}

} // namespace Taktline
