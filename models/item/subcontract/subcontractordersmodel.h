#pragma once

#include "services/subcontract/subcontractservice.h"

#include <QAbstractTableModel>
#include <QDate>

namespace Taktline {

// The subcontract orders (外协单) of the Subcontracting tab: what was sent to which supplier,
// what came back good or defective, what was written off short, what is still open and what it
// costs; an open order past its due date is red.
class SubcontractOrdersModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        SupplierColumn,
        OrderColumn,
        ProductColumn,
        StepColumn,
        SentColumn,
        GoodColumn,
        DefectiveColumn,
        ShortColumn,
        OpenColumn,
        DueColumn,
        PriceColumn,
        CostColumn,
        ColumnCount
    };
    enum Roles { OrderIdRole = Qt::UserRole + 1, LateRole };

    explicit SubcontractOrdersModel(QObject *parent = nullptr);

    // ORDERS as they are on TODAY (what is late).
    void setOrders(const QList<SubcontractOrder> &orders, const QDate &today);
    const QList<SubcontractOrder> &orders() const { return m_orders; }
    const SubcontractOrder *orderAt(int row) const;
    int rowOf(const QString &orderId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SubcontractOrder> m_orders;
    QDate m_today;
};

} // namespace Taktline
