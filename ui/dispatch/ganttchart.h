#pragma once

#include "domain/planning/workcalendar.h"
#include "item/planning/ganttrows.h"

#include <QAbstractScrollArea>
#include <QFontMetrics>

namespace Taktline {

// The Gantt chart (甘特图) itself: machines as rows, time across, a bar per placed operation,
// non-working time shaded, late operations outlined in red, a red line at "now". Machine names
// and the time ruler stay in place while the chart scrolls; only what is visible is painted.
class GanttChart final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class Zoom { Day, Week };

    explicit GanttChart(QWidget *parent = nullptr);

    void setPlan(QList<GanttRow> rows, const WorkCalendar &calendar, qint64 nowMs);
    void setZoom(Zoom zoom);
    Zoom zoom() const { return m_zoom; }
    void scrollToNow();
    void scrollToTime(qint64 leftMs); // the moment at the left edge of the time area

    const QList<GanttRow> &rows() const { return m_rows; }
    qint64 rangeStartMs() const { return m_rangeStartMs; }
    qint64 rangeEndMs() const { return m_rangeEndMs; }
    double pixelsPerHour() const;
    // In viewport coordinates; -1 when the moment is scrolled out of sight.
    int xForTime(qint64 utcMs) const;
    const GanttBar *barAt(const QPoint &viewportPos) const;
    QRect barRect(int row, const GanttBar &bar) const;
    // What a bar WIDTH pixels wide says: the order number and step, the number alone, the
    // number without its "WO-" prefix, then without its year, or nothing (the tooltip tells) —
    // never a cut number.
    static QString barLabel(const QString &workOrderNumber, int seq, const QFontMetrics &metrics,
                            int width);

signals:
    void workOrderActivated(const QString &workOrderId); // a bar was double-clicked

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateScrollBars();
    int timelineWidth() const;
    qint64 timeAtX(int x) const;
    int xForTimeUnclipped(qint64 utcMs) const;
    int rowTop(int row) const; // in viewport coordinates
    int rowHeight(int row) const;
    void paintShading(QPainter &p, qint64 from, qint64 to) const;
    void paintGrid(QPainter &p, qint64 from, qint64 to) const;
    void paintBars(QPainter &p, qint64 from, qint64 to) const;
    void paintRuler(QPainter &p, qint64 from, qint64 to) const;
    void paintLabels(QPainter &p) const;

    QList<GanttRow> m_rows;
    QList<int> m_rowOffsets; // top of each row in content coordinates, and the total at the end
    QList<WorkingInterval> m_working;
    WorkCalendar m_calendar;
    qint64 m_nowMs = 0;
    qint64 m_rangeStartMs = 0;
    qint64 m_rangeEndMs = 0;
    Zoom m_zoom = Zoom::Week;
    qint64 m_leftMs = 0;
    bool m_adjusting = false;
};

} // namespace Taktline
