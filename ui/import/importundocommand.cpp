#include "import/importundocommand.h"

#include "services/workspace.h"

namespace Taktline {

ImportUndoCommand::ImportUndoCommand(Workspace *workspace, ImportPlan plan, const QString &text)
    : AppliedCommand(workspace->undoFeedback(), text)
    , m_workspace(workspace)
    , m_plan(std::move(plan))
{}

Outcome ImportUndoCommand::applyUndo()
{
    return ImportService(*m_workspace).undo(m_plan);
}

Outcome ImportUndoCommand::applyRedo()
{
    Result<ImportPlan> again = ImportService(*m_workspace).run(m_plan.kind, m_plan.path);
    if (!again)
        return again.outcome();
    if (!again.value().ok())
        return Outcome::failure(again.value().problems.constFirst().reason);
    m_plan = std::move(again).value();
    return Outcome::success();
}

} // namespace Taktline
