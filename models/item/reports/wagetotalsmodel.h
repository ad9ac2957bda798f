#pragma once

#include "services/station/wageservice.h"

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

// The wage report per employee (工资报表): badge, name, team, good pieces, amount, the
// number of reports without a rate and of those awaiting approval. Numbers stay numbers for sorting and for Excel.
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
        UnapprovedColumn, // shown only while wages wait for approval (报工审核)
        ColumnCount
    };
    static constexpr int EmployeeIdRole = Qt::UserRole + 1;

    explicit WageTotalsModel(QObject *parent = nullptr);

    // APPROVAL_REQUIRED: wages wait for a supervisor's approval, so the model has the
    // "Awaiting approval" column (and the Excel export with it); otherwise it has not.
    void setRows(QList<WageTotalRow> rows, bool approvalRequired = false);
    bool approvalRequired() const { return m_approvalRequired; }
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
    bool m_approvalRequired = false;
};

} // namespace Taktline
