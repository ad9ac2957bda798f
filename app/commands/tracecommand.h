#pragma once

#include <QStringList>

namespace Taktline {

// `taktline trace CODE [--forward|--backward] [--json] [--db PATH]`: prints the genealogy of a
// work order, production lot or material lot as an indented tree or as JSON.
int runTraceCommand(const QStringList &args);

} // namespace Taktline
