#pragma once

#include <QString>

namespace Taktline {

// The wall board's look, scoped to #boardWindow: a dark screen, near-white type sized to be
// read from five metres on a 1920×1080 TV.
QString boardStyleSheet();

} // namespace Taktline
