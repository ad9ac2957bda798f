#pragma once

#include "domain/planning/workcalendar.h"

#include <memory>

namespace Taktline {

class Clock;
class Database;
class OeeService;
class ReportingService;
class ScheduleService;
class WageService;
class Workspace;

// The services a report reads its time and wage figures from, so that they are the OEE, dashboard
// and wages pages' own: the workspace's, or — for an export on a database opened in a worker
// thread — read-only ones of its own on that database (the stored calendar, the station rules).
class ReportReaders final
{
public:
    explicit ReportReaders(const Workspace &workspace);
    ReportReaders(Database &db, const Clock &clock);
    ~ReportReaders();
    ReportReaders(const ReportReaders &) = delete;
    ReportReaders &operator=(const ReportReaders &) = delete;

    const OeeService &oee() const { return *m_oee; }
    const WageService &wages() const { return *m_wages; }
    const ScheduleService &schedule() const { return *m_schedule; } // the plan, for capacity
    WorkCalendar calendar() const;

private:
    std::shared_ptr<Database> m_db; // not owned: the caller's database
    std::unique_ptr<ScheduleService> m_ownSchedule;
    std::unique_ptr<ReportingService> m_ownReporting;
    std::unique_ptr<OeeService> m_ownOee;
    std::unique_ptr<WageService> m_ownWages;
    const ScheduleService *m_schedule = nullptr;
    const OeeService *m_oee = nullptr;
    const WageService *m_wages = nullptr;
};

} // namespace Taktline
