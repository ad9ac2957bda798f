#include "barcode/scantext.h"

#include <algorithm>
#include <iterator>

namespace Taktline {

namespace {

constexpr char16_t Gs = 0x1d;

// Ideographic and no-break space, 。【】《》￥ and curly quotes, as typed for ASCII keys.
constexpr char16_t InputMethodPunctuation[][2] = {
    {0x3000, u' '},  {0x00a0, u' '},  {0x3002, u'.'}, {0x3010, u'['},
    {0x3011, u']'},  {0x300a, u'<'},  {0x300b, u'>'}, {0xffe5, u'$'},
    {0x2018, u'\''}, {0x2019, u'\''}, {0x201c, u'"'}, {0x201d, u'"'},
};

// What a Chinese input method makes of ASCII: fullwidth forms (U+FF01–U+FF5E) and the
// punctuation it substitutes in Chinese punctuation mode.
QString asciiFromInputMethod(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const char16_t next = i + 1 < text.size() ? text.at(i + 1).unicode() : 0;
        if (c >= 0xff01 && c <= 0xff5e) {
            out += QChar(char16_t(c - 0xfee0));
        } else if ((c == 0x2014 || c == 0x2026) && next == c) {
            out += c == 0x2014 ? u'_' : u'^'; // —— and ……
            ++i;
        } else {
            const auto *mapped =
                std::find_if(std::begin(InputMethodPunctuation), std::end(InputMethodPunctuation),
                             [c](const auto &pair) { return pair[0] == c; });
            out += QChar(mapped != std::end(InputMethodPunctuation) ? (*mapped)[1] : c);
        }
    }
    return out;
}

// Scanners end a scan with CR, LF or TAB and some with a GS; none of it is data.
QString withoutNoise(QString text)
{
    for (int before = -1; before != text.size();) {
        before = text.size();
        text = text.trimmed();
        if (text.endsWith(QChar(Gs)))
            text.chop(1);
        else if (text.endsWith(QStringLiteral("<GS>"), Qt::CaseInsensitive))
            text.chop(4);
        else if (text.endsWith(QStringLiteral("^]")))
            text.chop(2);
    }
    return text;
}

} // namespace

QString ScanText::cleaned(const QString &scanned)
{
    return withoutNoise(asciiFromInputMethod(scanned));
}

QString ScanText::shown(const QString &scanned, int maxLength)
{
    QString text;
    for (const QChar ch : scanned) {
        if (ch.unicode() == Gs)
            text += QStringLiteral("<GS>");
        else if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            text += QStringLiteral("<0x%1>").arg(ch.unicode(), 2, 16, QLatin1Char('0'));
        else
            text += ch;
    }
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

} // namespace Taktline
