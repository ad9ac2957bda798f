#include "labelcommand.h"

#include "appidentity.h"
#include "barcode/labelcontent.h"
#include "barcode/labelrenderer.h"
#include "barcode/zplwriter.h"
#include "commandoptions.h"
#include "outputfile.h"
#include "services/masterdata/masterdataservice.h"
#include "services/masterdata/settingsservice.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>

namespace Taktline {

namespace {

QString masterText(Workspace &workspace, MasterDataKind kind, const QString &code,
                   const QString &column)
{
    const Result<QString> id = workspace.masterData()->idForCode(kind, code);
    if (!id || id.value().isEmpty())
        return {};
    const Result<MasterRecord> record = workspace.masterData()->find(kind, id.value());
    return record ? record.value().text(column) : QString();
}

// Replaces the label's lines with what the database knows about its code, where it knows it.
void fillFromDatabase(Workspace &workspace, Label &label, const ScanResult &scan)
{
    switch (scan.kind) {
    case ScanKind::Employee:
        if (const QString name =
                masterText(workspace, MasterDataKind::Employee, scan.value, QStringLiteral("name"));
            !name.isEmpty())
            label.lines = {name, scan.value};
        break;
    case ScanKind::Machine:
        if (const QString name =
                masterText(workspace, MasterDataKind::Machine, scan.value, QStringLiteral("name"));
            !name.isEmpty())
            label.lines = {scan.value + u' ' + name};
        break;
    case ScanKind::WorkOrder:
    case ScanKind::Operation: {
        const Result<QString> id = workspace.workOrders()->idForNumber(scan.workOrderNumber);
        if (!id || id.value().isEmpty())
            break;
        const Result<WorkOrder> order = workspace.workOrders()->find(id.value());
        if (!order)
            break;
        const Result<MasterRecord> product =
            workspace.masterData()->find(MasterDataKind::Product, order.value().productId);
        QStringList lines{scan.workOrderNumber};
        if (product) {
            lines << product.value().text(QStringLiteral("part_no")) + u' ' +
                         product.value().localizedName();
        }
        if (scan.kind == ScanKind::Operation) {
            const Result<QList<WorkOrderOperation>> ops =
                workspace.workOrders()->operations(id.value());
            for (const WorkOrderOperation &op : ops ? ops.value() : QList<WorkOrderOperation>()) {
                if (op.seq == scan.seq)
                    lines << QStringLiteral("%1 %2").arg(op.seq).arg(op.name);
            }
        } else {
            lines << QCoreApplication::translate("Taktline::LabelCommand", "Quantity %1, due %2")
                         .arg(QLocale().toString(order.value().quantity))
                         .arg(QLocale().toString(order.value().dueDate, QLocale::ShortFormat));
        }
        label.lines = lines.mid(0, LabelContent::MaxLines);
        break;
    }
    default:
        break;
    }
}

} // namespace

int runLabelCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Taktline::LabelCommand",
        "Renders a label (lot, serial, machine, badge, work order or operation) for CODE, "
        "a payload such as LOT:…, SN:…, EMP:…, MC:…, WO:…, OP:…/10 or a GS1 string "
        "(01)…(10)…(21)…. GS1 codes print as GS1-128 (code128) or GS1 DataMatrix. With --db, "
        "lot and serial labels carry the industrial-internet identifier (such as "
        "88.118.8/LOT:…) when the factory's settings say so; GS1 codes keep their GS1 content."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("code"),
        QCoreApplication::translate("Taktline::LabelCommand", "The payload the label carries."));
    parser.addOptions({
        {QStringLiteral("out"),
         QCoreApplication::translate("Taktline::LabelCommand",
                                     "Where to write the label: a .png image, a .pdf document or "
                                     ".zpl for Zebra-compatible printers."),
         QStringLiteral("file")},
        {QStringLiteral("format"),
         QCoreApplication::translate("Taktline::LabelCommand",
                                     "Barcode format: qr (default), datamatrix or code128."),
         QStringLiteral("format"), QStringLiteral("qr")},
        {QStringLiteral("size"),
         QCoreApplication::translate(
             "Taktline::LabelCommand",
             "Label size in millimetres: 50x30 (default), 60x40 or 100x50."),
         QStringLiteral("size"), QStringLiteral("50x30")},
        {QStringLiteral("dpi"),
         QCoreApplication::translate("Taktline::LabelCommand",
                                     "Printer resolution: 203 (default) or 300 dots per inch; "
                                     "modules snap to whole dots."),
         QStringLiteral("dpi"), QStringLiteral("203")},
        {QStringLiteral("db"),
         QCoreApplication::translate("Taktline::LabelCommand",
                                     "Fill names from this factory database (employee, machine, "
                                     "work order and product) and use its identifier settings; "
                                     "read only."),
         QStringLiteral("path")},
    });
    if (std::optional<int> exit = parseOrExit(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printError(QCoreApplication::translate(
            "Taktline::LabelCommand",
            "Give exactly one CODE, for example: taktline label LOT:L2611-42 --out lot.png"));
        return 2;
    }
    const QString out = parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (Outcome allowed = OutputFile::check(
            out, {QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("zpl")},
            parser.value(QStringLiteral("db")));
        !allowed) {
        printError(allowed.error());
        return 2;
    }
    const Result<LabelSymbology> symbology =
        LabelRenderer::symbologyFromName(parser.value(QStringLiteral("format")));
    const Result<LabelSize> size =
        LabelRenderer::sizeFromName(parser.value(QStringLiteral("size")));
    const QString dpiText = parser.value(QStringLiteral("dpi"));
    const int dpi = dpiText == QLatin1String("203")   ? 203
                    : dpiText == QLatin1String("300") ? 300
                                                      : 0;
    for (const QString &error :
         {symbology.error(), size.error(),
          dpi == 0 ? QCoreApplication::translate("Taktline::LabelCommand",
                                                 "Unknown resolution %1; choose 203 or 300.")
                         .arg(dpiText)
                   : QString()}) {
        if (!error.isEmpty()) {
            printError(error);
            return 2;
        }
    }

    const QString code = parser.positionalArguments().constFirst();
    const Result<ScanResult> scan = BarcodeCodec::parse(code);
    if (!scan) {
        printError(scan.error());
        return 2;
    }
    std::unique_ptr<Workspace> workspace;
    if (parser.isSet(QStringLiteral("db"))) {
        const QString path = parser.value(QStringLiteral("db"));
        if (!QFileInfo::exists(path)) {
            printError(
                QCoreApplication::translate("Taktline::LabelCommand", "There is no database at %1.")
                    .arg(QDir::toNativeSeparators(path)));
            return 1;
        }
        Result<std::unique_ptr<Workspace>> opened =
        Workspace::open(path, Database::IfMissing::Refuse); // only first run and demo make one
        if (!opened) {
            printError(opened.error());
            return 1;
        }
        workspace = std::move(opened).value();
    }
    const QString identifierPrefix =
        workspace ? workspace->settings()->labelIdentifierPrefix() : QString();
    Result<Label> label =
        LabelContent::forCode(code, symbology.value(), size.value(), identifierPrefix);
    if (!label) {
        printError(label.error());
        return 2;
    }
    if (workspace)
        fillFromDatabase(*workspace, label.value(), scan.value());

    // Rendered in memory first, so a failure leaves an earlier file as it was.
    Result<QByteArray> bytes = QByteArray();
    if (suffix == QLatin1String("pdf")) {
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        QPdfWriter writer(&pdf);
        writer.setResolution(dpi);
        writer.setCreator(QStringLiteral("Taktline"));
        const Outcome printed = LabelRenderer::print(writer, {label.value()});
        bytes = printed ? Result<QByteArray>(pdf.data()) : Result<QByteArray>(printed);
    } else if (suffix == QLatin1String("png")) {
        const Result<QImage> image = LabelRenderer::renderImage(label.value(), dpi);
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        bytes = !image ? Result<QByteArray>(image.outcome())
                : image.value().save(&png, "PNG") ? Result<QByteArray>(png.data())
                : Result<QByteArray>(Outcome::failure(QCoreApplication::translate(
                      "Taktline::LabelCommand", "The label image could not be encoded as PNG.")));
    } else {
        bytes = ZplWriter::write({label.value()}, dpi);
    }
    const Outcome written = bytes ? OutputFile::write(out, bytes.value()) : bytes.outcome();
    if (!written) {
        printError(written.error());
        return 1;
    }
    printLine(QCoreApplication::translate("Taktline::LabelCommand", "Wrote %1")
                  .arg(QDir::toNativeSeparators(out)));
    return 0;
}

} // namespace Taktline
