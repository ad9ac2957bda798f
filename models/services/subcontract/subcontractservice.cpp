#include "services/subcontract/subcontractservice.h"

#include "storage/database.h"

namespace Taktline {

// Stub until the subcontract branch lands: links, refuses, reads nothing.
SubcontractService::SubcontractService(std::shared_ptr<Database> db, const Clock &clock,
                                       AccessControl *access, AuditRepository *audit,
                                       MasterDataService *masterData, WorkOrderService *workOrders,
                                       ReportingService *reporting, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_access(access)
    , m_audit(audit)
    , m_masterData(masterData)
    , m_workOrders(workOrders)
    , m_reporting(reporting)
{
}

SubcontractService::~SubcontractService() = default;

Result<QString> SubcontractService::send(const SubcontractSend &)
{
    return Outcome::failure(tr("Subcontracting is not built yet."));
}

Result<QString> SubcontractService::receive(const SubcontractReceipt &)
{
    return Outcome::failure(tr("Subcontracting is not built yet."));
}

Result<double> SubcontractService::sendable(const QString &) const
{
    return Outcome::failure(tr("Subcontracting is not built yet."));
}

Result<QList<SubcontractOrder>> SubcontractService::orders(Filter) const
{
    return Outcome::failure(tr("Subcontracting is not built yet."));
}

Result<QList<SubcontractOrder>> SubcontractService::ordersOfOperation(const QString &) const
{
    return Outcome::failure(tr("Subcontracting is not built yet."));
}

Result<SubcontractOrder> SubcontractService::order(const QString &) const
{
    return Outcome::failure(tr("Subcontracting is not built yet."));
}

} // namespace Taktline
