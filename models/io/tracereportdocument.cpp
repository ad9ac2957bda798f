#include "io/tracereportdocument.h"

#include "io/pdffile.h"
#include "item/palette.h"
#include "item/trace/tracetext.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace Taktline {

namespace {

// The sheet in millimetres: A4 portrait with margins wider than a printer's unprintable border.
constexpr double PageWidth = 210.0;
constexpr double PageHeight = 297.0;
constexpr double Left = 15.0;
constexpr double Width = 180.0;
constexpr double Top = 14.0;
constexpr double TableTop = 44.0;
constexpr double HeadingHeight = 7.0;
constexpr double LineHeight = 6.2; // a row of one line
constexpr double SecondLine = 3.8; // what a title's second line adds
constexpr double TableBottom = 280.0;
constexpr double FooterTop = 282.0;
constexpr double IndentPerLevel = 4.0;
constexpr int MaxIndentLevels = 6;
constexpr double Padding = 1.0;
constexpr double DotSpace = 3.2; // the kind's dot before a title
constexpr double RowPoints = 8.5;
// Text is drawn in tenths of a millimetre, so the font engine works at a sensible pixel size
// whatever the device's resolution. At 254 dpi a device dot is exactly that unit, which is
// where titles are measured to cut them into lines.
constexpr double TextScale = 10.0;
constexpr int MeasureDpi = 254;

enum Column { Time, Item, Who, Machine, Figure, Columns };
constexpr double ColumnWidths[Columns] = {26, 86, 20, 18, 30};

double columnLeft(int column)
{
    double x = Left;
    for (int c = 0; c < column; ++c)
        x += ColumnWidths[c];
    return x;
}

QFont textFont(int dpi, double points, bool bold = false)
{
    QFont font;
    font.setFamilies(PdfFile::fontFamilies());
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setBold(bold);
    // The painter's unit is 1/TextScale mm and the device turns points into its own dots.
    font.setPointSizeF(points * 25.4 * TextScale / dpi);
    return font;
}

QFont textFont(const QPainter &painter, double points, bool bold = false)
{
    return textFont(painter.device()->logicalDpiY(), points, bold);
}

// One line of TEXT in RECT (millimetres), cut with "…" where it does not fit.
void drawLine(QPainter &painter, const QRectF &rect, int flags, const QString &text,
              const QFont &font)
{
    const QRectF scaled = QTransform::fromScale(TextScale, TextScale).mapRect(rect);
    const QFontMetricsF metrics(font, painter.device());
    painter.save();
    painter.scale(1.0 / TextScale, 1.0 / TextScale);
    painter.setFont(font);
    painter.drawText(scaled, flags | Qt::TextSingleLine,
                     metrics.elidedText(text, Qt::ElideRight, scaled.width()));
    painter.restore();
}

// TEXT in at most two lines of WIDTH millimetres: the first as much as fits (broken at a space
// when there is one late enough), the rest on the second, cut with "…" there if need be.
QStringList splitInTwo(const QString &text, const QFontMetricsF &metrics, double width)
{
    const double units = width * TextScale;
    if (metrics.horizontalAdvance(text) <= units)
        return {text};
    qsizetype fits = 0; // the longest prefix that fits, found by halving
    qsizetype tooLong = text.size();
    while (tooLong - fits > 1) {
        const qsizetype middle = (fits + tooLong) / 2;
        (metrics.horizontalAdvance(text.left(middle)) <= units ? fits : tooLong) = middle;
    }
    qsizetype cut = fits;
    const qsizetype space = text.left(fits + 1).lastIndexOf(QLatin1Char(' '));
    if (space > fits / 2)
        cut = space;
    return {text.left(cut).trimmed(), text.mid(cut).trimmed()};
}

double rowHeight(int lines)
{
    return LineHeight + (lines > 1 ? SecondLine : 0.0);
}

} // namespace

TraceReportDocument::TraceReportDocument(TraceNode root, TraceDirection direction,
                                         QString factoryName)
    : m_root(std::move(root))
    , m_direction(direction)
    , m_factoryName(std::move(factoryName))
    , m_printedAt(QDateTime::currentDateTime())
{
    paginate();
}

void TraceReportDocument::paginate()
{
    QImage measure(1, 1, QImage::Format_RGB32);
    measure.setDotsPerMeterX(qRound(MeasureDpi / 0.0254));
    measure.setDotsPerMeterY(qRound(MeasureDpi / 0.0254));
    m_pages = {QList<Row>()};
    double used = 0;
    for (const auto &[node, depth] : TraceText::rows(m_root)) {
        const QFontMetricsF metrics(
            textFont(MeasureDpi, RowPoints, depth == 0 || TraceText::isProblem(*node)), &measure);
        const double indent = std::min(depth, MaxIndentLevels) * IndentPerLevel;
        const double width = ColumnWidths[Item] - 2 * Padding - indent - DotSpace;
        const Row row{node, depth, splitInTwo(node->title, metrics, width)};
        const double height = rowHeight(int(row.titleLines.size()));
        if (used + height > TableBottom - TableTop - HeadingHeight && !m_pages.last().isEmpty()) {
            m_pages.append(QList<Row>());
            used = 0;
        }
        m_pages.last().append(row);
        used += height;
    }
}

void TraceReportDocument::render(QPainter &painter, const QRectF &sheet, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    painter.save();
    painter.translate(sheet.topLeft());
    painter.scale(sheet.width() / PageWidth, sheet.height() / PageHeight);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(0, 0, PageWidth, PageHeight), Qt::white);
    drawHeader(painter, page);
    double top = TableTop + HeadingHeight;
    bool shaded = false;
    for (const Row &row : m_pages.at(page)) {
        const double height = rowHeight(int(row.titleLines.size()));
        if (shaded)
            painter.fillRect(QRectF(Left, top, Width, height), Palette::Window);
        shaded = !shaded;
        drawRow(painter, row, top);
        top += height;
    }
    painter.restore();
}

void TraceReportDocument::drawHeader(QPainter &painter, int page) const
{
    const int left = Qt::AlignLeft | Qt::AlignVCenter;
    const int right = Qt::AlignRight | Qt::AlignVCenter;
    painter.setPen(Qt::black);
    drawLine(painter, QRectF(Left, Top, Width * 0.6, 8), left, tr("Trace report"),
             textFont(painter, 16, true));
    drawLine(painter, QRectF(Left + Width * 0.6, Top, Width * 0.4, 8), right, m_factoryName,
             textFont(painter, 10, true));
    drawLine(painter, QRectF(Left, Top + 9, Width * 0.62, 7), left,
             m_root.code + QStringLiteral("  ·  ") + TraceText::directionName(m_direction),
             textFont(painter, 12, true));
    painter.setPen(Palette::Muted);
    drawLine(painter, QRectF(Left + Width * 0.62, Top + 9, Width * 0.38, 7), right,
             tr("Printed %1").arg(m_printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
             textFont(painter, 9));
    painter.setPen(Qt::black);
    drawLine(painter, QRectF(Left, Top + 17, Width, 6), left,
             TraceText::summary(m_root, m_direction), textFont(painter, 9));

    // Column headings.
    const QRectF heading(Left, TableTop, Width, HeadingHeight);
    painter.fillRect(heading, Palette::HeaderFill);
    const QStringList titles{tr("When"), tr("What"), tr("Who"), tr("Machine"),
                             tr("Quantity / result")};
    for (int c = 0; c < Columns; ++c) {
        drawLine(
            painter,
            QRectF(columnLeft(c) + Padding, TableTop, ColumnWidths[c] - 2 * Padding, HeadingHeight),
            left, titles.at(c), textFont(painter, 8.5, true));
    }
    painter.setPen(QPen(Qt::black, 0.3));
    painter.drawLine(QPointF(Left, TableTop + HeadingHeight),
                     QPointF(Left + Width, TableTop + HeadingHeight));

    // The foot of the page.
    painter.setPen(QPen(Palette::Muted, 0.2));
    painter.drawLine(QPointF(Left, FooterTop), QPointF(Left + Width, FooterTop));
    drawLine(painter, QRectF(Left, FooterTop + 1, Width * 0.7, 5), left,
             tr("Taktline traceability · %1").arg(m_root.code), textFont(painter, 8));
    drawLine(painter, QRectF(Left + Width * 0.7, FooterTop + 1, Width * 0.3, 5), right,
             tr("Page %1 / %2").arg(page + 1).arg(pageCount()), textFont(painter, 8));
}

void TraceReportDocument::drawRow(QPainter &painter, const Row &row, double top) const
{
    const TraceNode &node = *row.node;
    const int left = Qt::AlignLeft | Qt::AlignVCenter;
    const bool problem = TraceText::isProblem(node);
    painter.setPen(problem ? Palette::Red : QColor(Qt::black));
    const QFont plain = textFont(painter, RowPoints, problem);
    // Every cell lines up with the title's first line.
    auto cell = [&](int column, double indent = 0) {
        return QRectF(columnLeft(column) + Padding + indent, top,
                      ColumnWidths[column] - 2 * Padding - indent, LineHeight);
    };
    drawLine(painter, cell(Time), left, TraceText::timeText(node.atMs), textFont(painter, 8));

    // The item: indented by its depth, a dot in its kind's colour, then the title.
    const double indent = std::min(row.depth, MaxIndentLevels) * IndentPerLevel;
    const QRectF item = cell(Item, indent);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(TraceText::kindColor(TraceText::kindKey(node)));
    painter.drawEllipse(QPointF(item.left() + 1.1, top + LineHeight / 2), 1.1, 1.1);
    painter.restore();
    const QFont titleFont = textFont(painter, RowPoints, problem || row.depth == 0);
    for (qsizetype line = 0; line < row.titleLines.size(); ++line) {
        drawLine(painter, item.adjusted(DotSpace, line * SecondLine, 0, line * SecondLine), left,
                 row.titleLines.at(line), titleFont);
    }
    drawLine(painter, cell(Who), left, TraceText::who(node), plain);
    drawLine(painter, cell(Machine), left, TraceText::machine(node), plain);
    QStringList figure;
    for (const QString &part : {TraceText::quantityText(node), TraceText::result(node)}) {
        if (!part.isEmpty())
            figure << part;
    }
    drawLine(painter, cell(Figure), left, figure.join(QStringLiteral(" · ")), plain);
    const double bottom = top + rowHeight(int(row.titleLines.size()));
    painter.setPen(QPen(Palette::Border, 0.15));
    painter.drawLine(QPointF(Left, bottom), QPointF(Left + Width, bottom));
}

Outcome TraceReportDocument::paint(QPagedPaintDevice &device) const
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    // A printer keeps its unprintable border; the sheet's own margins are wider than that.
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const QPageLayout layout = device.pageLayout();
    const int dpi = device.logicalDpiX();
    const QRectF sheet =
        layout.fullRectPixels(dpi).translated(-layout.paintRectPixels(dpi).topLeft());
    QPainter painter;
    if (!painter.begin(&device))
        return Outcome::failure(
            tr("Could not start drawing the trace report of %1.").arg(m_root.code));
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Outcome::failure(
                tr("Could not start page %1 of the trace report.").arg(page + 1));
        }
        render(painter, sheet, page);
    }
    if (!painter.end())
        return Outcome::failure(tr("Could not finish the trace report of %1.").arg(m_root.code));
    return Outcome::success();
}

Outcome TraceReportDocument::writePdf(const QString &path) const
{
    return PdfFile::write(path, tr("Trace report %1").arg(m_root.code),
                          [this](QPdfWriter &writer) { return paint(writer); });
}

} // namespace Taktline
