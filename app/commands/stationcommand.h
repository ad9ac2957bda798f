#pragma once

#include <QStringList>

namespace Taktline {

// `taktline station [--machine CODE] [--db PATH]`: a tablet's start-up shortcut straight into
// the full-screen station, without a login dialog (the operator signs in by scanning a badge).
int runStationCommand(const QStringList &args);

} // namespace Taktline
