#pragma once

#include "item/appliedcommand.h"

#include <QHash>

namespace Taktline {

class DispatchService;

// Undo/redo of a rush insertion: puts the order's operations back at their old places in the
// queues, and at the front again.
class RushInsertCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::RushInsertCommand)

public:
    RushInsertCommand(DispatchService *service, UndoFeedback *feedback, const QString &number,
                      QHash<QString, double> ranksBefore, QHash<QString, double> ranksAfter);

private:
    Outcome applyUndo() override;
    Outcome applyRedo() override;

    DispatchService *m_service;
    QHash<QString, double> m_before;
    QHash<QString, double> m_after;
};

} // namespace Taktline
