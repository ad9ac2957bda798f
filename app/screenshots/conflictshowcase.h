#pragma once

namespace Taktline {

class Workspace;

// `taktline screenshot conflicts` on the demo's own scratch file: three conflicts as the
// detector records them after two tablets were offline (a step reported past its quantity, a
// code created twice, an order cancelled while reported), so the page shows what it is for.
void addShowcaseConflicts(Workspace &workspace);

} // namespace Taktline
