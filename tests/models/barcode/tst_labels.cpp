// Labels (标签) checked the way a scanner and a thermal printer see them: every kind in every
// symbology reads back with ZXing and with an independent decoder (zbar, libdmtx), GS1 codes
// keep their application identifiers through FNC1, modules are whole printer dots, the ZPL
// carries the right commands and reaches a raw port, Chinese text renders, bad input is refused.
#include "barcode/barcodecodec.h"
#include "barcode/barcodeimage.h"
#include "barcode/gs1.h"
#include "barcode/labelcontent.h"
#include "barcode/labelrenderer.h"
#include "barcode/zplwriter.h"

#include <ZXing/ReadBarcode.h>
#if __has_include(<ZXing/ReaderOptions.h>)
#include <ZXing/ReaderOptions.h>
#else
#include <ZXing/DecodeHints.h>
#endif

#include <QDir>
#include <QFontMetrics>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;

namespace {

const QString Gs1Lot = QStringLiteral("(01)09501101530003(17)270630(10)L2611-42");
const QString Gs1Serial = QStringLiteral("(01)09501101530003(10)L2611-42(21)SN000123");
// A typed all-digit lot whose tail looks like a production date (11)170630: without a GS after
// it the symbol would read as one lot "2611170630" or be refused as ambiguous.
const QString Gs1DigitLot = QStringLiteral("(01)09501101530003(10)2611170630");

// Every label kind; the GS1 ones are the lot and serial labels in their GS1 form.
const QStringList Codes = {QStringLiteral("LOT:L2611-42"),
                           QStringLiteral("SN:SN-000123"),
                           QStringLiteral("MC:CNC-01"),
                           QStringLiteral("EMP:E0042"),
                           QStringLiteral("WO:WO-20261122-A0007"),
                           QStringLiteral("OP:WO-20261122-A0007/20"),
                           Gs1Lot,
                           Gs1Serial,
                           Gs1DigitLot};

const QList<LabelSymbology> Symbologies = {LabelSymbology::Qr, LabelSymbology::DataMatrix,
                                           LabelSymbology::Code128};

Label labelFor(const QString &code, LabelSymbology symbology, LabelSize size = LabelSize::Mm50x30)
{
    const Result<Label> label = LabelContent::forCode(code, symbology, size);
    if (!label)
        qFatal("%s", qPrintable(label.error()));
    return label.value();
}

// The kind and value (or the GS1 elements) a decoded text stands for, to compare scans.
QString meaning(const QString &decoded)
{
    const Result<ScanResult> scan = BarcodeCodec::parse(decoded);
    if (!scan)
        return QStringLiteral("error: ") + scan.error();
    if (scan.value().kind != ScanKind::Gs1)
        return BarcodeCodec::encode(scan.value().kind, scan.value().value);
    QStringList elements;
    for (const auto &[ai, data] : scan.value().gs1)
        elements << ai + u'=' + data;
    elements.sort(); // a symbol may carry the fields in another order than the label's text
    return QStringLiteral("GS1 ") + elements.join(u' ');
}

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

// The AIM symbology identifier ZXing reports: "]C1" for GS1-128 and "]d2" for GS1 DataMatrix,
// which only an FNC1 in the first position gives.
QString symbologyIdentifier(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
#if __has_include(<ZXing/ReaderOptions.h>)
    ZXing::ReaderOptions options;
#else
    ZXing::DecodeHints options;
#endif
    options.setTryHarder(true);
    const ZXing::Result result =
        ZXing::ReadBarcode({gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                            int(gray.bytesPerLine())},
                           options);
    return QString::fromStdString(result.symbologyIdentifier());
}

// Lengths of the runs of equal pixels along row Y inside RECT of a grayscale image.
QList<int> runs(const QImage &image, const QRect &rect, int y)
{
    QList<int> lengths;
    const uchar *line = image.constScanLine(y);
    int start = rect.left();
    for (int x = rect.left() + 1; x <= rect.right() + 1; ++x) {
        if (x > rect.right() || (line[x] < 128) != (line[start] < 128)) {
            lengths << x - start;
            start = x;
        }
    }
    return lengths;
}

} // namespace

class TstLabels : public QObject
{
    Q_OBJECT
private slots:
    void everyKindAndSymbologyReadsBack_data();
    void everyKindAndSymbologyReadsBack();
    void gs1KeepsApplicationIdentifiersThroughFnc1();
    void modulesAreWholePrinterDots_data();
    void modulesAreWholePrinterDots();
    void writesPdfWithOnePagePerLabel();
    void zplHasTheRightCommandsAndData();
    void zplReachesARawPort();
    void closedPortGivesAClearError();
    void chineseTextRenders();
    void badInputIsRefusedWithAMessage();
    void savesALabelSheet();
};

void TstLabels::everyKindAndSymbologyReadsBack_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("symbology");
    for (const QString &code : Codes) {
        for (const LabelSymbology symbology : Symbologies)
            QTest::addRow("%s/%d", qPrintable(code), int(symbology)) << code << int(symbology);
    }
}

void TstLabels::everyKindAndSymbologyReadsBack()
{
    QFETCH(QString, code);
    QFETCH(int, symbology);
    // A linear code needs the width of the large label; 2D codes fit the smallest.
    const bool linear = LabelSymbology(symbology) == LabelSymbology::Code128;
    const Label label = labelFor(code, LabelSymbology(symbology),
                                 linear ? LabelSize::Mm100x50 : LabelSize::Mm50x30);
    const Result<QImage> image = LabelRenderer::renderImage(label, 203);
    QVERIFY2(image, qPrintable(image.error()));
    const QString expected = meaning(code);

    const Result<QString> zxing = BarcodeImage::decode(image.value());
    QVERIFY2(zxing, qPrintable(zxing.error()));
    QCOMPARE(meaning(zxing.value()), expected);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("label.png"));
    QVERIFY(image.value().save(file));
    const bool matrix = LabelSymbology(symbology) == LabelSymbology::DataMatrix;
    const QString program = matrix ? QStringLiteral("dmtxread") : QStringLiteral("zbarimg");
    if (QStandardPaths::findExecutable(program).isEmpty())
        QSKIP("the independent decoder is not installed (zbar-tools / dmtx-utils)");
    // dmtxread -G 29 reports FNC1 as GS, the way a scanner in GS1 mode sends it.
    const QStringList args =
        matrix ? QStringList{QStringLiteral("-n"), QStringLiteral("-G"), QStringLiteral("29"), file}
               : QStringList{QStringLiteral("--raw"), QStringLiteral("-q"), file};
    QString error;
    const QString external = runDecoder(program, args, &error);
    QVERIFY2(!external.isEmpty(), qPrintable(error));
    QCOMPARE(meaning(external), expected);
}

void TstLabels::gs1KeepsApplicationIdentifiersThroughFnc1()
{
    // ZXing 1.4 reports GS1 symbols by their symbology identifier and FNC1 separators as GS;
    // the element string decoded from GS1-128 and GS1 DataMatrix must be the raw GS1 form.
    for (const LabelSymbology symbology : {LabelSymbology::Code128, LabelSymbology::DataMatrix}) {
        const Label label = labelFor(Gs1Serial, symbology, LabelSize::Mm100x50);
        const QString raw = LabelContent::symbolText(label);
        QCOMPARE(raw, QStringLiteral("010950110153000310L2611-42") + QChar(0x1d) +
                          QStringLiteral("21SN000123"));
        const Result<QImage> image = LabelRenderer::renderImage(label, 300);
        QVERIFY2(image, qPrintable(image.error()));
        QCOMPARE(symbologyIdentifier(image.value()), symbology == LabelSymbology::Code128
                                                         ? QStringLiteral("]C1")
                                                         : QStringLiteral("]d2"));
        const Result<QString> decoded = BarcodeImage::decode(image.value());
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QCOMPARE(decoded.value(), raw);
        const Result<ScanResult> scan = BarcodeCodec::parse(decoded.value());
        QVERIFY2(scan, qPrintable(scan.error()));
        QCOMPARE(scan.value().gtin(), QStringLiteral("09501101530003"));
        QCOMPARE(scan.value().lot(), QStringLiteral("L2611-42"));
        QCOMPARE(scan.value().serial(), QStringLiteral("SN000123"));
        // The same symbology without GS1 content carries no FNC1.
        const Label plain = labelFor(QStringLiteral("SN:SN000123"), symbology, LabelSize::Mm100x50);
        QCOMPARE(symbologyIdentifier(LabelRenderer::renderImage(plain, 300).value()),
                 symbology == LabelSymbology::Code128 ? QStringLiteral("]C0")
                                                      : QStringLiteral("]d1"));
    }
}

void TstLabels::modulesAreWholePrinterDots_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<int>("symbology");
    QTest::addColumn<int>("size");
    for (const int dpi : {203, 300}) {
        for (const LabelSymbology symbology : Symbologies) {
            const QList<LabelSize> sizes =
                symbology == LabelSymbology::Code128
                    ? QList<LabelSize>{LabelSize::Mm100x50}
                    : QList<LabelSize>{LabelSize::Mm50x30, LabelSize::Mm60x40, LabelSize::Mm100x50};
            for (const LabelSize size : sizes)
                QTest::addRow("%d/%d/%d", dpi, int(symbology), int(size))
                    << dpi << int(symbology) << int(size);
        }
    }
}

void TstLabels::modulesAreWholePrinterDots()
{
    QFETCH(int, dpi);
    QFETCH(int, symbology);
    QFETCH(int, size);
    const Label label = labelFor(Gs1Lot, LabelSymbology(symbology), LabelSize(size));
    const Result<LabelLayout> layout = LabelRenderer::layout(label, dpi);
    QVERIFY2(layout, qPrintable(layout.error()));
    const QSizeF mm = LabelRenderer::sizeMm(LabelSize(size));
    QCOMPARE(layout.value().page,
             QSize(qRound(mm.width() * dpi / 25.4), qRound(mm.height() * dpi / 25.4)));
    const QImage image =
        LabelRenderer::renderImage(label, dpi).value().convertToFormat(QImage::Format_Grayscale8);
    const QRect symbol = layout.value().symbol;
    const int module = layout.value().moduleDots;
    QVERIFY(module >= 1);

    // The dark pixels of the symbol fill exactly modules × module dots.
    QRect dark;
    for (int y = symbol.top() - module; y <= symbol.bottom() + module; ++y) {
        for (int x = symbol.left() - module; x <= symbol.right() + module; ++x) {
            if (image.pixelColor(x, y).value() < 128)
                dark |= QRect(x, y, 1, 1);
        }
    }
    QCOMPARE(dark, symbol);
    QCOMPARE(symbol.width(), layout.value().modules.width() * module);
    // Every bar and space, on every row, is a whole number of modules.
    int measured = 0;
    for (int y = symbol.top(); y <= symbol.bottom(); y += std::max(1, module / 2)) {
        for (const int run : runs(image, symbol, y)) {
            QVERIFY2(
                run % module == 0,
                qPrintable(
                    QStringLiteral("a run of %1 dots with %2-dot modules").arg(run).arg(module)));
            ++measured;
        }
    }
    QVERIFY(measured > 20);
}

void TstLabels::writesPdfWithOnePagePerLabel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("labels.pdf"));
    QList<Label> labels;
    for (const LabelSymbology symbology : Symbologies)
        labels << labelFor(Gs1Serial, symbology, LabelSize::Mm100x50);
    const Outcome written = LabelRenderer::writePdf(path, labels, 300);
    QVERIFY2(written, qPrintable(written.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    const QString text = QString::fromLatin1(pdf);
    QCOMPARE(text.count(QRegularExpression(QStringLiteral("/Type /Page[^s]"))), labels.size());
    // 100 × 50 mm is 283.46 × 141.73 pt; Qt rounds page sizes to whole points.
    QCOMPARE(text.count(QStringLiteral("/MediaBox [0 0 283.000000 142.000000]")), labels.size());
}

void TstLabels::zplHasTheRightCommandsAndData()
{
    const auto zplFor = [](const QString &code, LabelSymbology symbology, int dpi) {
        const LabelSize size =
            symbology == LabelSymbology::Code128 ? LabelSize::Mm100x50 : LabelSize::Mm50x30;
        const Result<QByteArray> zpl = ZplWriter::write({labelFor(code, symbology, size)}, dpi);
        if (!zpl)
            qFatal("%s", qPrintable(zpl.error()));
        return zpl.value();
    };
    for (const QString &code : Codes) {
        const QByteArray qr = zplFor(code, LabelSymbology::Qr, 203);
        QVERIFY(qr.startsWith("^XA\n^CI28\n^PW400\n^LL240\n"));
        QVERIFY(qr.trimmed().endsWith("^XZ"));
        QVERIFY2(qr.contains("^BQN,2,"), qr.constData());
        if (!code.startsWith(u'('))
            QVERIFY2(qr.contains(QByteArray("^FDMA," + code.toLatin1() + "^FS")), qr.constData());
        const QByteArray matrix = zplFor(code, LabelSymbology::DataMatrix, 300);
        QVERIFY(matrix.contains("^PW591\n^LL354\n"));
        QVERIFY2(matrix.contains(",200,,,,_^FD"), matrix.constData());
        const QByteArray bars = zplFor(code, LabelSymbology::Code128, 203);
        QVERIFY(bars.startsWith("^XA\n^CI28\n^PW799\n^LL400\n"));
        QVERIFY2(bars.contains("^BCN,"), bars.constData());
    }
    QVERIFY(zplFor(QStringLiteral("LOT:L2611-42"), LabelSymbology::Code128, 203)
                .contains("^FD>:LOT:L>52611>6-42^FS"));
    QVERIFY(zplFor(QStringLiteral("LOT:L2611-42"), LabelSymbology::DataMatrix, 203)
                .contains("^FDLOT:L2611-42^FS"));
    // GS1-128: start C, FNC1, digit runs in C pairs, FNC1 between the lot and the serial.
    QVERIFY2(zplFor(Gs1Serial, LabelSymbology::Code128, 203)
                 .contains("^FD>;>8010950110153000310>6L>52611>6-42>821SN>5000123^FS"),
             zplFor(Gs1Serial, LabelSymbology::Code128, 203).constData());
    // GS1 DataMatrix: "_1" is FNC1 with "_" as the ^BX escape character.
    QVERIFY(zplFor(Gs1Serial, LabelSymbology::DataMatrix, 203)
                .contains("^FD_1010950110153000310L2611-42_121SN000123^FS"));
    // Text is UTF-8 with ^FH escapes for the ZPL control characters.
    Label chinese = labelFor(QStringLiteral("EMP:E0042"), LabelSymbology::Qr);
    chinese.lines = {QStringLiteral("张伟 ^_~")};
    const QByteArray zpl = ZplWriter::write({chinese}, 203).value();
    QVERIFY(zpl.contains(QByteArray("^FH^FD" + QStringLiteral("张伟 ").toUtf8() + "_5E_5F_7E^FS")));
}

void TstLabels::zplReachesARawPort()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QList<Label> labels;
    for (const QString &code : Codes)
        labels << labelFor(code, LabelSymbology::Code128, LabelSize::Mm100x50);
    const QByteArray zpl = ZplWriter::write(labels, 300).value();
    QCOMPARE(zpl.count("^XA"), Codes.size());
    const Outcome sent =
        ZplWriter::send(zpl, QStringLiteral("127.0.0.1"), server.serverPort(), 3000);
    QVERIFY2(sent, qPrintable(sent.error()));
    QVERIFY(server.waitForNewConnection(3000));
    QTcpSocket *peer = server.nextPendingConnection();
    QByteArray received;
    while (peer->state() == QAbstractSocket::ConnectedState && peer->waitForReadyRead(1000))
        received += peer->readAll();
    received += peer->readAll();
    QCOMPARE(received, zpl);
}

void TstLabels::closedPortGivesAClearError()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    server.close();
    const Outcome sent = ZplWriter::send("^XA^XZ", QStringLiteral("127.0.0.1"), port, 3000);
    QVERIFY(!sent);
    QVERIFY2(sent.error().contains(QStringLiteral("127.0.0.1:%1").arg(port)),
             qPrintable(sent.error()));
    QVERIFY2(sent.error().contains(QStringLiteral("label printer")), qPrintable(sent.error()));
}

void TstLabels::chineseTextRenders()
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    QVERIFY2(QFontMetrics(font).inFont(QChar(0x5f20)), "no CJK font for labels");
    // Two different names must draw different glyphs, not the same missing-glyph boxes.
    QList<QImage> texts;
    for (const QString &name : {QStringLiteral("张伟"), QStringLiteral("李娜")}) {
        Label label = labelFor(QStringLiteral("EMP:E0042"), LabelSymbology::Qr);
        label.title = QStringLiteral("工牌");
        label.lines = {name};
        const Result<LabelLayout> layout = LabelRenderer::layout(label, 203);
        const QImage image = LabelRenderer::renderImage(label, 203).value();
        const QImage line = image.copy(layout.value().lines.constFirst());
        int dark = 0;
        for (int y = 0; y < line.height(); ++y) {
            for (int x = 0; x < line.width(); ++x)
                dark += qGray(line.pixel(x, y)) < 128 ? 1 : 0;
        }
        QVERIFY2(dark > 50, qPrintable(name));
        texts << line;
        QCOMPARE(meaning(BarcodeImage::decode(image).value()), QStringLiteral("EMP:E0042"));
    }
    QVERIFY(texts.at(0) != texts.at(1));
}

void TstLabels::badInputIsRefusedWithAMessage()
{
    const Result<Label> empty =
        LabelContent::forCode(QString(), LabelSymbology::Qr, LabelSize::Mm50x30);
    QVERIFY(!empty);
    QCOMPARE(empty.error(), BarcodeCodec::parse(QString()).error());
    const QString longCode = QStringLiteral("LOT:") + QString(100, u'A');
    const Result<Label> tooLong =
        LabelContent::forCode(longCode, LabelSymbology::Qr, LabelSize::Mm50x30);
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error(), BarcodeCodec::parse(longCode).error());
    const Result<Label> unknown =
        LabelContent::forCode(QStringLiteral("XYZ"), LabelSymbology::Qr, LabelSize::Mm50x30);
    QVERIFY(!unknown);
    QVERIFY(!unknown.error().isEmpty());

    const Result<LabelSize> size = LabelRenderer::sizeFromName(QStringLiteral("70x20"));
    QVERIFY(!size);
    QVERIFY2(size.error().contains(QStringLiteral("70x20")) &&
                 size.error().contains(QStringLiteral("100x50")),
             qPrintable(size.error()));
    QCOMPARE(LabelRenderer::sizeFromName(QStringLiteral("60X40")).value(), LabelSize::Mm60x40);
    QVERIFY(!LabelRenderer::symbologyFromName(QStringLiteral("pdf417")));

    // A lone all-digit lot that reads like a lot plus a production date has no fixed-length
    // field to close it: the label is refused instead of printing a symbol that does not scan.
    const Label loneLot = labelFor(QStringLiteral("(10)2611170630"), LabelSymbology::DataMatrix);
    const Result<QImage> loneImage = LabelRenderer::renderImage(loneLot, 203);
    QVERIFY(!loneImage);
    QVERIFY2(loneImage.error().contains(QStringLiteral("would not scan back")),
             qPrintable(loneImage.error()));
    QVERIFY(LabelRenderer::renderImage(labelFor(QStringLiteral("(10)2611170630"),
                                                LabelSymbology::Qr),
                                       203));

    // GS1-128 needs a wide label: it does not fit 50 mm at 203 dpi with readable bars.
    const Result<LabelLayout> narrow =
        LabelRenderer::layout(labelFor(Gs1Lot, LabelSymbology::Code128), 203);
    QVERIFY(!narrow);
    QVERIFY2(narrow.error().contains(QStringLiteral("does not fit")), qPrintable(narrow.error()));
    // A long GS1 string is too long for Code128 at all …
    const QString big =
        QStringLiteral("(01)09501101530003(10)ABCDEFGHIJKLMNOPQRST"
                       "(21)ABCDEFGHIJKLMNOPQRST(240)ABCDEFGHIJKLMNOPQRSTUVWXYZ1234");
    const Label wide = labelFor(big, LabelSymbology::Code128);
    const Result<LabelLayout> layout = LabelRenderer::layout(wide, 203);
    QVERIFY(!layout);
    QVERIFY2(layout.error().contains(QStringLiteral("Code128")) &&
                 layout.error().contains(QStringLiteral("DataMatrix")),
             qPrintable(layout.error()));
    // … but it does as a GS1 DataMatrix.
    QVERIFY(LabelRenderer::layout(labelFor(big, LabelSymbology::DataMatrix), 203));

    Label tooManyLines = labelFor(QStringLiteral("LOT:L1"), LabelSymbology::Qr);
    tooManyLines.lines = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                          QStringLiteral("4")};
    QVERIFY(!LabelRenderer::renderImage(tooManyLines, 203));
    const Result<QByteArray> zpl =
        ZplWriter::write({labelFor(QStringLiteral("LOT:L1"), LabelSymbology::Qr)}, 150);
    QVERIFY(!zpl);
    QVERIFY(zpl.error().contains(QStringLiteral("150")));
}

void TstLabels::savesALabelSheet()
{
    // A sheet of every kind with Chinese text, for docs/screenshots and for a person to look at.
    struct Sample
    {
        QString code;
        QString title;
        QStringList lines;
        LabelSymbology symbology;
        LabelSize size;
    };
    const QList<Sample> samples = {
        {QStringLiteral("LOT:L2611-42"),
         QStringLiteral("批次"),
         {QStringLiteral("L2611-42"), QStringLiteral("铝合金外壳 A100"),
          QStringLiteral("数量 500 件")},
         LabelSymbology::Qr,
         LabelSize::Mm50x30},
        {Gs1Lot,
         QStringLiteral("批次 (GS1)"),
         {QStringLiteral("GTIN 09501101530003"), QStringLiteral("批次 L2611-42"),
          QStringLiteral("有效期 2027-06-30")},
         LabelSymbology::Code128,
         LabelSize::Mm100x50},
        {Gs1Serial,
         QStringLiteral("序列号 (GS1)"),
         {QStringLiteral("SN000123"), QStringLiteral("批次 L2611-42")},
         LabelSymbology::DataMatrix,
         LabelSize::Mm60x40},
        {QStringLiteral("SN:SN-000123"),
         QStringLiteral("序列号"),
         {QStringLiteral("SN-000123")},
         LabelSymbology::Code128,
         LabelSize::Mm60x40},
        {QStringLiteral("MC:CNC-01"),
         QStringLiteral("设备"),
         {QStringLiteral("CNC-01 数控车床"), QStringLiteral("一车间 2 号线")},
         LabelSymbology::DataMatrix,
         LabelSize::Mm50x30},
        {QStringLiteral("EMP:E0042"),
         QStringLiteral("工牌"),
         {QStringLiteral("张伟"), QStringLiteral("E0042 装配一班")},
         LabelSymbology::Qr,
         LabelSize::Mm60x40},
        {QStringLiteral("WO:WO-20261122-A0007"),
         QStringLiteral("工单"),
         {QStringLiteral("WO-20261122-A0007"), QStringLiteral("A100 铝合金外壳"),
          QStringLiteral("数量 500，交期 2026-12-05")},
         LabelSymbology::Qr,
         LabelSize::Mm100x50},
        {QStringLiteral("OP:WO-20261122-A0007/20"),
         QStringLiteral("工序"),
         {QStringLiteral("WO-20261122-A0007"), QStringLiteral("20 数控车削")},
         LabelSymbology::Code128,
         LabelSize::Mm100x50},
    };
    const int dpi = 203;
    const int gap = 24;
    const int columnWidth = LabelRenderer::dots(100, dpi) + gap;
    QImage sheet(2 * columnWidth + gap, 4 * (LabelRenderer::dots(50, dpi) + gap) + gap,
                 QImage::Format_RGB32);
    sheet.fill(QColor(0xd0, 0xd0, 0xd0));
    QPainter painter(&sheet);
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const Sample &sample = samples.at(i);
        Label label = labelFor(sample.code, sample.symbology, sample.size);
        label.title = sample.title;
        label.lines = sample.lines;
        const Result<QImage> image = LabelRenderer::renderImage(label, dpi);
        QVERIFY2(image, qPrintable(image.error()));
        QCOMPARE(meaning(BarcodeImage::decode(image.value()).value()), meaning(sample.code));
        painter.drawImage(QPoint(gap + int(i % 2) * columnWidth,
                                 gap + int(i / 2) * (LabelRenderer::dots(50, dpi) + gap)),
                          image.value());
    }
    painter.end();
    QTemporaryDir dir;
    QVERIFY(sheet.save(dir.filePath(QStringLiteral("labels-zh_CN.png"))));
    // Set TAKTLINE_SAVE_SCREENSHOTS=1 to refresh the copy in docs/screenshots.
    const QString source = qEnvironmentVariable("TAKTLINE_SOURCE_DIR");
    if (!source.isEmpty() && qEnvironmentVariableIsSet("TAKTLINE_SAVE_SCREENSHOTS")) {
        QDir(source).mkpath(QStringLiteral("docs/screenshots"));
        QVERIFY(sheet.save(source + QStringLiteral("/docs/screenshots/labels-zh_CN.png")));
    }
}

QTEST_MAIN(TstLabels)
#include "tst_labels.moc"
