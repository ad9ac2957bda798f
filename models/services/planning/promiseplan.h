#pragma once

#include "domain/outcome.h"
#include "domain/planning/scheduler.h"
#include "services/planning/promiseservice.h"
#include "services/planning/rushpreview.h"
#include "services/planning/scheduleservice.h"
#include "storage/planning/promiserepository.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace Taktline {

// The plans behind a promise, in memory only: today's queues as read, the same with the
// would-be order appended at the end of each machine's queue (normal), and with it put first
// (rush). Reads no database: the planning and the end of a due date come as functions.
class PromisePlan final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::PromisePlan)

public:
    using Plan = std::function<QList<ScheduledSlot>(const ScheduleService::Snapshot &)>;
    using DueEnd = std::function<qint64(const QDate &)>;

    // The id the would-be order has among the rows (no stored order has it).
    static const QString OrderId;

    PromisePlan(ScheduleService::Snapshot snapshot, QList<PromiseRoutingStep> routing,
                double quantity);

    // Refuses a step that cannot be placed: no machine, a machine removed or deactivated, a
    // subcontracted step without its supplier. PARTNO names the product in the message.
    Outcome check(const QString &partNo) const;
    void setStart(qint64 startMs) { m_snapshot.anchorMs = startMs; }
    // Plans today's queues, then with the order appended, then with it rushed.
    Outcome run(const Plan &plan, const DueEnd &dueEnd);

    const QList<PromiseStep> &steps() const { return m_steps; }
    // plannedEndBeforeMs: the order's end taken normally; plannedEndAfterMs: as a rush order;
    // newlyLate / furtherDelayed: against today's plan without it.
    const RushPreview &rush() const { return m_rush; }

private:
    QueueRow wouldBeRow(const PromiseRoutingStep &step, double rank) const;
    QString stepLabel(const PromiseRoutingStep &step) const;

    ScheduleService::Snapshot m_snapshot;
    QList<PromiseRoutingStep> m_routing;
    double m_quantity = 0;
    QList<PromiseStep> m_steps;
    RushPreview m_rush;
};

} // namespace Taktline
