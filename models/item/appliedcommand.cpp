#include "item/appliedcommand.h"

#include "services/undofeedback.h"

namespace Taktline {

AppliedCommand::AppliedCommand(UndoFeedback *feedback, const QString &text)
    : QUndoCommand(text)
    , m_feedback(feedback)
{}

void AppliedCommand::redo()
{
    if (m_applied)
        return; // pushed right after the change was made
    if (Outcome done = applyRedo(); !done) {
        setObsolete(true);
        if (m_feedback)
            m_feedback->report(tr("Could not redo “%1”: %2").arg(text(), done.error()));
        return;
    }
    m_applied = true;
}

void AppliedCommand::undo()
{
    if (Outcome done = applyUndo(); !done) {
        setObsolete(true);
        if (m_feedback)
            m_feedback->report(tr("Could not undo “%1”: %2").arg(text(), done.error()));
        return;
    }
    m_applied = false;
}

} // namespace Taktline
