#include "item/planning/rushinsertcommand.h"

#include "services/planning/dispatchservice.h"

namespace Taktline {

RushInsertCommand::RushInsertCommand(DispatchService *service, UndoFeedback *feedback,
                                     const QString &number, QHash<QString, double> ranksBefore,
                                     QHash<QString, double> ranksAfter)
    : AppliedCommand(feedback, tr("Insert rush order %1").arg(number))
    , m_service(service)
    , m_before(std::move(ranksBefore))
    , m_after(std::move(ranksAfter))
{
}

Outcome RushInsertCommand::applyUndo()
{
    return m_service->restoreQueueRanks(m_before);
}

Outcome RushInsertCommand::applyRedo()
{
    return m_service->restoreQueueRanks(m_after);
}

} // namespace Taktline
