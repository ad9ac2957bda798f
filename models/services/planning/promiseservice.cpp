#include "services/planning/promiseservice.h"

#include "storage/database.h"

namespace Taktline {

// Stub until the promise branch lands.
PromiseService::PromiseService(std::shared_ptr<Database> db, const Clock &clock,
                               AccessControl *access, MasterDataService *masterData, BomService *bom,
                               ScheduleService *schedule, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_access(access)
    , m_masterData(masterData)
    , m_bom(bom)
    , m_schedule(schedule)
{
}

PromiseService::~PromiseService() = default;

Result<Promise> PromiseService::promise(const PromiseRequest &) const
{
    return Outcome::failure(tr("Promising a date is not built yet."));
}

} // namespace Taktline
