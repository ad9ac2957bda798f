#include "services/reports/reportreaders.h"

#include "services/oee/oeeservice.h"
#include "services/planning/scheduleservice.h"
#include "services/station/reportingservice.h"
#include "services/station/wageservice.h"
#include "services/workspace.h"
#include "storage/database.h"

namespace Taktline {

ReportReaders::ReportReaders(const Workspace &workspace)
    : m_schedule(workspace.schedule())
    , m_oee(workspace.oee())
    , m_wages(workspace.wages())
{
}

ReportReaders::ReportReaders(Database &db, const Clock &clock)
    : m_db(&db, [](Database *) {})
{
    // Read-only: no access control, no audit, no signals to reschedule on. The schedule only
    // reads the stored calendar; reporting only the station rules (whether wages wait for an
    // approval).
    m_ownSchedule =
        std::make_unique<ScheduleService>(m_db, clock, nullptr, nullptr, nullptr, nullptr, nullptr);
    m_ownReporting = std::make_unique<ReportingService>(m_db, clock, nullptr, nullptr, nullptr,
                                                        nullptr, nullptr, nullptr);
    m_ownOee = std::make_unique<OeeService>(m_db, m_ownSchedule.get());
    m_ownWages = std::make_unique<WageService>(m_db, clock, nullptr, m_ownReporting.get());
    m_schedule = m_ownSchedule.get();
    m_oee = m_ownOee.get();
    m_wages = m_ownWages.get();
}

ReportReaders::~ReportReaders() = default;

WorkCalendar ReportReaders::calendar() const
{
    return m_schedule->calendar();
}

} // namespace Taktline
