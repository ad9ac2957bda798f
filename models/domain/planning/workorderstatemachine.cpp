#include "domain/planning/workorderstatemachine.h"

namespace Taktline {

namespace {

std::optional<WorkOrderState> target(WorkOrderState from, WorkOrderAction action)
{
    using S = WorkOrderState;
    switch (action) {
    case WorkOrderAction::Release:
        return from == S::Draft ? std::optional(S::Released) : std::nullopt;
    case WorkOrderAction::Start:
        return from == S::Released ? std::optional(S::InProgress) : std::nullopt;
    case WorkOrderAction::Hold:
        return from == S::InProgress ? std::optional(S::OnHold) : std::nullopt;
    case WorkOrderAction::Resume:
        return from == S::OnHold ? std::optional(S::InProgress) : std::nullopt;
    case WorkOrderAction::Complete:
        return from == S::InProgress ? std::optional(S::Completed) : std::nullopt;
    case WorkOrderAction::Close:
        return from == S::Completed ? std::optional(S::Closed) : std::nullopt;
    case WorkOrderAction::Cancel:
        return from == S::Draft || from == S::Released || from == S::OnHold ? std::optional(S::Cancelled)
                                                                            : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

QList<WorkOrderAction> WorkOrderStateMachine::allActions()
{
    return {WorkOrderAction::Release, WorkOrderAction::Start,    WorkOrderAction::Hold,
            WorkOrderAction::Resume,  WorkOrderAction::Complete, WorkOrderAction::Close,
            WorkOrderAction::Cancel};
}

Result<WorkOrderState> WorkOrderStateMachine::apply(WorkOrderState from, WorkOrderAction action)
{
    if (const std::optional<WorkOrderState> to = target(from, action))
        return *to;
    const QString state = workOrderStateDisplayName(from);
    switch (from) {
    case WorkOrderState::Closed:
        return Outcome::failure(tr("The work order is closed; nothing more can change. Create a new work order instead."));
    case WorkOrderState::Cancelled:
        return Outcome::failure(tr("The work order is cancelled; nothing more can change. Create a new work order instead."));
    default:
        break;
    }
    switch (action) {
    case WorkOrderAction::Release:
        return Outcome::failure(tr("Only a draft can be released; this work order is already %1.").arg(state));
    case WorkOrderAction::Start:
        return Outcome::failure(from == WorkOrderState::Draft
                                    ? tr("Release the work order before production starts.")
                                    : tr("A work order that is %1 cannot start again.").arg(state));
    case WorkOrderAction::Hold:
        return Outcome::failure(tr("Only a work order in progress can be put on hold; this one is %1.").arg(state));
    case WorkOrderAction::Resume:
        return Outcome::failure(tr("Only a work order on hold can resume; this one is %1.").arg(state));
    case WorkOrderAction::Complete:
        return Outcome::failure(tr("Only a work order in progress can be completed; this one is %1.").arg(state));
    case WorkOrderAction::Close:
        return Outcome::failure(tr("Only a completed work order can be closed; this one is %1.").arg(state));
    case WorkOrderAction::Cancel:
        return Outcome::failure(from == WorkOrderState::InProgress
                                    ? tr("A work order in progress cannot be cancelled. Put it on hold first.")
                                    : tr("A %1 work order cannot be cancelled.").arg(state));
    }
    return Outcome::failure(tr("This change is not allowed."));
}

QList<WorkOrderAction> WorkOrderStateMachine::allowedActions(WorkOrderState from)
{
    QList<WorkOrderAction> actions;
    for (WorkOrderAction action : allActions()) {
        if (target(from, action))
            actions.append(action);
    }
    return actions;
}

QString WorkOrderStateMachine::actionDisplayName(WorkOrderAction action)
{
    switch (action) {
    case WorkOrderAction::Release: return tr("Release");
    case WorkOrderAction::Start: return tr("Start");
    case WorkOrderAction::Hold: return tr("Hold");
    case WorkOrderAction::Resume: return tr("Resume");
    case WorkOrderAction::Complete: return tr("Complete");
    case WorkOrderAction::Close: return tr("Close");
    case WorkOrderAction::Cancel: return tr("Cancel");
    }
    return {};
}

bool WorkOrderStateMachine::operationsEditable(WorkOrderState state)
{
    return state == WorkOrderState::Draft || state == WorkOrderState::Released;
}

} // namespace Taktline
