#include "io/sheet/xlsxsheetparser.h"

#include "io/sheet/xlsxarchive.h"
#include "io/sheet/xlsxworkbookparser.h"

#include <QDateTime>
#include <QHash>
#include <QXmlStreamReader>

namespace Taktline::XlsxSheetParser {

namespace {

constexpr int maxRows = 1048576;
constexpr int maxColumns = 16384;

struct SharedFormula
{
    QString text;
    int row = 0;
    int column = 0;
};

bool isLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}
bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Days since 1899-12-30 (Excel's day 0 in the 1900 system, after its false 1900-02-29).
double serialOf(const QDateTime &moment)
{
    const QDate epoch(1899, 12, 30);
    return double(epoch.daysTo(moment.date())) + moment.time().msecsSinceStartOfDay() / 86400000.0;
}

void trimRow(QList<SheetCell> &row)
{
    while (!row.isEmpty() && row.constLast().isEmpty() && row.constLast().formula.isEmpty())
        row.removeLast();
    if (row.capacity() > row.size())
        row.squeeze();
}

bool readMerge(QStringView ref, Sheet &sheet)
{
    const qsizetype colon = ref.indexOf(u':');
    const auto first = cellReference(colon < 0 ? ref : ref.left(colon));
    const auto last = colon < 0 ? first : cellReference(ref.mid(colon + 1));
    if (!first || !last)
        return false;
    sheet.merged.append({std::min(first->first, last->first), std::min(first->second, last->second),
                         std::max(first->first, last->first),
                         std::max(first->second, last->second)});
    return true;
}

} // namespace

std::optional<std::pair<int, int>> cellReference(QStringView text)
{
    // Read once per cell of a sheet: plain character arithmetic, no QChar helpers.
    const char16_t *c = text.utf16();
    const char16_t *const end = c + text.size();
    if (c < end && *c == u'$')
        ++c;
    int column = 0;
    const char16_t *const lettersFrom = c;
    for (; c < end && c - lettersFrom < 3; ++c) {
        const char16_t upper = (*c >= u'a' && *c <= u'z') ? char16_t(*c - 32) : *c;
        if (upper < u'A' || upper > u'Z')
            break;
        column = column * 26 + (upper - u'A' + 1);
    }
    if (c == lettersFrom)
        return std::nullopt;
    if (c < end && *c == u'$')
        ++c;
    int row = 0;
    const char16_t *const digitsFrom = c;
    for (; c < end && *c >= u'0' && *c <= u'9' && c - digitsFrom < 8; ++c)
        row = row * 10 + (*c - u'0');
    if (c == digitsFrom || c != end || row < 1 || row > maxRows || column > maxColumns)
        return std::nullopt;
    return std::pair(row - 1, column - 1);
}

QString movedFormula(const QString &formula, int rows, int columns)
{
    QString out;
    out.reserve(formula.size() + 8);
    const qsizetype n = formula.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = formula.at(i);
        if (c == u'"' || c == u'\'') { // a string or a quoted sheet name: copied as it is
            qsizetype end = i + 1;
            while (end < n && formula.at(end) != c)
                ++end;
            out += QStringView(formula).mid(i, end + 1 - i);
            i = end + 1;
            continue;
        }
        const bool startsName = isLetter(c) || c == u'$';
        const bool afterName =
            i > 0 && (isLetter(formula.at(i - 1)) || isDigit(formula.at(i - 1)) ||
                      formula.at(i - 1) == u'_' || formula.at(i - 1) == u'.');
        if (!startsName || afterName) {
            out += c;
            ++i;
            continue;
        }
        // A token of letters, digits and '$': a cell reference when it reads as one and is not
        // a function name (followed by '(') or part of a longer name.
        qsizetype end = i;
        while (end < n &&
               (isLetter(formula.at(end)) || isDigit(formula.at(end)) || formula.at(end) == u'$'))
            ++end;
        const QStringView token = QStringView(formula).mid(i, end - i);
        const bool nameGoesOn = end < n && (formula.at(end) == u'(' || formula.at(end) == u'_' ||
                                            formula.at(end) == u'.' || formula.at(end) == u'!');
        const auto reference = nameGoesOn ? std::nullopt : cellReference(token);
        if (!reference) {
            out += token;
            i = end;
            continue;
        }
        const qsizetype dollarRow = token.lastIndexOf(u'$');
        const bool fixedColumn = token.startsWith(u'$');
        const bool fixedRow = dollarRow > 0;
        const int column = reference->second + (fixedColumn ? 0 : columns);
        const int row = reference->first + (fixedRow ? 0 : rows);
        if (column < 0 || row < 0) {
            out += u"#REF!";
        } else {
            out += (fixedColumn ? u"$" : u"") + columnLetters(column) + (fixedRow ? u"$" : u"") +
                   QString::number(row + 1);
        }
        i = end;
    }
    return out;
}

ReadStatus read(QIODevice &device, const QStringList &sharedStrings, Sheet &sheet, qint64 cellLimit)
{
    QXmlStreamReader xml(&device);
    qint64 cellSlots = 0; // cells held, empty ones in gaps included
    bool tooLarge = false;
    QHash<QString, SharedFormula> sharedFormulas;
    int nextRow = 0;
    int row = -1;
    int nextColumn = 0;
    bool ok = true;
    auto finishRow = [&] {
        if (row >= 0 && row < sheet.rows.size())
            trimRow(sheet.rows[row]);
    };

    while (ok && !xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"row") {
            finishRow();
            const QXmlStreamAttributes attributes = xml.attributes();
            row = attributes.hasAttribute(QLatin1StringView("r"))
                      ? attributes.value(QLatin1StringView("r")).toInt() - 1
                      : nextRow;
            if (row < 0 || row >= maxRows) {
                ok = false;
                break;
            }
            nextRow = row + 1;
            nextColumn = 0;
            if (sheet.rows.size() <= row)
                sheet.rows.resize(row + 1);
            const QStringView spans = attributes.value(QLatin1StringView("spans"));
            const int lastSpan = spans.mid(spans.indexOf(u':') + 1).toInt();
            if (lastSpan > 0 && lastSpan <= 1024)
                sheet.rows[row].reserve(lastSpan);
        } else if (name == u"c") {
            const QXmlStreamAttributes attributes = xml.attributes();
            int cellRow = row < 0 ? nextRow : row;
            int column = nextColumn;
            if (attributes.hasAttribute(QLatin1StringView("r"))) {
                const auto reference = cellReference(attributes.value(QLatin1StringView("r")));
                if (!reference) {
                    ok = false;
                    break;
                }
                cellRow = reference->first;
                column = reference->second;
            }
            nextColumn = column + 1;
            const QStringView type = attributes.value(QLatin1StringView("t"));
            SheetCell cell;
            cell.style = attributes.value(QLatin1StringView("s")).toInt();
            QString value;
            bool hasValue = false;
            while (!xml.atEnd()) {
                const QXmlStreamReader::TokenType token = xml.readNext();
                if (token == QXmlStreamReader::EndElement)
                    break;
                if (token != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == u"v") {
                    value = xml.readElementText();
                    hasValue = true;
                } else if (xml.name() == u"is") {
                    value = XlsxWorkbookParser::richText(xml);
                    hasValue = true;
                } else if (xml.name() == u"f") {
                    const QXmlStreamAttributes f = xml.attributes();
                    const bool shared = f.value(QLatin1StringView("t")) == u"shared";
                    const QString index = f.value(QLatin1StringView("si")).toString();
                    cell.formula = xml.readElementText(QXmlStreamReader::SkipChildElements);
                    if (shared && !cell.formula.isEmpty()) {
                        sharedFormulas.insert(index, {cell.formula, cellRow, column});
                    } else if (shared && sharedFormulas.contains(index)) {
                        const SharedFormula &master = sharedFormulas[index];
                        cell.formula =
                            movedFormula(master.text, cellRow - master.row, column - master.column);
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (hasValue) {
                if (type == u"s") {
                    bool indexOk = false;
                    const int index = value.toInt(&indexOk);
                    if (!indexOk || index < 0 || index >= sharedStrings.size()) {
                        ok = false;
                        break;
                    }
                    cell.kind = SheetCell::Kind::Text;
                    cell.text = sharedStrings.at(index);
                } else if (type == u"str" || type == u"inlineStr") {
                    cell.kind = SheetCell::Kind::Text;
                    cell.text = value;
                } else if (type == u"b") {
                    cell.kind = SheetCell::Kind::Boolean;
                    cell.number = value.trimmed() == u"1" ? 1 : 0;
                } else if (type == u"e") {
                    cell.kind = SheetCell::Kind::Error;
                    cell.text = value;
                } else if (type == u"d") {
                    const QDateTime moment = QDateTime::fromString(value, Qt::ISODate);
                    cell.kind = moment.isValid() ? SheetCell::Kind::Number : SheetCell::Kind::Text;
                    if (moment.isValid())
                        cell.number = serialOf(moment);
                    else
                        cell.text = value;
                } else if (!value.isEmpty()) {
                    bool numberOk = false;
                    cell.number = value.toDouble(&numberOk);
                    cell.kind = numberOk ? SheetCell::Kind::Number : SheetCell::Kind::Text;
                    if (!numberOk)
                        cell.text = value;
                }
            }
            if (cellRow != row) { // a cell outside its <row>, or a sheet without <row> elements
                finishRow();
                row = cellRow;
                nextRow = row + 1;
                if (sheet.rows.size() <= row)
                    sheet.rows.resize(row + 1);
            }
            if (cell.isEmpty() && cell.formula.isEmpty())
                continue;
            QList<SheetCell> &cells = sheet.rows[row];
            cellSlots += std::max<qsizetype>(1, column + 1 - cells.size());
            if (cellSlots > cellLimit) {
                tooLarge = true;
                break;
            }
            if (cells.size() == column)
                cells.append(std::move(cell));
            else {
                if (cells.size() < column + 1)
                    cells.resize(column + 1);
                cells[column] = std::move(cell);
            }
        } else if (name == u"mergeCell") {
            if (!readMerge(xml.attributes().value(QLatin1StringView("ref")), sheet))
                ok = false;
        }
    }
    finishRow();
    if (tooLarge)
        return ReadStatus::TooLarge;
    if (!ok || xml.hasError() || XlsxArchive::failed(device))
        return ReadStatus::Damaged;
    while (!sheet.rows.isEmpty() && sheet.rows.constLast().isEmpty())
        sheet.rows.removeLast();
    return ReadStatus::Read;
}

} // namespace Taktline::XlsxSheetParser
