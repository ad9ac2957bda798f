#pragma once

#include "domain/planning/workorder.h"
#include "item/appliedcommand.h"

namespace Taktline {

class WorkOrderService;

// Undo/redo of a work-order header edit: puts back the fields the user changed, on top of
// whatever version is stored now (a later edit elsewhere is not silently overwritten:
// fields that changed since are refused by the version check).
class EditWorkOrderCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::EditWorkOrderCommand)

public:
    EditWorkOrderCommand(WorkOrderService *service, UndoFeedback *feedback, WorkOrder before,
                         WorkOrder after);

private:
    Outcome applyUndo() override;
    Outcome applyRedo() override;
    Outcome write(const WorkOrder &fields);

    WorkOrderService *m_service;
    WorkOrder m_before;
    WorkOrder m_after;
};

} // namespace Taktline
