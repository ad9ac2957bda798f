#pragma once

#include "domain/outcome.h"
#include "domain/trace/trace.h"
#include "services/trace/tracelookup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;

namespace Taktline {

// The printable trace report (追溯报告): A4 portrait pages with a header (code traced,
// direction, factory, printed at, the summary line), the tree as indented rows with time, who,
// machine and quantity or result (a long title takes a second line), failed and blocked rows in
// red, and "page x / y" at the foot.
class TraceReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::TraceReportDocument)

public:
    TraceReportDocument(TraceNode root, TraceDirection direction, QString factoryName);
    Q_DISABLE_COPY_MOVE(TraceReportDocument) // the rows point into the document's own tree

    void setPrintedAt(const QDateTime &when) { m_printedAt = when; }
    int pageCount() const { return int(m_pages.size()); }
    // Draws page PAGE (0-based) into SHEET, the whole paper in the painter's coordinates.
    void render(QPainter &painter, const QRectF &sheet, int page) const;
    // Every page on DEVICE (a QPdfWriter or QPrinter), A4 portrait.
    Outcome paint(QPagedPaintDevice &device) const;
    // Writes the PDF through a temporary file, so a failure never destroys an earlier one.
    Outcome writePdf(const QString &path) const;

private:
    // One row of the table: a node, its depth, and its title cut into one or two lines.
    struct Row
    {
        const TraceNode *node = nullptr;
        int depth = 0;
        QStringList titleLines;
    };
    void paginate();
    void drawHeader(QPainter &painter, int page) const;
    void drawRow(QPainter &painter, const Row &row, double top) const;

    TraceNode m_root;
    TraceDirection m_direction;
    QString m_factoryName;
    QDateTime m_printedAt;
    QList<QList<Row>> m_pages;
};

} // namespace Taktline
