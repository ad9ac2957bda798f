#pragma once

#include "domain/outcome.h"
#include "services/subcontract/subcontractservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace Taktline {

// The delivery note (外协送货单) that goes with a batch to the supplier of a subcontracted step:
// an A5 landscape sheet with the note's number, the supplier, one line per subcontract order
// (work order, product, step, quantity, due date, price) and each line's QR code `OP:<number>/
// <seq>`, so the batch is received back with one scan; signature boxes for both sides.
class SubcontractNote final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SubcontractNote)

public:
    // ORDERS are the note's lines, all for one supplier; the first one's number is the note's.
    explicit SubcontractNote(QList<SubcontractOrder> orders);

    QString number() const;
    void setFactoryName(const QString &name) { m_factoryName = name; }
    void setPrintedAt(const QDateTime &when) { m_printedAt = when; }

    static QString linePayload(const SubcontractOrder &order);
    static QSizeF pageSizeMm() { return {210.0, 148.0}; } // A5 landscape
    static int rowsPerPage() { return 4; }

    // Success, or why there is no note to print (no lines, lines of several suppliers).
    Outcome check() const;
    int pageCount() const; // 0 when check() fails
    void render(QPainter &painter, const QRectF &sheet, int page) const;
    Outcome paint(QPagedPaintDevice &device) const;
    // Writes the PDF through a temporary file, so a failure never destroys an earlier one.
    Outcome writePdf(const QString &path) const;
    QImage renderPage(int page, int dpi) const;
    // The QR codes on page PAGE: payload and box (quiet zone included) in millimetres.
    QList<QPair<QString, QRectF>> qrPlacements(int page) const;

private:
    int rowCount(int page) const;
    void drawHeader(QPainter &painter, int page) const;
    void drawLine(QPainter &painter, const SubcontractOrder &order, int row) const;
    void drawFooter(QPainter &painter, double top) const;

    QList<SubcontractOrder> m_orders;
    QString m_factoryName;
    QDateTime m_printedAt;
};

} // namespace Taktline
