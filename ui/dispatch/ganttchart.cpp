#include "dispatch/ganttchart.h"

#include "item/palette.h"
#include "item/planning/scheduletext.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

namespace Taktline {

namespace {

constexpr int LabelWidth = 190;
constexpr int RulerHeight = 48;
constexpr int LaneHeight = 32;
constexpr int RowPadding = 14;
constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;
constexpr int MaxDays = 180; // a longer plan is cut off rather than drawn kilometres wide

} // namespace

GanttChart::GanttChart(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("ganttChart"));
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    horizontalScrollBar()->setSingleStep(40);
    verticalScrollBar()->setSingleStep(LaneHeight);
}

void GanttChart::setPlan(QList<GanttRow> rows, const WorkCalendar &calendar, qint64 nowMs)
{
    const qint64 anchor = m_rangeStartMs ? m_leftMs : 0;
    m_rows = std::move(rows);
    m_calendar = calendar;
    m_nowMs = nowMs;
    // From the start of yesterday to the day after the last planned end, a week at least.
    qint64 lastEnd = nowMs;
    for (const GanttRow &row : std::as_const(m_rows)) {
        for (const GanttBar &bar : row.bars)
            lastEnd = std::max(lastEnd, bar.operation.plannedEndMs);
    }
    const QDate today = calendar.localDate(nowMs);
    m_rangeStartMs = calendar.startOfDayUtcMs(today.addDays(-1));
    const QDate lastDay = std::clamp(calendar.localDate(lastEnd).addDays(2), today.addDays(7),
                                     today.addDays(MaxDays));
    m_rangeEndMs = calendar.startOfDayUtcMs(lastDay);
    m_working = calendar.workingIntervals(m_rangeStartMs, m_rangeEndMs);
    m_rowOffsets.clear();
    int top = 0;
    for (const GanttRow &row : std::as_const(m_rows)) {
        m_rowOffsets.append(top);
        top += row.lanes * LaneHeight + RowPadding;
    }
    m_rowOffsets.append(top);
    updateScrollBars();
    // A reload keeps the part of the plan the planner was looking at.
    scrollToTime(anchor > 0 ? anchor : m_rangeStartMs);
    viewport()->update();
}

void GanttChart::setZoom(Zoom zoom)
{
    const qint64 anchor = timeAtX(LabelWidth + timelineWidth() / 2);
    m_zoom = zoom;
    updateScrollBars();
    scrollToTime(anchor - qint64(timelineWidth() / 2 / pixelsPerHour() * HourMs));
    viewport()->update();
}

void GanttChart::scrollToNow()
{
    // Now sits a little in from the left edge: what runs next matters more than what ran.
    scrollToTime(m_nowMs - qint64(timelineWidth() / 6 / pixelsPerHour() * HourMs));
}

double GanttChart::pixelsPerHour() const
{
    const double hours = m_zoom == Zoom::Day ? 24 : 7 * 24;
    return std::max(m_zoom == Zoom::Day ? 30.0 : 4.0, timelineWidth() / hours);
}

int GanttChart::timelineWidth() const
{
    return std::max(1, viewport()->width() - LabelWidth);
}

qint64 GanttChart::timeAtX(int x) const
{
    return m_rangeStartMs +
           qint64((x - LabelWidth + horizontalScrollBar()->value()) / pixelsPerHour() * HourMs);
}

int GanttChart::xForTimeUnclipped(qint64 utcMs) const
{
    return LabelWidth - horizontalScrollBar()->value() +
           int(double(utcMs - m_rangeStartMs) / HourMs * pixelsPerHour());
}

int GanttChart::xForTime(qint64 utcMs) const
{
    const int x = xForTimeUnclipped(utcMs);
    return x < LabelWidth || x > viewport()->width() ? -1 : x;
}

int GanttChart::rowTop(int row) const
{
    return RulerHeight + m_rowOffsets.at(row) - verticalScrollBar()->value();
}

int GanttChart::rowHeight(int row) const
{
    return m_rowOffsets.at(row + 1) - m_rowOffsets.at(row);
}

QRect GanttChart::barRect(int row, const GanttBar &bar) const
{
    const double scale = pixelsPerHour() / HourMs;
    const int origin = LabelWidth - horizontalScrollBar()->value();
    const int left = origin + int(double(bar.operation.plannedStartMs - m_rangeStartMs) * scale);
    const int right = origin + int(double(bar.operation.plannedEndMs - m_rangeStartMs) * scale);
    const int top = rowTop(row) + RowPadding / 2 + bar.lane * LaneHeight + 3;
    return QRect(left, top, std::max(3, right - left), LaneHeight - 6);
}

const GanttBar *GanttChart::barAt(const QPoint &pos) const
{
    if (pos.x() < LabelWidth || pos.y() < RulerHeight)
        return nullptr;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (pos.y() < rowTop(row) || pos.y() >= rowTop(row) + rowHeight(row))
            continue;
        for (const GanttBar &bar : m_rows.at(row).bars) {
            if (barRect(row, bar).contains(pos))
                return &bar;
        }
        return nullptr;
    }
    return nullptr;
}

void GanttChart::updateScrollBars()
{
    const QScopedValueRollback adjusting(m_adjusting, true);
    const int contentWidth = int(double(m_rangeEndMs - m_rangeStartMs) / HourMs * pixelsPerHour());
    horizontalScrollBar()->setPageStep(timelineWidth());
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - timelineWidth()));
    const int visibleHeight = std::max(0, viewport()->height() - RulerHeight);
    verticalScrollBar()->setPageStep(visibleHeight);
    verticalScrollBar()->setRange(0,
                                  std::max(0, m_rowOffsets.value(m_rows.size()) - visibleHeight));
}

void GanttChart::resizeEvent(QResizeEvent *event)
{
    // The scale follows the width, so keep the same moment at the left edge.
    const qint64 left = m_leftMs;
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    scrollToTime(left);
}

void GanttChart::scrollContentsBy(int, int)
{
    if (!m_adjusting)
        m_leftMs = timeAtX(LabelWidth);
    viewport()->update();
}

void GanttChart::scrollToTime(qint64 leftMs)
{
    m_leftMs = leftMs;
    horizontalScrollBar()->setValue(
        int(double(leftMs - m_rangeStartMs) / HourMs * pixelsPerHour()));
}

bool GanttChart::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const GanttBar *bar = barAt(help->pos())) {
            const QueuedOperation &op = bar->operation;
            const auto row = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const GanttRow &r) {
                return r.machineId == op.machineId;
            });
            const QString machine =
                row == m_rows.cend() ? QString() : row->code + QLatin1Char(' ') + row->name;
            QToolTip::showText(help->globalPos(),
                               ScheduleText::operationDetails(op, machine, m_calendar.timeZone()),
                               viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    if (event->type() == QEvent::MouseButtonDblClick) {
        if (const GanttBar *bar = barAt(static_cast<QMouseEvent *>(event)->position().toPoint()))
            emit workOrderActivated(bar->operation.workOrderId);
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void GanttChart::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), Palette::White);
    if (m_rangeEndMs <= m_rangeStartMs)
        return;
    const qint64 from = std::max(m_rangeStartMs, timeAtX(LabelWidth));
    const qint64 to = std::min(m_rangeEndMs, timeAtX(viewport()->width()) + HourMs);
    p.save();
    p.setClipRect(QRect(LabelWidth, RulerHeight, timelineWidth(), viewport()->height()));
    paintShading(p, from, to);
    paintGrid(p, from, to);
    paintBars(p, from, to);
    if (const int now = xForTime(m_nowMs); now >= 0)
        p.fillRect(QRect(now - 1, RulerHeight, 2, viewport()->height()), Palette::Red);
    p.restore();
    paintRuler(p, from, to);
    paintLabels(p);
}

void GanttChart::paintShading(QPainter &p, qint64 from, qint64 to) const
{
    // Non-working time is what lies between the working intervals.
    qint64 cursor = from;
    const int height = viewport()->height();
    auto shade = [&](qint64 start, qint64 end) {
        if (end <= start)
            return;
        const int left = std::max(LabelWidth, xForTimeUnclipped(start));
        const int right = std::min(viewport()->width(), xForTimeUnclipped(end));
        p.fillRect(QRect(left, RulerHeight, right - left, height), Palette::OffTime);
    };
    for (const WorkingInterval &interval : m_working) {
        if (interval.endMs <= from)
            continue;
        if (interval.startMs >= to)
            break;
        shade(cursor, interval.startMs);
        cursor = std::max(cursor, interval.endMs);
    }
    shade(cursor, to);
}

void GanttChart::paintGrid(QPainter &p, qint64 from, qint64 to) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const int bottom = rowTop(row) + rowHeight(row) - 1;
        p.fillRect(QRect(LabelWidth, bottom, timelineWidth(), 1), Palette::GridLine);
    }
    for (QDate day = m_calendar.localDate(from); m_calendar.startOfDayUtcMs(day) <= to;
         day = day.addDays(1)) {
        const int x = xForTimeUnclipped(m_calendar.startOfDayUtcMs(day));
        p.fillRect(QRect(x, RulerHeight, 1, viewport()->height()), Palette::InputBorder);
    }
}

void GanttChart::paintBars(QPainter &p, qint64 from, qint64 to) const
{
    const QFontMetrics metrics(font());
    QBrush hatch(Palette::Red, Qt::BDiagPattern);
    for (int row = 0; row < m_rows.size(); ++row) {
        const int top = rowTop(row);
        if (top > viewport()->height() || top + rowHeight(row) < RulerHeight)
            continue;
        for (const GanttBar &bar : m_rows.at(row).bars) {
            const QueuedOperation &op = bar.operation;
            if (op.plannedEndMs < from || op.plannedStartMs > to)
                continue;
            const QRect rect = barRect(row, bar);
            const QColor fill =
                op.priority == WorkOrderPriority::Urgent ? Palette::Urgent : Palette::Planned;
            p.fillRect(rect, fill);
            if (op.late) {
                p.fillRect(rect, hatch);
                p.setPen(QPen(Palette::Red, 2));
                p.drawRect(rect.adjusted(1, 1, -1, -1));
            } else {
                p.setPen(fill.darker(130));
                p.drawRect(rect.adjusted(0, 0, -1, -1));
            }
            const QRect textRect = rect.adjusted(5, 0, -4, 0);
            if (const QString label = barLabel(op.workOrderNumber, op.seq, metrics, textRect.width());
                !label.isEmpty()) {
                p.setPen(Palette::White);
                p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, label);
            }
        }
    }
}

QString GanttChart::barLabel(const QString &workOrderNumber, int seq, const QFontMetrics &metrics,
                             int width)
{
    QString bare = workOrderNumber;
    if (const qsizetype dash = bare.indexOf(QLatin1Char('-')); dash > 0 && dash < 4)
        bare = bare.mid(dash + 1); // WO-20261117-0003 → 20261117-0003
    // 20261117-0003 → 1117-0003: the day and the day's number, unique within the year the
    // chart shows.
    static const QRegularExpression dated(QStringLiteral("^\\d{4}(\\d{4}-.+)$"));
    const QRegularExpressionMatch day = dated.match(bare);
    const QString shortest = day.hasMatch() ? day.captured(1) : bare;
    for (const QString &label : {QStringLiteral("%1 / %2").arg(workOrderNumber).arg(seq),
                                 workOrderNumber, bare, shortest}) {
        if (metrics.horizontalAdvance(label) <= width)
            return label;
    }
    return {};
}

void GanttChart::paintRuler(QPainter &p, qint64 from, qint64 to) const
{
    p.fillRect(QRect(0, 0, viewport()->width(), RulerHeight), Palette::HeaderFill);
    p.fillRect(QRect(0, RulerHeight - 1, viewport()->width(), 1), Palette::InputBorder);
    p.save();
    p.setClipRect(QRect(LabelWidth, 0, timelineWidth(), RulerHeight));
    const QLocale locale;
    const QFont normal = font();
    QFont bold = normal;
    bold.setBold(true);
    const double dayWidth = 24 * pixelsPerHour();
    for (QDate day = m_calendar.localDate(from); m_calendar.startOfDayUtcMs(day) <= to;
         day = day.addDays(1)) {
        const qint64 midnight = m_calendar.startOfDayUtcMs(day);
        const int x = xForTimeUnclipped(midnight);
        p.fillRect(QRect(x, 0, 1, RulerHeight), Palette::InputBorder);
        p.setFont(bold);
        p.setPen(day == m_calendar.localDate(m_nowMs) ? Palette::Red : Palette::Ink);
        const QString dayText = locale.toString(day, dayWidth > 160 ? QStringLiteral("MM-dd dddd")
                                                                    : QStringLiteral("MM-dd ddd"));
        p.drawText(QRect(x + 6, 2, int(dayWidth) - 8, RulerHeight / 2), Qt::AlignVCenter, dayText);
        p.setFont(normal);
        p.setPen(Palette::Muted);
        // Hour marks where there is room for them: every 2 h in the day view, every 6 h else.
        const int step = pixelsPerHour() >= 20 ? 2 : dayWidth >= 160 ? 6 : 12;
        for (int hour = step; hour < 24; hour += step) {
            const int hx = xForTimeUnclipped(midnight + hour * HourMs);
            p.fillRect(QRect(hx, RulerHeight - 6, 1, 6), Palette::InputBorder);
            p.drawText(QRect(hx - 30, RulerHeight / 2, 60, RulerHeight / 2 - 4), Qt::AlignCenter,
                       QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
        }
    }
    if (const int now = xForTime(m_nowMs); now >= 0)
        p.fillRect(QRect(now - 1, RulerHeight - 10, 2, 10), Palette::Red);
    p.restore();
}

void GanttChart::paintLabels(QPainter &p) const
{
    p.fillRect(QRect(0, RulerHeight, LabelWidth, viewport()->height()), Palette::White);
    p.fillRect(QRect(LabelWidth - 1, 0, 1, viewport()->height()), Palette::InputBorder);
    p.save();
    p.setClipRect(QRect(0, RulerHeight, LabelWidth - 1, viewport()->height()));
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(font());
    for (int row = 0; row < m_rows.size(); ++row) {
        const int top = rowTop(row);
        if (top > viewport()->height() || top + rowHeight(row) < RulerHeight)
            continue;
        const GanttRow &machine = m_rows.at(row);
        const QRect cell(12, top, LabelWidth - 20, rowHeight(row));
        p.fillRect(QRect(0, top + rowHeight(row) - 1, LabelWidth, 1), Palette::GridLine);
        p.setFont(bold);
        p.setPen(machine.active ? Palette::Ink : Palette::Muted);
        const int line = metrics.lineSpacing();
        const QRect first(cell.left(), cell.top() + (cell.height() - 2 * line) / 2, cell.width(),
                          line);
        p.drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(machine.code + QLatin1Char(' ') + machine.name,
                                      Qt::ElideRight, cell.width()));
        p.setFont(font());
        p.setPen(Palette::Muted);
        const QString second = machine.active ? machine.workshop : tr("Deactivated");
        p.drawText(first.translated(0, line), Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(second, Qt::ElideRight, cell.width()));
    }
    p.restore();
    p.fillRect(QRect(0, 0, LabelWidth, RulerHeight), Palette::HeaderFill);
    p.fillRect(QRect(0, RulerHeight - 1, LabelWidth, 1), Palette::InputBorder);
    p.fillRect(QRect(LabelWidth - 1, 0, 1, RulerHeight), Palette::InputBorder);
    p.setPen(Palette::Muted);
    p.drawText(QRect(12, 0, LabelWidth - 20, RulerHeight), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Machine"));
}

} // namespace Taktline
