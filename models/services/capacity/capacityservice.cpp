#include "services/capacity/capacityservice.h"

#include "storage/database.h"

namespace Taktline {

// Stub until the capacity branch lands.
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

} // namespace Taktline
