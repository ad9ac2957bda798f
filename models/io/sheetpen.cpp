#include "io/sheetpen.h"

#include "barcode/barcodeimage.h"
#include "domain/masterdata/masterrecord.h"
#include "io/pdffile.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

namespace Taktline {

namespace {

// Text is drawn in tenths of a millimetre, so the font engine works at a sensible pixel size
// (and with sensible metrics) whatever the device's resolution.
constexpr double TextScale = 10.0;

QRectF toText(const QRectF &mm)
{
    return QTransform::fromScale(TextScale, TextScale).mapRect(mm);
}

} // namespace

QFont SheetPen::font(const QPainter &painter, double points, bool bold)
{
    QFont font;
    font.setFamilies(PdfFile::fontFamilies());
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setBold(bold);
    // The painter's unit is 1/TextScale mm and the device turns points into its own dots.
    font.setPointSizeF(points * 25.4 * TextScale / painter.device()->logicalDpiY());
    return font;
}

void SheetPen::text(QPainter &painter, const QRectF &mm, int flags, const QString &text,
                    const QFont &font)
{
    painter.save();
    painter.scale(1.0 / TextScale, 1.0 / TextScale);
    painter.setFont(font);
    painter.drawText(toText(mm), flags, text);
    painter.restore();
}

void SheetPen::line(QPainter &painter, const QRectF &mm, int flags, const QString &text,
                    const QFont &font)
{
    const QFontMetricsF metrics(font, painter.device());
    SheetPen::text(painter, mm, flags,
                   metrics.elidedText(text, Qt::ElideRight, mm.width() * TextScale), font);
}

void SheetPen::fitted(QPainter &painter, const QRectF &mm, int flags, const QString &text,
                      double points, double minPoints)
{
    flags |= Qt::TextWordWrap;
    QFont chosen;
    for (double size = points; size >= minPoints - 0.01; size -= 0.5) {
        chosen = font(painter, size);
        const QRectF needed =
            QFontMetricsF(chosen, painter.device()).boundingRect(toText(mm), flags, text);
        if (needed.height() <= mm.height() * TextScale && needed.width() <= mm.width() * TextScale)
            break;
    }
    painter.save();
    painter.setClipRect(mm, Qt::IntersectClip);
    SheetPen::text(painter, mm, flags, text, chosen);
    painter.restore();
}

void SheetPen::code(QPainter &painter, const QRectF &box, const QString &payload,
                    double maxModuleMm)
{
    if (Outcome drawn = BarcodeImage::drawQr(painter, box, payload, maxModuleMm); !drawn)
        fitted(painter, box, Qt::AlignCenter, payload, 7, 5);
}

double SheetPen::width(const QPainter &painter, const QString &text, const QFont &font)
{
    return QFontMetricsF(font, painter.device()).horizontalAdvance(text) / TextScale;
}

QString SheetPen::quantity(double value)
{
    return quantityText(value);
}

} // namespace Taktline
