// Scanner input on the shop floor: a keyboard-mode scanner's burst becomes one scan wherever
// focus is, a person's typing is never lost or reordered, and the camera dialog says plainly
// what to do when there is no camera.
#include "barcode/barcodeimage.h"
#include "scan/camerascandialog.h"
#include "scan/camerascanner.h"
#include "scan/scannerinputfilter.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <QVideoWidget>

#include <cstring>
#include <memory>

using namespace Taktline;

namespace {

// A station page stand-in: an ordinary field, a scan field and the filter on qApp.
struct Station
{
    QWidget page;
    QLineEdit *edit = new QLineEdit(&page);
    QLineEdit *scanField = new QLineEdit(&page);
    ScannerInputFilter filter;
    QSignalSpy scans{&filter, &ScannerInputFilter::scanned};
    QSignalSpy returns{edit, &QLineEdit::returnPressed};

    Station()
    {
        auto *layout = new QVBoxLayout(&page);
        layout->addWidget(edit);
        layout->addWidget(scanField);
        ScannerInputFilter::makeScanField(scanField);
        qApp->installEventFilter(&filter);
        filter.setScanTarget(&page);
    }
};

} // namespace

class TstScannerInput : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void burstIsOneScanAndNotTyped();
    void slowTypingReachesTheFieldUnchanged();
    void shortBurstIsReplayedInOrderAfterTheTimeout();
    void tooShortBeforeEnterIsTyping();
    void typingBeforeAScanIsKept();
    void tabSuffix();
    void crLfGsNoiseIsStripped();
    void imeCommitStringsAreRecognised();
    void chineseTypingThroughTheImeIsUntouched();
    void enterInAScanFieldEmitsItsTextAndClearsIt();
    void makeScanFieldDisablesTheInputMethod();
    void withoutScanTargetKeysPassUntouched();
    void noCameraIsSaidPlainly();
    void cameraFramesGiveEachCodeOnce();
    void decodeFileReadsAQrCode();
    void decodeFileSaysWhatIsWrong();
    void dialogAcceptsWithTheCodeOfAPictureFile();

private:
    QLineEdit *focusedEdit() { return m_station->edit; }
    static void sendCommit(QWidget *widget, const QString &text)
    {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QCoreApplication::sendEvent(widget, &commit);
    }
    QString scannedCode(int index = 0) const { return m_station->scans.at(index).at(0).toString(); }
    // A video frame such as a camera delivers, showing a QR code of TEXT.
    static QVideoFrame frameOf(const QString &text)
    {
        const QImage image =
            BarcodeImage::encodeQr(text, 6).value().convertToFormat(QImage::Format_RGB32);
        QVideoFrame frame(QVideoFrameFormat(
            image.size(), QVideoFrameFormat::pixelFormatFromImageFormat(image.format())));
        if (!frame.map(QVideoFrame::WriteOnly))
            return {};
        for (int y = 0; y < image.height(); ++y)
            std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), image.constScanLine(y),
                        size_t(image.bytesPerLine()));
        frame.unmap();
        return frame;
    }
    int slowGap() const { return m_station->filter.maxGapMs() * 3; }

    std::unique_ptr<Station> m_station;
    QTemporaryDir m_dir;
};

void TstScannerInput::init()
{
    m_station = std::make_unique<Station>();
    m_station->page.show();
    m_station->page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_station->page));
    m_station->edit->setFocus();
    QCOMPARE(QApplication::focusWidget(), m_station->edit);
}

void TstScannerInput::cleanup()
{
    m_station.reset();
}

void TstScannerInput::burstIsOneScanAndNotTyped()
{
    QTest::keyClicks(focusedEdit(), QStringLiteral("WO:20240501-003"));
    QVERIFY(focusedEdit()->text().isEmpty()); // held while it may still be a scan
    QTest::keyClick(focusedEdit(), Qt::Key_Return);
    QCOMPARE(m_station->scans.count(), 1);
    QCOMPARE(scannedCode(), QStringLiteral("WO:20240501-003"));
    QTest::qWait(slowGap());
    QVERIFY(focusedEdit()->text().isEmpty());
    QCOMPARE(m_station->returns.count(), 0);
    QCOMPARE(m_station->scans.count(), 1);

    // The same through the window, the way the keyboard's events arrive from the system.
    QWindow *window = m_station->page.windowHandle();
    for (const char ch : {'O', 'P', ':', '1', '2'})
        QTest::keyClick(window, ch);
    QTest::keyClick(window, Qt::Key_Return);
    QCOMPARE(m_station->scans.count(), 2);
    QCOMPARE(scannedCode(1), QStringLiteral("OP:12"));
    QTest::qWait(slowGap());
    QVERIFY(focusedEdit()->text().isEmpty());
    QCOMPARE(m_station->returns.count(), 0);
    QTest::keyClick(window, 'x');
    QTRY_COMPARE(focusedEdit()->text(), QStringLiteral("x"));
}

void TstScannerInput::slowTypingReachesTheFieldUnchanged()
{
    for (const char ch : {'a', 'B', '7', '-'}) {
        QTest::keyClick(focusedEdit(), ch);
        QTest::qWait(slowGap());
    }
    QTest::keyClick(focusedEdit(), Qt::Key_Return);
    QCOMPARE(focusedEdit()->text(), QStringLiteral("aB7-"));
    QCOMPARE(m_station->returns.count(), 1);
    QCOMPARE(m_station->scans.count(), 0);
}

void TstScannerInput::shortBurstIsReplayedInOrderAfterTheTimeout()
{
    QTest::keyClicks(focusedEdit(), QStringLiteral("LOT:9x"));
    QVERIFY(focusedEdit()->text().isEmpty());
    QTRY_COMPARE(focusedEdit()->text(), QStringLiteral("LOT:9x"));
    QCOMPARE(focusedEdit()->cursorPosition(), 6);
    QCOMPARE(m_station->scans.count(), 0);
}

void TstScannerInput::tooShortBeforeEnterIsTyping()
{
    QTest::keyClicks(focusedEdit(), QStringLiteral("42"));
    QTest::keyClick(focusedEdit(), Qt::Key_Return);
    QCOMPARE(focusedEdit()->text(), QStringLiteral("42")); // replayed before the Enter
    QCOMPARE(m_station->returns.count(), 1);
    QCOMPARE(m_station->scans.count(), 0);
}

void TstScannerInput::typingBeforeAScanIsKept()
{
    QTest::keyClick(focusedEdit(), '1');
    QTest::qWait(slowGap());
    QTest::keyClicks(focusedEdit(), QStringLiteral("SN:A-0001\r"));
    QCOMPARE(m_station->scans.count(), 1);
    QCOMPARE(scannedCode(), QStringLiteral("SN:A-0001"));
    QTest::keyClick(focusedEdit(), '2');
    QTRY_COMPARE(focusedEdit()->text(), QStringLiteral("12"));
}

void TstScannerInput::tabSuffix()
{
    m_station->filter.setSuffix(ScannerInputFilter::Suffix::Tab);
    QTest::keyClicks(focusedEdit(), QStringLiteral("MC:CNC-02"));
    QTest::keyClick(focusedEdit(), Qt::Key_Tab);
    QCOMPARE(m_station->scans.count(), 1);
    QCOMPARE(scannedCode(), QStringLiteral("MC:CNC-02"));
    QCOMPARE(QApplication::focusWidget(), focusedEdit()); // the Tab did not move focus
    QVERIFY(focusedEdit()->text().isEmpty());

    // With a Tab suffix, a burst ending in Enter is not a scan.
    QTest::keyClicks(focusedEdit(), QStringLiteral("abc"));
    QTest::keyClick(focusedEdit(), Qt::Key_Return);
    QCOMPARE(focusedEdit()->text(), QStringLiteral("abc"));
    QCOMPARE(m_station->scans.count(), 1);
}

void TstScannerInput::crLfGsNoiseIsStripped()
{
    // A GS1-style code with group separators (Ctrl+] on a keyboard), ended by CR LF as many
    // scanners send it.
    const auto control = [this](Qt::Key key, char16_t ch) {
        QTest::sendKeyEvent(QTest::Click, focusedEdit(), key, QString(QChar(ch)),
                            Qt::ControlModifier);
    };
    control(Qt::Key_BracketRight, 0x1d);
    QTest::keyClicks(focusedEdit(), QStringLiteral("LOT:A7"));
    control(Qt::Key_BracketRight, 0x1d);
    QTest::keyClicks(focusedEdit(), QStringLiteral("B2\r"));
    control(Qt::Key_J, u'\n'); // LF is Ctrl+J on a keyboard
    QCOMPARE(m_station->scans.count(), 1);
    QCOMPARE(scannedCode(), QStringLiteral("LOT:A7B2"));
    QTest::qWait(slowGap());
    QVERIFY(focusedEdit()->text().isEmpty());
    QCOMPARE(m_station->returns.count(), 0); // the trailing LF was swallowed too
    QCOMPARE(ScannerInputFilter::stripNoise(QStringLiteral("\r\nWO:1\x1d\r")),
             QStringLiteral("WO:1"));
}

void TstScannerInput::imeCommitStringsAreRecognised()
{
    // An active IME hands each scanned character over as committed text.
    for (const QChar ch : QStringLiteral("EMP:0042"))
        sendCommit(focusedEdit(), QString(ch));
    QTest::keyClick(focusedEdit(), Qt::Key_Return);
    QCOMPARE(m_station->scans.count(), 1);
    QCOMPARE(scannedCode(), QStringLiteral("EMP:0042"));
    QVERIFY(focusedEdit()->text().isEmpty());

    // In fullwidth mode the characters arrive fullwidth; they are kept for the codec.
    sendCommit(focusedEdit(), QStringLiteral("ＷＯ："));
    sendCommit(focusedEdit(), QStringLiteral("１２３"));
    QTest::keyClick(focusedEdit(), Qt::Key_Return);
    QCOMPARE(m_station->scans.count(), 2);
    QCOMPARE(scannedCode(1), QStringLiteral("ＷＯ：１２３"));
    QVERIFY(focusedEdit()->text().isEmpty());
}

void TstScannerInput::chineseTypingThroughTheImeIsUntouched()
{
    typeText(focusedEdit(), QStringLiteral("A班组"));
    QTest::qWait(slowGap());
    QTest::keyClick(focusedEdit(), Qt::Key_Return);
    QCOMPARE(focusedEdit()->text(), QStringLiteral("A班组"));
    QCOMPARE(m_station->scans.count(), 0);
}

void TstScannerInput::enterInAScanFieldEmitsItsTextAndClearsIt()
{
    QLineEdit *field = m_station->scanField;
    field->setFocus();
    for (const char ch : {'W', 'O', ':', '5'}) { // typed by hand, slowly
        QTest::keyClick(field, ch);
        QTest::qWait(slowGap());
    }
    QCOMPARE(field->text(), QStringLiteral("WO:5"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_station->scans.count(), 1);
    QCOMPARE(scannedCode(), QStringLiteral("WO:5"));
    QVERIFY(field->text().isEmpty());

    // A scanner burst into the scan field is one scan as anywhere else.
    QTest::keyClicks(field, QStringLiteral("OP:77\r"));
    QCOMPARE(m_station->scans.count(), 2);
    QCOMPARE(scannedCode(1), QStringLiteral("OP:77"));
    QVERIFY(field->text().isEmpty());
}

void TstScannerInput::makeScanFieldDisablesTheInputMethod()
{
    QLineEdit field;
    QVERIFY(field.testAttribute(Qt::WA_InputMethodEnabled));
    QVERIFY(!ScannerInputFilter::isScanField(&field));
    ScannerInputFilter::makeScanField(&field);
    QVERIFY(!field.testAttribute(Qt::WA_InputMethodEnabled));
    QVERIFY(field.inputMethodHints().testFlag(Qt::ImhLatinOnly));
    QVERIFY(field.inputMethodHints().testFlag(Qt::ImhNoPredictiveText));
    QVERIFY(ScannerInputFilter::isScanField(&field));
}

void TstScannerInput::withoutScanTargetKeysPassUntouched()
{
    m_station->filter.setScanTarget(nullptr);
    QTest::keyClicks(focusedEdit(), QStringLiteral("WO:1"));
    QCOMPARE(focusedEdit()->text(), QStringLiteral("WO:1")); // no delay either
    QTest::keyClick(focusedEdit(), Qt::Key_Return);
    QCOMPARE(m_station->returns.count(), 1);
    QCOMPARE(m_station->scans.count(), 0);
}

void TstScannerInput::noCameraIsSaidPlainly()
{
    if (CameraScanner::hasCamera())
        QSKIP("This computer has a camera.");
    const QString message = QStringLiteral(
        "No camera found on this computer. Use a handheld scanner, or decode a picture file.");
    CameraScanner scanner;
    QSignalSpy errors(&scanner, &CameraScanner::error);
    QVERIFY(!scanner.start());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).toString(), message);

    CameraScanDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("cameraMessage"));
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->text(), message);
    QCOMPARE(dialog.messageText(), message);
    QVERIFY(!dialog.findChild<QVideoWidget *>());
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("decodeFileButton"));
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QVERIFY(button->height() >= 48);
}

void TstScannerInput::cameraFramesGiveEachCodeOnce()
{
    QVideoSink camera; // stands in for the camera's sink
    CameraScanner scanner;
    QSignalSpy decoded(&scanner, &CameraScanner::decoded);
    scanner.readFramesFrom(&camera);
    const QVideoFrame first = frameOf(QStringLiteral("WO:20240501-003"));
    QVERIFY(first.isValid());
    // Thirty frames a second of the same code: decoded one at a time, reported once.
    for (int i = 0; i < 20; ++i) {
        camera.setVideoFrame(first);
        QTest::qWait(30);
    }
    QTRY_COMPARE(decoded.count(), 1);
    QCOMPARE(decoded.at(0).at(0).toString(), QStringLiteral("WO:20240501-003"));
    QTest::qWait(200);
    QCOMPARE(decoded.count(), 1);

    camera.setVideoFrame(frameOf(QStringLiteral("OP:7")));
    QTRY_COMPARE(decoded.count(), 2);
    QCOMPARE(decoded.at(1).at(0).toString(), QStringLiteral("OP:7"));

    scanner.stop(); // a stopped scanner reports nothing more
    camera.setVideoFrame(first);
    QTest::qWait(200);
    QCOMPARE(decoded.count(), 2);
}

void TstScannerInput::decodeFileReadsAQrCode()
{
    const Result<QImage> qr = BarcodeImage::encodeQr(QStringLiteral("LOT:2024-0007"));
    QVERIFY(qr);
    const QString path = m_dir.filePath(QStringLiteral("lot.png"));
    QVERIFY(qr.value().save(path));
    const Result<QString> code = CameraScanner::decodeFile(path);
    QVERIFY2(code, qPrintable(code.error()));
    QCOMPARE(code.value(), QStringLiteral("LOT:2024-0007"));
}

void TstScannerInput::decodeFileSaysWhatIsWrong()
{
    const Result<QString> missing =
        CameraScanner::decodeFile(m_dir.filePath(QStringLiteral("gone.png")));
    QVERIFY(!missing);
    QVERIFY2(missing.error().startsWith(QStringLiteral("The file ")), qPrintable(missing.error()));
    QVERIFY2(missing.error().endsWith(QStringLiteral("gone.png does not exist.")),
             qPrintable(missing.error()));

    QImage white(300, 300, QImage::Format_Grayscale8);
    white.fill(255);
    const QString blankPath = m_dir.filePath(QStringLiteral("blank.png"));
    QVERIFY(white.save(blankPath));
    const Result<QString> blank = CameraScanner::decodeFile(blankPath);
    QVERIFY(!blank);
    QVERIFY2(blank.error().startsWith(QStringLiteral("blank.png: No barcode was found")),
             qPrintable(blank.error()));

    const QString textPath = m_dir.filePath(QStringLiteral("notes.png"));
    QFile text(textPath);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not a picture");
    text.close();
    const Result<QString> unreadable = CameraScanner::decodeFile(textPath);
    QVERIFY(!unreadable);
    QVERIFY2(
        unreadable.error().startsWith(QStringLiteral("notes.png cannot be opened as a picture")),
        qPrintable(unreadable.error()));
}

void TstScannerInput::dialogAcceptsWithTheCodeOfAPictureFile()
{
    const QString path = m_dir.filePath(QStringLiteral("badge.png"));
    QVERIFY(BarcodeImage::encodeQr(QStringLiteral("EMP:0042")).value().save(path));
    CameraScanDialog dialog;
    dialog.show();
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("decodeFileButton"));

    dialog.decodePictureFile(m_dir.filePath(QStringLiteral("blank-missing.png")));
    QVERIFY(!button->isEnabled()); // busy while the picture is read off the UI thread
    QTRY_VERIFY(button->isEnabled());
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.messageText().contains(QStringLiteral("does not exist")),
             qPrintable(dialog.messageText()));

    dialog.decodePictureFile(path);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.code(), QStringLiteral("EMP:0042"));
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(TstScannerInput)
#include "tst_scannerinput.moc"
