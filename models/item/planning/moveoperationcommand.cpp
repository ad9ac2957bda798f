#include "moveoperationcommand.h"

#include "scheduleservice.h"

namespace Taktline {

MoveOperationCommand::MoveOperationCommand(ScheduleService *service, UndoFeedback *feedback,
                                           QString operationId, const QString &label,
                                           QueuePlace from, QueuePlace to)
    : AppliedCommand(feedback, tr("Move %1").arg(label))
    , m_service(service)
    , m_operationId(std::move(operationId))
    , m_from(std::move(from))
    , m_to(std::move(to))
{
}

Outcome MoveOperationCommand::applyUndo()
{
    return m_service->moveOperation(m_operationId, m_from.machineId, m_from.index);
}

Outcome MoveOperationCommand::applyRedo()
{
    return m_service->moveOperation(m_operationId, m_to.machineId, m_to.index);
}

RushInsertCommand::RushInsertCommand(ScheduleService *service, UndoFeedback *feedback,
                                     const QString &number, QHash<QString, double> ranksBefore,
                                     QHash<QString, double> ranksAfter)
    : AppliedCommand(feedback, tr("Insert rush order %1").arg(number))
    , m_service(service)
    , m_before(std::move(ranksBefore))
    , m_after(std::move(ranksAfter))
{
}

Outcome RushInsertCommand::applyUndo()
{
    return m_service->restoreQueueRanks(m_before);
}

Outcome RushInsertCommand::applyRedo()
{
    return m_service->restoreQueueRanks(m_after);
}

} // namespace Taktline
