#pragma once

#include <QStringList>

namespace Taktline {

// `taktline [--db PATH]`: opens the factory, signs in and shows the main window.
int runGuiCommand(const QStringList &args);

} // namespace Taktline
