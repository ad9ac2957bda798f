#pragma once

#include "domain/outcome.h"
#include "domain/planning/workorder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace Taktline {

// The traveller (流转卡) that goes with a work order's parts through the shop: an A4 sheet with
// the order's QR code `WO:<number>`, one row per operation to fill in by hand, and each
// operation's QR code `OP:<number>/<seq>` for scanning at the machine.
class TravellerDocument final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::TravellerDocument)

public:
    // MACHINE_LABELS maps a machine id to what the sheet prints for it ("CNC-01 · Lathe").
    // The operations are printed in step order whatever order they come in.
    TravellerDocument(WorkOrder order, QList<WorkOrderOperation> operations, QString partNo,
                      QString productName, QHash<QString, QString> machineLabels);

    const QString &number() const { return m_order.number; }
    void setFactoryName(const QString &name) { m_factoryName = name; }
    // When the sheet says it was printed; the current time unless set.
    void setPrintedAt(const QDateTime &when) { m_printedAt = when; }

    static QString workOrderPayload(const QString &number);
    static QString operationPayload(const QString &number, int seq);
    static QSizeF pageSizeMm() { return {210.0, 297.0}; } // A4 portrait
    static int rowsPerPage() { return 13; }               // operations on one sheet

    // Success, or why this order cannot have a traveller (no operations before release).
    Outcome check() const;
    int pageCount() const; // 0 when check() fails
    // Draws page PAGE (0-based) scaled into SHEET, the whole paper in the painter's coordinates.
    void render(QPainter &painter, const QRectF &sheet, int page) const;
    // Pages FROM_PAGE…TO_PAGE (0-based; -1: the last) on DEVICE (a QPdfWriter or QPrinter), A4
    // with the device's margins as small as it allows; the sheet is placed on the paper itself.
    Outcome paint(QPagedPaintDevice &device, int fromPage = 0, int toPage = -1) const;
    // Writes the PDF through a temporary file, so a failure never destroys an earlier one.
    Outcome writePdf(const QString &path) const;
    // Page PAGE as an image at DPI dots per inch; a null image when there is no such page.
    QImage renderPage(int page, int dpi) const;
    // The QR codes on page PAGE: payload and the box it sits in, quiet zone included, in
    // millimetres from the paper's top-left corner.
    QList<QPair<QString, QRectF>> qrPlacements(int page) const;

private:
    static int firstRow(int page) { return page * rowsPerPage(); }
    int rowCount(int page) const;
    void drawHeader(QPainter &painter, int page) const;
    void drawOperation(QPainter &painter, const WorkOrderOperation &op, int row) const;

    WorkOrder m_order;
    QList<WorkOrderOperation> m_operations;
    QString m_partNo;
    QString m_productName;
    QHash<QString, QString> m_machineLabels;
    QString m_factoryName;
    QDateTime m_printedAt;
};

} // namespace Taktline
