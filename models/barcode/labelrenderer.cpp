#include "barcode/labelrenderer.h"

#include "barcode/barcodeimage.h"
#include "barcode/gs1.h"
#include "barcode/gs1datamatrix.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QFileInfo>
#include <QFont>
#include <QFontMetrics>
#include <QPagedPaintDevice>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <exception>

namespace Taktline {

namespace {

constexpr qreal MarginMm = 1.5;
constexpr qreal GapMm = 1.0;
constexpr qreal MinTextMm = 2.0;
// Quiet zones in modules: ISO/IEC 18004 for QR, 15417 for Code128; DataMatrix needs one,
// two give hand scanners an easier time.
constexpr int QrQuietModules = 4;
constexpr int DataMatrixQuietModules = 2;
constexpr int Code128QuietModules = 10;
// Modules larger than this only waste label space.
constexpr qreal Max2dModuleMm = 1.0;
constexpr qreal MaxBarModuleMm = 0.5;
// Narrower modules than these are not read reliably by hand scanners (GS1 asks for at least
// 0.25 mm in 2D codes and 0.19 mm in Code128 outside logistics).
constexpr qreal Min2dModuleMm = 0.25;
constexpr qreal MinBarModuleMm = 0.19;
// U+00F1 is what ZXing's Code128 writer takes for FNC1.
constexpr char16_t ZxingFnc1 = 0x00f1;
// The longest content ZXing's Code128 writer takes.
constexpr int MaxCode128Length = 80;
const char *const FontFamily = "Noto Sans CJK SC";

QImage fromBitMatrix(const ZXing::BitMatrix &matrix)
{
    QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < matrix.width(); ++x)
            line[x] = matrix.get(x, y) ? 0 : 255;
    }
    return image;
}

QFont labelFont(int pixels, bool bold)
{
    QFont font{QString::fromLatin1(FontFamily)};
    font.setPixelSize(std::max(1, pixels));
    font.setBold(bold);
    return font;
}

int quietModules(LabelSymbology symbology)
{
    switch (symbology) {
    case LabelSymbology::Qr:
        return QrQuietModules;
    case LabelSymbology::DataMatrix:
        return DataMatrixQuietModules;
    case LabelSymbology::Code128:
        return Code128QuietModules;
    }
    return QrQuietModules;
}

} // namespace

QSizeF LabelRenderer::sizeMm(LabelSize size)
{
    switch (size) {
    case LabelSize::Mm50x30:
        return {50, 30};
    case LabelSize::Mm60x40:
        return {60, 40};
    case LabelSize::Mm100x50:
        return {100, 50};
    }
    return {50, 30};
}

QString LabelRenderer::sizeName(LabelSize size)
{
    const QSizeF mm = sizeMm(size);
    return QStringLiteral("%1x%2").arg(mm.width()).arg(mm.height());
}

Result<LabelSize> LabelRenderer::sizeFromName(const QString &name)
{
    for (const LabelSize size : {LabelSize::Mm50x30, LabelSize::Mm60x40, LabelSize::Mm100x50}) {
        if (name.trimmed().compare(sizeName(size), Qt::CaseInsensitive) == 0)
            return size;
    }
    return Outcome::failure(
        tr("Unknown label size '%1'. Choose 50x30, 60x40 or 100x50 (millimetres).").arg(name));
}

Result<LabelSymbology> LabelRenderer::symbologyFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("qr"))
        return LabelSymbology::Qr;
    if (key == QLatin1String("datamatrix"))
        return LabelSymbology::DataMatrix;
    if (key == QLatin1String("code128"))
        return LabelSymbology::Code128;
    return Outcome::failure(
        tr("Unknown barcode format '%1'. Choose qr, datamatrix or code128.").arg(name));
}

int LabelRenderer::dots(qreal mm, int dpi)
{
    return qRound(mm * dpi / 25.4);
}

Result<QImage> LabelRenderer::symbolModules(const Label &label)
{
    if (const Outcome ok = LabelContent::check(label); !ok)
        return ok;
    const QString text = LabelContent::symbolText(label);
    if (label.symbology == LabelSymbology::Qr)
        return BarcodeImage::encodeQr(text, 1, 0);
    if (label.symbology == LabelSymbology::DataMatrix && LabelContent::isGs1(label))
        return Gs1DataMatrix::encode(text);
    try {
        if (label.symbology == LabelSymbology::DataMatrix) {
            ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::DataMatrix);
            return fromBitMatrix(writer.setMargin(0).encode(text.toStdString(), 0, 0));
        }
        if (text.size() > MaxCode128Length)
            return Outcome::failure(tr("The code '%1' is too long for Code128 (%2 characters, at "
                                       "most %3); choose DataMatrix or QR.")
                                        .arg(label.code)
                                        .arg(text.size())
                                        .arg(MaxCode128Length));
        QString content = text;
        if (LabelContent::isGs1(label)) {
            content.replace(QChar(Gs1::GroupSeparator), QChar(ZxingFnc1));
            content.prepend(QChar(ZxingFnc1));
        }
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::Code128);
        return fromBitMatrix(writer.setMargin(0).encode(content.toStdWString(), 0, 0));
    } catch (const std::exception &error) {
        return Outcome::failure(tr("The code '%1' cannot be encoded: %2")
                                    .arg(label.code, QString::fromUtf8(error.what())));
    }
}

Result<LabelLayout> LabelRenderer::layout(const Label &label, int dpi)
{
    if (dpi < 100 || dpi > 1200)
        return Outcome::failure(
            tr("A label needs a resolution between 100 and 1200 dpi, not %1.").arg(dpi));
    Result<QImage> symbol = symbolModules(label);
    if (!symbol)
        return symbol.outcome();
    LabelLayout result;
    result.moduleImage = symbol.value();
    const bool linear = label.symbology == LabelSymbology::Code128;
    result.modules = QSize(result.moduleImage.width(), linear ? 1 : result.moduleImage.height());
    const QSizeF mm = sizeMm(label.size);
    result.page = QSize(dots(mm.width(), dpi), dots(mm.height(), dpi));
    const int width = result.page.width();
    const int height = result.page.height();
    const int margin = dots(MarginMm, dpi);
    const int quiet = quietModules(label.symbology);
    result.titlePixels = qRound(height * 0.13);
    result.linePixels = qRound(height * 0.10);
    const int titleHeight = qRound(result.titlePixels * 1.35);
    const QString tooBig = tr("The code '%1' does not fit on a %2 mm label; choose a larger "
                              "size or a 2D format.")
                               .arg(label.code, sizeName(label.size));

    int textLeft = margin;
    int textBottom = height - margin;
    if (linear) {
        const int available = width - 2 * margin;
        result.moduleDots = std::min(available / (result.modules.width() + 2 * quiet),
                                     std::max(1, dots(MaxBarModuleMm, dpi)));
        if (result.moduleDots < std::max(1, dots(MinBarModuleMm, dpi)))
            return Outcome::failure(tooBig);
        const int barWidth = result.modules.width() * result.moduleDots;
        result.humanReadablePixels = qRound(height * 0.075);
        const int hrHeight = qRound(result.humanReadablePixels * 1.3);
        const int barHeight = qRound(height * 0.3);
        const int barTop = height - margin - hrHeight - barHeight;
        result.symbol = QRect((width - barWidth) / 2, barTop, barWidth, barHeight);
        result.humanReadable = QRect(margin, barTop + barHeight, width - 2 * margin, hrHeight);
        textBottom = barTop - dots(GapMm, dpi) / 2;
    } else {
        // An identifier is printed in full across the label's width, under the symbol.
        int boxHeight = height - 2 * margin;
        if (LabelContent::carriesIdentifier(label)) {
            result.humanReadablePixels = std::max(qRound(height * 0.09), dots(MinTextMm, dpi));
            const int hrHeight = qRound(result.humanReadablePixels * 1.3);
            boxHeight -= hrHeight;
            result.humanReadable =
                QRect(margin, height - margin - hrHeight, width - 2 * margin, hrHeight);
            textBottom = result.humanReadable.top();
        }
        const int boxWidth = int(width * 0.55) - margin;
        result.moduleDots = std::min({boxWidth / (result.modules.width() + 2 * quiet),
                                      boxHeight / (result.modules.height() + 2 * quiet),
                                      std::max(1, dots(Max2dModuleMm, dpi))});
        if (result.moduleDots < std::max(1, dots(Min2dModuleMm, dpi)))
            return Outcome::failure(tooBig);
        const QSize symbolSize = result.modules * result.moduleDots;
        // The label's white edge counts towards the quiet zone on the left.
        result.symbol = QRect(QPoint(std::max(margin, quiet * result.moduleDots),
                                     margin + (boxHeight - symbolSize.height()) / 2),
                              symbolSize);
        textLeft = result.symbol.right() + 1 + quiet * result.moduleDots;
    }
    // The code as text is what a person types when the symbol is damaged: it gets smaller (to
    // a legible minimum) rather than cut off.
    while (
        !result.humanReadable.isEmpty() && result.humanReadablePixels > dots(MinTextMm, dpi) &&
        QFontMetrics(labelFont(result.humanReadablePixels, false)).horizontalAdvance(label.code) >
            result.humanReadable.width())
        --result.humanReadablePixels;
    const int textWidth = width - margin - textLeft;
    result.title = QRect(textLeft, margin, textWidth, titleHeight);
    int top = result.title.bottom() + 1;
    // Lines shrink (to a legible minimum) before any is left off.
    if (!label.lines.isEmpty()) {
        const int fitting = (textBottom - top) / int(label.lines.size());
        result.linePixels = std::clamp(int(fitting / 1.3), dots(MinTextMm, dpi), result.linePixels);
    }
    const int lineHeight = qRound(result.linePixels * 1.3);
    for (int i = 0; i < label.lines.size() && top + lineHeight <= textBottom; ++i) {
        result.lines << QRect(textLeft, top, textWidth, lineHeight);
        top += lineHeight;
    }
    return result;
}

Outcome LabelRenderer::paint(QPainter &painter, const Label &label, int dpi)
{
    const Result<LabelLayout> laid = layout(label, dpi);
    if (!laid)
        return laid.outcome();
    const LabelLayout &l = laid.value();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRect(QPoint(0, 0), l.page), Qt::white);
    // Whole-dot rectangles per run of dark modules: no fractional module reaches the printer.
    const bool linear = label.symbology == LabelSymbology::Code128;
    const int m = l.moduleDots;
    for (int y = 0; y < l.modules.height(); ++y) {
        const uchar *row = l.moduleImage.constScanLine(y);
        for (int x = 0; x < l.modules.width();) {
            if (row[x] != 0) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < l.modules.width() && row[x] == 0)
                ++x;
            painter.fillRect(QRect(l.symbol.left() + start * m, l.symbol.top() + y * m,
                                   (x - start) * m, linear ? l.symbol.height() : m),
                             Qt::black);
        }
    }
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setPen(Qt::black);
    const auto drawText = [&painter](const QRect &rect, const QString &text, const QFont &font,
                                     Qt::Alignment alignment) {
        painter.setFont(font);
        const QString shown = QFontMetrics(font).elidedText(text, Qt::ElideRight, rect.width());
        painter.drawText(rect, int(alignment | Qt::AlignVCenter), shown);
    };
    // A long title (an English one, say) gets smaller before it is cut off.
    QFont titleFont = labelFont(l.titlePixels, true);
    while (titleFont.pixelSize() > l.linePixels &&
           QFontMetrics(titleFont).horizontalAdvance(label.title) > l.title.width())
        titleFont.setPixelSize(titleFont.pixelSize() - 1);
    drawText(l.title, label.title, titleFont, Qt::AlignLeft);
    for (int i = 0; i < l.lines.size(); ++i)
        drawText(l.lines.at(i), label.lines.at(i), labelFont(l.linePixels, false), Qt::AlignLeft);
    if (!l.humanReadable.isEmpty())
        drawText(l.humanReadable, label.code, labelFont(l.humanReadablePixels, false),
                 Qt::AlignHCenter);
    painter.restore();
    return Outcome::success();
}

Result<QImage> LabelRenderer::renderImage(const Label &label, int dpi)
{
    const Result<LabelLayout> laid = layout(label, dpi);
    if (!laid)
        return laid.outcome();
    QImage image(laid.value().page, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    if (const Outcome painted = paint(painter, label, dpi); !painted)
        return painted;
    painter.end();
    return image;
}

Outcome LabelRenderer::print(QPagedPaintDevice &device, const QList<Label> &labels)
{
    if (labels.isEmpty())
        return Outcome::failure(tr("There are no labels to print."));
    // Lay every label out first so that a bad one leaves no half-written document.
    const int dpi = device.logicalDpiX();
    for (const Label &label : labels) {
        if (const Result<LabelLayout> laid = layout(label, dpi); !laid)
            return laid.outcome();
    }
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
    device.setPageSize(QPageSize(sizeMm(labels.first().size), QPageSize::Millimeter, QString(),
                                 QPageSize::ExactMatch));
    QPainter painter;
    if (!painter.begin(&device))
        return Outcome::failure(tr("The labels cannot be drawn on this device."));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i > 0) {
            device.setPageSize(QPageSize(sizeMm(labels.at(i).size), QPageSize::Millimeter,
                                         QString(), QPageSize::ExactMatch));
            device.newPage();
        }
        if (const Outcome painted = paint(painter, labels.at(i), dpi); !painted)
            return painted;
    }
    painter.end();
    return Outcome::success();
}

Outcome LabelRenderer::writePdf(const QString &path, const QList<Label> &labels, int dpi)
{
    QPdfWriter writer(path);
    writer.setResolution(dpi);
    writer.setCreator(QStringLiteral("Taktline"));
    if (const Outcome printed = print(writer, labels); !printed)
        return printed;
    if (QFileInfo(path).size() <= 0)
        return Outcome::failure(tr("The PDF could not be written to %1.").arg(path));
    return Outcome::success();
}

} // namespace Taktline
