#include "barcode/zplwriter.h"

#include "barcode/gs1.h"

#include <QTcpSocket>

#include <algorithm>

namespace Taktline {

namespace {

// ^FH's escape character and what it stands for in hex.
QByteArray fieldHex(const QString &text)
{
    QByteArray out;
    for (const char byte : text.toUtf8()) {
        if (byte == '_' || byte == '^' || byte == '~')
            out += '_' + QByteArray::number(uchar(byte), 16).toUpper();
        else
            out += byte;
    }
    return out;
}

bool isDigit(QChar ch)
{
    return ch.unicode() >= u'0' && ch.unicode() <= u'9';
}

int digitRun(const QString &text, qsizetype from)
{
    int count = 0;
    while (from + count < text.size() && isDigit(text.at(from + count)))
        ++count;
    return count;
}

// ^BC field data with explicit subsets: runs of four or more digits go in subset C (>5 / >;),
// the rest in subset B (>6 / >:); GS becomes FNC1 (>8), and a GS1 code starts with one.
QByteArray code128Data(const QString &text, bool gs1)
{
    QByteArray out;
    bool subsetC = digitRun(text, 0) >= 4 && digitRun(text, 0) % 2 == 0;
    out += subsetC ? ">;" : ">:";
    if (gs1)
        out += ">8";
    for (qsizetype i = 0; i < text.size();) {
        const QChar ch = text.at(i);
        if (ch.unicode() == Gs1::GroupSeparator) {
            out += ">8";
            ++i;
            continue;
        }
        const int run = digitRun(text, i);
        if (subsetC && run < 2) {
            out += ">6";
            subsetC = false;
        } else if (!subsetC && run >= 4) {
            out += ">5";
            subsetC = true;
        }
        if (subsetC) {
            out += text.mid(i, 2).toLatin1();
            i += 2;
            continue;
        }
        out += ch == u'>' ? QByteArray("><") : QByteArray(1, char(ch.unicode()));
        ++i;
    }
    return out;
}

} // namespace

Result<QByteArray> ZplWriter::barcodeData(const Label &label)
{
    const QString text = LabelContent::symbolText(label);
    for (const QChar ch : text) {
        if ((ch.unicode() < 0x20 && ch.unicode() != Gs1::GroupSeparator) || ch.unicode() > 0x7e ||
            ch == u'^' || ch == u'~')
            return Outcome::failure(
                tr("The code '%1' has characters a ZPL barcode cannot carry.").arg(label.code));
    }
    const bool gs1 = LabelContent::isGs1(label);
    switch (label.symbology) {
    case LabelSymbology::Qr:
        // Error correction M, automatic data input.
        return QByteArray(QByteArray("MA,") + text.toLatin1());
    case LabelSymbology::DataMatrix: {
        QString data = text;
        data.replace(u'_', QStringLiteral("__"));
        if (gs1) {
            data.replace(QChar(Gs1::GroupSeparator), QStringLiteral("_1"));
            data.prepend(QStringLiteral("_1"));
        }
        return data.toLatin1();
    }
    case LabelSymbology::Code128:
        return code128Data(text, gs1);
    }
    return QByteArray();
}

Result<QByteArray> ZplWriter::writeOne(const Label &label, int dpi)
{
    const Result<LabelLayout> laid = LabelRenderer::layout(label, dpi);
    if (!laid)
        return laid.outcome();
    const Result<QByteArray> data = barcodeData(label);
    if (!data)
        return data.outcome();
    const LabelLayout &l = laid.value();
    const auto origin = [](const QRect &rect) -> QByteArray {
        return "^FO" + QByteArray::number(rect.left()) + ',' + QByteArray::number(rect.top());
    };
    const auto textField = [&origin](const QRect &rect, const QString &text, int pixels,
                                     char alignment) -> QByteArray {
        const QByteArray size = QByteArray::number(pixels);
        return origin(rect) + "^A0N," + size + ',' + size + "^FB" +
               QByteArray::number(rect.width()) + ",1,0," + alignment + "^FH^FD" + fieldHex(text) +
               "^FS\n";
    };

    QByteArray zpl = "^XA\n^CI28\n^PW" + QByteArray::number(l.page.width()) + "\n^LL" +
                     QByteArray::number(l.page.height()) + "\n^LH0,0\n";
    const QByteArray module = QByteArray::number(std::clamp(l.moduleDots, 1, 10));
    switch (label.symbology) {
    case LabelSymbology::Qr:
        zpl += origin(l.symbol) + "^BQN,2," + module;
        break;
    case LabelSymbology::DataMatrix:
        // Quality 200 (ECC 200) with "_" as the escape character, so "_1" is FNC1.
        zpl += origin(l.symbol) + "^BXN," + QByteArray::number(l.moduleDots) + ",200,,,,_";
        break;
    case LabelSymbology::Code128:
        zpl += origin(l.symbol) + "^BY" + module + "^BCN," + QByteArray::number(l.symbol.height()) +
               ",N,N,N";
        break;
    }
    zpl += "^FD" + data.value() + "^FS\n";
    zpl += textField(l.title, label.title, l.titlePixels, 'L');
    for (qsizetype i = 0; i < l.lines.size(); ++i)
        zpl += textField(l.lines.at(i), label.lines.at(i), l.linePixels, 'L');
    if (!l.humanReadable.isEmpty())
        zpl += textField(l.humanReadable, label.code, l.humanReadablePixels, 'C');
    zpl += "^XZ\n";
    return zpl;
}

Result<QByteArray> ZplWriter::write(const QList<Label> &labels, int dpi)
{
    if (dpi != 203 && dpi != 300 && dpi != 600)
        return Outcome::failure(
            tr("Zebra-compatible printers print at 203, 300 or 600 dpi, not %1.").arg(dpi));
    if (labels.isEmpty())
        return Outcome::failure(tr("There are no labels to print."));
    QByteArray zpl;
    for (const Label &label : labels) {
        const Result<QByteArray> one = writeOne(label, dpi);
        if (!one)
            return one;
        zpl += one.value();
    }
    return zpl;
}

Outcome ZplWriter::send(const QByteArray &zpl, const QString &host, quint16 port, int timeoutMs)
{
    const QString printer = QStringLiteral("%1:%2").arg(host).arg(port);
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(timeoutMs)) {
        const bool timedOut = socket.error() == QAbstractSocket::SocketTimeoutError;
        return Outcome::failure(
            timedOut ? tr("The label printer at %1 did not answer within %2 seconds. Check that "
                          "it is switched on and on the network.")
                           .arg(printer)
                           .arg(timeoutMs / 1000.0)
                     : tr("Cannot connect to the label printer at %1: %2.")
                           .arg(printer, socket.errorString()));
    }
    socket.write(zpl);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(timeoutMs))
            return Outcome::failure(tr("The labels could not be sent to the printer at %1: %2.")
                                        .arg(printer, socket.errorString()));
    }
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(timeoutMs);
    return Outcome::success();
}

} // namespace Taktline
