// LabelRenderer's label content: what a code's label says and carries, and the size and
// format names the command line and the settings use.
#include "labelrenderer.h"

#include "gs1.h"

namespace Taktline {

QSizeF LabelRenderer::sizeMm(LabelSize size)
{
    switch (size) {
    case LabelSize::Mm50x30:
        return {50, 30};
    case LabelSize::Mm60x40:
        return {60, 40};
    case LabelSize::Mm100x50:
        return {100, 50};
    }
    return {50, 30};
}

QString LabelRenderer::sizeName(LabelSize size)
{
    const QSizeF mm = sizeMm(size);
    return QStringLiteral("%1x%2").arg(mm.width()).arg(mm.height());
}

Result<LabelSize> LabelRenderer::sizeFromName(const QString &name)
{
    for (const LabelSize size : {LabelSize::Mm50x30, LabelSize::Mm60x40, LabelSize::Mm100x50}) {
        if (name.trimmed().compare(sizeName(size), Qt::CaseInsensitive) == 0)
            return size;
    }
    return Outcome::failure(
        tr("Unknown label size '%1'. Choose 50x30, 60x40 or 100x50 (millimetres).").arg(name));
}

Result<LabelSymbology> LabelRenderer::symbologyFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("qr"))
        return LabelSymbology::Qr;
    if (key == QLatin1String("datamatrix"))
        return LabelSymbology::DataMatrix;
    if (key == QLatin1String("code128"))
        return LabelSymbology::Code128;
    return Outcome::failure(
        tr("Unknown barcode format '%1'. Choose qr, datamatrix or code128.").arg(name));
}

Result<Label> LabelRenderer::labelFor(const QString &code, LabelSymbology symbology, LabelSize size,
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

bool LabelRenderer::carriesIdentifier(const Label &label)
{
    const Result<ScanResult> scan = BarcodeCodec::parse(label.code);
    return scan && !scan.value().idPrefix.isEmpty();
}

Outcome LabelRenderer::check(const Label &label)
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
    return Outcome::success();
}

QString LabelRenderer::symbolText(const Label &label)
{
    if (!isGs1(label) || label.symbology == LabelSymbology::Qr)
        return label.code;
    const Result<ScanResult> scan = BarcodeCodec::parse(label.code);
    return scan ? Gs1::encode(scan.value().gs1, false) : QString();
}

} // namespace Taktline
