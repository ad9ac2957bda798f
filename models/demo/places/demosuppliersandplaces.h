#pragma once

#include "domain/outcome.h"

namespace Taktline {

class Workspace;

// The demo's subcontractors (外协厂: plating, heat treatment, powder coating, each with its lead
// days) and its places (库位): racks, the inspection-hold and finished-goods areas, and the
// input and output buffers (线边) of the busiest machines.
Outcome buildDemoSuppliersAndPlaces(Workspace &workspace);

} // namespace Taktline
