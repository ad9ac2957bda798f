#include "item/masterdata/bomcommands.h"

#include "services/masterdata/bomservice.h"

namespace Taktline {

AddBomLineCommand::AddBomLineCommand(BomService *service, UndoFeedback *feedback, QString lineId,
                                     const QString &text)
    : AppliedCommand(feedback, text)
    , m_service(service)
    , m_lineId(std::move(lineId))
{
}

Outcome AddBomLineCommand::applyUndo()
{
    return m_service->removeLine(m_lineId);
}

Outcome AddBomLineCommand::applyRedo()
{
    return m_service->restoreLine(m_lineId);
}

RemoveBomLineCommand::RemoveBomLineCommand(BomService *service, UndoFeedback *feedback,
                                           QString lineId, const QString &text)
    : AppliedCommand(feedback, text)
    , m_service(service)
    , m_lineId(std::move(lineId))
{
}

Outcome RemoveBomLineCommand::applyUndo()
{
    return m_service->restoreLine(m_lineId);
}

Outcome RemoveBomLineCommand::applyRedo()
{
    return m_service->removeLine(m_lineId);
}

ChangeBomLineCommand::ChangeBomLineCommand(BomService *service, UndoFeedback *feedback,
                                           BomLine before, BomLine after, const QString &text)
    : AppliedCommand(feedback, text)
    , m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Outcome ChangeBomLineCommand::applyUndo()
{
    return m_service->updateLine(m_before);
}

Outcome ChangeBomLineCommand::applyRedo()
{
    return m_service->updateLine(m_after);
}

} // namespace Taktline
