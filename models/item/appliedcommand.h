#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Taktline {

class UndoFeedback;

// Ids for QUndoCommand::id(), one per command that merges: edits of the same field merge into
// one undo step. Ids are unique across the whole undo stack, so every mergeable command takes
// its id from here.
enum UndoCommandId { ChangeMasterFieldId = 1 };

// Base of the undo commands of Taktline: the change was already made through a service when the
// command is pushed, so the first redo() does nothing; a later undo/redo the service refuses
// makes the command obsolete and is reported through UndoFeedback.
class AppliedCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::AppliedCommand)

public:
    explicit AppliedCommand(UndoFeedback *feedback, const QString &text);
    void undo() final;
    void redo() final;

protected:
    virtual Outcome applyUndo() = 0;
    virtual Outcome applyRedo() = 0;

private:
    UndoFeedback *m_feedback;
    bool m_applied = true;
};

} // namespace Taktline
