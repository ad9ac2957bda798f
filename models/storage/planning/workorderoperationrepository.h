#pragma once

#include "domain/outcome.h"
#include "domain/planning/workorder.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Taktline {

// Reads and writes the operations (steps) of work orders, for WorkOrderRepository.
class WorkOrderOperationRepository final
{
    // The texts keep the work-order repository's translation context.
    Q_DECLARE_TR_FUNCTIONS(Taktline::WorkOrderRepository)

public:
    explicit WorkOrderOperationRepository(QSqlDatabase db);

    Result<QList<WorkOrderOperation>> operations(const QString &workOrderId) const;
    Result<WorkOrderOperation> operation(const QString &operationId) const;
    Outcome replaceOperations(const QString &workOrderId, const QList<WorkOrderOperation> &ops);
    Result<double> lastQueueRank(const QString &machineId) const;

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
