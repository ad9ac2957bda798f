#pragma once

#include "item/appliedcommand.h"
#include "services/import/importservice.h"

namespace Taktline {

class Workspace;

// A whole import as one undo step: pushed after ImportService::run() committed it; undo takes
// every row back in one transaction, redo makes the import again.
class ImportCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ImportCommand)

public:
    ImportCommand(Workspace &workspace, UndoFeedback *feedback, ImportPlan plan);

private:
    Outcome applyUndo() override;
    Outcome applyRedo() override;

    Workspace &m_workspace;
    ImportPlan m_plan;
};

} // namespace Taktline
