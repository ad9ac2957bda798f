#pragma once

#include "appliedcommand.h"

#include <QHash>

namespace Taktline {

class ScheduleService;

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
    MoveOperationCommand(ScheduleService *service, UndoFeedback *feedback, QString operationId,
                         const QString &label, QueuePlace from, QueuePlace to);

private:
    Outcome applyUndo() override;
    Outcome applyRedo() override;

    ScheduleService *m_service;
    QString m_operationId;
    QueuePlace m_from;
    QueuePlace m_to;
};

// Undo/redo of a rush insertion: puts the order's operations back at their old places in the
// queues, and at the front again.
class RushInsertCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::RushInsertCommand)

public:
    RushInsertCommand(ScheduleService *service, UndoFeedback *feedback, const QString &number,
                      QHash<QString, double> ranksBefore, QHash<QString, double> ranksAfter);

private:
    Outcome applyUndo() override;
    Outcome applyRedo() override;

    ScheduleService *m_service;
    QHash<QString, double> m_before;
    QHash<QString, double> m_after;
};

} // namespace Taktline
