#pragma once

namespace Taktline {

class MainWindow;
class Workspace;

// workorders/places (for `taktline screenshot`, on the demo's scratch file): the open order
// with the most finished pieces between steps, its Pieces by place tab shown. When the demo has
// no moves yet, two places are added if there are none and a few pieces are moved there.
void preparePiecesByPlace(MainWindow &window, Workspace &workspace);
// station/move: the station mid-move (移库), after the scans of a place's LOC: label and the
// traveller of an order with pieces, the keypad waiting for the pieces. Adds the scene's places
// when the demo has none.
void prepareStationMove(MainWindow &window, Workspace &workspace);

} // namespace Taktline
