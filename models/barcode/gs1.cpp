#include "barcode/gs1.h"

#include "barcode/scantext.h"

#include <QRegularExpression>

#include <optional>

namespace Taktline {

namespace {

enum class Content { Digits, CheckDigit, Date, Text };

// LENGTH is exact for a fixed-length AI and the maximum otherwise (GS1 General
// Specifications, section 3.2).
struct AiSpec
{
    int length;
    bool fixed;
    Content content;
    const char *name;
};

struct KnownAi
{
    const char *ai;
    AiSpec spec;
};

constexpr KnownAi Known[] = {
    {"00", {18, true, Content::CheckDigit, QT_TRANSLATE_NOOP("Taktline::Gs1", "SSCC")}},
    {"01", {14, true, Content::CheckDigit, QT_TRANSLATE_NOOP("Taktline::Gs1", "GTIN")}},
    {"02", {14, true, Content::CheckDigit, QT_TRANSLATE_NOOP("Taktline::Gs1", "contained GTIN")}},
    {"10", {20, false, Content::Text, QT_TRANSLATE_NOOP("Taktline::Gs1", "batch/lot")}},
    {"11", {6, true, Content::Date, QT_TRANSLATE_NOOP("Taktline::Gs1", "production date")}},
    {"12", {6, true, Content::Date, QT_TRANSLATE_NOOP("Taktline::Gs1", "due date")}},
    {"13", {6, true, Content::Date, QT_TRANSLATE_NOOP("Taktline::Gs1", "packaging date")}},
    {"15", {6, true, Content::Date, QT_TRANSLATE_NOOP("Taktline::Gs1", "best before date")}},
    {"16", {6, true, Content::Date, QT_TRANSLATE_NOOP("Taktline::Gs1", "sell by date")}},
    {"17", {6, true, Content::Date, QT_TRANSLATE_NOOP("Taktline::Gs1", "expiry date")}},
    {"20", {2, true, Content::Digits, QT_TRANSLATE_NOOP("Taktline::Gs1", "product variant")}},
    {"21", {20, false, Content::Text, QT_TRANSLATE_NOOP("Taktline::Gs1", "serial number")}},
    {"30", {8, false, Content::Digits, QT_TRANSLATE_NOOP("Taktline::Gs1", "count")}},
    {"37", {8, false, Content::Digits, QT_TRANSLATE_NOOP("Taktline::Gs1", "count of items")}},
    {"240",
     {30, false, Content::Text, QT_TRANSLATE_NOOP("Taktline::Gs1", "additional product ID")}},
    {"241", {30, false, Content::Text, QT_TRANSLATE_NOOP("Taktline::Gs1", "customer part number")}},
    {"250",
     {30, false, Content::Text, QT_TRANSLATE_NOOP("Taktline::Gs1", "secondary serial number")}},
    {"400",
     {30, false, Content::Text, QT_TRANSLATE_NOOP("Taktline::Gs1", "customer order number")}},
    {"90", {30, false, Content::Text, QT_TRANSLATE_NOOP("Taktline::Gs1", "internal information")}},
};

constexpr AiSpec CompanyInternal{
    90, false, Content::Text, QT_TRANSLATE_NOOP("Taktline::Gs1", "company internal information")};
constexpr AiSpec NetWeightKg{6, true, Content::Digits,
                             QT_TRANSLATE_NOOP("Taktline::Gs1", "net weight (kg)")};

// GS1 AI encodable character set 82: printable ASCII without space and # $ @ [ \ ] ^ ` { | } ~.
bool isCset82(QChar ch)
{
    const char16_t c = ch.unicode();
    if (c <= 0x20 || c >= 0x7f)
        return false;
    return !QStringView(u"#$@[\\]^`{|}~").contains(ch);
}

bool allDigits(QStringView text)
{
    for (const QChar ch : text) {
        if (ch < u'0' || ch > u'9')
            return false;
    }
    return !text.isEmpty();
}

std::optional<AiSpec> specFor(QStringView ai)
{
    for (const KnownAi &known : Known) {
        if (ai == QLatin1String(known.ai))
            return known.spec;
    }
    if (ai.size() == 2 && ai >= u"91" && ai <= u"99")
        return CompanyInternal;
    // 310n: net weight in kg with n decimals.
    if (ai.size() == 4 && ai.startsWith(u"310") && ai[3] >= u'0' && ai[3] <= u'5')
        return NetWeightKg;
    return std::nullopt;
}

// The known AI that TEXT has at POS; the table is prefix-free, as GS1 AIs are.
QString aiAt(const QString &text, int pos)
{
    for (int length = 2; length <= 4 && pos + length <= text.size(); ++length) {
        const QStringView candidate = QStringView(text).mid(pos, length);
        if (allDigits(candidate) && specFor(candidate))
            return candidate.toString();
    }
    return {};
}

// How long an AI starting with these two digits is, so an unknown one is named in full.
int predictedAiLength(QStringView firstTwo)
{
    const int p = firstTwo.toInt();
    if ((p >= 23 && p <= 25) || (p >= 40 && p <= 42) || p == 71)
        return 3;
    if ((p >= 31 && p <= 36) || p == 39 || (p >= 43 && p <= 49) || p == 70 || (p >= 72 && p <= 89))
        return 4;
    return 2;
}

int checkDigitFor(QStringView body)
{
    int sum = 0;
    for (int i = 0; i < body.size(); ++i) {
        const int digit = body[body.size() - 1 - i].unicode() - u'0';
        sum += digit * (i % 2 == 0 ? 3 : 1);
    }
    return (10 - sum % 10) % 10;
}

QString visible(QChar ch)
{
    return ScanText::shown(QString(ch));
}

} // namespace

bool Gs1::startsWithElement(const QString &text)
{
    const QString ai = aiAt(text, 0);
    if (ai.isEmpty())
        return false;
    const AiSpec spec = *specFor(ai);
    return text.size() >= ai.size() + (spec.fixed ? spec.length : 1);
}

bool Gs1::hasValidCheckDigit(const QString &digits)
{
    if (digits.size() < 2 || !allDigits(digits))
        return false;
    return checkDigitFor(QStringView(digits).chopped(1)) == digits.back().unicode() - u'0';
}

QDate Gs1::date(const QString &yymmdd, int referenceYear)
{
    if (yymmdd.size() != 6 || !allDigits(yymmdd))
        return {};
    const int yy = yymmdd.left(2).toInt();
    const int month = yymmdd.mid(2, 2).toInt();
    const int day = yymmdd.mid(4, 2).toInt();
    // GS1 century rule: within 50 years before or 49 after the reference year.
    const int difference = yy - referenceYear % 100;
    int year = referenceYear - referenceYear % 100 + yy;
    if (difference >= 51)
        year -= 100;
    else if (difference <= -50)
        year += 100;
    if (month < 1 || month > 12)
        return {};
    const int daysInMonth = QDate(year, month, 1).daysInMonth();
    if (day > daysInMonth)
        return {};
    return QDate(year, month, day == 0 ? daysInMonth : day);
}

Outcome Gs1::checkElement(const QString &ai, const QString &data, const QString &shown)
{
    const std::optional<AiSpec> spec = specFor(ai);
    if (!spec) {
        return Outcome::failure(tr("The GS1 code '%1' contains application identifier (%2), "
                                   "which Taktline does not read.")
                                    .arg(shown, ai));
    }
    const QString label = QStringLiteral("%1 (%2)").arg(tr(spec->name), ai);
    if (data.isEmpty())
        return Outcome::failure(tr("The GS1 code '%1' has no data after %2.").arg(shown, label));
    if (spec->fixed && data.size() != spec->length) {
        return Outcome::failure(
            tr("The GS1 code '%1' has %2 with %3 characters, but it must have exactly %4.")
                .arg(shown, label)
                .arg(data.size())
                .arg(spec->length));
    }
    if (data.size() > spec->length) {
        return Outcome::failure(
            tr("The GS1 code '%1' has %2 with %3 characters, but at most %4 are allowed.")
                .arg(shown, label)
                .arg(data.size())
                .arg(spec->length));
    }
    if (spec->content != Content::Text && !allDigits(data)) {
        return Outcome::failure(tr("The GS1 code '%1' has %2 '%3', which must be digits only.")
                                    .arg(shown, label, data));
    }
    for (const QChar ch : data) {
        if (!isCset82(ch)) {
            return Outcome::failure(
                tr("The GS1 code '%1' has %2 containing '%3', which GS1 codes cannot contain.")
                    .arg(shown, label, visible(ch)));
        }
    }
    // GS1 allows parentheses in data, but then "(10)A(17)270630" would read back as a lot
    // and an expiry date: a code that cannot be printed as it is scanned is refused.
    for (const QChar ch : data) {
        if (ch == u'(' || ch == u')') {
            return Outcome::failure(
                tr("The GS1 code '%1' has %2 containing '%3', which Taktline cannot print: on a "
                   "label, parentheses mark the application identifiers.")
                    .arg(shown, label, QString(ch)));
        }
    }
    if (spec->content == Content::CheckDigit && !hasValidCheckDigit(data)) {
        return Outcome::failure(tr("The GS1 code '%1' has %2 '%3' with a wrong check digit (it "
                                   "should end in %4). The label is misprinted or misread.")
                                    .arg(shown, label, data)
                                    .arg(checkDigitFor(QStringView(data).chopped(1))));
    }
    if (spec->content == Content::Date && !date(data).isValid()) {
        return Outcome::failure(
            tr("The GS1 code '%1' has %2 '%3', which is not a valid date (YYMMDD).")
                .arg(shown, label, data));
    }
    return Outcome::success();
}

Outcome Gs1::add(Elements &elements, const QString &ai, const QString &data, const QString &shown)
{
    if (Outcome valid = checkElement(ai, data, shown); !valid)
        return valid;
    for (const auto &[knownAi, knownData] : std::as_const(elements)) {
        if (knownAi != ai)
            continue;
        // GS1 allows an AI twice only with the same data; once is enough for us.
        if (knownData == data)
            return Outcome::success();
        return Outcome::failure(
            tr("The GS1 code '%1' contains %2 (%3) twice with different values.")
                .arg(shown, tr(specFor(ai)->name), ai));
    }
    elements.append({ai, data});
    return Outcome::success();
}

Result<Gs1::Elements> Gs1::parseHumanReadable(const QString &text, const QString &shown)
{
    static const QRegularExpression aiPattern(QStringLiteral("\\((\\d{2,4})\\)"));
    QString compact = text;
    compact.remove(QLatin1Char(' '));
    QList<QRegularExpressionMatch> matches;
    for (auto it = aiPattern.globalMatch(compact); it.hasNext();)
        matches.append(it.next());
    if (matches.isEmpty() || matches.first().capturedStart() != 0) {
        return Outcome::failure(tr("The GS1 code '%1' does not start with an application "
                                   "identifier in parentheses, such as (01).")
                                    .arg(shown));
    }
    Elements elements;
    for (int i = 0; i < matches.size(); ++i) {
        const qsizetype start = matches.at(i).capturedEnd();
        const qsizetype end =
            i + 1 < matches.size() ? matches.at(i + 1).capturedStart() : compact.size();
        const Outcome added =
            add(elements, matches.at(i).captured(1), compact.mid(start, end - start), shown);
        if (!added)
            return added;
    }
    return elements;
}

Result<Gs1::Elements> Gs1::parseRaw(const QString &text, const QString &shown)
{
    const QString separator = QString(QChar(GroupSeparator));
    QString data = text;
    data.replace(QStringLiteral("<GS>"), separator, Qt::CaseInsensitive);
    data.replace(QStringLiteral("^]"), separator);
    // A leading GS is how some scanners pass on the FNC1 that marks a GS1 symbol.
    while (data.startsWith(separator))
        data.remove(0, 1);
    if (data.isEmpty())
        return Outcome::failure(tr("The GS1 code '%1' contains no data.").arg(shown));
    return parseSeparated(data, shown, data.contains(separator));
}

Result<Gs1::Elements> Gs1::parseSeparated(const QString &text, const QString &shown,
                                          bool separatorsSeen)
{
    const QChar separator(GroupSeparator);
    Elements elements;
    int pos = 0;
    while (pos < text.size()) {
        if (text.at(pos) == separator) {
            ++pos;
            continue;
        }
        const QString ai = aiAt(text, pos);
        if (ai.isEmpty()) {
            const QStringView two = QStringView(text).mid(pos, 2);
            if (two.size() < 2 || !allDigits(two)) {
                return Outcome::failure(tr("The GS1 code '%1' has '%2' where an application "
                                           "identifier (digits) should be.")
                                            .arg(shown, visible(text.at(pos))));
            }
            return checkElement(text.mid(pos, predictedAiLength(two)), {}, shown);
        }
        const AiSpec spec = *specFor(ai);
        pos += ai.size();
        int end = spec.fixed ? std::min<int>(pos + spec.length, text.size()) : text.size();
        const int nextSeparator = text.indexOf(separator, pos);
        if (nextSeparator >= 0 && nextSeparator < end)
            end = nextSeparator;
        const QString data = text.mid(pos, end - pos);
        pos = end;
        if (!spec.fixed && !separatorsSeen && pos == text.size()) {
            const QString label = QStringLiteral("%1 (%2)").arg(tr(spec.name), ai);
            if (data.size() > spec.length) {
                return Outcome::failure(
                    tr("The GS1 code '%1' has %2 with %3 characters, more than the %4 allowed: "
                       "the GS separator after it is probably missing. Set the scanner to send "
                       "GS (FNC1).")
                        .arg(shown, label)
                        .arg(data.size())
                        .arg(spec.length));
            }
            // Without separators a lot followed by, say, (17)270630 reads as one long lot.
            for (int split = 1; split < data.size(); ++split) {
                const QString tail = data.mid(split);
                const QString tailAi = aiAt(tail, 0);
                if (tailAi.isEmpty() || !specFor(tailAi)->fixed ||
                    !parseSeparated(tail, shown, true).ok())
                    continue;
                return Outcome::failure(
                    tr("The GS1 code '%1' has %2 running into what looks like %3 (%4) without "
                       "the GS separator between them, so it cannot be read safely. Set the "
                       "scanner to send GS (FNC1).")
                        .arg(shown, label, tr(specFor(tailAi)->name), tailAi));
            }
        }
        if (Outcome added = add(elements, ai, data, shown); !added)
            return added;
    }
    return elements;
}

bool Gs1::isFixedLength(const QString &ai)
{
    const auto spec = specFor(ai);
    return spec && spec->fixed;
}

Gs1::Elements Gs1::printOrder(const Elements &elements)
{
    if (elements.isEmpty() || isFixedLength(elements.last().first))
        return elements;
    const QString raw = encodeInOrder(elements, false);
    const Result<Elements> readBack = parseRaw(raw, raw);
    if (raw.isEmpty() || (readBack && readBack.value() == elements))
        return elements;
    // The last variable-length field's tail looks like further fields ((10)2611170630 as lot 26
    // plus production date (11)170630). Readers drop a trailing GS, so a fixed-length field
    // moves behind it instead: then a GS ends the variable one.
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (isFixedLength(elements.at(i).first)) {
            Elements reordered = elements;
            reordered.append(reordered.takeAt(i));
            return reordered;
        }
    }
    return elements;
}

QString Gs1::encode(const Elements &elements, bool humanReadable)
{
    return encodeInOrder(printOrder(elements), humanReadable);
}

QString Gs1::encodeInOrder(const Elements &elements, bool humanReadable)
{
    QString text;
    for (int i = 0; i < elements.size(); ++i) {
        const auto &[ai, data] = elements.at(i);
        if (!checkElement(ai, data, {}).ok())
            return {};
        if (humanReadable) {
            text += QLatin1Char('(') + ai + QLatin1Char(')') + data;
            continue;
        }
        text += ai + data;
        if (!specFor(ai)->fixed && i + 1 < elements.size())
            text += QChar(GroupSeparator);
    }
    return text;
}

} // namespace Taktline
