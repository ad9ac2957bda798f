#pragma once

#include "domain/outcome.h"

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

private:
    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    AccessControl *m_access;
    ScheduleService *m_schedule;
};

} // namespace Taktline
