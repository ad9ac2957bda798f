#include "io/lotlabel.h"

#include "item/trace/tracetext.h"

namespace Taktline {

Result<Label> LotLabel::build(const LotRow &row, const QString &identifierPrefix)
{
    const QString code = BarcodeCodec::encode(ScanKind::Lot, row.lot.lotNo);
    if (code.isEmpty())
        return Outcome::failure(
            tr("Lot number %1 cannot be printed as a barcode.").arg(row.lot.lotNo));
    Result<Label> label =
        LabelContent::forCode(code, LabelSymbology::Qr, LabelSize::Mm50x30, identifierPrefix);
    if (!label)
        return label;
    QString amount = TraceText::amount(row.stock.received) + QLatin1Char(' ') + row.unit;
    if (!row.lot.supplierLot.isEmpty())
        amount += QStringLiteral(" · ") + row.lot.supplierLot;
    label.value().lines = {
        row.lot.lotNo, QString(row.partNo + QLatin1Char(' ') + row.materialName).trimmed(), amount};
    return label;
}

Outcome LotLabel::savePdf(const LotRow &row, const QString &identifierPrefix, const QString &path)
{
    const Result<Label> label = build(row, identifierPrefix);
    if (!label)
        return label.outcome();
    return LabelRenderer::writePdf(path, {label.value()}, Dpi);
}

} // namespace Taktline
