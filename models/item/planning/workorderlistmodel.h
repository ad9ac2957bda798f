#pragma once

#include "item/pagedtablemodel.h"
#include "storage/planning/workorderrepository.h"

namespace Taktline {

class ReportingService;
class WorkOrderService;

// The work-order list, fetched page by page from SQL as the view scrolls: 100,000 orders open
// as fast as 200. Filters and sorting run in SQL on indexed columns.
class WorkOrderListModel final : public PagedTableModel<WorkOrderListRow>
{
    Q_OBJECT
public:
    enum Column { NumberColumn, ProductColumn, QuantityColumn, DoneColumn, DueColumn,
                  CustomerColumn, PriorityColumn, StateColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, OverdueRole, StateRole };

    // With REPORTING, a row follows the reports made on its order (progress, state).
    explicit WorkOrderListModel(WorkOrderService *service, ReportingService *reporting = nullptr,
                                QObject *parent = nullptr);

    const WorkOrderFilter &filter() const { return m_filter; }
    void setFilter(const WorkOrderFilter &filter);
    int rowOfId(const QString &id) const;
    QString idAt(int row) const;
    void refreshRow(const QString &id); // one order changed: re-read its row

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    Result<int> countRows() const override;
    Result<QList<WorkOrderListRow>> readPage(int offset, int limit) const override;
    bool isOverdue(const WorkOrderListRow &row) const;

    WorkOrderService *m_service;
    WorkOrderFilter m_filter;
};

} // namespace Taktline
