#pragma once

namespace Taktline {

class MainWindow;
class Workspace;

// workorders/places (for `taktline screenshot`, on the demo's scratch file): the open order
// with the most finished pieces between steps, its Pieces by place tab shown. When the demo has
// no moves yet, two places are added if there are none and a few pieces are moved there.
void preparePiecesByPlace(MainWindow &window, Workspace &workspace);

} // namespace Taktline
