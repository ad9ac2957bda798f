#include "io/travellerdocument.h"

#include "io/pdffile.h"
#include "io/sheetpen.h"

#include <QLocale>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace Taktline {

namespace {

// The sheet in millimetres. rowsPerPage() rows of 18.5 mm fit under the header with room for a
// printer's unprintable border; a row is as tall as an operation's QR code with its quiet zone.
constexpr double Left = 10.0;
constexpr double Width = 190.0;
constexpr double Top = 9.0;
constexpr double HeaderHeight = 29.0;
constexpr double FieldsTop = 23.5;
constexpr double TableTop = 39.5;
constexpr double TableHeaderHeight = 6.5;
constexpr double RowHeight = 18.5;
constexpr double QrInset = 0.15;      // keeps the cell's border out of the quiet zone
constexpr double MaxWoModuleMm = 1.0; // about 21 mm for a short number, no larger
constexpr double MaxOpModuleMm = 0.6;
constexpr double ThinLine = 0.15;
constexpr double BoldLine = 0.3;
constexpr double Padding = 1.2;

enum Column { Seq, Name, Machine, StdTime, Planned, Good, Defective, Operator, Date, Qr, Columns };
constexpr double ColumnWidths[Columns] = {9, 35.5, 30, 15, 23, 15, 15, 17, 12, 18.5};

double columnLeft(int column)
{
    double x = Left;
    for (int c = 0; c < column; ++c)
        x += ColumnWidths[c];
    return x;
}

QRectF rowRect(int row)
{
    return {Left, TableTop + TableHeaderHeight + row * RowHeight, Width, RowHeight};
}

QRectF cellRect(const QRectF &row, int column)
{
    return {columnLeft(column), row.top(), ColumnWidths[column], row.height()};
}

QRectF workOrderQrBox()
{
    return {Left + Width - HeaderHeight, Top, HeaderHeight, HeaderHeight};
}

QRectF operationQrBox(int row)
{
    return cellRect(rowRect(row), Qr).adjusted(QrInset, QrInset, -QrInset, -QrInset);
}

} // namespace

TravellerDocument::TravellerDocument(WorkOrder order, QList<WorkOrderOperation> operations,
                                     QString partNo, QString productName,
                                     QHash<QString, QString> machineLabels)
    : m_order(std::move(order))
    , m_operations(std::move(operations))
    , m_partNo(std::move(partNo))
    , m_productName(std::move(productName))
    , m_machineLabels(std::move(machineLabels))
    , m_printedAt(QDateTime::currentDateTime())
{
    std::stable_sort(
        m_operations.begin(), m_operations.end(),
        [](const WorkOrderOperation &a, const WorkOrderOperation &b) { return a.seq < b.seq; });
}

QString TravellerDocument::workOrderPayload(const QString &number)
{
    return QStringLiteral("WO:") + number.trimmed();
}

QString TravellerDocument::operationPayload(const QString &number, int seq)
{
    return QStringLiteral("OP:") + number.trimmed() + QLatin1Char('/') + QString::number(seq);
}

Outcome TravellerDocument::check() const
{
    if (m_order.number.trimmed().isEmpty())
        return Outcome::failure(
            tr("The work order has no number yet. Save it, then print its traveller."));
    if (m_operations.isEmpty())
        return Outcome::failure(tr("Work order %1 has no operations yet. Release it to copy the "
                                   "product's routing, then print its traveller.")
                                    .arg(m_order.number));
    return Outcome::success();
}

int TravellerDocument::pageCount() const
{
    return check() ? int((m_operations.size() + rowsPerPage() - 1) / rowsPerPage()) : 0;
}

int TravellerDocument::rowCount(int page) const
{
    if (page < 0 || page >= pageCount())
        return 0;
    return std::min(rowsPerPage(), int(m_operations.size()) - firstRow(page));
}

QList<QPair<QString, QRectF>> TravellerDocument::qrPlacements(int page) const
{
    QList<QPair<QString, QRectF>> placements;
    if (page < 0 || page >= pageCount())
        return placements;
    placements.append({workOrderPayload(m_order.number), workOrderQrBox()});
    for (int row = 0; row < rowCount(page); ++row) {
        const int seq = m_operations.at(firstRow(page) + row).seq;
        placements.append({operationPayload(m_order.number, seq), operationQrBox(row)});
    }
    return placements;
}

void TravellerDocument::render(QPainter &painter, const QRectF &sheet, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    painter.save();
    painter.translate(sheet.topLeft());
    painter.scale(sheet.width() / pageSizeMm().width(), sheet.height() / pageSizeMm().height());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), pageSizeMm()), Qt::white);
    painter.setPen(Qt::black);
    drawHeader(painter, page);
    for (int row = 0; row < rowCount(page); ++row)
        drawOperation(painter, m_operations.at(firstRow(page) + row), row);
    const QRectF table(Left, TableTop, Width, TableHeaderHeight + rowCount(page) * RowHeight);
    painter.setPen(QPen(Qt::black, BoldLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(table);
    painter.restore();
}

void TravellerDocument::drawHeader(QPainter &painter, int page) const
{
    const double textWidth = Width - HeaderHeight - 4;
    SheetPen::line(painter, QRectF(Left, Top, textWidth * 0.55, 6), Qt::AlignLeft | Qt::AlignVCenter,
             m_factoryName, SheetPen::font(painter, 9, true));
    const QString stamp =
        tr("Printed %1").arg(m_printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))) +
        QStringLiteral("    ") + tr("Page %1 / %2").arg(page + 1).arg(pageCount());
    SheetPen::line(painter, QRectF(Left + textWidth * 0.55, Top, textWidth * 0.45, 6),
             Qt::AlignRight | Qt::AlignVCenter, stamp, SheetPen::font(painter, 8));

    const QFont titleFont = SheetPen::font(painter, 15, true);
    const QString title = tr("Traveller");
    const double titleWidth = SheetPen::width(painter, title, titleFont);
    SheetPen::text(painter, QRectF(Left, Top + 6, titleWidth + 1, 8), Qt::AlignLeft | Qt::AlignVCenter,
             title, titleFont);
    SheetPen::line(painter, QRectF(Left + titleWidth + 6, Top + 6, textWidth - titleWidth - 6, 8),
             Qt::AlignLeft | Qt::AlignVCenter, m_order.number, titleFont);

    // Three rows of label / value pairs in a ruled grid.
    const double widths[] = {20, 76, 20, textWidth - 116};
    const double fieldHeight = (Top + HeaderHeight - FieldsTop) / 3;
    const QString product = QString(m_partNo + QStringLiteral("  ") + m_productName).trimmed();
    const QString fields[3][4] = {
        {tr("Product"), product, tr("Planned qty"), SheetPen::quantity(m_order.quantity)},
        {tr("Customer"), m_order.customer, tr("Due date"), m_order.dueDate.toString(Qt::ISODate)},
        {tr("Lot No."), m_order.lotNo, tr("Priority"), priorityDisplayName(m_order.priority)}};
    const bool urgent = m_order.priority == WorkOrderPriority::Urgent;
    painter.setPen(QPen(Qt::black, ThinLine));
    for (int r = 0; r < 3; ++r) {
        double x = Left;
        for (int c = 0; c < 4; ++c) {
            const QRectF cell(x, FieldsTop + r * fieldHeight, widths[c], fieldHeight);
            const bool label = c % 2 == 0;
            const bool bold = !label && ((r == 0 && c == 1) || (r == 2 && c == 3 && urgent));
            if (label)
                painter.fillRect(cell, QColor(0xee, 0xee, 0xee));
            painter.drawRect(cell);
            SheetPen::line(painter, cell.adjusted(Padding, 0, -Padding, 0),
                     Qt::AlignLeft | Qt::AlignVCenter, fields[r][c],
                     SheetPen::font(painter, label ? 7.5 : 9, bold));
            x += widths[c];
        }
    }
    SheetPen::code(painter, workOrderQrBox(), workOrderPayload(m_order.number), MaxWoModuleMm);

    QStringList headers;
    headers << tr("Step") << tr("Operation") << tr("Machine") << tr("Std. time (s/pc)")
            << tr("Planned start / end") << tr("Good qty") << tr("Defective qty") << tr("Operator")
            << tr("Date") << tr("Scan");
    const QRectF headerRow(Left, TableTop, Width, TableHeaderHeight);
    painter.fillRect(headerRow, QColor(0xe4, 0xe4, 0xe4));
    for (int c = 0; c < Columns; ++c) {
        const QRectF cell = cellRect(headerRow, c);
        painter.drawRect(cell);
        SheetPen::fitted(painter, cell.adjusted(0.5, 0.2, -0.5, -0.2), Qt::AlignCenter, headers.at(c), 7,
                   5);
    }
}

void TravellerDocument::drawOperation(QPainter &painter, const WorkOrderOperation &op,
                                      int row) const
{
    const QRectF line = rowRect(row);
    painter.setPen(QPen(Qt::black, ThinLine));
    for (int c = 0; c < Columns; ++c)
        painter.drawRect(cellRect(line, c));
    auto inner = [&line](int column) {
        return cellRect(line, column).adjusted(Padding, Padding, -Padding, -Padding);
    };
    SheetPen::text(painter, inner(Seq), Qt::AlignCenter, QString::number(op.seq),
             SheetPen::font(painter, 10, true));
    SheetPen::fitted(painter, inner(Name), Qt::AlignLeft | Qt::AlignVCenter, op.name, 9, 6.5);
    SheetPen::fitted(painter, inner(Machine), Qt::AlignLeft | Qt::AlignVCenter,
               m_machineLabels.value(op.machineId), 8.5, 6);
    SheetPen::line(painter, inner(StdTime), Qt::AlignRight | Qt::AlignVCenter,
             QLocale().toString(op.standardSeconds, 'g', 6), SheetPen::font(painter, 9));
    QString planned = QStringLiteral("—");
    if (op.plannedStartMs > 0 && op.plannedEndMs > 0) {
        const QString format = QStringLiteral("MM-dd HH:mm");
        planned = QDateTime::fromMSecsSinceEpoch(op.plannedStartMs).toString(format) +
                  QLatin1Char('\n') +
                  QDateTime::fromMSecsSinceEpoch(op.plannedEndMs).toString(format);
    }
    SheetPen::fitted(painter, inner(Planned), Qt::AlignCenter, planned, 8.5, 6);
    SheetPen::code(painter, operationQrBox(row), operationPayload(m_order.number, op.seq), MaxOpModuleMm);
}

Outcome TravellerDocument::paint(QPagedPaintDevice &device, int fromPage, int toPage) const
{
    if (Outcome ready = check(); !ready)
        return ready;
    const int last = toPage < 0 ? pageCount() - 1 : std::min(toPage, pageCount() - 1);
    const int first = std::max(fromPage, 0);
    if (first > last)
        return Outcome::failure(
            tr("The traveller of %1 has %n page(s).", nullptr, pageCount()).arg(m_order.number));
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    // A printer keeps its unprintable border; the sheet's own margins are wider than that.
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const QPageLayout layout = device.pageLayout(); // the sheet goes on the paper, not the margins
    const int dpi = device.logicalDpiX();
    const QRectF sheet =
        layout.fullRectPixels(dpi).translated(-layout.paintRectPixels(dpi).topLeft());

    QPainter painter;
    if (!painter.begin(&device))
        return Outcome::failure(
            tr("Could not start drawing the traveller of %1.").arg(m_order.number));
    for (int page = first; page <= last; ++page) {
        if (page > first && !device.newPage()) {
            painter.end();
            return Outcome::failure(tr("Could not start page %1 of the traveller.").arg(page + 1));
        }
        render(painter, sheet, page);
    }
    if (!painter.end())
        return Outcome::failure(tr("Could not finish the traveller of %1.").arg(m_order.number));
    return Outcome::success();
}

Outcome TravellerDocument::writePdf(const QString &path) const
{
    if (Outcome ready = check(); !ready)
        return ready;
    return PdfFile::write(path, tr("Traveller %1").arg(m_order.number),
                          [this](QPdfWriter &writer) { return paint(writer); });
}

QImage TravellerDocument::renderPage(int page, int dpi) const
{
    if (page < 0 || page >= pageCount() || dpi < 10 || dpi > 1200)
        return {};
    const QSize pixels = (pageSizeMm() / 25.4 * dpi).toSize();
    QImage image(pixels, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        render(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), page);
    }
    return image;
}

} // namespace Taktline
