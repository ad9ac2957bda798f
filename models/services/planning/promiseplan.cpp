#include "services/planning/promiseplan.h"

#include "domain/masterdata/masterrecord.h"

#include <QHash>

#include <algorithm>

namespace Taktline {

const QString PromisePlan::OrderId = QStringLiteral("promise:would-be-order");

PromisePlan::PromisePlan(ScheduleService::Snapshot snapshot, QList<PromiseRoutingStep> routing,
                         double quantity)
    : m_snapshot(std::move(snapshot))
    , m_routing(std::move(routing))
    , m_quantity(quantity)
{
}

QString PromisePlan::stepLabel(const PromiseRoutingStep &step) const
{
    return QStringLiteral("%1 %2").arg(step.seq).arg(step.name);
}

Outcome PromisePlan::check(const QString &partNo) const
{
    QHash<QString, const MachineRow *> machines;
    for (const MachineRow &machine : m_snapshot.machines)
        machines.insert(machine.id, &machine);
    for (const PromiseRoutingStep &step : m_routing) {
        if (step.outsourced) {
            if (step.supplierLeadDays >= 0 && !step.supplierActive)
                return Outcome::failure(tr("Step %1 of %2 is done by %3, a supplier that is "
                                           "deactivated. Choose another supplier in its routing.")
                                            .arg(stepLabel(step), partNo, step.supplierName));
            if (step.supplierLeadDays < 0)
                return Outcome::failure(tr("Step %1 of %2 is done by a supplier, but it names none "
                                           "(or one that was removed). Choose the supplier in "
                                           "its routing.")
                                            .arg(stepLabel(step), partNo));
            continue;
        }
        if (step.machineId.isEmpty())
            return Outcome::failure(tr("Step %1 of %2 has no machine. Choose one in its routing.")
                                        .arg(stepLabel(step), partNo));
        const MachineRow *machine = machines.value(step.machineId);
        if (!machine)
            return Outcome::failure(tr("The machine of step %1 of %2 no longer exists. Choose "
                                       "another one in its routing.")
                                        .arg(stepLabel(step), partNo));
        if (!machine->active)
            return Outcome::failure(tr("Step %1 of %2 runs on %3, which is deactivated. Choose "
                                       "another machine in its routing or activate it.")
                                        .arg(stepLabel(step), partNo, machine->code));
    }
    return Outcome::success();
}

QueueRow PromisePlan::wouldBeRow(const PromiseRoutingStep &step, double rank) const
{
    // Built like ScheduleService builds a queued operation of a released order with nothing
    // reported yet.
    QueueRow row;
    row.operationId = OrderId + QLatin1Char('/') + QString::number(step.seq);
    row.workOrderId = OrderId;
    row.seq = step.seq;
    row.name = step.name;
    row.standardSeconds = step.standardSeconds;
    row.machineId = step.outsourced ? QString() : step.machineId;
    row.queueRank = rank;
    row.workOrderNumber = tr("New order");
    row.state = WorkOrderState::Released;
    row.quantity = m_quantity;
    // 外协: away for the supplier's lead days; nothing of a new order is out yet.
    row.outsourced = step.outsourced;
    row.leadDays = step.outsourced ? std::max(0, step.supplierLeadDays) : 0;
    return row;
}

Outcome PromisePlan::run(const Plan &plan, const DueEnd &dueEnd)
{
    const qsizetype existing = m_snapshot.rows.size();
    const QList<ScheduledSlot> today = plan(m_snapshot);

    // Normal: behind everything already queued on each machine.
    QHash<QString, double> lastRank;
    for (const QueueRow &row : std::as_const(m_snapshot.rows)) {
        auto last = lastRank.find(row.machineId);
        if (last == lastRank.end())
            lastRank.insert(row.machineId, row.queueRank);
        else
            *last = std::max(*last, row.queueRank);
    }
    for (qsizetype i = 0; i < m_routing.size(); ++i) {
        const PromiseRoutingStep &step = m_routing.at(i);
        const double rank = lastRank.value(step.machineId, 0) + 1 + double(i);
        m_snapshot.rows.append(wouldBeRow(step, rank));
    }
    const QList<ScheduledSlot> normal = plan(m_snapshot);
    for (qsizetype i = existing; i < normal.size(); ++i) {
        if (normal.at(i).status != ScheduleStatus::Scheduled)
            return Outcome::failure(tr("Step %1 of the new order cannot be planned.")
                                        .arg(stepLabel(m_routing.at(i - existing))));
    }

    // Rush: first on every machine, as the rush-order dialog would put it.
    ScheduleService::Snapshot rushed = m_snapshot;
    const QHash<QString, double> ranks = RushPreview::frontRanks(rushed.rows, OrderId);
    for (qsizetype i = existing; i < rushed.rows.size(); ++i) {
        QueueRow &row = rushed.rows[i];
        row.queueRank = ranks.value(row.operationId, row.queueRank);
    }
    const QList<ScheduledSlot> rush = plan(rushed);

    // What the rush makes late is measured against today's plan, without the order at all;
    // the order's own "before" is its normal plan.
    QList<ScheduledSlot> before = today;
    before.append(normal.mid(existing));
    m_rush = RushPreview::compare(OrderId, rushed.rows, before, rush, dueEnd);

    QHash<QString, const MachineRow *> machines;
    for (const MachineRow &machine : std::as_const(m_snapshot.machines))
        machines.insert(machine.id, &machine);
    m_steps.clear();
    for (qsizetype i = 0; i < m_routing.size(); ++i) {
        const PromiseRoutingStep &routingStep = m_routing.at(i);
        PromiseStep step;
        step.seq = routingStep.seq;
        step.name = routingStep.name;
        step.outsourced = routingStep.outsourced;
        if (routingStep.outsourced) {
            step.machineName = routingStep.supplierName;
        } else if (const MachineRow *machine = machines.value(routingStep.machineId)) {
            step.machineCode = machine->code;
            step.machineName = localizedName(machine->name, machine->nameEn);
        }
        step.startMs = normal.at(existing + i).startMs;
        step.endMs = normal.at(existing + i).endMs;
        step.rushStartMs = rush.at(existing + i).startMs;
        step.rushEndMs = rush.at(existing + i).endMs;
        m_steps.append(step);
    }
    return Outcome::success();
}

} // namespace Taktline
