// The traveller (流转卡) checked the way the shop floor uses it: every QR code on every page
// reads back exactly, with ZXing and with the independent zbar decoder, at printer-like
// resolutions; the codes are big enough with their quiet zone; the PDF has the right pages;
// a failed save leaves the earlier file alone; Chinese text prints as real glyphs.
#include "barcode/barcodeimage.h"
#include "io/travellerdocument.h"
#include "testshop.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Taktline;

class TstTraveller : public QObject
{
    Q_OBJECT
private slots:
    void payloadsAreTypedAsciiText();
    void everyCodeReadsBackWithZxing_data();
    void everyCodeReadsBackWithZxing();
    void everyCodeReadsBackWithZbar();
    void codesAreLargeEnoughWithQuietZone();
    void operationsSplitOverPagesWithHeaderRepeated();
    void writesPdfWithOnePagePerSheet();
    void failedSaveKeepsTheEarlierFile();
    void unwritableFolderFailsWithMessage();
    void chineseTextRendersAsRealGlyphs();
    void orderWithoutOperationsIsRefused();
    void pdfTextCanBeSearchedForTheNumber();
};

namespace {

const QString Number = QStringLiteral("WO-20261122-0007");

TravellerDocument makeTraveller(int operations,
                                const QString &productName = QStringLiteral("Drive shaft"),
                                const QString &number = Number)
{
    WorkOrder order;
    order.number = number;
    order.quantity = 1200;
    order.dueDate = TestShop::day(8);
    order.customer = QStringLiteral("Acme Pumps");
    order.lotNo = QStringLiteral("L2611-0042");
    order.priority = WorkOrderPriority::Urgent;
    QList<WorkOrderOperation> ops;
    QHash<QString, QString> machines;
    // Given out of order: the sheet prints them by step.
    for (int i = operations; i >= 1; --i) {
        WorkOrderOperation op;
        op.seq = i * 10;
        op.name = QStringLiteral("Operation %1").arg(i);
        op.machineId = QStringLiteral("m%1").arg(i % 4);
        op.standardSeconds = 12.5 * i;
        if (i % 2 == 0) {
            op.plannedStartMs =
                QDateTime(TestShop::monday(), QTime(8, 0)).toMSecsSinceEpoch() + i * 3600000LL;
            op.plannedEndMs = op.plannedStartMs + 5400000LL;
        }
        ops.append(op);
        machines.insert(op.machineId, QStringLiteral("CNC-0%1 · Lathe").arg(i % 4));
    }
    TravellerDocument doc(order, ops, QStringLiteral("P-1001"), productName, machines);
    doc.setFactoryName(QStringLiteral("Precision Parts Co."));
    doc.setPrintedAt(QDateTime(TestShop::day(-1), QTime(9, 30)));
    return doc;
}

QSet<QString> allPayloads(int operations)
{
    QSet<QString> payloads = {TravellerDocument::workOrderPayload(Number)};
    for (int i = 1; i <= operations; ++i)
        payloads.insert(TravellerDocument::operationPayload(Number, i * 10));
    return payloads;
}

QRect toPixels(const QRectF &mm, int dpi)
{
    const double k = dpi / 25.4;
    return QRectF(mm.x() * k, mm.y() * k, mm.width() * k, mm.height() * k).toAlignedRect();
}

// The whole pixels inside MM, leaving out the cell borders drawn on its edges.
QRect pixelsInside(const QRectF &mm, int dpi)
{
    const double k = dpi / 25.4;
    return QRect(QPoint(int(std::ceil(mm.left() * k)), int(std::ceil(mm.top() * k))),
                 QPoint(int(std::floor(mm.right() * k)) - 1, int(std::floor(mm.bottom() * k)) - 1));
}

// The bounding box of the dark pixels in IMAGE.
QRect darkBounds(const QImage &image)
{
    QRect bounds;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (line[x] < 128)
                bounds |= QRect(x, y, 1, 1);
        }
    }
    return bounds;
}

// The symbols zbarimg finds in IMAGE, one payload each; an error text when it fails.
QStringList zbarDecode(const QImage &image, const QString &folder, QString *error)
{
    const QString file = QDir(folder).filePath(QStringLiteral("page.png"));
    if (!image.save(file)) {
        *error = QStringLiteral("could not save %1").arg(file);
        return {};
    }
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), file});
    if (!zbar.waitForFinished(60000) || zbar.exitCode() != 0) {
        *error = QStringLiteral("zbarimg failed (%1): %2")
                     .arg(zbar.exitCode())
                     .arg(QString::fromLocal8Bit(zbar.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(zbar.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The page objects, leaving out the page tree.
int pdfPageCount(const QByteArray &pdf)
{
    return int(pdf.count("/Type /Page") - pdf.count("/Type /Pages"));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TstTraveller::payloadsAreTypedAsciiText()
{
    QCOMPARE(TravellerDocument::workOrderPayload(Number), QStringLiteral("WO:WO-20261122-0007"));
    QCOMPARE(TravellerDocument::operationPayload(Number, 20),
             QStringLiteral("OP:WO-20261122-0007/20"));
    // A number pasted with stray blanks still gives a payload a scanner types back exactly.
    QCOMPARE(TravellerDocument::operationPayload(QStringLiteral(" WO-1 "), 10),
             QStringLiteral("OP:WO-1/10"));

    const TravellerDocument doc = makeTraveller(3);
    QStringList onSheet;
    for (const auto &placement : doc.qrPlacements(0))
        onSheet.append(placement.first);
    QCOMPARE(onSheet.join(QLatin1Char(' ')),
             QStringLiteral("WO:WO-20261122-0007 OP:WO-20261122-0007/10 OP:WO-20261122-0007/20 "
                            "OP:WO-20261122-0007/30"));
}

void TstTraveller::everyCodeReadsBackWithZxing_data()
{
    QTest::addColumn<int>("dpi");
    QTest::newRow("200 dpi") << 200;
    QTest::newRow("300 dpi") << 300;
}

void TstTraveller::everyCodeReadsBackWithZxing()
{
    QFETCH(int, dpi);
    const TravellerDocument doc = makeTraveller(25);
    QCOMPARE(doc.pageCount(), 2);
    QSet<QString> read;
    for (int page = 0; page < doc.pageCount(); ++page) {
        const QImage image = doc.renderPage(page, dpi);
        QVERIFY(!image.isNull());
        for (const auto &[payload, box] : doc.qrPlacements(page)) {
            const Result<QString> decoded = BarcodeImage::decode(image.copy(toPixels(box, dpi)));
            QVERIFY2(decoded.ok(), qPrintable(payload + QStringLiteral(": ") + decoded.error()));
            QCOMPARE(decoded.value(), payload);
            read.insert(decoded.value());
        }
    }
    QCOMPARE(read, allPayloads(25));
}

void TstTraveller::everyCodeReadsBackWithZbar()
{
    if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
        QSKIP("zbarimg (zbar-tools) is not installed");
    const TravellerDocument doc = makeTraveller(25);
    QTemporaryDir dir;
    QSet<QString> read;
    for (int page = 0; page < doc.pageCount(); ++page) {
        // The whole page at once: zbar has to find every code among the printed text and rules.
        QString error;
        QStringList found = zbarDecode(doc.renderPage(page, 300), dir.path(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList expected;
        for (const auto &placement : doc.qrPlacements(page))
            expected.append(placement.first);
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
        for (const QString &payload : found)
            read.insert(payload);
    }
    QCOMPARE(read, allPayloads(25));
}

void TstTraveller::codesAreLargeEnoughWithQuietZone()
{
    const int dpi = 300;
    const TravellerDocument doc = makeTraveller(14);
    const QImage image = doc.renderPage(0, dpi);
    const QRectF page(QPointF(0, 0), TravellerDocument::pageSizeMm());
    const auto placements = doc.qrPlacements(0);
    QCOMPARE(placements.size(), 1 + TravellerDocument::rowsPerPage());
    for (int i = 0; i < placements.size(); ++i) {
        const auto &[payload, box] = placements.at(i);
        QVERIFY2(page.adjusted(5, 5, -5, -5).contains(box), qPrintable(payload));
        for (int j = i + 1; j < placements.size(); ++j)
            QVERIFY2(!box.intersects(placements.at(j).second), qPrintable(payload));

        const QRect pixels = pixelsInside(box, dpi);
        const QRect symbol = darkBounds(image.copy(pixels));
        const double symbolMm = symbol.width() * 25.4 / dpi;
        const double minimumMm = i == 0 ? 18.0 : 13.5;
        QVERIFY2(symbolMm >= minimumMm,
                 qPrintable(QStringLiteral("%1 is %2 mm").arg(payload).arg(symbolMm)));
        QCOMPARE(symbol.width(), symbol.height());
        // Four modules of white on every side, as the QR standard asks (less a pixel lost to
        // rasterising and one to cropping inside the box's border).
        const int modules = BarcodeImage::encodeQr(payload, 1, 0).value().width();
        const double quiet = 4.0 * symbol.width() / modules - 2;
        QVERIFY2(
            symbol.left() >= quiet && symbol.top() >= quiet &&
                pixels.width() - 1 - symbol.right() >= quiet &&
                pixels.height() - 1 - symbol.bottom() >= quiet,
            qPrintable(QStringLiteral("%1: %2 px of quiet zone").arg(payload).arg(symbol.left())));
    }
}

void TstTraveller::operationsSplitOverPagesWithHeaderRepeated()
{
    QCOMPARE(TravellerDocument::rowsPerPage(), 13);
    QCOMPARE(makeTraveller(1).pageCount(), 1);
    QCOMPARE(makeTraveller(13).pageCount(), 1);
    QCOMPARE(makeTraveller(14).pageCount(), 2);
    QCOMPARE(makeTraveller(26).pageCount(), 2);
    QCOMPARE(makeTraveller(27).pageCount(), 3);

    const TravellerDocument doc = makeTraveller(25);
    const auto first = doc.qrPlacements(0);
    const auto second = doc.qrPlacements(1);
    QCOMPARE(first.size(), 1 + 13);
    QCOMPARE(second.size(), 1 + 12);
    // Every page carries the order's code in the same place, and page 2 goes on at step 140.
    QCOMPARE(second.first(), first.first());
    QCOMPARE(second.at(1).first, TravellerDocument::operationPayload(Number, 140));
    QCOMPARE(second.at(1).second, first.at(1).second);
    QVERIFY(doc.qrPlacements(2).isEmpty());
    QVERIFY(doc.renderPage(2, 150).isNull());
    // The header is drawn on page 2 too: its top band is the same as page 1's but for "page 2 / 2".
    const QImage one = doc.renderPage(0, 150);
    const QImage two = doc.renderPage(1, 150);
    const QRect header = toPixels(QRectF(10, 15, 150, 23), 150);
    QCOMPARE(one.copy(header), two.copy(header));
    QVERIFY(one.copy(toPixels(QRectF(10, 9, 157, 6), 150)) !=
            two.copy(toPixels(QRectF(10, 9, 157, 6), 150)));
}

void TstTraveller::writesPdfWithOnePagePerSheet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(Number + QStringLiteral(".pdf"));
    const Outcome written = makeTraveller(25).writePdf(path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QByteArray pdf = readFile(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QCOMPARE(pdfPageCount(pdf), 2);
    QVERIFY(pdf.contains("/MediaBox [0 0 595"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList({Number + QStringLiteral(".pdf")}));

    // Saving again replaces the file.
    QVERIFY(makeTraveller(3).writePdf(path).ok());
    QCOMPARE(pdfPageCount(readFile(path)), 1);
}

void TstTraveller::failedSaveKeepsTheEarlierFile()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("traveller.pdf"));
    QVERIFY(makeTraveller(3).writePdf(path).ok());
    const QByteArray earlier = readFile(path);

    // The disk fills up while the new PDF is written (a file size limit works even for root).
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const Outcome written = makeTraveller(25).writePdf(path);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QStringLiteral("traveller.pdf")),
             qPrintable(written.error()));
    QCOMPARE(readFile(path), earlier);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList({QStringLiteral("traveller.pdf")}));
#else
    QSKIP("needs a POSIX file size limit");
#endif
}

void TstTraveller::unwritableFolderFailsWithMessage()
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("locked/traveller.pdf"));
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile earlier(path);
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.write("earlier traveller");
    earlier.close();
    QVERIFY(QFile::setPermissions(QFileInfo(path).path(), QFile::ReadOwner | QFile::ExeOwner));
#ifdef Q_OS_UNIX
    // Root writes into a read-only folder anyway; /proc refuses new files even to root.
    if (geteuid() == 0)
        path = QStringLiteral("/proc/traveller.pdf");
#endif
    const Outcome written = makeTraveller(3).writePdf(path);
    QFile::setPermissions(dir.filePath(QStringLiteral("locked")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QDir::toNativeSeparators(path)), qPrintable(written.error()));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("locked/traveller.pdf"))),
             QByteArray("earlier traveller"));
}

void TstTraveller::chineseTextRendersAsRealGlyphs()
{
    QVERIFY2(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty(),
             "no Chinese font installed (build.sh installs fonts-noto-cjk)");
    // Two names of the same length: real glyphs differ, missing-glyph boxes would all look alike.
    const TravellerDocument shaft = makeTraveller(2, QStringLiteral("齿轮轴总成"));
    const TravellerDocument flange = makeTraveller(2, QStringLiteral("法兰盘组件"));
    const QImage a = shaft.renderPage(0, 200);
    const QImage b = flange.renderPage(0, 200);
    const QRect product = toPixels(QRectF(30, 23.5, 76, 4.8), 200);
    QVERIFY(darkBounds(a.copy(product)).width() > 0);
    QVERIFY(a.copy(product) != b.copy(product));
    // The rest of the sheet is unchanged and its codes still read.
    const auto [payload, box] = shaft.qrPlacements(0).first();
    QCOMPARE(BarcodeImage::decode(a.copy(toPixels(box, 200))).value(), payload);

    QTemporaryDir dir;
    QVERIFY(shaft.writePdf(dir.filePath(QStringLiteral("齿轮轴.pdf"))).ok());
    QVERIFY(readFile(dir.filePath(QStringLiteral("齿轮轴.pdf"))).startsWith("%PDF-"));
}

void TstTraveller::pdfTextCanBeSearchedForTheNumber()
{
    // A clerk searching the PDF (or copying from it) finds the order number and the Chinese name.
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext not installed (build.sh installs poppler-utils)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("traveller.pdf"));
    QVERIFY(makeTraveller(2, QStringLiteral("齿轮轴总成")).writePdf(path).ok());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(extracted.contains(Number), qPrintable(extracted.left(400)));
    // 齿 shares its glyph with the radical ⻮ in Noto CJK, so the text layer may name either.
    QVERIFY2(extracted.contains(QStringLiteral("轮轴总成")), qPrintable(extracted.left(400)));
}

void TstTraveller::orderWithoutOperationsIsRefused()
{
    const TravellerDocument draft = makeTraveller(0);
    const Outcome ready = draft.check();
    QVERIFY(!ready.ok());
    QVERIFY2(ready.error().contains(Number), qPrintable(ready.error()));
    QVERIFY(ready.error().contains(QStringLiteral("no operations")));
    QCOMPARE(draft.pageCount(), 0);
    QVERIFY(draft.renderPage(0, 150).isNull());
    QVERIFY(draft.qrPlacements(0).isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("draft.pdf"));
    const Outcome written = draft.writePdf(path);
    QVERIFY(!written.ok());
    QCOMPARE(written.error(), ready.error());
    QVERIFY(!QFileInfo::exists(path));

    QVERIFY(!makeTraveller(2, QStringLiteral("Shaft"), QString()).check().ok());
}

QTEST_MAIN(TstTraveller)
#include "tst_traveller.moc"
