#pragma once

#include <QStringList>

namespace Taktline {

// `taktline verify [--db PATH] [--json]`: checks the hash chain of the factory's facts without
// writing to the file; exit 0 when it holds, 1 with the first break (or when it cannot check).
int runVerifyCommand(const QStringList &args);

} // namespace Taktline
