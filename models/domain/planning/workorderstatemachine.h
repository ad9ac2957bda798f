#pragma once

#include "domain/outcome.h"
#include "domain/planning/workorder.h"

#include <QCoreApplication>

namespace Taktline {

// What a user (or, later, the station) does to a work order's state.
enum class WorkOrderAction { Release, Start, Hold, Resume, Complete, Close, Cancel };

// The one place that decides which state changes are allowed: draft → released →
// in_progress ⇄ on_hold → completed → closed; cancelled from draft, released or on_hold.
// Every refusal comes with a reason the user can read.
class WorkOrderStateMachine final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::WorkOrderStateMachine)

public:
    static Result<WorkOrderState> apply(WorkOrderState from, WorkOrderAction action);
    static QList<WorkOrderAction> allowedActions(WorkOrderState from);
    static QString actionDisplayName(WorkOrderAction action);
    static QList<WorkOrderAction> allActions();
    // True while the operations may still be edited (nothing has been produced).
    static bool operationsEditable(WorkOrderState state);
};

} // namespace Taktline
