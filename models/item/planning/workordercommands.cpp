#include "item/planning/workordercommands.h"

#include "services/planning/workorderservice.h"

namespace Taktline {

EditWorkOrderCommand::EditWorkOrderCommand(WorkOrderService *service, UndoFeedback *feedback,
                                           WorkOrder before, WorkOrder after)
    : AppliedCommand(feedback, tr("Edit work order %1").arg(after.number))
    , m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Outcome EditWorkOrderCommand::write(const WorkOrder &fields)
{
    const Result<WorkOrder> current = m_service->find(fields.id);
    if (!current)
        return current.outcome();
    WorkOrder order = fields;
    order.version = current.value().version;
    return m_service->update(order);
}

Outcome EditWorkOrderCommand::applyUndo()
{
    return write(m_before);
}

Outcome EditWorkOrderCommand::applyRedo()
{
    return write(m_after);
}

} // namespace Taktline
