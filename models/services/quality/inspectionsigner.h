#pragma once

#include "domain/outcome.h"
#include "services/quality/inspectionservice.h"

#include <QCoreApplication>

namespace Taktline {

class AccessControl;
class InspectionRepository;
class SettingsRepository;
class StationPinService;

// Who may sign an inspection: at the office a user holding Inspect; at a station an employee
// marked inspector (质检员), with the PIN typed when the factory asks for PINs, and not the
// operator who reported the step inspected.
class InspectionSigner final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::InspectionService)

public:
    InspectionSigner(const AccessControl *access, const StationPinService *pins,
                     const InspectionRepository *repository, const SettingsRepository *settings);

    Outcome check(const InspectionInput &input) const;

private:
    const AccessControl *m_access;
    const StationPinService *m_pins;
    const InspectionRepository *m_repository;
    const SettingsRepository *m_settings;
};

} // namespace Taktline
