#pragma once

#include "barcodecodec.h"
#include "outcome.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRect>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPainter;
class QPagedPaintDevice;

namespace Taktline {

enum class LabelSymbology { Qr, DataMatrix, Code128 };
enum class LabelSize { Mm50x30, Mm60x40, Mm100x50 };

// One label: what the operator reads (title and up to three lines) and the code scanners read.
struct Label
{
    ScanKind kind = ScanKind::Lot;
    QString title;
    QStringList lines;
    // The payload as BarcodeCodec::parse reads it; GS1 in the "(01)…(10)…" form.
    QString code;
    LabelSymbology symbology = LabelSymbology::Qr;
    LabelSize size = LabelSize::Mm50x30;
};

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
    static constexpr int MaxLines = 3;

    // A label for CODE with the kind's title and the value as its line; CODE must parse.
    // With IDENTIFIER_PREFIX (an enterprise prefix such as 88.118.8), a lot or serial label
    // carries the industrial-internet identifier PREFIX/LOT:… or PREFIX/SN:… in its symbol and
    // prints it in full under the symbol; GS1 codes keep their GS1 element string, which an
    // identifier cannot be part of. A CODE that already is such an identifier keeps it.
    static Result<Label> labelFor(const QString &code, LabelSymbology symbology, LabelSize size,
                                  const QString &identifierPrefix = {});

    static QSizeF sizeMm(LabelSize size);
    static QString sizeName(LabelSize size); // "50x30"
    static Result<LabelSize> sizeFromName(const QString &name);
    static Result<LabelSymbology> symbologyFromName(const QString &name);
    // Whether LABEL's code is a GS1 element string, carried with FNC1 in Code128/DataMatrix.
    static bool isGs1(const Label &label) { return label.kind == ScanKind::Gs1; }
    // Whether LABEL's code is an industrial-internet identifier, printed in full as text.
    static bool carriesIdentifier(const Label &label);
    // The text a decoder gives back: the code, or for GS1 the raw element string with GS.
    static QString symbolText(const Label &label);
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

private:
    static Outcome check(const Label &label);
};

} // namespace Taktline
