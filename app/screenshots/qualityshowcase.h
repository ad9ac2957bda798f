#pragma once

namespace Taktline {

class MainWindow;
class Workspace;

// station/first-article (for `taktline screenshot`): the station at the machine whose first
// article waits for the inspector now (the demo has one), with that step loaded, so the
// first-article gate shows 等待首检 and the minutes. Nothing is written.
void prepareFirstArticleStation(MainWindow &window, Workspace &workspace);
// quality/spc: the control chart of the measured characteristic with the most readings (in the
// demo, the journal diameter that drifts). Nothing is written.
void prepareQualitySpc(MainWindow &window, Workspace &workspace);

} // namespace Taktline
