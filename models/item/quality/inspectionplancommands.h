#pragma once

#include "domain/quality/inspectionplan.h"
#include "item/appliedcommand.h"

namespace Taktline {

class InspectionPlanService;

// Adds an inspection plan; undo removes it, redo brings the same plan back.
class AddInspectionPlanCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::AddInspectionPlanCommand)

public:
    AddInspectionPlanCommand(InspectionPlanService *service, UndoFeedback *feedback, QString planId,
                             const QString &text);

private:
    Outcome applyUndo() override;
    Outcome applyRedo() override;

    InspectionPlanService *m_service;
    QString m_planId;
};

// Removes an inspection plan (a tombstone); undo brings it back.
class RemoveInspectionPlanCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::RemoveInspectionPlanCommand)

public:
    RemoveInspectionPlanCommand(InspectionPlanService *service, UndoFeedback *feedback,
                                QString planId, const QString &text);

private:
    Outcome applyUndo() override;
    Outcome applyRedo() override;

    InspectionPlanService *m_service;
    QString m_planId;
};

// Changes a plan — its settings or its characteristics — from BEFORE to AFTER (both as saved,
// with the characteristics' ids).
class ChangeInspectionPlanCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ChangeInspectionPlanCommand)

public:
    ChangeInspectionPlanCommand(InspectionPlanService *service, UndoFeedback *feedback,
                                InspectionPlan before, InspectionPlan after, const QString &text);

private:
    Outcome applyUndo() override;
    Outcome applyRedo() override;

    InspectionPlanService *m_service;
    InspectionPlan m_before;
    InspectionPlan m_after;
};

} // namespace Taktline
