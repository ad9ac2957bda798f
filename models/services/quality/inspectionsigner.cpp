#include "services/quality/inspectionsigner.h"

#include "services/access/accesscontrol.h"
#include "services/station/stationpinservice.h"
#include "storage/quality/inspectionrepository.h"
#include "storage/settingsrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Taktline {

InspectionSigner::InspectionSigner(const AccessControl *access, const StationPinService *pins,
                                   const InspectionRepository *repository,
                                   const SettingsRepository *settings)
    : m_access(access)
    , m_pins(pins)
    , m_repository(repository)
    , m_settings(settings)
{
}

Outcome InspectionSigner::check(const InspectionInput &input) const
{
    if (input.employeeId.isEmpty())
        return m_access->require(Permission::Inspect);
    if (!m_access->allows(Permission::Inspect) && !m_access->allows(Permission::UseStation))
        return m_access->require(Permission::UseStation);
    const Result<QString> name = m_repository->inspectorName(input.employeeId);
    if (!name)
        return name.outcome();
    if (name.value().isEmpty())
        return Outcome::failure(tr("Only an employee marked as inspector signs an "
                                   "inspection: scan an inspector's badge."));
    const QJsonObject rules =
        QJsonDocument::fromJson(m_settings->value(QStringLiteral("station_rules")).toUtf8())
            .object();
    if (rules.value(QStringLiteral("pinRequired")).toBool(false) &&
        !m_pins->isConfirmed(input.employeeId, input.pinConfirmation))
        return Outcome::failure(tr("This factory asks for the PIN after the badge: %1, type your "
                                   "PIN, then save the inspection again.")
                                    .arg(name.value()));
    if (!input.operationId.isEmpty() &&
        m_repository->reportedStep(input.operationId, input.employeeId))
        return Outcome::failure(tr("%1 reported this step and cannot inspect it: another "
                                   "inspector signs.")
                                    .arg(name.value()));
    return Outcome::success();
}

} // namespace Taktline
