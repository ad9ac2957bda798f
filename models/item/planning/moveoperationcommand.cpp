#include "item/planning/moveoperationcommand.h"

#include "services/planning/dispatchservice.h"

namespace Taktline {

MoveOperationCommand::MoveOperationCommand(DispatchService *service, UndoFeedback *feedback,
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

} // namespace Taktline
