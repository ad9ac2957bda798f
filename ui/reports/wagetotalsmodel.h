#pragma once

#include "wageservice.h"

#include <QAbstractTableModel>

namespace Taktline {

// One employee's line of the wage report: the totals and who the employee is.
struct WageTotalRow
{
    WageTotal total;
    QString badge;
    QString name;
    QString team;
};

// The wage report per employee (工资报表): badge, name, team, good pieces, amount and the
// number of reports without a rate. Numbers stay numbers for sorting and for Excel.
class WageTotalsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        BadgeColumn,
        NameColumn,
        TeamColumn,
        GoodColumn,
        AmountColumn,
        UnpricedColumn,
        ColumnCount
    };
    static constexpr int EmployeeIdRole = Qt::UserRole + 1;

    explicit WageTotalsModel(QObject *parent = nullptr);

    void setRows(QList<WageTotalRow> rows);
    const QList<WageTotalRow> &rows() const { return m_rows; }
    int rowOfEmployee(const QString &employeeId) const;
    // The sums of every row (employeeId empty), the amount in whole cents.
    WageTotal grandTotal() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<WageTotalRow> m_rows;
};

} // namespace Taktline
