#include "item/quality/inspectionplancommands.h"

#include "services/quality/inspectionplanservice.h"

namespace Taktline {

AddInspectionPlanCommand::AddInspectionPlanCommand(InspectionPlanService *service,
                                                   UndoFeedback *feedback, QString planId,
                                                   const QString &text)
    : AppliedCommand(feedback, text)
    , m_service(service)
    , m_planId(std::move(planId))
{
}

Outcome AddInspectionPlanCommand::applyUndo()
{
    return m_service->remove(m_planId);
}

Outcome AddInspectionPlanCommand::applyRedo()
{
    return m_service->restore(m_planId);
}

RemoveInspectionPlanCommand::RemoveInspectionPlanCommand(InspectionPlanService *service,
                                                         UndoFeedback *feedback, QString planId,
                                                         const QString &text)
    : AppliedCommand(feedback, text)
    , m_service(service)
    , m_planId(std::move(planId))
{
}

Outcome RemoveInspectionPlanCommand::applyUndo()
{
    return m_service->restore(m_planId);
}

Outcome RemoveInspectionPlanCommand::applyRedo()
{
    return m_service->remove(m_planId);
}

ChangeInspectionPlanCommand::ChangeInspectionPlanCommand(InspectionPlanService *service,
                                                         UndoFeedback *feedback,
                                                         InspectionPlan before,
                                                         InspectionPlan after, const QString &text)
    : AppliedCommand(feedback, text)
    , m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Outcome ChangeInspectionPlanCommand::applyUndo()
{
    return m_service->save(m_before).outcome();
}

Outcome ChangeInspectionPlanCommand::applyRedo()
{
    return m_service->save(m_after).outcome();
}

} // namespace Taktline
