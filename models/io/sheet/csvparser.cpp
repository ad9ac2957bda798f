#include "io/sheet/csvparser.h"

#include <QStringDecoder>

namespace Taktline::CsvParser {

Decoded decode(const QByteArray &bytes)
{
    Decoded decoded;
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    decoded.text = utf8(view);
    if (!utf8.hasError()) {
        decoded.encoding = QStringLiteral("UTF-8");
        return decoded;
    }
    decoded.encoding = QStringLiteral("GBK");
    QStringDecoder gbk("GBK");
    if (!gbk.isValid())
        gbk = QStringDecoder("GB18030");
    if (!gbk.isValid()) {
        decoded.text.clear();
        decoded.decoderMissing = true;
        return decoded;
    }
    decoded.text = gbk(view);
    return decoded;
}

QList<QList<SheetCell>> rows(QStringView text)
{
    QList<QList<SheetCell>> result;
    QList<SheetCell> row;
    auto endRow = [&] {
        while (!row.isEmpty() && row.constLast().isEmpty())
            row.removeLast();
        result.append(std::move(row));
        row = {};
    };
    auto addField = [&](QString field) {
        SheetCell cell;
        if (!field.isEmpty()) {
            cell.kind = SheetCell::Kind::Text;
            cell.text = std::move(field);
        }
        row.append(std::move(cell));
    };

    const char16_t *c = text.utf16();
    const char16_t *const end = c + text.size();
    while (c < end) {
        // One field: runs of plain text copied as slices, quoted parts with doubled quotes.
        QString field;
        const char16_t *from = c;
        bool quoted = false;
        for (; c < end; ++c) {
            if (quoted) {
                if (*c != u'"')
                    continue;
                field.append(QStringView(from, c));
                if (c + 1 < end && c[1] == u'"') {
                    ++c; // a doubled quote: the second one starts the next slice
                    from = c;
                } else {
                    quoted = false;
                    from = c + 1;
                }
            } else if (*c == u'"' && c == from && field.isEmpty()) {
                quoted = true; // a quote opening the field; elsewhere it is kept as written
                from = c + 1;
            } else if (*c == u',' || *c == u'\r' || *c == u'\n') {
                break;
            }
        }
        field.append(QStringView(from, c));
        addField(std::move(field));
        if (c == end)
            break;
        if (*c == u',') {
            ++c;
            if (c == end)
                addField(QString());
            continue;
        }
        if (*c == u'\r' && c + 1 < end && c[1] == u'\n')
            ++c;
        ++c;
        endRow();
    }
    if (!row.isEmpty())
        endRow();
    while (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

} // namespace Taktline::CsvParser
