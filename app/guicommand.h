#pragma once

#include <QStringList>

namespace Taktline {

class Workspace;

// `taktline [--db PATH]`: opens the factory, signs in and shows the main window.
int runGuiCommand(const QStringList &args);

// Asks for the owner account (new factory) or a sign-in; the demo factory signs in as its
// owner when AUTODEMO is set. Returns false when the user gave up.
bool signInInteractively(Workspace *workspace, bool autoDemo);

} // namespace Taktline
