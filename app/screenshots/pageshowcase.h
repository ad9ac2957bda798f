#pragma once

class QWidget;

namespace Taktline {

class MainWindow;
class Workspace;

// The pages `taktline screenshot` shows after a little set-up on the demo: the station mid-shift
// (or at its PIN pad), the dashboard's week, Settings ▸ Sync with an invitation, the serials dialog.

// The station as an operator sees it mid-shift: signed in at a machine with an operation loaded;
// PINPAD: the first employee's badge scanned, waiting for the PIN.
void prepareStation(MainWindow &window, Workspace &workspace, bool pinPad);
// dashboard: on a day off the week so far.
void prepareDashboard(MainWindow &window, Workspace &workspace);
// sync: Settings ▸ Sync with a tablet's invitation pasted; nothing is saved.
void showDemoInvite(MainWindow &window);
// workorders/serials: the serial numbers dialog of the first released or running order listed.
QWidget *openSerialsDialog(MainWindow &window, Workspace &workspace);

} // namespace Taktline
