#include "services/capacity/capacityservice.h"

#include "services/access/accesscontrol.h"
#include "services/planning/scheduleservice.h"
#include "storage/database.h"

namespace Taktline {

CapacityService::CapacityService(std::shared_ptr<Database> db, const Clock &clock,
                                 AccessControl *access, ScheduleService *schedule, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_access(access)
    , m_schedule(schedule)
{
}

CapacityService::~CapacityService() = default;

Outcome CapacityService::mayView() const
{
    return m_access ? m_access->require(Permission::ViewWorkOrders) : Outcome::success();
}

Result<CapacityAnalysis> CapacityService::analyse(const CapacityQuery &query) const
{
    if (Outcome allowed = mayView(); !allowed)
        return allowed;
    return CapacityAnalyser(*m_schedule, m_db->connection(), m_clock).analyse(query);
}

Result<CapacityComparison> CapacityService::compare(const CapacityQuery &query,
                                                    const CapacityWhatIf &whatIf) const
{
    if (Outcome allowed = mayView(); !allowed)
        return allowed;
    return CapacityAnalyser(*m_schedule, m_db->connection(), m_clock).compare(query, whatIf);
}

Outcome CapacityService::accept(const CapacityQuery &query, const CapacityWhatIf &whatIf)
{
    if (Outcome allowed = m_access->require(Permission::EditSettings); !allowed)
        return allowed;
    const CapacityAnalyser analyser(*m_schedule, m_db->connection(), m_clock);
    const Result<std::pair<QDate, QDate>> days = analyser.horizon(query);
    if (!days)
        return days.outcome();
    const Result<WorkCalendar> calendar = CapacityAnalyser::whatIfCalendar(
        m_schedule->calendar(), whatIf, days.value().first, days.value().second);
    if (!calendar)
        return calendar.outcome();
    return m_schedule->setCalendar(calendar.value());
}

} // namespace Taktline
