#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace Taktline {

// Turns a payload into a crisp QR code image and reads a barcode back out of an image, both
// with ZXing-C++, so labels, travellers and camera or file scans share one codec.
class BarcodeImage final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::BarcodeImage)

public:
    // A QR code (error correction level M) with every module MODULE_PIXELS square and a
    // quiet zone of QUIET_ZONE_MODULES on each side; black on white, 8-bit grayscale.
    // encodeQr(text, 1, 0) gives one pixel per module, for callers that draw the modules.
    static Result<QImage> encodeQr(const QString &text, int modulePixels = 4,
                                   int quietZoneModules = 4);
    // Draws TEXT as a QR code of filled rectangles (crisp on paper, in a PDF and on screen),
    // centred in BOX with at least the 4-module quiet zone inside it, each module at most
    // MAX_MODULE, in the painter's units. BOX is painted white first.
    static Outcome drawQr(QPainter &painter, const QRectF &box, const QString &text,
                          qreal maxModule);
    // The text of the first barcode found in IMAGE (any format ZXing reads).
    static Result<QString> decode(const QImage &image);
};

} // namespace Taktline
