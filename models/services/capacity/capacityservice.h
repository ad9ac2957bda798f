#pragma once

#include "domain/outcome.h"
#include "services/capacity/capacityanalyser.h"

#include <QObject>

#include <memory>

namespace Taktline {

class AccessControl;
class Clock;
class Database;
class ScheduleService;

// Capacity analysis (产能分析): load against capacity per machine, line and workshop by day and
// week from the plan and the working calendar, the bottleneck, and what-if overtime that changes
// nothing until accepted. See docs/capacity.md.
class CapacityService final : public QObject
{
    Q_OBJECT
public:
    CapacityService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                    ScheduleService *schedule, QObject *parent = nullptr);
    ~CapacityService() override;

    // Needs ViewWorkOrders.
    Result<CapacityAnalysis> analyse(const CapacityQuery &query) const;
    // The what-if planned in memory next to today's plan; writes nothing. Needs ViewWorkOrders.
    Result<CapacityComparison> compare(const CapacityQuery &query, const CapacityWhatIf &whatIf) const;
    // Saves the what-if's calendar through ScheduleService::setCalendar (needs EditSettings),
    // which re-plans every machine.
    Outcome accept(const CapacityQuery &query, const CapacityWhatIf &whatIf);

private:
    Outcome mayView() const;

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    AccessControl *m_access;
    ScheduleService *m_schedule;
};

} // namespace Taktline
