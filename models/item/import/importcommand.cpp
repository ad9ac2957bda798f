#include "item/import/importcommand.h"

#include <QFileInfo>

namespace Taktline {

ImportCommand::ImportCommand(Workspace &workspace, UndoFeedback *feedback, ImportPlan plan)
    : AppliedCommand(feedback, tr("Import %1 from %2")
                                   .arg(ImportKinds::displayName(plan.kind),
                                        QFileInfo(plan.path).fileName()))
    , m_workspace(workspace)
    , m_plan(std::move(plan))
{}

Outcome ImportCommand::applyUndo()
{
    return ImportService(m_workspace).undo(m_plan);
}

Outcome ImportCommand::applyRedo()
{
    return ImportService(m_workspace).redo(m_plan);
}

} // namespace Taktline
