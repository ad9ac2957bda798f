#pragma once

#include "domain/outcome.h"
#include "domain/quality/inspectionplan.h"

#include <QHash>
#include <QString>

namespace Taktline {

class Workspace;

// The demo's inspection plans (检验方案), keyed by product id: each product's first step gets a
// gated first article and a patrol every N pieces over 2-4 measured characteristics with
// believable nominals and limits, the product as a whole a final inspection at AQL 1.0 level II,
// and the purchased castings, gears and seals an incoming inspection.
struct DemoQualityPlans
{
    QHash<QString, InspectionPlan> firstStep; // product id → its first step's plan, saved
    QHash<QString, InspectionPlan> finished;  // product id → its final inspection plan
    QHash<QString, InspectionPlan> incoming;  // material product id → its incoming plan
};

// Saves the plans through InspectionPlanService (signed in as the system) and reads them back
// with their characteristics' ids.
Result<DemoQualityPlans> buildDemoQualityPlans(Workspace &workspace);

} // namespace Taktline
