#pragma once

#include "item/appliedcommand.h"


namespace Taktline {

class DispatchService;

// Where an operation sits: a machine and a position in its queue.
struct QueuePlace
{
    QString machineId;
    int index = 0;
};

// Undo/redo of a card moved on the dispatch board: puts the operation back at its old machine
// and position, and again where it was dropped. The service may refuse (the machine was
// deactivated since, production has started); the refusal is reported, not swallowed.
class MoveOperationCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::MoveOperationCommand)

public:
    MoveOperationCommand(DispatchService *service, UndoFeedback *feedback, QString operationId,
                         const QString &label, QueuePlace from, QueuePlace to);

private:
    Outcome applyUndo() override;
    Outcome applyRedo() override;

    DispatchService *m_service;
    QString m_operationId;
    QueuePlace m_from;
    QueuePlace m_to;
};

} // namespace Taktline
