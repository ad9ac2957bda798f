#pragma once

#include "barcode/labelcontent.h"
#include "domain/outcome.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRect>
#include <QSizeF>

class QPainter;
class QPagedPaintDevice;

namespace Taktline {

// Where a label's parts go at a given resolution, in whole device dots.
struct LabelLayout
{
    QSize page;
    QRect symbol;  // the symbol without its quiet zone
    QSize modules; // symbol width × height in modules (height 1 for Code128)
    int moduleDots = 0;
    QImage moduleImage; // one pixel per module, black on white
    QRect title;
    QList<QRect> lines;
    QRect humanReadable; // the code as text under a Code128 or an identifier; empty otherwise
    int titlePixels = 0; // font pixel sizes
    int linePixels = 0;
    int humanReadablePixels = 0;
};

// Lays out and draws lot, serial, machine, badge and work order labels with the codes
// scanners read (QR, DataMatrix, Code128, GS1-128, GS1 DataMatrix), with every module a
// whole number of printer dots.
class LabelRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::LabelRenderer)

public:
    // Label sizes and barcode formats by the names the command line and Settings use.
    static QSizeF sizeMm(LabelSize size);
    static QString sizeName(LabelSize size); // "50x30"
    static Result<LabelSize> sizeFromName(const QString &name);
    static Result<LabelSymbology> symbologyFromName(const QString &name);
    // The symbol alone, one pixel per module, no quiet zone.
    static Result<QImage> symbolModules(const Label &label);

    static int dots(qreal mm, int dpi);
    static Result<LabelLayout> layout(const Label &label, int dpi);
    // Draws LABEL with its top-left corner at the painter's origin, one painter unit per dot.
    static Outcome paint(QPainter &painter, const Label &label, int dpi);
    static Result<QImage> renderImage(const Label &label, int dpi);
    // One label per page on DEVICE, at the device's resolution.
    static Outcome print(QPagedPaintDevice &device, const QList<Label> &labels);
    static Outcome writePdf(const QString &path, const QList<Label> &labels, int dpi);
};

} // namespace Taktline
