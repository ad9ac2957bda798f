#pragma once

#include "domain/masterdata/bom.h"
#include "item/appliedcommand.h"

namespace Taktline {

class BomService;

// Adds a bill-of-materials line; undo removes it and redo brings the same line back.
class AddBomLineCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::AddBomLineCommand)

public:
    AddBomLineCommand(BomService *service, UndoFeedback *feedback, QString lineId,
                      const QString &text);

private:
    Outcome applyUndo() override;
    Outcome applyRedo() override;

    BomService *m_service;
    QString m_lineId;
};

// Removes a bill-of-materials line (a tombstone); undo brings it back.
class RemoveBomLineCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::RemoveBomLineCommand)

public:
    RemoveBomLineCommand(BomService *service, UndoFeedback *feedback, QString lineId,
                         const QString &text);

private:
    Outcome applyUndo() override;
    Outcome applyRedo() override;

    BomService *m_service;
    QString m_lineId;
};

// Changes a line's component, quantity, step or note from BEFORE to AFTER.
class ChangeBomLineCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ChangeBomLineCommand)

public:
    ChangeBomLineCommand(BomService *service, UndoFeedback *feedback, BomLine before, BomLine after,
                         const QString &text);

private:
    Outcome applyUndo() override;
    Outcome applyRedo() override;

    BomService *m_service;
    BomLine m_before;
    BomLine m_after;
};

} // namespace Taktline
