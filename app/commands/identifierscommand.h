#pragma once

#include <QStringList>

namespace Taktline {

// `taktline identifiers --from DATE --to DATE --out FILE.(csv|json) [--db PATH]`: writes the
// batch registration file of the industrial-internet identifiers for the secondary node.
int runIdentifiersCommand(const QStringList &args);

} // namespace Taktline
