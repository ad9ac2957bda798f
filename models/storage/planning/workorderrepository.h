#pragma once

#include "domain/outcome.h"
#include "domain/planning/workorder.h"
#include "storage/numberseries.h"
#include "storage/planning/workorderoperationrepository.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Taktline {

// What the work-order list asks for; every filter becomes SQL on an indexed column.
struct WorkOrderFilter
{
    QList<WorkOrderState> states;   // empty: all
    QString productId;
    QString customer;               // substring, case-insensitive
    QString numberSearch;           // substring of the number, lot or sales order
    std::optional<QDate> dueFrom;
    std::optional<QDate> dueTo;
    bool overdueOnly = false;       // due before today and not completed/closed/cancelled
    bool urgentOnly = false;
    QDate today; // for overdueOnly; invalid: the workspace clock's today
    enum class Sort { Number, DueDate, Product, Customer, Quantity, State, Priority };
    Sort sort = Sort::DueDate;
    bool descending = false;
};

// One line of the work-order list, joined with its product.
struct WorkOrderListRow
{
    QString id;
    QString number;
    QString partNo;
    QString productName;
    double quantity = 0;
    QDate dueDate;
    QString customer;
    WorkOrderPriority priority = WorkOrderPriority::Normal;
    WorkOrderState state = WorkOrderState::Draft;
    double done = 0; // good pieces of the last step, from production reports
};

// Reads and writes work orders and their operations; pages lists straight from SQL.
class WorkOrderRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::WorkOrderRepository)

public:
    explicit WorkOrderRepository(QSqlDatabase db);

    Result<WorkOrder> find(const QString &id,
                           bool removed = false) const; // REMOVED: a tombstoned one
    Result<QString> idForNumber(const QString &number) const;
    Result<QList<WorkOrderListRow>> page(const WorkOrderFilter &filter, int offset, int limit) const;
    Result<int> count(const WorkOrderFilter &filter) const;

    Outcome insert(const WorkOrder &order);
    // Saves ORDER if its stored version is still EXPECTEDVERSION; bumps the version.
    Outcome update(const WorkOrder &order, int expectedVersion);
    // Tombstones an order (its number stays taken) or brings it back.
    Outcome setRemoved(const QString &id, bool removed);

    Result<QList<WorkOrderOperation>> operations(const QString &workOrderId) const;
    Result<WorkOrderOperation> operation(const QString &operationId) const;
    Outcome replaceOperations(const QString &workOrderId, const QList<WorkOrderOperation> &ops);
    Result<double> lastQueueRank(const QString &machineId) const;

    // The next number of the day for this device: WO-20261122-0007 ("A", the first device)
    // or WO-20261122-B0007 (device "B"). Call inside the transaction that inserts the order.
    Result<QString> nextNumber(const QDate &day, const QString &deviceCode);

private:
    QString whereClause(const WorkOrderFilter &filter) const;
    Outcome fillDone(QList<WorkOrderListRow> &rows) const;
    void bindFilter(class QSqlQuery &query, const WorkOrderFilter &filter) const;

    QSqlDatabase m_db;
    NumberSeries m_numbers;
    Sql::Statement m_insert; // an import creates 100,000 orders: the triggers compile once
    WorkOrderOperationRepository m_operations;
};

} // namespace Taktline
