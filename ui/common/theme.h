#pragma once

#include <QString>

class QApplication;

namespace Taktline {

// The look of Taktline: a calm light theme, a dark navigation rail, large click targets and a
// font that has CJK glyphs. Its colours are the Palette's (models/item/palette.h), which the
// item models and PDF documents share.
void applyTheme(QApplication &app);

// STYLE_SHEET with each @token replaced by the Palette colour it names, as #rrggbb:
// "color: @muted" is Palette::Muted. Every style sheet and inline style names its colours so;
// an unknown token is kept as it is and reported with a warning.
QString themed(QStringView styleSheet);

} // namespace Taktline
