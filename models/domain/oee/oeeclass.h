#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Taktline {

// Where a downtime reason's stop time goes in OEE (ISO 22400-2), as the owner sets it per reason:
// Excluded leaves the planned time (no orders, a holiday worked by nobody), Planned is planned
// downtime (breaks, planned maintenance), Availability an unplanned stop (breakdown, no
// material), Performance a small stop or slow running counted inside production time, Quality a
// stop for a quality cause (waiting for a decision), also inside production time. Unset: the
// owner has not chosen; such time is shown as "reason without class", never as running.
enum class OeeClass { Unset, Excluded, Planned, Availability, Performance, Quality };

QString oeeClassKey(OeeClass oeeClass); // stored: "" / "excluded" / "planned" / …
std::optional<OeeClass> oeeClassFromKey(const QString &key);
QString oeeClassDisplayName(OeeClass oeeClass); // translated: 计划停机 …
QList<OeeClass> allOeeClasses();                // Unset first

} // namespace Taktline
