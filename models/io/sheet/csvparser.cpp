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
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldStarted = false;
    auto endField = [&] {
        SheetCell cell;
        if (!field.isEmpty()) {
            cell.kind = SheetCell::Kind::Text;
            cell.text = field;
        }
        row.append(std::move(cell));
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        while (!row.isEmpty() && row.constLast().isEmpty())
            row.removeLast();
        result.append(std::move(row));
        row = {};
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRow();
        } else {
            // A quote inside an unquoted field, or text after a closing quote: kept as written.
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty())
        endRow();
    while (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

} // namespace Taktline::CsvParser
