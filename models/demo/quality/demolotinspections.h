#pragma once

#include "domain/outcome.h"

namespace Taktline {

class DemoQualityActor;

// The demo's inspections of whole lots: finished orders' final inspections and purchased
// lots' incoming inspections, sampled by AQL, one of each kind failing.
class DemoLotInspections
{
public:
    explicit DemoLotInspections(DemoQualityActor &q) : m_q(q) {}

    Outcome finalInspections();
    Outcome incomingInspections();

private:
    DemoQualityActor &m_q;
};

} // namespace Taktline
