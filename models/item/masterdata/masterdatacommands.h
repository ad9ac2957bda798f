#pragma once

#include "domain/masterdata/masterrecord.h"
#include "domain/planning/routingoperation.h"
#include "item/appliedcommand.h"

namespace Taktline {

class MasterDataService;
class RoutingService;

// Changes one field of one master-data record.
class ChangeMasterFieldCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ChangeMasterFieldCommand)

public:
    ChangeMasterFieldCommand(MasterDataService *service, UndoFeedback *feedback, MasterDataKind kind,
                             QString id, QString column, QVariant oldValue, QVariant newValue);
    int id() const override { return ChangeMasterFieldId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Outcome applyUndo() override;
    Outcome applyRedo() override;

    MasterDataService *m_service;
    MasterDataKind m_kind;
    QString m_recordId;
    QString m_column;
    QVariant m_oldValue;
    QVariant m_newValue;
};

// Adds a record; undo tombstones it and redo brings the same record back.
class AddMasterRecordCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::AddMasterRecordCommand)

public:
    AddMasterRecordCommand(MasterDataService *service, UndoFeedback *feedback, MasterDataKind kind,
                           QString id, const QString &code);

private:
    Outcome applyUndo() override;
    Outcome applyRedo() override;

    MasterDataService *m_service;
    MasterDataKind m_kind;
    QString m_recordId;
};

// Activates or deactivates a record.
class SetMasterActiveCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SetMasterActiveCommand)

public:
    SetMasterActiveCommand(MasterDataService *service, UndoFeedback *feedback, MasterDataKind kind,
                           QString id, const QString &code, bool active);

private:
    Outcome applyUndo() override;
    Outcome applyRedo() override;

    MasterDataService *m_service;
    MasterDataKind m_kind;
    QString m_recordId;
    bool m_active;
};

// Replaces a product's whole routing (operations added, removed, reordered or edited).
class SetRoutingCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SetRoutingCommand)

public:
    SetRoutingCommand(RoutingService *service, UndoFeedback *feedback, QString productId,
                      Routing before, Routing after, const QString &text);

private:
    Outcome applyUndo() override;
    Outcome applyRedo() override;

    RoutingService *m_service;
    QString m_productId;
    Routing m_before;
    Routing m_after;
};

} // namespace Taktline
