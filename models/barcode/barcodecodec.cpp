#include "barcode/barcodecodec.h"

#include "barcode/gs1.h"
#include "barcode/scantext.h"

#include <QRegularExpression>
#include <QStringList>

namespace Taktline {

namespace {

constexpr char16_t Gs = Gs1::GroupSeparator;
// Longer than any label we read; keeps a pasted document out of the parsers.
constexpr int MaxScanLength = 1000;
constexpr int MaxSeqDigits = 6;

struct TypedPrefix
{
    ScanKind kind;
    const char *text;
};

constexpr TypedPrefix Prefixes[] = {
    {ScanKind::WorkOrder, "WO"}, {ScanKind::Operation, "OP"}, {ScanKind::Lot, "LOT"},
    {ScanKind::Serial, "SN"},    {ScanKind::Employee, "EMP"}, {ScanKind::Machine, "MC"},
    {ScanKind::Location, "LOC"},
};

QString prefixOf(ScanKind kind)
{
    for (const TypedPrefix &prefix : Prefixes) {
        if (prefix.kind == kind)
            return QLatin1String(prefix.text) + QLatin1Char(':');
    }
    return {};
}

// An AIM symbology identifier ("]C1", "]Q1", …) that a scanner may put before the data.
bool startsWithSymbologyId(const QString &text)
{
    return text.size() >= 3 && text.at(0) == u']' && text.at(1).isLetter() &&
           text.at(1).unicode() < 0x80 && text.at(2).isDigit();
}

bool isGs1SymbologyId(QStringView id)
{
    for (const char16_t *gs1 : {u"]C1", u"]d2", u"]Q3", u"]e0", u"]J1"}) {
        if (id.compare(QStringView(gs1), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// EAN-8, UPC-A or EAN-13 as printed on retail goods: digits only, with a valid check digit.
bool isRetailBarcode(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^([0-9]{8}|[0-9]{12,13})$"));
    return digits.match(text).hasMatch() && Gs1::hasValidCheckDigit(text);
}

Result<ScanResult> gs1Result(const Result<Gs1::Elements> &elements)
{
    if (!elements)
        return elements.outcome();
    ScanResult result;
    result.kind = ScanKind::Gs1;
    result.gs1 = elements.value();
    result.value = Gs1::encode(result.gs1, true);
    return result;
}

// "LOT:…", "SN:…": a typed prefix of letters, a colon and the value.
const QRegularExpression &typedPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z]{1,8}):(.*)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

} // namespace

QString ScanResult::gs1Value(const QString &ai) const
{
    for (const auto &[elementAi, data] : gs1) {
        if (elementAi == ai)
            return data;
    }
    return {};
}

QDate ScanResult::productionDate() const
{
    return Gs1::date(gs1Value(QStringLiteral("11")));
}

QDate ScanResult::expiryDate() const
{
    return Gs1::date(gs1Value(QStringLiteral("17")));
}

Result<ScanResult> BarcodeCodec::parse(const QString &scanned)
{
    static const QRegularExpression identifierHead(QStringLiteral("^[0-9]{1,5}(\\.[0-9]*)+$"));

    QString text = ScanText::cleaned(scanned);
    if (text.isEmpty()) {
        return Outcome::failure(tr("Nothing was scanned: the scanner sent only spaces or line "
                                   "breaks. Scan the code again."));
    }
    const QString shownText = ScanText::shown(text);
    if (text.size() > MaxScanLength) {
        return Outcome::failure(tr("The code '%1' is too long (%2 characters) to be a code "
                                   "Taktline reads.")
                                    .arg(shownText)
                                    .arg(text.size()));
    }
    bool gs1Symbology = false;
    if (startsWithSymbologyId(text)) {
        gs1Symbology = isGs1SymbologyId(QStringView(text).left(3));
        text.remove(0, 3);
        if (text.isEmpty())
            return Outcome::failure(tr("The code '%1' carries no data.").arg(shownText));
    }

    Result<ScanResult> result = Outcome::failure({});
    const QRegularExpressionMatch typed = typedPattern().match(text);
    if (gs1Symbology) {
        result = gs1Result(Gs1::parseRaw(text, shownText));
    } else if (text.startsWith(u'(')) {
        result = gs1Result(Gs1::parseHumanReadable(text, shownText));
    } else if (typed.hasMatch()) {
        result = parseTyped(typed.captured(2), typed.captured(1), shownText);
    } else if (identifierHead.match(text.section(u'/', 0, 0)).hasMatch()) {
        result = parseIndustrialId(text, shownText);
    } else if (text.contains(QChar(Gs)) ||
               text.contains(QStringLiteral("<GS>"), Qt::CaseInsensitive) ||
               text.contains(QStringLiteral("^]")) || Gs1::startsWithElement(text)) {
        result = gs1Result(Gs1::parseRaw(text, shownText));
    } else {
        result = Outcome::failure(
            tr("The code '%1' is not one Taktline reads. Expected a code such as WO:…, OP:…/10 "
               "or LOT:…, a GS1 code such as (01)…, or an identifier such as 88.118.8/….")
                .arg(shownText));
    }
    if (result)
        result.value().raw = scanned;
    else if (isRetailBarcode(text))
        return Outcome::failure(tr("The code '%1' is a retail barcode (EAN/UPC), which Taktline "
                                   "does not read. Scan the Taktline label, or a GS1 code with "
                                   "(01), instead.")
                                    .arg(shownText));
    return result;
}

Outcome BarcodeCodec::checkValue(const QString &value, const QString &prefix,
                                 const QString &shownText, int maxLength)
{
    if (value.isEmpty())
        return Outcome::failure(tr("The code '%1' has nothing after '%2'.").arg(shownText, prefix));
    for (const QChar ch : value) {
        const char16_t c = ch.unicode();
        if (c == u' ') {
            return Outcome::failure(
                tr("The code '%1' contains a space, but codes have no spaces.").arg(shownText));
        }
        if (c < 0x20 || c == 0x7f) {
            return Outcome::failure(tr("The code '%1' contains a control character (%2).")
                                        .arg(shownText, ScanText::shown(QString(ch))));
        }
        if (c > 0x7e) {
            return Outcome::failure(tr("The code '%1' contains '%2', but codes may only contain "
                                       "letters, digits and ASCII punctuation.")
                                        .arg(shownText, QString(ch)));
        }
    }
    if (value.size() > maxLength) {
        return Outcome::failure(
            tr("The code '%1' is too long: %2 characters after '%3', at most %4 are allowed.")
                .arg(shownText)
                .arg(value.size())
                .arg(prefix)
                .arg(maxLength));
    }
    return Outcome::success();
}

Result<ScanResult> BarcodeCodec::parseTyped(const QString &text, const QString &prefix,
                                            const QString &shownText)
{
    ScanResult result;
    QString canonicalPrefix;
    for (const TypedPrefix &known : Prefixes) {
        if (prefix.compare(QLatin1String(known.text), Qt::CaseInsensitive) == 0) {
            result.kind = known.kind;
            canonicalPrefix = prefixOf(known.kind);
        }
    }
    if (canonicalPrefix.isEmpty()) {
        return Outcome::failure(tr("The code '%1' starts with '%2:', which is not a kind of code "
                                   "Taktline knows (WO:, OP:, LOT:, SN:, EMP:, MC:, LOC:).")
                                    .arg(shownText, prefix));
    }
    const int maxLength =
        result.kind == ScanKind::Operation ? MaxValueLength + 1 + MaxSeqDigits : MaxValueLength;
    if (Outcome valid = checkValue(text, canonicalPrefix, shownText, maxLength); !valid)
        return valid;
    result.value = text;
    if (result.kind == ScanKind::WorkOrder) {
        if (text.contains(u'/')) {
            return Outcome::failure(tr("The code '%1' is a work order code, but a work order "
                                       "number cannot contain '/'.")
                                        .arg(shownText));
        }
        result.workOrderNumber = text;
    } else if (result.kind == ScanKind::Operation) {
        const qsizetype slash = text.lastIndexOf(u'/');
        if (slash < 0) {
            return Outcome::failure(tr("The code '%1' has no step number: an operation code "
                                       "looks like OP:WO-20261122-0007/20.")
                                        .arg(shownText));
        }
        const QString number = text.left(slash);
        const QString seqText = text.mid(slash + 1);
        if (number.isEmpty() || number.contains(u'/')) {
            return Outcome::failure(tr("The code '%1' has no valid work order number before "
                                       "the '/'.")
                                        .arg(shownText));
        }
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,6}$"));
        const int seq = digits.match(seqText).hasMatch() ? seqText.toInt() : 0;
        if (seq <= 0) {
            return Outcome::failure(tr("The code '%1' has no valid step number after the '/' "
                                       "(a whole number from 1 up).")
                                        .arg(shownText));
        }
        if (number.size() > MaxValueLength)
            return checkValue(number, canonicalPrefix, shownText, MaxValueLength);
        result.workOrderNumber = number;
        result.seq = seq;
        result.value = number + QLatin1Char('/') + QString::number(seq);
    }
    return result;
}

Result<ScanResult> BarcodeCodec::parseIndustrialId(const QString &text, const QString &shownText)
{
    constexpr int MaxSegmentDigits = 10;
    constexpr int MaxSegments = 8;
    const qsizetype slash = text.indexOf(u'/');
    const QString prefix = slash < 0 ? text : text.left(slash);
    const QStringList segments = prefix.split(u'.');
    if (segments.contains(QString())) {
        return Outcome::failure(tr("The identifier '%1' has an empty part in its prefix '%2' "
                                   "(two dots in a row, or a dot at the end).")
                                    .arg(shownText, prefix));
    }
    if (segments.first() != QLatin1String("88")) {
        return Outcome::failure(tr("The identifier '%1' does not start with 88, as industrial "
                                   "internet identifiers (such as 88.118.8/ABC123) do.")
                                    .arg(shownText));
    }
    if (segments.size() < 3 || segments.size() > MaxSegments) {
        return Outcome::failure(tr("The identifier '%1' has the prefix '%2', but a prefix has an "
                                   "industry and an enterprise number, such as 88.118.8.")
                                    .arg(shownText, prefix));
    }
    for (const QString &segment : segments) {
        if (segment.size() > MaxSegmentDigits) {
            return Outcome::failure(
                tr("The identifier '%1' has a prefix number that is too long (%2 digits).")
                    .arg(shownText)
                    .arg(segment.size()));
        }
    }
    const QString suffix = slash < 0 ? QString() : text.mid(slash + 1);
    if (Outcome valid = checkValue(suffix, prefix + QLatin1Char('/'), shownText, MaxSuffixLength);
        !valid)
        return valid;
    // A Taktline label that carries an identifier ("88.118.8/LOT:L2611-42") stands for the
    // lot, serial, … its suffix names, so every scan field reads it as that code.
    ScanResult result;
    if (const QRegularExpressionMatch typed = typedPattern().match(suffix); typed.hasMatch()) {
        if (Result<ScanResult> inner = parseTyped(typed.captured(2), typed.captured(1), shownText))
            result = inner.value();
    }
    if (result.value.isEmpty()) {
        result.kind = ScanKind::IndustrialId;
        result.value = text;
    }
    result.idPrefix = prefix;
    result.idSuffix = suffix;
    return result;
}

QString BarcodeCodec::encode(ScanKind kind, const QString &value)
{
    const QString candidate = prefixOf(kind) + value;
    const Result<ScanResult> parsed = parse(candidate);
    if (!parsed || parsed.value().kind != kind)
        return {};
    if (kind == ScanKind::Gs1)
        return parsed.value().value;
    if (kind == ScanKind::Operation)
        return encodeOperation(parsed.value().workOrderNumber, parsed.value().seq);
    return parsed.value().value == value ? candidate : QString();
}

QString BarcodeCodec::encodeOperation(const QString &workOrderNumber, int seq)
{
    const QString candidate =
        prefixOf(ScanKind::Operation) + workOrderNumber + QLatin1Char('/') + QString::number(seq);
    const Result<ScanResult> parsed = parse(candidate);
    const bool same = parsed && parsed.value().kind == ScanKind::Operation &&
                      parsed.value().workOrderNumber == workOrderNumber &&
                      parsed.value().seq == seq;
    return same ? candidate : QString();
}

QString BarcodeCodec::encodeGs1(const QList<QPair<QString, QString>> &elements, bool humanReadable)
{
    return Gs1::encode(elements, humanReadable);
}

QString BarcodeCodec::encodeIndustrialId(const QString &prefix, const QString &suffix)
{
    const QString candidate = prefix + QLatin1Char('/') + suffix;
    const Result<ScanResult> parsed = parse(candidate);
    const bool same =
        parsed && parsed.value().idPrefix == prefix && parsed.value().idSuffix == suffix;
    return same ? candidate : QString();
}

QString BarcodeCodec::kindDisplayName(ScanKind kind)
{
    switch (kind) {
    case ScanKind::WorkOrder:
        return tr("Work order");
    case ScanKind::Operation:
        return tr("Operation");
    case ScanKind::Lot:
        return tr("Lot");
    case ScanKind::Serial:
        return tr("Serial No.");
    case ScanKind::Employee:
        return tr("Employee No.");
    case ScanKind::Machine:
        return tr("Machine");
    case ScanKind::Location:
        return tr("Location");
    case ScanKind::Gs1:
        return tr("GS1");
    case ScanKind::IndustrialId:
        return tr("Identifier");
    }
    return {};
}

QString BarcodeCodec::kindPhrase(ScanKind kind)
{
    switch (kind) {
    case ScanKind::WorkOrder:
        return tr("a work order");
    case ScanKind::Operation:
        return tr("an operation");
    case ScanKind::Lot:
        return tr("a lot");
    case ScanKind::Serial:
        return tr("a serial number");
    case ScanKind::Employee:
        return tr("an employee badge");
    case ScanKind::Machine:
        return tr("a machine");
    case ScanKind::Location:
        return tr("a location");
    case ScanKind::Gs1:
        return tr("a GS1 product code");
    case ScanKind::IndustrialId:
        return tr("an industrial internet identifier");
    }
    return {};
}

Outcome BarcodeCodec::expect(const ScanResult &scanned, ScanKind expected)
{
    return expect(scanned, QList<ScanKind>{expected});
}

Outcome BarcodeCodec::expect(const ScanResult &scanned, const QList<ScanKind> &expected)
{
    if (expected.contains(scanned.kind))
        return Outcome::success();
    if (expected.isEmpty())
        return Outcome::failure(tr("No code is expected here."));
    QStringList firsts;
    for (int i = 0; i + 1 < expected.size(); ++i)
        firsts.append(kindPhrase(expected.at(i)));
    QString wanted = kindPhrase(expected.last());
    if (!firsts.isEmpty())
        wanted = tr("%1 or %2", "list of kinds of code").arg(firsts.join(tr(", ")), wanted);
    QString code = encode(scanned.kind, scanned.value);
    if (code.isEmpty())
        code = ScanText::cleaned(scanned.raw);
    return Outcome::failure(tr("This is %1 (%2), but %3 is expected here.")
                                .arg(kindPhrase(scanned.kind), ScanText::shown(code), wanted));
}

} // namespace Taktline
