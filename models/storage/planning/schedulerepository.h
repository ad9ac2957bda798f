#pragma once

#include "domain/outcome.h"
#include "domain/planning/workorder.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Taktline {

// An operation waiting on a machine, with what scheduling and dispatching need of its order.
struct QueueRow
{
    QString operationId;
    QString workOrderId;
    int seq = 0;
    QString name;
    double standardSeconds = 0;
    QString machineId;
    double queueRank = 0;
    qint64 plannedStartMs = 0;
    qint64 plannedEndMs = 0;
    QString workOrderNumber;
    WorkOrderState state = WorkOrderState::Released;
    WorkOrderPriority priority = WorkOrderPriority::Normal;
    double quantity = 0;
    double good = 0; // reported good pieces of this operation
    QDate dueDate;
    QString partNo;
    QString productName;
    QString productNameEn;
    // Done by a supplier (外协): takes no machine. LEAD_DAYS is the supplier's; OPEN_DUE_DATE
    // the latest due date of a batch sent and not all back (invalid when none is out).
    bool outsourced = false;
    int leadDays = 0;
    QDate openDueDate;
};

// A machine as the planner sees it.
struct MachineRow
{
    QString id;
    QString code;
    QString name;
    QString nameEn;
    QString workshop;
    int capacity = 1;
    bool active = true;
};

// A stored plan for one operation.
struct PlannedTimes
{
    QString operationId;
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// Reads the queues of released, running and held work orders (operations not yet finished) and writes the plan and the
// dispatch order back; knows SQL, nothing about scheduling.
class ScheduleRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ScheduleRepository)

public:
    explicit ScheduleRepository(QSqlDatabase db);

    // Ordered by machine and queue rank; without the product's part no. and names unless
    // WITH_PRODUCT (planning alone does not need them).
    Result<QList<QueueRow>> queuedOperations(bool withProduct = true) const;
    Result<QList<MachineRow>> machines() const; // not deleted, active or not
    Outcome writePlan(const QList<PlannedTimes> &plan);
    Outcome setPlace(const QString &operationId, const QString &machineId, double queueRank);

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
