#include "item/reports/wagelinesmodel.h"

#include "item/palette.h"

#include <QDateTime>

namespace Taktline {

WageLinesModel::WageLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WageLinesModel::setLines(QList<WageLine> lines, People people, bool approvalRequired)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_people = std::move(people);
    m_approvalRequired = approvalRequired;
    endResetModel();
}

int WageLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int WageLinesModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_approvalRequired ? ColumnCount : ApprovalColumn;
}

QVariant WageLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const WageLine &line = m_lines.at(index.row());
    if (role == EmployeeIdRole)
        return line.employeeId;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case BadgeColumn:
            return m_people.value(line.employeeId).first;
        case NameColumn:
            return m_people.value(line.employeeId).second;
        case ReportedAtColumn:
            // Sortable as text and read the same in every language.
            return QDateTime::fromMSecsSinceEpoch(line.reportedAtMs)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case WorkOrderColumn:
            return line.workOrderNumber;
        case PartNoColumn:
            return line.partNo;
        case OperationColumn:
            // 扣款: pieces of a nonconformance that come off the wages.
            return line.deduction ? tr("Deduction %1: %2").arg(line.nonconformanceNumber,
                                                               line.operationName)
                                  : line.operationName;
        case GoodColumn:
            return line.good;
        case RateColumn:
            return line.hasRate ? QVariant(line.rate) : QVariant(tr("no rate"));
        case AmountColumn:
            return line.amount;
        case ApprovalColumn:
            return line.approved ? tr("approved") : tr("awaiting approval");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= GoodColumn &&
        index.column() <= AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (!line.approved && (index.column() == AmountColumn || index.column() == ApprovalColumn)) {
        if (role == Qt::ForegroundRole)
            return Palette::AmberText;
        if (role == Qt::ToolTipRole)
            return tr("Wages count only approved reports: this one pays nothing until a supervisor "
                      "approves it under Work orders ▸ Reports….");
    }
    if (!line.hasRate && (index.column() == RateColumn || index.column() == AmountColumn)) {
        if (role == Qt::ForegroundRole)
            return Palette::AmberText;
        if (role == Qt::ToolTipRole)
            return tr("No piece rate of %1 / %2 is valid on this day: add one in the rate table.")
                .arg(line.partNo, line.operationName);
    }
    return {};
}

QVariant WageLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BadgeColumn:
        return tr("Badge");
    case NameColumn:
        return tr("Name");
    case ReportedAtColumn:
        return tr("Reported at");
    case WorkOrderColumn:
        return tr("WO No.");
    case PartNoColumn:
        return tr("Part No.");
    case OperationColumn:
        return tr("Operation");
    case GoodColumn:
        return tr("Good qty");
    case RateColumn:
        return tr("Rate (¥/piece)");
    case AmountColumn:
        return tr("Amount (¥)");
    case ApprovalColumn:
        return tr("Approval");
    default:
        return {};
    }
}

} // namespace Taktline
