// Labels that carry industrial-internet identifiers (工业互联网标识) as scanners and printers
// see them: a lot or serial label in QR or DataMatrix encodes PREFIX/LOT:… or PREFIX/SN:…,
// reads back exactly with ZXing and with an independent decoder (zbar, libdmtx) and parses to
// the same lot or serial; the identifier is printed in full in PNG, PDF and ZPL; and a scan of
// it finds the lot at the station and the serial in its trace. GS1 codes keep their GS1 form.
#include "barcode/barcodecodec.h"
#include "barcode/barcodeimage.h"
#include "barcode/labelcontent.h"
#include "barcode/labelrenderer.h"
#include "barcode/zplwriter.h"
#include "fixturehelpers.h"
#include "services/masterdata/settingsservice.h"
#include "services/planning/routingservice.h"
#include "services/serials/serialservice.h"
#include "services/station/stationsession.h"
#include "services/trace/tracelookup.h"
#include "services/trace/traceservice.h"
#include "testshop.h"

#include <QFileInfo>
#include <QFontMetrics>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;
using namespace Qt::StringLiterals;

class TstIdentifierLabels : public QObject
{
    Q_OBJECT
private slots:
    void identifierLabelsReadBackWithEveryDecoder_data();
    void identifierLabelsReadBackWithEveryDecoder();
    void identifierIsPrintedInFullInEveryOutput();
    void pdfLabelCarriesTheIdentifier();
    void identifierLabelsScanAsTheirLotOrSerial();
};

namespace {

const QString Prefix = QStringLiteral("88.118.8");
const QList<LabelSymbology> Symbologies = {LabelSymbology::Qr, LabelSymbology::DataMatrix,
                                           LabelSymbology::Code128};

// What an external decoder prints for FILE; an empty string and ERROR when it fails.
QString runDecoder(const QString &program, const QStringList &args, QString *error)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(20000) || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (%2): %3")
                     .arg(program)
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// The shop with the prefix set and labels carrying it: valves turned on the lathe, lot L-23 of
// them received, one released order of ten with two serials.
struct Line : TestShop
{
    QString serial, orderNumber;

    Line()
    {
        Fixture::require(ws->settings()->setIdentifierSettings(Prefix, true), "prefix");
        const QString valve = product("VB-15", "阀体", {{{}, QStringLiteral("车削"), 30, lathe}});
        LotReceipt receipt;
        receipt.lotNo = QStringLiteral("L-23");
        receipt.productId = valve;
        receipt.quantity = 100;
        receive(receipt);
        const QString order = releasedOrder(valve, 10, day(7));
        orderNumber = number(order);
        const Result<QStringList> serials =
            ws->serials()->generate(order, QStringLiteral("VB{seq:4}"), 2);
        Fixture::require(serials.outcome(), "serials");
        serial = serials.value().constFirst();
    }
};

} // namespace

void TstIdentifierLabels::identifierLabelsReadBackWithEveryDecoder_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("symbology");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    for (const LabelSymbology symbology : {LabelSymbology::Qr, LabelSymbology::DataMatrix}) {
        const char *name = symbology == LabelSymbology::Qr ? "QR" : "DataMatrix";
        QTest::addRow("lot/%s", name) << QStringLiteral("LOT:L2611-42") << int(symbology)
                                      << int(ScanKind::Lot) << QStringLiteral("L2611-42");
        QTest::addRow("serial/%s", name) << QStringLiteral("SN:CB2611-00001") << int(symbology)
                                         << int(ScanKind::Serial) << QStringLiteral("CB2611-00001");
    }
}

void TstIdentifierLabels::identifierLabelsReadBackWithEveryDecoder()
{
    QFETCH(QString, code);
    QFETCH(int, symbology);
    QFETCH(int, kind);
    QFETCH(QString, value);
    const QString prefix = QStringLiteral("88.118.8");
    const QString identifier = prefix + u'/' + code;
    const Result<Label> label =
        LabelContent::forCode(code, LabelSymbology(symbology), LabelSize::Mm50x30, prefix);
    QVERIFY2(label, qPrintable(label.error()));
    QCOMPARE(label.value().code, identifier);
    const Result<QImage> image = LabelRenderer::renderImage(label.value(), 203);
    QVERIFY2(image, qPrintable(image.error()));

    // What each decoder reads is the identifier exactly, and it parses back to the lot/serial.
    QStringList decoded;
    const Result<QString> zxing = BarcodeImage::decode(image.value());
    QVERIFY2(zxing, qPrintable(zxing.error()));
    decoded << zxing.value();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("identifier.png"));
    QVERIFY(image.value().save(file));
    const bool matrix = LabelSymbology(symbology) == LabelSymbology::DataMatrix;
    const QString program = matrix ? QStringLiteral("dmtxread") : QStringLiteral("zbarimg");
    if (QStandardPaths::findExecutable(program).isEmpty())
        QSKIP("the independent decoder is not installed (zbar-tools / dmtx-utils)");
    const QStringList args = matrix
                                 ? QStringList{QStringLiteral("-n"), file}
                                 : QStringList{QStringLiteral("--raw"), QStringLiteral("-q"), file};
    QString error;
    const QString external = runDecoder(program, args, &error);
    QVERIFY2(!external.isEmpty(), qPrintable(error));
    decoded << external;
    for (const QString &text : decoded) {
        QCOMPARE(text, identifier);
        const Result<ScanResult> scan = BarcodeCodec::parse(text);
        QVERIFY2(scan, qPrintable(scan.error()));
        QCOMPARE(int(scan.value().kind), kind);
        QCOMPARE(scan.value().value, value);
        QCOMPARE(scan.value().idPrefix, prefix);
        QCOMPARE(BarcodeCodec::encodeIndustrialId(scan.value().idPrefix, scan.value().idSuffix),
                 identifier);
    }
}

void TstIdentifierLabels::identifierIsPrintedInFullInEveryOutput()
{
    const QString identifier = QStringLiteral("88.1002.35/SN:CB2611-00001");
    for (const LabelSymbology symbology : Symbologies) {
        const LabelSize size =
            symbology == LabelSymbology::Code128 ? LabelSize::Mm100x50 : LabelSize::Mm50x30;
        const Label label = LabelContent::forCode(QStringLiteral("SN:CB2611-00001"), symbology,
                                                  size, QStringLiteral("88.1002.35"))
                                .value();
        QCOMPARE(label.code, identifier);
        QCOMPARE(label.lines, QStringList{QStringLiteral("CB2611-00001")});
        // The text line spans the label under the symbol, wide enough for the whole identifier.
        const LabelLayout layout = LabelRenderer::layout(label, 203).value();
        QVERIFY(!layout.humanReadable.isEmpty());
        QVERIFY(layout.humanReadable.top() > layout.symbol.bottom());
        QVERIFY(layout.humanReadablePixels >= LabelRenderer::dots(2.0, 203));
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPixelSize(layout.humanReadablePixels);
        QVERIFY(QFontMetrics(font).horizontalAdvance(identifier) <= layout.humanReadable.width());
        const QImage image = LabelRenderer::renderImage(label, 203).value();
        int dark = 0;
        const QImage line = image.copy(layout.humanReadable);
        for (int y = 0; y < line.height(); ++y) {
            for (int x = 0; x < line.width(); ++x)
                dark += qGray(line.pixel(x, y)) < 128 ? 1 : 0;
        }
        QVERIFY2(dark > 100, "no identifier text under the symbol");
        QCOMPARE(BarcodeImage::decode(image).value(), identifier);
        // ZPL: the symbol's data (2D codes literally; Code128 with subset switches) and a text
        // field carry it.
        const QByteArray zpl = ZplWriter::write({label}, 203).value();
        QVERIFY2(zpl.count(identifier.toLatin1()) == (symbology == LabelSymbology::Code128 ? 1 : 2),
                 zpl.constData());
        QVERIFY2(zpl.contains(QByteArray("^FH^FD" + identifier.toLatin1() + "^FS")),
                 zpl.constData());
    }
}

void TstIdentifierLabels::pdfLabelCarriesTheIdentifier()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("identifier.pdf"));
    const Label label = LabelContent::forCode(QStringLiteral("LOT:L2611-42"), LabelSymbology::Qr,
                                              LabelSize::Mm50x30, Prefix)
                            .value();
    QVERIFY(LabelRenderer::writePdf(pdf, {label}, 300));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed to rasterise the PDF");
    // The page as a printer prints it: the symbol reads the identifier, and the line under it
    // has text. (pdftotext cannot check the text: Qt 6.4 writes no Unicode map for digits.)
    QString error;
    runDecoder(QStringLiteral("pdftoppm"),
               {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"),
                QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("page"))},
               &error);
    const QImage page(dir.filePath(QStringLiteral("page.png")));
    QVERIFY2(!page.isNull(), qPrintable(error));
    const Result<QString> decoded = BarcodeImage::decode(page);
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(decoded.value(), QStringLiteral("88.118.8/LOT:L2611-42"));
    const LabelLayout layout = LabelRenderer::layout(label, 300).value();
    // Qt rounds PDF page sizes to whole points: a dot or two more than the label.
    QVERIFY(page.width() - layout.page.width() <= 2 && page.height() - layout.page.height() <= 2);
    int dark = 0;
    for (int y = layout.humanReadable.top(); y <= layout.humanReadable.bottom(); ++y) {
        for (int x = layout.humanReadable.left(); x <= layout.humanReadable.right(); ++x)
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
    }
    QVERIFY2(dark > 200, "no identifier text under the symbol in the PDF");
}

void TstIdentifierLabels::identifierLabelsScanAsTheirLotOrSerial()
{
    Line line;
    Workspace &ws = *line.ws;
    const QString serial = line.serial;
    // The label payloads, with the settings' prefix.
    const Label lotLabel =
        LabelContent::forCode(u"LOT:L-23"_s, LabelSymbology::Qr, LabelSize::Mm50x30,
                              ws.settings()->labelIdentifierPrefix())
            .value();
    QCOMPARE(lotLabel.code, u"88.118.8/LOT:L-23"_s);
    QCOMPARE(lotLabel.kind, ScanKind::Lot);
    QVERIFY(LabelContent::carriesIdentifier(lotLabel));
    const Label serialLabel = LabelContent::forCode(u"SN:"_s + serial, LabelSymbology::DataMatrix,
                                                    LabelSize::Mm50x30, Prefix)
                                  .value();
    QCOMPARE(serialLabel.code, u"88.118.8/SN:"_s + serial);
    // GS1 keeps its element string; machines and badges never carry an identifier.
    QCOMPARE(LabelContent::forCode(u"(01)09501101530003(10)L-23"_s, LabelSymbology::DataMatrix,
                                   LabelSize::Mm50x30, Prefix)
                 .value()
                 .code,
             u"(01)09501101530003(10)L-23"_s);
    QCOMPARE(LabelContent::forCode(u"MC:CNC-1"_s, LabelSymbology::Qr, LabelSize::Mm50x30, Prefix)
                 .value()
                 .code,
             u"MC:CNC-1"_s);
    const Result<Label> badPrefix =
        LabelContent::forCode(u"LOT:L-23"_s, LabelSymbology::Qr, LabelSize::Mm50x30, u"86.1.2"_s);
    QVERIFY(!badPrefix);
    QVERIFY2(badPrefix.error().contains(u"86.1.2"_s), qPrintable(badPrefix.error()));

    // The codec reads the identifier as its lot or serial, keeping prefix and suffix.
    const ScanResult lotScan = BarcodeCodec::parse(lotLabel.code).value();
    QCOMPARE(lotScan.kind, ScanKind::Lot);
    QCOMPARE(lotScan.value, u"L-23"_s);
    QCOMPARE(lotScan.idPrefix, Prefix);
    QCOMPARE(lotScan.idSuffix, u"LOT:L-23"_s);
    QCOMPARE(BarcodeCodec::encodeIndustrialId(lotScan.idPrefix, lotScan.idSuffix), lotLabel.code);
    // A foreign identifier whose suffix only looks typed stays an identifier.
    QCOMPARE(BarcodeCodec::parse(u"88.118.8/XYZ:1"_s).value().kind, ScanKind::IndustrialId);

    // The services find the lot and the serial from the scanned identifier.
    QCOMPARE(ws.trace()->lot(lotLabel.code).value().lotNo, u"L-23"_s);
    QCOMPARE(ws.serials()->find(serialLabel.code).value().serial, serial);
    const Result<TraceNode> traced = TraceLookup(&ws).trace(serialLabel.code);
    QVERIFY2(traced, qPrintable(traced.error()));
    QCOMPARE(traced.value().kind, TraceNode::Kind::Serial);
    QCOMPARE(traced.value().code, serial);

    // At the station, the identifier on a lot label records the lot as LOT: does.
    StationSession station(&ws);
    for (const QString &scan :
         QStringList{u"EMP:E001"_s, u"MC:LATHE-1"_s, u"WO:"_s + line.orderNumber})
        QVERIFY2(station.handleScan(scan), qPrintable(station.lastMessage()));
    QCOMPARE(station.step(), StationSession::Step::Quantities);
    QVERIFY2(station.handleScan(lotLabel.code), qPrintable(station.lastMessage()));
    QCOMPARE(station.materialLot(), u"L-23"_s);
}

QTEST_MAIN(TstIdentifierLabels)
#include "tst_identifierlabels.moc"
