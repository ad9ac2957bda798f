#pragma once

#include "domain/outcome.h"

namespace Taktline {

class Workspace;

// Where the running orders' pieces are (零件位置): over the last hours the finished pieces of
// the newest running orders were put on racks and in the output buffers of their machines, and
// some carried on to the input buffer of the next step's machine; a few finished serials went
// through the inspection hold to the finished-goods area. Written through PlaceService.
Outcome buildDemoPieceMoves(Workspace &workspace);

} // namespace Taktline
