// STUB (issue 16 contract): the nonconformance helper replaces this file.
#include "services/quality/nonconformanceservice.h"

namespace Taktline {

namespace {
Outcome notYet()
{
    return Outcome::failure(QStringLiteral("nonconformance: not built yet"));
}
} // namespace

NonconformanceService::NonconformanceService(std::shared_ptr<Database> db, const Clock &clock,
                                             AccessControl *access, AuditRepository *audit,
                                             const MasterDataService *masterData,
                                             WorkOrderService *workOrders, TraceService *trace,
                                             QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_access(access)
    , m_audit(audit)
    , m_masterData(masterData)
    , m_workOrders(workOrders)
    , m_trace(trace)
{}

NonconformanceService::~NonconformanceService() = default;

Result<QString> NonconformanceService::open(const NonconformanceInput &)
{
    return notYet();
}

Result<QString> NonconformanceService::dispose(const DispositionInput &)
{
    return notYet();
}

Result<QList<NonconformanceRecord>> NonconformanceService::nonconformances(const Filter &) const
{
    return notYet();
}

Result<NonconformanceRecord> NonconformanceService::find(const QString &) const
{
    return notYet();
}

} // namespace Taktline
