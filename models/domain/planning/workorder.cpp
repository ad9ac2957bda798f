#include "domain/planning/workorder.h"

#include <QCoreApplication>

namespace Taktline {

namespace {

struct StateName
{
    WorkOrderState state;
    const char *key;
    const char *label;
};

const StateName StateNames[] = {
    {WorkOrderState::Draft, "draft", QT_TRANSLATE_NOOP("Taktline::WorkOrder", "Draft")},
    {WorkOrderState::Released, "released", QT_TRANSLATE_NOOP("Taktline::WorkOrder", "Released")},
    {WorkOrderState::InProgress, "in_progress", QT_TRANSLATE_NOOP("Taktline::WorkOrder", "In progress")},
    {WorkOrderState::OnHold, "on_hold", QT_TRANSLATE_NOOP("Taktline::WorkOrder", "On hold")},
    {WorkOrderState::Completed, "completed", QT_TRANSLATE_NOOP("Taktline::WorkOrder", "Completed")},
    {WorkOrderState::Closed, "closed", QT_TRANSLATE_NOOP("Taktline::WorkOrder", "Closed")},
    {WorkOrderState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Taktline::WorkOrder", "Cancelled")},
};

} // namespace

QString workOrderStateKey(WorkOrderState state)
{
    return QString::fromLatin1(StateNames[static_cast<int>(state)].key);
}

std::optional<WorkOrderState> workOrderStateFromKey(const QString &key)
{
    for (const StateName &name : StateNames) {
        if (key == QLatin1String(name.key))
            return name.state;
    }
    return std::nullopt;
}

QString workOrderStateDisplayName(WorkOrderState state)
{
    return QCoreApplication::translate("Taktline::WorkOrder", StateNames[static_cast<int>(state)].label);
}

QList<WorkOrderState> allWorkOrderStates()
{
    QList<WorkOrderState> states;
    for (const StateName &name : StateNames)
        states.append(name.state);
    return states;
}

QString priorityKey(WorkOrderPriority priority)
{
    return priority == WorkOrderPriority::Urgent ? QStringLiteral("urgent") : QStringLiteral("normal");
}

WorkOrderPriority priorityFromKey(const QString &key)
{
    return key == QLatin1String("urgent") ? WorkOrderPriority::Urgent : WorkOrderPriority::Normal;
}

QString priorityDisplayName(WorkOrderPriority priority)
{
    return priority == WorkOrderPriority::Urgent
        ? QCoreApplication::translate("Taktline::WorkOrder", "Urgent")
        : QCoreApplication::translate("Taktline::WorkOrder", "Normal");
}

} // namespace Taktline
