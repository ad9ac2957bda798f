#pragma once

namespace Taktline {

class MainWindow;
class Workspace;

// workorders/subcontract (for `taktline screenshot`): the Subcontracting tab with orders at a
// supplier. A demo file without any gets a few on its scratch copy: a step of two running orders
// done outside by a heat treater, a batch of each sent, one partly back (short).
void prepareSubcontractShowcase(MainWindow &window, Workspace &workspace);

} // namespace Taktline
