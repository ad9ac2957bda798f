#pragma once

#include <QString>

namespace Taktline {

// Turns what a keyboard-mode scanner typed back into the text on the label (no line ends or
// trailing GS, no fullwidth characters from a Chinese input method) and quotes a scan in
// messages.
class ScanText final
{
public:
    // Fullwidth ASCII and IME punctuation as ASCII; surrounding whitespace, CR, LF, TAB and
    // trailing GS (also as "<GS>" or "^]") removed.
    static QString cleaned(const QString &scanned);
    // SCANNED as a message quotes it: control characters visible ("<GS>", "<0x01>"), cut
    // with "…" when longer than MAX_LENGTH.
    static QString shown(const QString &scanned, int maxLength = 40);
};

} // namespace Taktline
