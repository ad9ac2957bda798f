#pragma once

#include "item/appliedcommand.h"
#include "services/import/importservice.h"

namespace Taktline {

class Workspace;

// One import on the undo stack as one step: undo takes the whole import back
// (ImportService::undo), redo imports the same file again.
class ImportUndoCommand final : public AppliedCommand
{
public:
    ImportUndoCommand(Workspace *workspace, ImportPlan plan, const QString &text);

protected:
    Outcome applyUndo() override;
    Outcome applyRedo() override;

private:
    Workspace *m_workspace;
    ImportPlan m_plan;
};

} // namespace Taktline
