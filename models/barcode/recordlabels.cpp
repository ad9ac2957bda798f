#include "barcode/recordlabels.h"

namespace Taktline {

bool RecordLabels::labelled(MasterDataKind kind)
{
    return kind == MasterDataKind::Place || kind == MasterDataKind::Machine;
}

Result<QList<Label>> RecordLabels::forRecords(MasterDataKind kind, const QList<MasterRecord> &records)
{
    if (!labelled(kind))
        return Outcome::failure(tr("Only places and machines get labels here."));
    const ScanKind scanKind = kind == MasterDataKind::Place ? ScanKind::Location : ScanKind::Machine;
    QList<Label> labels;
    for (const MasterRecord &record : records) {
        const QString code = record.text(QStringLiteral("code"));
        const QString payload = BarcodeCodec::encode(scanKind, code);
        if (payload.isEmpty())
            return Outcome::failure(
                tr("The code %1 cannot be printed as a barcode: change it to letters, digits and "
                   "dashes.")
                    .arg(code));
        Result<Label> label = LabelContent::forCode(payload, LabelSymbology::Qr, LabelSize::Mm60x40);
        if (!label)
            return Outcome::failure(label.error());
        label.value().lines = {code, record.localizedName()};
        labels.append(label.value());
    }
    return labels;
}

} // namespace Taktline
