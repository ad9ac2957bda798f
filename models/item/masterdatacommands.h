#pragma once

#include "masterrecord.h"
#include "routingoperation.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Taktline {

class MasterDataService;
class RoutingService;
class UndoFeedback;

// Ids for QUndoCommand::id(): edits of the same field merge into one undo step.
enum UndoCommandId { ChangeMasterFieldId = 1 };

// Base of the master-data commands: the change was already made when the command is pushed,
// so the first redo() does nothing; a later undo/redo the service refuses is reported.
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
