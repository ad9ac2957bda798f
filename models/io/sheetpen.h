#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace Taktline {

// Writes on a printed sheet whose painter works in millimetres (the traveller, the subcontract
// delivery note): text at point sizes that come out right on any device, one line cut with "…",
// wrapped text shrunk to fit, and QR codes with their payload as text where one cannot be drawn.
class SheetPen final
{
public:
    static QFont font(const QPainter &painter, double points, bool bold = false);
    static void text(QPainter &painter, const QRectF &mm, int flags, const QString &text,
                     const QFont &font);
    // One line, cut with "…" where it does not fit MM.
    static void line(QPainter &painter, const QRectF &mm, int flags, const QString &text,
                     const QFont &font);
    // Wrapped text at the largest size from POINTS down to MIN_POINTS that fits MM; clipped to
    // MM when even the smallest does not.
    static void fitted(QPainter &painter, const QRectF &mm, int flags, const QString &text,
                       double points, double minPoints);
    // The QR code in BOX, or its payload as text to type in where it cannot be encoded.
    static void code(QPainter &painter, const QRectF &box, const QString &payload,
                     double maxModuleMm);
    // The width of TEXT in FONT, in millimetres.
    static double width(const QPainter &painter, const QString &text, const QFont &font);
    // 12 or 2.5 as people write quantities, in the current locale.
    static QString quantity(double value);
};

} // namespace Taktline
