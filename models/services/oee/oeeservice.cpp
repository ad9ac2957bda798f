#include "services/oee/oeeservice.h"

#include "services/planning/scheduleservice.h"
#include "storage/database.h"

namespace Taktline {

OeeService::OeeService(std::shared_ptr<Database> db, const ScheduleService *schedule)
    : m_db(std::move(db))
    , m_schedule(schedule)
{
}

OeeService::~OeeService() = default;

// CONTRACT STUB: replaced by the real computation on main within the hour.
Result<OeeResult> OeeService::compute(const OeeQuery &, qint64) const
{
    return Outcome::failure(QStringLiteral("OEE not built yet"));
}

Result<QList<StatusSpan>> OeeService::timeline(const QString &, qint64, qint64, qint64) const
{
    return Outcome::failure(QStringLiteral("OEE not built yet"));
}

Result<QList<OeeStop>> OeeService::stops(const OeeQuery &, TimeUse, const QString &, qint64) const
{
    return Outcome::failure(QStringLiteral("OEE not built yet"));
}

QString OeeService::noticeText(OeeNotice)
{
    return {};
}

QString OeeService::timeUseDisplayName(TimeUse)
{
    return {};
}

} // namespace Taktline
