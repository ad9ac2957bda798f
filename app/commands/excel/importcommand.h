#pragma once

#include <QStringList>

namespace Taktline {

// `taktline import KIND FILE [--dry-run] [--json] [--errors OUT.xlsx] [--db PATH]` and
// `taktline import KIND --template OUT.xlsx [--with-data] [--db PATH]`: the import of the app
// without a display — problems listed (or JSON), exit 0 imported or clean, 1 problems or
// refused, 2 bad usage.
int runImportCommand(const QStringList &args);

} // namespace Taktline
