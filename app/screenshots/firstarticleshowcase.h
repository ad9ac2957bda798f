#pragma once

namespace Taktline {

class StationPage;
class Workspace;

// What `taktline screenshot station/firstarticle` shows on the demo: the station's job gets a
// gated first-article plan (if its step has none), 24 good pieces typed on the keypad are refused
// with the reason, and the banner asks for the first article; `station/firstarticle-waiting`
// has it sent for inspection.
void showcaseFirstArticle(StationPage *station, Workspace &workspace, bool requested);

} // namespace Taktline
