#pragma once

#include "domain/station/production.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Taktline {

// The priced report lines of a wage period, of every employee (the view filters one by
// EmployeeIdRole; the Excel export keeps them all, with the badge and name columns).
class WageLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        BadgeColumn,
        NameColumn,
        ReportedAtColumn,
        WorkOrderColumn,
        PartNoColumn,
        OperationColumn,
        GoodColumn,
        RateColumn,
        AmountColumn,
        ApprovalColumn, // shown only while wages wait for approval (报工审核)
        ColumnCount
    };
    static constexpr int EmployeeIdRole = Qt::UserRole + 1;

    // Badge and name by employee id, for the first two columns.
    using People = QHash<QString, QPair<QString, QString>>;

    explicit WageLinesModel(QObject *parent = nullptr);

    // APPROVAL_REQUIRED adds the Approval column (approved / awaiting approval).
    void setLines(QList<WageLine> lines, People people, bool approvalRequired = false);
    const QList<WageLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<WageLine> m_lines;
    People m_people;
    bool m_approvalRequired = false;
};

} // namespace Taktline
