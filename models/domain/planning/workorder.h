#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Taktline {

// The life of a work order (工单); transitions live in WorkOrderStateMachine.
enum class WorkOrderState { Draft, Released, InProgress, OnHold, Completed, Closed, Cancelled };
enum class WorkOrderPriority { Normal, Urgent };

QString workOrderStateKey(WorkOrderState state);             // stored: "in_progress"
std::optional<WorkOrderState> workOrderStateFromKey(const QString &key);
QString workOrderStateDisplayName(WorkOrderState state);     // translated: 生产中
QList<WorkOrderState> allWorkOrderStates();
QString priorityKey(WorkOrderPriority priority);
WorkOrderPriority priorityFromKey(const QString &key);
QString priorityDisplayName(WorkOrderPriority priority);

// One operation of a work order, copied from the product's routing at release and editable
// until production starts. Progress is derived from production reports, never stored here.
struct WorkOrderOperation
{
    QString id;
    QString workOrderId;
    int seq = 0;                 // 10, 20, 30 …
    QString name;
    double standardSeconds = 0;  // per piece
    QString machineId;
    double queueRank = 0;        // position in the machine's queue; lower runs first
    qint64 plannedStartMs = 0;   // from the scheduler; 0 while unscheduled
    qint64 plannedEndMs = 0;
    // The ideal cycle time for OEE, copied from the routing; not set: the standard time stands in.
    std::optional<double> idealSeconds{};
    // Done by a supplier (外协), copied from the routing: no machine, sent and received instead.
    bool outsourced = false;
    QString supplierId{};
    double subcontractPrice = 0;

    bool operator==(const WorkOrderOperation &other) const = default;
};

// A work order as the planner edits it.
struct WorkOrder
{
    QString id;
    QString number;              // WO-20261122-A0007, unique, shown to users, never a key
    QString productId;
    double quantity = 0;
    QDate dueDate;
    QString customer;
    QString salesOrder;
    WorkOrderPriority priority = WorkOrderPriority::Normal;
    QString lotNo;
    QString notes;
    WorkOrderState state = WorkOrderState::Draft;
    int version = 0;             // bumped on every change; guards edits from two windows
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

} // namespace Taktline
