// STUB (issue 16 contract): the plans helper replaces this file.
#include "services/quality/inspectionplanservice.h"

namespace Taktline {

namespace {
Outcome notYet()
{
    return Outcome::failure(QStringLiteral("inspection plans: not built yet"));
}
} // namespace

InspectionPlanService::InspectionPlanService(std::shared_ptr<Database> db, AccessControl *access,
                                             AuditRepository *audit,
                                             const MasterDataService *masterData, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_access(access)
    , m_audit(audit)
    , m_masterData(masterData)
{}

InspectionPlanService::~InspectionPlanService() = default;

Result<QList<InspectionPlan>> InspectionPlanService::plans(const QString &) const
{
    return notYet();
}

Result<InspectionPlan> InspectionPlanService::plan(const QString &) const
{
    return notYet();
}

Result<std::optional<InspectionPlan>> InspectionPlanService::planFor(const QString &, int) const
{
    return notYet();
}

Result<Characteristic> InspectionPlanService::characteristic(const QString &) const
{
    return notYet();
}

Result<QString> InspectionPlanService::save(const InspectionPlan &)
{
    return notYet();
}

Outcome InspectionPlanService::remove(const QString &)
{
    return notYet();
}

Outcome InspectionPlanService::restore(const QString &)
{
    return notYet();
}

} // namespace Taktline
