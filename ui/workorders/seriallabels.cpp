#include "seriallabels.h"

#include "masterdataservice.h"
#include "settingsservice.h"
#include "workorderservice.h"
#include "workspace.h"

#include <QPrintDialog>
#include <QPrinter>

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
                          product.value().text(QStringLiteral("name")))
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

Outcome SerialLabels::print(Workspace *workspace, const QString &workOrderId,
                            const QStringList &serials, QWidget *parent, bool *printed)
{
    if (printed)
        *printed = false;
    const Result<QList<Label>> labels = build(workspace, workOrderId, serials);
    if (!labels)
        return labels.outcome();
    const QString range = serials.size() == 1
                              ? serials.constFirst()
                              : serials.constFirst() + QStringLiteral(" … ") + serials.constLast();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Serial number labels %1").arg(range));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %n serial number label(s)", nullptr, int(serials.size())));
    if (dialog.exec() != QDialog::Accepted)
        return Outcome::success();
    if (Outcome done = LabelRenderer::print(printer, labels.value()); !done)
        return done;
    if (printer.printerState() == QPrinter::Error)
        return Outcome::failure(tr("The printer refused the labels of %1. Check that it is on "
                                   "and connected, then try again.")
                                    .arg(range));
    if (printed)
        *printed = true;
    return Outcome::success();
}

} // namespace Taktline
