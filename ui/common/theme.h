#pragma once

class QApplication;

namespace Taktline {

// The look of Taktline: a calm light theme, a dark navigation rail, large click targets and a
// font that has CJK glyphs.
void applyTheme(QApplication &app);

} // namespace Taktline
