#include "barcode/barcodeimage.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/ImageView.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
// ZXing 2.2 renamed DecodeHints to ReaderOptions and later dropped the old header.
#if __has_include(<ZXing/ReaderOptions.h>)
#include <ZXing/ReaderOptions.h>
#else
#include <ZXing/DecodeHints.h>
#endif

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <exception>

namespace Taktline {

namespace {

// MultiFormatWriter takes QR error correction as 0…8 and maps pairs onto L, M, Q, H;
// 3 is M under both the 1.x and the 2.x mapping.
constexpr int EccLevelM = 3;
// Larger than any symbol a label needs; keeps a mistaken call from allocating gigabytes.
constexpr int MaxImageSide = 20000;
// What ISO/IEC 18004 asks for around a QR code.
constexpr int QuietZoneModules = 4;
// From this many device dots per module on, modules are snapped to whole dots so that every
// module prints the same size; below it, snapping would shrink the symbol too much.
constexpr qreal SnapFromDots = 8;

#if __has_include(<ZXing/ReaderOptions.h>)
using ReaderOptions = ZXing::ReaderOptions;
#else
using ReaderOptions = ZXing::DecodeHints;
#endif

bool isAscii(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() > 0x7f)
            return false;
    }
    return true;
}

} // namespace

Result<QImage> BarcodeImage::encodeQr(const QString &text, int modulePixels, int quietZoneModules)
{
    if (text.isEmpty())
        return Outcome::failure(tr("There is no text to put in the QR code."));
    if (modulePixels < 1 || quietZoneModules < 0)
        return Outcome::failure(tr("A QR code needs modules of at least one pixel."));

    ZXing::BitMatrix matrix;
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEccLevel(EccLevelM).setMargin(0);
        // Plain ASCII stays in ZXing's default byte mode without an ECI header, which every
        // scanner understands; anything else is marked as UTF-8.
        if (!isAscii(text))
            writer.setEncoding(ZXing::CharacterSet::UTF8);
        // Size 0 asks for the minimal symbol: one matrix cell per module.
        matrix = writer.encode(text.toStdString(), 0, 0);
    } catch (const std::exception &error) {
        return Outcome::failure(tr("The text cannot be put in a QR code (%1 characters): %2")
                                    .arg(text.size())
                                    .arg(QString::fromUtf8(error.what())));
    }

    const int modules = matrix.width();
    const qint64 side = (qint64(modules) + 2 * qint64(quietZoneModules)) * modulePixels;
    if (modules <= 0 || matrix.height() != modules || side > MaxImageSide)
        return Outcome::failure(
            tr("The QR code would be too large to draw (%1 pixels).").arg(side));

    const int pixels = static_cast<int>(side);
    QImage image(pixels, pixels, QImage::Format_Grayscale8);
    image.fill(255);
    const int offset = quietZoneModules * modulePixels;
    for (int my = 0; my < modules; ++my) {
        uchar *line = image.scanLine(offset + my * modulePixels);
        for (int mx = 0; mx < modules; ++mx) {
            if (matrix.get(mx, my))
                std::memset(line + offset + mx * modulePixels, 0, size_t(modulePixels));
        }
        // The other pixel rows of this module row are copies of the first.
        for (int r = 1; r < modulePixels; ++r)
            std::memcpy(image.scanLine(offset + my * modulePixels + r), line,
                        size_t(image.width()));
    }
    return image;
}

Outcome BarcodeImage::drawQr(QPainter &painter, const QRectF &box, const QString &text,
                             qreal maxModule)
{
    const Result<QImage> symbol = encodeQr(text, 1, 0);
    if (!symbol)
        return symbol.outcome();
    const QImage &modules = symbol.value();
    const int count = modules.width();
    qreal module = std::min({maxModule, box.width() / (count + 2 * QuietZoneModules),
                             box.height() / (count + 2 * QuietZoneModules)});
    const QTransform toDevice = painter.deviceTransform();
    const qreal dotsPerUnit = std::hypot(toDevice.m11(), toDevice.m12());
    QPointF origin = box.center() - QPointF(count * module / 2, count * module / 2);
    if (module * dotsPerUnit >= SnapFromDots && toDevice.type() <= QTransform::TxScale) {
        module = std::floor(module * dotsPerUnit) / dotsPerUnit;
        origin = box.center() - QPointF(count * module / 2, count * module / 2);
        const QPointF dot = toDevice.map(origin);
        origin = toDevice.inverted().map(QPointF(std::round(dot.x()), std::round(dot.y())));
    }
    // One path for the whole symbol (a rectangle per run of dark modules), so PDF viewers
    // show no seams between modules.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < count; ++y) {
        const uchar *line = modules.constScanLine(y);
        for (int x = 0; x < count;) {
            if (line[x] != 0) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < count && line[x] == 0)
                ++x;
            path.addRect(QRectF(origin.x() + start * module, origin.y() + y * module,
                                (x - start) * module, module));
        }
    }
    painter.save();
    painter.fillRect(box, Qt::white);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillPath(path, Qt::black);
    painter.restore();
    return Outcome::success();
}

Result<QString> BarcodeImage::decode(const QImage &image)
{
    if (image.isNull() || image.width() < 1 || image.height() < 1)
        return Outcome::failure(tr("There is no image to read a barcode from."));

    // ZXing reads luminance; an 8-bit grayscale copy has no alpha or palette to worry about.
    const QImage gray = image.format() == QImage::Format_Grayscale8
                            ? image
                            : image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    ReaderOptions options;
    options.setTryHarder(true);
    options.setTryRotate(true);

    ZXing::Result result;
    try {
        result = ZXing::ReadBarcode(view, options);
    } catch (const std::exception &error) {
        return Outcome::failure(
            tr("The barcode reader failed: %1").arg(QString::fromUtf8(error.what())));
    }
    if (result.isValid())
        return QString::fromStdString(result.text());
    if (result.error())
        return Outcome::failure(tr("A barcode was found but could not be read: %1")
                                    .arg(QString::fromStdString(ZXing::ToString(result.error()))));
    return Outcome::failure(tr("No barcode was found in the image."));
}

} // namespace Taktline
