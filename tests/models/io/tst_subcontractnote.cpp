// The subcontract delivery note (外协送货单) checked the way the shop uses it: the PDF is an A5
// sheet whose text holds the note's number and supplier, and every line's QR code reads back
// with ZXing as the OP: code of its step, so the batch is received with one scan.
#include "barcode/barcodecodec.h"
#include "barcode/barcodeimage.h"
#include "io/subcontractnote.h"
#include "testshop.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;

class TstSubcontractNote : public QObject
{
    Q_OBJECT
private slots:
    void linePayloadIsTheStepsOperationCode();
    void everyLineCodeReadsBackAsItsOperation();
    void pdfHoldsTheNumberAndSupplierOnA5();
    void linesOfTwoSuppliersAreRefused();
};

namespace {

SubcontractOrder makeOrder(int index, const QString &supplierId = QStringLiteral("s1"))
{
    SubcontractOrder order;
    order.id = QStringLiteral("o%1").arg(index);
    order.number = QStringLiteral("OUT-20261207-%1").arg(index, 4, 10, QLatin1Char('0'));
    order.workOrderNumber = QStringLiteral("WO-20261130-00%1").arg(index + 10);
    order.partNo = QStringLiteral("FL-1");
    order.productName = QStringLiteral("法兰盘");
    order.seq = 20 + index * 10;
    order.stepName = QStringLiteral("热处理");
    order.supplierId = supplierId;
    order.supplierCode = QStringLiteral("S01");
    order.supplierName = QStringLiteral("精工热处理厂");
    order.quantity = 40 + index;
    order.unitPrice = 1.25;
    order.dueDate = TestShop::day(3 + index);
    order.sentAtMs = TestShop::at(0, 9);
    return order;
}

SubcontractNote makeNote(int lines)
{
    QList<SubcontractOrder> orders;
    for (int i = 1; i <= lines; ++i)
        orders.append(makeOrder(i));
    SubcontractNote note(orders);
    note.setFactoryName(QStringLiteral("Precision Parts Co."));
    note.setPrintedAt(QDateTime(TestShop::day(0), QTime(9, 30)));
    return note;
}

QRect toPixels(const QRectF &mm, int dpi)
{
    const double k = dpi / 25.4;
    return QRectF(mm.x() * k, mm.y() * k, mm.width() * k, mm.height() * k).toAlignedRect();
}

} // namespace

void TstSubcontractNote::linePayloadIsTheStepsOperationCode()
{
    const SubcontractOrder order = makeOrder(1);
    QCOMPARE(SubcontractNote::linePayload(order), QStringLiteral("OP:WO-20261130-0011/30"));
    QCOMPARE(SubcontractNote::linePayload(order),
             BarcodeCodec::encodeOperation(order.workOrderNumber, order.seq));
    QCOMPARE(makeNote(1).number(), QStringLiteral("OUT-20261207-0001"));
}

void TstSubcontractNote::everyLineCodeReadsBackAsItsOperation()
{
    const SubcontractNote note = makeNote(5); // two pages: four lines, then one
    QCOMPARE(note.pageCount(), 2);
    QStringList read;
    for (int page = 0; page < note.pageCount(); ++page) {
        const QImage image = note.renderPage(page, 200);
        QVERIFY(!image.isNull());
        for (const auto &[payload, box] : note.qrPlacements(page)) {
            const Result<QString> decoded = BarcodeImage::decode(image.copy(toPixels(box, 200)));
            QVERIFY2(decoded.ok(), qPrintable(payload + QStringLiteral(": ") + decoded.error()));
            QCOMPARE(decoded.value(), payload);
            const Result<ScanResult> scan = BarcodeCodec::parse(decoded.value());
            QVERIFY(scan.ok());
            QCOMPARE(scan.value().kind, ScanKind::Operation);
            read << decoded.value();
        }
    }
    QCOMPARE(read.size(), 5);
    QCOMPARE(read.first(), QStringLiteral("OP:WO-20261130-0011/30"));
    QCOMPARE(read.last(), QStringLiteral("OP:WO-20261130-0015/70"));
}

void TstSubcontractNote::pdfHoldsTheNumberAndSupplierOnA5()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("外协送货单.pdf"));
    const Outcome written = makeNote(2).writePdf(path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(pdf.contains("/MediaBox [0 0 595"), "A5 landscape is 595 × 420 points");
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext not installed (build.sh installs poppler-utils)");
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(extracted.contains(QStringLiteral("OUT-20261207-0001")),
             qPrintable(extracted.left(600)));
    QVERIFY2(extracted.contains(QStringLiteral("WO-20261130-0012")), qPrintable(extracted.left(600)));
    // 工 and 厂 share their glyphs with radicals in Noto CJK, so the text layer may name either.
    QVERIFY2(extracted.contains(QStringLiteral("热处理")), qPrintable(extracted.left(600)));
}

void TstSubcontractNote::linesOfTwoSuppliersAreRefused()
{
    SubcontractNote mixed({makeOrder(1), makeOrder(2, QStringLiteral("s2"))});
    QVERIFY(!mixed.check());
    QVERIFY(mixed.check().error().contains(QStringLiteral("OUT-20261207-0002")));
    QCOMPARE(mixed.pageCount(), 0);
    QTemporaryDir dir;
    QVERIFY(!mixed.writePdf(dir.filePath(QStringLiteral("mixed.pdf"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("mixed.pdf"))));
    QVERIFY(!SubcontractNote({}).check());
}

QTEST_MAIN(TstSubcontractNote)
#include "tst_subcontractnote.moc"
