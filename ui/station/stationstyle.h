#pragma once

#include <QString>

namespace Taktline {

// The station's look, scoped to #stationPage: big type readable at arm's length, touch targets
// of 52 px and more for gloved fingers, and the flash colours of the operation card.
QString stationStyleSheet();

} // namespace Taktline
