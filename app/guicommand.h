#pragma once

#include <QString>
#include <QStringList>

namespace Taktline {

// `taktline [--db PATH]`: opens the factory, signs in and shows the main window.
int runGuiCommand(const QStringList &args);
// The error in ARGS (options the GUI does not know, or a stray argument), empty when they
// are fine; checked before any window system starts.
QString guiArgumentsError(const QStringList &args);

} // namespace Taktline
