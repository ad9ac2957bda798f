#pragma once

#include <QStringList>

namespace Taktline {

// `taktline board [--db PATH] [--workshop W] [--pages …] [--seconds N]`: the wall board (车间看板)
// full screen on a shop-floor TV; no sign-in, read-only, turning its pages every N seconds.
int runBoardCommand(const QStringList &args);

} // namespace Taktline
