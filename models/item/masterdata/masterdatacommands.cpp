#include "item/masterdata/masterdatacommands.h"

#include "domain/masterdata/masterdataspecs.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"

namespace Taktline {

ChangeMasterFieldCommand::ChangeMasterFieldCommand(MasterDataService *service,
                                                   UndoFeedback *feedback, MasterDataKind kind,
                                                   QString id, QString column, QVariant oldValue,
                                                   QVariant newValue)
    : AppliedCommand(feedback, tr("Change %1").arg(entitySpec(kind).field(column)->displayLabel()))
    , m_service(service)
    , m_kind(kind)
    , m_recordId(std::move(id))
    , m_column(std::move(column))
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
{}

bool ChangeMasterFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeMasterFieldCommand *>(other);
    if (next->m_kind != m_kind || next->m_recordId != m_recordId || next->m_column != m_column)
        return false;
    m_newValue = next->m_newValue;
    return true;
}

Outcome ChangeMasterFieldCommand::applyUndo()
{
    return m_service->updateField(m_kind, m_recordId, m_column, m_oldValue);
}

Outcome ChangeMasterFieldCommand::applyRedo()
{
    return m_service->updateField(m_kind, m_recordId, m_column, m_newValue);
}

AddMasterRecordCommand::AddMasterRecordCommand(MasterDataService *service, UndoFeedback *feedback,
                                               MasterDataKind kind, QString id, const QString &code)
    : AppliedCommand(feedback, tr("Add %1 %2").arg(entitySpec(kind).displaySingular(), code))
    , m_service(service)
    , m_kind(kind)
    , m_recordId(std::move(id))
{}

Outcome AddMasterRecordCommand::applyUndo()
{
    return m_service->remove(m_kind, m_recordId);
}

Outcome AddMasterRecordCommand::applyRedo()
{
    return m_service->restore(m_kind, m_recordId);
}

SetMasterActiveCommand::SetMasterActiveCommand(MasterDataService *service, UndoFeedback *feedback,
                                               MasterDataKind kind, QString id,
                                               const QString &code, bool active)
    : AppliedCommand(feedback, (active ? tr("Activate %1 %2") : tr("Deactivate %1 %2"))
                                   .arg(entitySpec(kind).displaySingular(), code))
    , m_service(service)
    , m_kind(kind)
    , m_recordId(std::move(id))
    , m_active(active)
{}

Outcome SetMasterActiveCommand::applyUndo()
{
    return m_service->setActive(m_kind, m_recordId, !m_active);
}

Outcome SetMasterActiveCommand::applyRedo()
{
    return m_service->setActive(m_kind, m_recordId, m_active);
}

SetRoutingCommand::SetRoutingCommand(RoutingService *service, UndoFeedback *feedback,
                                     QString productId, Routing before, Routing after,
                                     const QString &text)
    : AppliedCommand(feedback, text)
    , m_service(service)
    , m_productId(std::move(productId))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Outcome SetRoutingCommand::applyUndo()
{
    return m_service->setOperations(m_productId, m_before);
}

Outcome SetRoutingCommand::applyRedo()
{
    return m_service->setOperations(m_productId, m_after);
}

} // namespace Taktline
