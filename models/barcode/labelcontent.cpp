#include "barcode/labelcontent.h"

#include "barcode/gs1.h"

namespace Taktline {

Result<Label> LabelContent::forCode(const QString &code, LabelSymbology symbology, LabelSize size,
                                    const QString &identifierPrefix)
{
    const Result<ScanResult> scan = BarcodeCodec::parse(code);
    if (!scan)
        return scan.outcome();
    Label label;
    label.kind = scan.value().kind;
    label.symbology = symbology;
    label.size = size;
    if (label.kind == ScanKind::Gs1) {
        const ScanResult &gs1 = scan.value();
        label.code = Gs1::encode(gs1.gs1, true);
        label.title = BarcodeCodec::kindDisplayName(gs1.serial().isEmpty() ? ScanKind::Lot
                                                                           : ScanKind::Serial);
        if (!gs1.gtin().isEmpty())
            label.lines << QStringLiteral("GTIN %1").arg(gs1.gtin());
        if (!gs1.lot().isEmpty())
            label.lines << BarcodeCodec::kindDisplayName(ScanKind::Lot) + u' ' + gs1.lot();
        if (!gs1.serial().isEmpty())
            label.lines << BarcodeCodec::kindDisplayName(ScanKind::Serial) + u' ' + gs1.serial();
    } else {
        const ScanResult &scanned = scan.value();
        label.code = BarcodeCodec::encode(label.kind, scanned.value);
        label.title = BarcodeCodec::kindDisplayName(label.kind);
        label.lines << scanned.value;
        const bool lotOrSerial = label.kind == ScanKind::Lot || label.kind == ScanKind::Serial;
        const QString prefix = !scanned.idPrefix.isEmpty() ? scanned.idPrefix
                               : lotOrSerial               ? identifierPrefix.trimmed()
                                                           : QString();
        if (label.kind == ScanKind::IndustrialId) {
            label.code = scanned.value;
        } else if (!prefix.isEmpty()) {
            const QString identifier = BarcodeCodec::encodeIndustrialId(prefix, label.code);
            if (identifier.isEmpty())
                return Outcome::failure(
                    tr("The enterprise prefix '%1' and the code '%2' do not make an identifier "
                       "(an identifier looks like 88.118.8/%2). Check the prefix in Settings.")
                        .arg(prefix, label.code));
            label.code = identifier;
        }
    }
    label.lines = label.lines.mid(0, MaxLines);
    return label;
}

bool LabelContent::carriesIdentifier(const Label &label)
{
    const Result<ScanResult> scan = BarcodeCodec::parse(label.code);
    return scan && !scan.value().idPrefix.isEmpty();
}

Outcome LabelContent::check(const Label &label)
{
    if (label.lines.size() > MaxLines)
        return Outcome::failure(tr("A label has at most %1 lines of text; this one has %2.")
                                    .arg(MaxLines)
                                    .arg(label.lines.size()));
    const Result<ScanResult> scan = BarcodeCodec::parse(label.code);
    if (!scan)
        return scan.outcome();
    if ((scan.value().kind == ScanKind::Gs1) != isGs1(label))
        return Outcome::failure(tr("The label is marked as %1 but its code '%2' is not.")
                                    .arg(BarcodeCodec::kindDisplayName(label.kind), label.code));
    if (isGs1(label) && label.symbology != LabelSymbology::Qr) {
        const QString raw = symbolText(label);
        if (!Gs1::parseRaw(raw, label.code))
            return Outcome::failure(
                tr("The code '%1' would not scan back: its last field ends in digits that read "
                   "like further GS1 fields. Add the GTIN (01) or print it as a QR code.")
                    .arg(label.code));
    }
    return Outcome::success();
}

QString LabelContent::symbolText(const Label &label)
{
    if (!isGs1(label) || label.symbology == LabelSymbology::Qr)
        return label.code;
    const Result<ScanResult> scan = BarcodeCodec::parse(label.code);
    return scan ? Gs1::encode(scan.value().gs1, false) : QString();
}

} // namespace Taktline
