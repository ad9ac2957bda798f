#pragma once

#include <QStringList>

namespace Taktline {

// `taktline label CODE --out FILE.(png|pdf|zpl) [--format F] [--size S] [--dpi N] [--db PATH]`:
// renders one label for a scanned payload.
int runLabelCommand(const QStringList &args);

} // namespace Taktline
