#pragma once

#include <QString>

namespace Taktline {

class Workspace;

// Picks a trace worth showing (for `taktline screenshot traceability`): the serial shipped
// most recently, else the material lot that went into the most work orders, else the work order
// shipped last. Empty when the factory has none of these yet; the page then shows
// its empty state. Nothing is written.
QString showcaseTraceCode(const Workspace &workspace);

} // namespace Taktline
