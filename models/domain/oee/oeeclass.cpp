#include "domain/oee/oeeclass.h"

#include <QCoreApplication>

namespace Taktline {

QString oeeClassKey(OeeClass oeeClass)
{
    switch (oeeClass) {
    case OeeClass::Unset: return {};
    case OeeClass::Excluded: return QStringLiteral("excluded");
    case OeeClass::Planned: return QStringLiteral("planned");
    case OeeClass::Availability: return QStringLiteral("availability");
    case OeeClass::Performance: return QStringLiteral("performance");
    case OeeClass::Quality: return QStringLiteral("quality");
    }
    return {};
}

std::optional<OeeClass> oeeClassFromKey(const QString &key)
{
    for (OeeClass oeeClass : allOeeClasses()) {
        if (oeeClassKey(oeeClass) == key)
            return oeeClass;
    }
    return std::nullopt;
}

QString oeeClassDisplayName(OeeClass oeeClass)
{
    switch (oeeClass) {
    case OeeClass::Unset: return QCoreApplication::translate("Taktline::OeeClass", "Not classed");
    case OeeClass::Excluded:
        return QCoreApplication::translate("Taktline::OeeClass", "Excluded from planned time");
    case OeeClass::Planned:
        return QCoreApplication::translate("Taktline::OeeClass", "Planned downtime");
    case OeeClass::Availability:
        return QCoreApplication::translate("Taktline::OeeClass", "Availability loss");
    case OeeClass::Performance:
        return QCoreApplication::translate("Taktline::OeeClass", "Performance loss");
    case OeeClass::Quality:
        return QCoreApplication::translate("Taktline::OeeClass", "Quality loss");
    }
    return {};
}

QList<OeeClass> allOeeClasses()
{
    return {OeeClass::Unset,        OeeClass::Excluded,    OeeClass::Planned,
            OeeClass::Availability, OeeClass::Performance, OeeClass::Quality};
}

} // namespace Taktline
