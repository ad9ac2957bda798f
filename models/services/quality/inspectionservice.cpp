// STUB (issue 16 contract): the inspection helper replaces this file.
#include "services/quality/inspectionservice.h"

namespace Taktline {

namespace {
Outcome notYet()
{
    return Outcome::failure(QStringLiteral("inspections: not built yet"));
}
} // namespace

InspectionService::InspectionService(std::shared_ptr<Database> db, const Clock &clock,
                                     AccessControl *access, const MasterDataService *masterData,
                                     const InspectionPlanService *plans,
                                     const StationPinService *pins, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_access(access)
    , m_masterData(masterData)
    , m_plans(plans)
    , m_pins(pins)
{}

InspectionService::~InspectionService() = default;

Result<QString> InspectionService::requestFirstArticle(const QString &, const QString &,
                                                       const QString &)
{
    return notYet();
}

Result<InspectionVerdict> InspectionService::preview(const InspectionInput &) const
{
    return notYet();
}

Result<InspectionVerdict> InspectionService::record(const InspectionInput &)
{
    return notYet();
}

Result<QString> InspectionService::voidInspection(const QString &, const QString &)
{
    return notYet();
}

Result<QList<DueInspection>> InspectionService::due(const QString &) const
{
    return notYet();
}

Result<QList<InspectionRecord>> InspectionService::inspections(const Filter &) const
{
    return notYet();
}

Result<InspectionRecord> InspectionService::find(const QString &) const
{
    return notYet();
}

Result<SamplingSwitch> InspectionService::switching(const QString &, const QString &) const
{
    return notYet();
}

Result<SamplingPlan> InspectionService::samplingFor(const QString &, double, const QString &) const
{
    return notYet();
}

} // namespace Taktline
