#include "io/seriallabels.h"

#include "services/masterdata/masterdataservice.h"
#include "services/masterdata/settingsservice.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"

namespace Taktline {

Result<QList<Label>> SerialLabels::build(Workspace *workspace, const QString &workOrderId,
                                         const QStringList &serials)
{
    if (serials.isEmpty())
        return Outcome::failure(tr("Generate serial numbers first: there are no labels to make."));
    const Result<WorkOrder> order = workspace->workOrders()->find(workOrderId);
    if (!order)
        return order.outcome();
    const Result<MasterRecord> product =
        workspace->masterData()->find(MasterDataKind::Product, order.value().productId);
    const QString productText =
        product ? QString(product.value().text(QStringLiteral("part_no")) + QLatin1Char(' ') +
                          product.value().localizedName())
                      .trimmed()
                : QString();
    const QString prefix = workspace->settings()->labelIdentifierPrefix();
    QList<Label> labels;
    labels.reserve(serials.size());
    for (const QString &serial : serials) {
        const QString code = BarcodeCodec::encode(ScanKind::Serial, serial);
        if (code.isEmpty())
            return Outcome::failure(
                tr("Serial number %1 cannot be printed as a barcode.").arg(serial));
        Result<Label> label =
            LabelContent::forCode(code, LabelSymbology::Qr, LabelSize::Mm50x30, prefix);
        if (!label)
            return label.outcome();
        label.value().lines = {serial, productText, order.value().number};
        labels.append(label.value());
    }
    return labels;
}

Outcome SerialLabels::savePdf(Workspace *workspace, const QString &workOrderId,
                              const QStringList &serials, const QString &path)
{
    const Result<QList<Label>> labels = build(workspace, workOrderId, serials);
    if (!labels)
        return labels.outcome();
    return LabelRenderer::writePdf(path, labels.value(), Dpi);
}

} // namespace Taktline
