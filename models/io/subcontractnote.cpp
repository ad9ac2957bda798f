#include "io/subcontractnote.h"

#include "barcode/barcodecodec.h"
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

// The sheet in millimetres: a header, two rows of fields, rowsPerPage() lines as tall as a
// line's QR code with its quiet zone, and the signatures of who sent and who took the batch.
constexpr double Left = 10.0;
constexpr double Width = 190.0;
constexpr double Top = 8.0;
constexpr double FieldsTop = 24.0;
constexpr double FieldHeight = 6.0;
constexpr double TableTop = 39.0;
constexpr double TableHeaderHeight = 6.5;
constexpr double RowHeight = 18.5;
constexpr double QrInset = 0.15;
constexpr double MaxModuleMm = 0.6;
constexpr double ThinLine = 0.15;
constexpr double BoldLine = 0.3;
constexpr double Padding = 1.2;

enum Column { Number, Order, Product, Step, Quantity, Due, Price, Qr, Columns };
constexpr double ColumnWidths[Columns] = {34, 32, 36, 18, 14, 19, 18.5, 18.5};

QRectF cellRect(int row, int column)
{
    double x = Left;
    for (int c = 0; c < column; ++c)
        x += ColumnWidths[c];
    return {x, TableTop + TableHeaderHeight + row * RowHeight, ColumnWidths[column], RowHeight};
}

QRectF qrBox(int row)
{
    return cellRect(row, Qr).adjusted(QrInset, QrInset, -QrInset, -QrInset);
}

QString money(double value)
{
    return QLocale().toString(value, 'f', 2);
}

} // namespace

SubcontractNote::SubcontractNote(QList<SubcontractOrder> orders)
    : m_orders(std::move(orders))
    , m_printedAt(QDateTime::currentDateTime())
{
}

QString SubcontractNote::number() const
{
    return m_orders.isEmpty() ? QString() : m_orders.first().number;
}

QString SubcontractNote::linePayload(const SubcontractOrder &order)
{
    return BarcodeCodec::encodeOperation(order.workOrderNumber, order.seq);
}

Outcome SubcontractNote::check() const
{
    if (m_orders.isEmpty())
        return Outcome::failure(tr("Choose the subcontract orders to print on the delivery note."));
    for (const SubcontractOrder &order : m_orders) {
        if (order.supplierId != m_orders.first().supplierId)
            return Outcome::failure(
                tr("One delivery note goes to one supplier: %1 and %2 are sent to different "
                   "suppliers.")
                    .arg(m_orders.first().number, order.number));
    }
    return Outcome::success();
}

int SubcontractNote::pageCount() const
{
    return check() ? int((m_orders.size() + rowsPerPage() - 1) / rowsPerPage()) : 0;
}

int SubcontractNote::rowCount(int page) const
{
    if (page < 0 || page >= pageCount())
        return 0;
    return std::min(rowsPerPage(), int(m_orders.size()) - page * rowsPerPage());
}

QList<QPair<QString, QRectF>> SubcontractNote::qrPlacements(int page) const
{
    QList<QPair<QString, QRectF>> placements;
    for (int row = 0; row < rowCount(page); ++row)
        placements.append({linePayload(m_orders.at(page * rowsPerPage() + row)), qrBox(row)});
    return placements;
}

void SubcontractNote::render(QPainter &painter, const QRectF &sheet, int page) const
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
        drawLine(painter, m_orders.at(page * rowsPerPage() + row), row);
    const double height = TableHeaderHeight + rowCount(page) * RowHeight;
    painter.setPen(QPen(Qt::black, BoldLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(Left, TableTop, Width, height));
    drawFooter(painter, TableTop + height + 4);
    painter.restore();
}

void SubcontractNote::drawHeader(QPainter &painter, int page) const
{
    const SubcontractOrder &first = m_orders.first();
    SheetPen::line(painter, QRectF(Left, Top, Width * 0.55, 6), Qt::AlignLeft | Qt::AlignVCenter,
                   m_factoryName, SheetPen::font(painter, 9, true));
    const QString stamp =
        tr("Printed %1").arg(m_printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))) +
        QStringLiteral("    ") + tr("Page %1 / %2").arg(page + 1).arg(pageCount());
    SheetPen::line(painter, QRectF(Left + Width * 0.55, Top, Width * 0.45, 6),
                   Qt::AlignRight | Qt::AlignVCenter, stamp, SheetPen::font(painter, 8));
    const QFont titleFont = SheetPen::font(painter, 15, true);
    const QString title = tr("Subcontract delivery note");
    const double titleWidth = SheetPen::width(painter, title, titleFont);
    SheetPen::text(painter, QRectF(Left, Top + 6, titleWidth + 1, 9),
                   Qt::AlignLeft | Qt::AlignVCenter, title, titleFont);
    SheetPen::line(painter, QRectF(Left + titleWidth + 6, Top + 6, Width - titleWidth - 6, 9),
                   Qt::AlignLeft | Qt::AlignVCenter, number(), titleFont);

    QDate due = first.dueDate;
    for (const SubcontractOrder &order : m_orders) {
        if (order.dueDate.isValid() && (!due.isValid() || order.dueDate < due))
            due = order.dueDate;
    }
    const QString sentOn = first.sentAtMs > 0
        ? QDateTime::fromMSecsSinceEpoch(first.sentAtMs).date().toString(Qt::ISODate)
        : QString();
    const double widths[] = {22, 88, 26, Width - 136};
    const QString fields[2][4] = {
        {tr("Supplier"), QString(first.supplierCode + QStringLiteral("  ") + first.supplierName)
                             .trimmed(),
         tr("Sent on"), sentOn},
        {tr("Lines"), QLocale().toString(int(m_orders.size())), tr("Due back"),
         due.toString(Qt::ISODate)}};
    painter.setPen(QPen(Qt::black, ThinLine));
    for (int r = 0; r < 2; ++r) {
        double x = Left;
        for (int c = 0; c < 4; ++c) {
            const QRectF cell(x, FieldsTop + r * FieldHeight, widths[c], FieldHeight);
            const bool label = c % 2 == 0;
            if (label)
                painter.fillRect(cell, QColor(0xee, 0xee, 0xee));
            painter.drawRect(cell);
            SheetPen::line(painter, cell.adjusted(Padding, 0, -Padding, 0),
                           Qt::AlignLeft | Qt::AlignVCenter, fields[r][c],
                           SheetPen::font(painter, label ? 7.5 : 9, !label && r == 0 && c == 1));
            x += widths[c];
        }
    }

    const QString headers[Columns] = {tr("Subcontract No."), tr("Work order"), tr("Product"),
                                      tr("Step"),            tr("Quantity"),   tr("Due date"),
                                      tr("Unit price"),      tr("Scan")};
    for (int c = 0; c < Columns; ++c) {
        const QRectF cell = cellRect(0, c).translated(0, -TableHeaderHeight);
        const QRectF head(cell.left(), TableTop, cell.width(), TableHeaderHeight);
        painter.fillRect(head, QColor(0xe4, 0xe4, 0xe4));
        painter.drawRect(head);
        SheetPen::fitted(painter, head.adjusted(0.5, 0.2, -0.5, -0.2), Qt::AlignCenter,
                         headers[c], 7, 5);
    }
}

void SubcontractNote::drawLine(QPainter &painter, const SubcontractOrder &order, int row) const
{
    painter.setPen(QPen(Qt::black, ThinLine));
    for (int c = 0; c < Columns; ++c)
        painter.drawRect(cellRect(row, c));
    const auto inner = [row](int column) {
        return cellRect(row, column).adjusted(Padding, Padding, -Padding, -Padding);
    };
    const int left = Qt::AlignLeft | Qt::AlignVCenter;
    const int right = Qt::AlignRight | Qt::AlignVCenter;
    SheetPen::fitted(painter, inner(Number), left, order.number, 9, 6.5);
    SheetPen::fitted(painter, inner(Order), left, order.workOrderNumber, 9, 6.5);
    SheetPen::fitted(painter, inner(Product), left,
                     order.partNo + QLatin1Char('\n') + order.productName, 8.5, 6);
    SheetPen::fitted(painter, inner(Step), left,
                     QString::number(order.seq) + QLatin1Char(' ') + order.stepName, 8.5, 6);
    SheetPen::line(painter, inner(Quantity), right, SheetPen::quantity(order.quantity),
                   SheetPen::font(painter, 10, true));
    SheetPen::line(painter, inner(Due), Qt::AlignCenter, order.dueDate.toString(Qt::ISODate),
                   SheetPen::font(painter, 8.5));
    SheetPen::line(painter, inner(Price), right, money(order.unitPrice),
                   SheetPen::font(painter, 9));
    SheetPen::code(painter, qrBox(row), linePayload(order), MaxModuleMm);
}

void SubcontractNote::drawFooter(QPainter &painter, double top) const
{
    const QString labels[3] = {tr("Sent by"), tr("Received by (supplier)"), tr("Date")};
    const double width = Width / 3;
    painter.setPen(QPen(Qt::black, ThinLine));
    for (int i = 0; i < 3; ++i) {
        const QRectF box(Left + i * width, top, width - 4, 10);
        SheetPen::line(painter, box, Qt::AlignLeft | Qt::AlignTop, labels[i],
                       SheetPen::font(painter, 8));
        painter.drawLine(QPointF(box.left(), box.bottom()), QPointF(box.right(), box.bottom()));
    }
}

Outcome SubcontractNote::paint(QPagedPaintDevice &device) const
{
    if (Outcome ready = check(); !ready)
        return ready;
    device.setPageSize(QPageSize(QPageSize::A5));
    device.setPageOrientation(QPageLayout::Landscape);
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const QPageLayout layout = device.pageLayout();
    const int dpi = device.logicalDpiX();
    const QRectF sheet =
        layout.fullRectPixels(dpi).translated(-layout.paintRectPixels(dpi).topLeft());
    QPainter painter;
    if (!painter.begin(&device))
        return Outcome::failure(tr("Could not start drawing delivery note %1.").arg(number()));
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Outcome::failure(tr("Could not start page %1 of delivery note %2.")
                                        .arg(page + 1)
                                        .arg(number()));
        }
        render(painter, sheet, page);
    }
    if (!painter.end())
        return Outcome::failure(tr("Could not finish delivery note %1.").arg(number()));
    return Outcome::success();
}

Outcome SubcontractNote::writePdf(const QString &path) const
{
    if (Outcome ready = check(); !ready)
        return ready;
    return PdfFile::write(path, tr("Subcontract delivery note %1").arg(number()),
                          [this](QPdfWriter &writer) { return paint(writer); });
}

QImage SubcontractNote::renderPage(int page, int dpi) const
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
