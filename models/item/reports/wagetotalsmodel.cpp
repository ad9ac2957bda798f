#include "item/reports/wagetotalsmodel.h"

#include "item/palette.h"

#include <cmath>

namespace Taktline {

WageTotalsModel::WageTotalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WageTotalsModel::setRows(QList<WageTotalRow> rows, bool approvalRequired)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_approvalRequired = approvalRequired;
    endResetModel();
}

int WageTotalsModel::rowOfEmployee(const QString &employeeId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).total.employeeId == employeeId)
            return row;
    }
    return -1;
}

WageTotal WageTotalsModel::grandTotal() const
{
    WageTotal sum;
    for (const WageTotalRow &row : m_rows) {
        sum.good += row.total.good;
        sum.amount += row.total.amount;
        sum.unpricedReports += row.total.unpricedReports;
        sum.unapprovedReports += row.total.unapprovedReports;
    }
    sum.amount = std::round(sum.amount * 100) / 100;
    return sum;
}

int WageTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WageTotalsModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_approvalRequired ? ColumnCount : UnapprovedColumn;
}

QVariant WageTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WageTotalRow &row = m_rows.at(index.row());
    if (role == EmployeeIdRole)
        return row.total.employeeId;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case BadgeColumn:
            return row.badge;
        case NameColumn:
            return row.name;
        case TeamColumn:
            return row.team;
        case GoodColumn:
            return row.total.good;
        case AmountColumn:
            return row.total.amount;
        case UnpricedColumn:
            return row.total.unpricedReports;
        case UnapprovedColumn:
            return row.total.unapprovedReports;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == GoodColumn || index.column() == AmountColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == UnpricedColumn &&
        row.total.unpricedReports > 0)
        return Palette::AmberText;
    if (role == Qt::ForegroundRole && index.column() == UnapprovedColumn &&
        row.total.unapprovedReports > 0)
        return Palette::AmberText;
    if (role == Qt::ToolTipRole && index.column() == UnapprovedColumn &&
        row.total.unapprovedReports > 0)
        return tr("%n report(s) of this employee await a supervisor's approval: their pieces "
                  "earn nothing until they are approved.",
                  nullptr, row.total.unapprovedReports);
    if (role == Qt::ToolTipRole && index.column() == UnpricedColumn &&
        row.total.unpricedReports > 0)
        return tr("%n report(s) of this employee have no piece rate for their day: their pieces "
                  "earn nothing until a rate is added in the rate table.",
                  nullptr, row.total.unpricedReports);
    return {};
}

QVariant WageTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BadgeColumn:
        return tr("Badge");
    case NameColumn:
        return tr("Name");
    case TeamColumn:
        return tr("Team");
    case GoodColumn:
        return tr("Good qty");
    case AmountColumn:
        return tr("Amount (¥)");
    case UnpricedColumn:
        return tr("Without rate");
    case UnapprovedColumn:
        return tr("Awaiting approval");
    default:
        return {};
    }
}

} // namespace Taktline
