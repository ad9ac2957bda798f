#include "machines/machinetimeline.h"

#include "item/palette.h"
#include "services/oee/oeeservice.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Taktline {

namespace {

constexpr int Side = 12;
constexpr int TickHeight = 26;
constexpr int BandHeight = 54;
constexpr int AxisHeight = 22;

QString clock(qint64 ms, const QTimeZone &zone)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, zone).time(),
                              QStringLiteral("HH:mm"));
}

} // namespace

MachineTimeline::MachineTimeline(QWidget *parent)
    : QWidget(parent)
    , m_zone(QTimeZone::utc())
{
    setObjectName(QStringLiteral("machineTimeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QColor MachineTimeline::colour(TimeUse use)
{
    switch (use) {
    case TimeUse::Running:
        return Palette::Good;
    case TimeUse::Setup:
        return Palette::Planned;
    case TimeUse::PlannedDown:
        return Palette::Amber;
    case TimeUse::Excluded:
        return Palette::Faded;
    case TimeUse::Availability:
        return Palette::Red;
    case TimeUse::Performance:
        return Palette::UrgentPriority;
    case TimeUse::Quality:
        return Palette::Waiting;
    case TimeUse::Unclassified:
        return Palette::Ink;
    case TimeUse::NoStatus:
        return Palette::InputBorder;
    case TimeUse::OffShift:
        return Palette::OffTime;
    }
    return Palette::Neutral;
}

void MachineTimeline::setDay(const QList<StatusSpan> &spans,
                             const QList<MachineReportMark> &reports, qint64 fromMs, qint64 toMs,
                             const QTimeZone &zone)
{
    m_spans = spans;
    m_reports = reports;
    m_fromMs = fromMs;
    m_toMs = std::max(toMs, fromMs + 1);
    m_zone = zone;
    update();
    setSelectedIndex(-1);
}

void MachineTimeline::setSelectedIndex(int index)
{
    const int selected = index >= 0 && index < m_spans.size() ? index : -1;
    if (selected == m_selected)
        return;
    m_selected = selected;
    update();
    emit selectionChanged(m_selected);
}

QSize MachineTimeline::sizeHint() const
{
    return {900, TickHeight + BandHeight + AxisHeight + 8};
}

QSize MachineTimeline::minimumSizeHint() const
{
    return {400, sizeHint().height()};
}

QRect MachineTimeline::bandArea() const
{
    return {Side, TickHeight, std::max(1, width() - 2 * Side), BandHeight};
}

double MachineTimeline::xOf(qint64 ms) const
{
    const QRect area = bandArea();
    const double share =
        double(std::clamp(ms, m_fromMs, m_toMs) - m_fromMs) / double(m_toMs - m_fromMs);
    return area.left() + share * area.width();
}

QRect MachineTimeline::bandRect(int index) const
{
    if (index < 0 || index >= m_spans.size())
        return {};
    const QRect area = bandArea();
    const int left = int(std::floor(xOf(m_spans.at(index).startMs)));
    const int right = int(std::ceil(xOf(m_spans.at(index).endMs)));
    return {left, area.top(), std::max(1, right - left), area.height()};
}

int MachineTimeline::spanAt(const QPoint &point) const
{
    if (!bandArea().contains(point))
        return -1;
    // The shortest band under the point: a two-minute stop stays clickable beside a long run.
    int found = -1;
    for (int i = 0; i < m_spans.size(); ++i) {
        const QRect rect = bandRect(i).adjusted(-2, 0, 2, 0);
        if (rect.contains(point) &&
            (found < 0 || m_spans.at(i).durationMs() < m_spans.at(found).durationMs()))
            found = i;
    }
    return found;
}

void MachineTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect area = bandArea();
    painter.fillRect(area, Palette::OffTime);
    m_paintedBands = 0;
    for (int i = 0; i < m_spans.size(); ++i) {
        const StatusSpan &span = m_spans.at(i);
        if (span.endMs <= m_fromMs || span.startMs >= m_toMs)
            continue;
        const QRectF rect(xOf(span.startMs), area.top(),
                          std::max(1.0, xOf(span.endMs) - xOf(span.startMs)), area.height());
        QColor fill = colour(span.use);
        painter.fillRect(rect, fill);
        if (span.use == TimeUse::Unclassified) { // hatched: a stop still waiting for its reason
            painter.fillRect(rect, QBrush(Palette::White, Qt::BDiagPattern));
        }
        ++m_paintedBands;
    }
    if (m_paintedBands == 0) {
        painter.setPen(Palette::Muted);
        painter.drawText(area, Qt::AlignCenter, tr("No machine status on this day."));
    }
    // Hour lines and labels under the bands.
    painter.setPen(Palette::Muted);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    const qint64 hour = 3600 * 1000;
    const qint64 span = m_toMs - m_fromMs;
    const int stepHours = span > 30 * hour ? 6 : (width() < 700 ? 3 : 2);
    for (qint64 t = m_fromMs; t <= m_toMs; t += hour) {
        const double x = xOf(t);
        const bool labelled = ((t - m_fromMs) / hour) % stepHours == 0;
        painter.setPen(labelled ? Palette::Muted : Palette::GridLine);
        painter.drawLine(QPointF(x, area.bottom() + 1),
                         QPointF(x, area.bottom() + (labelled ? 6 : 3)));
        if (labelled && t < m_toMs) {
            // The first label starts at the edge instead of being cut by it.
            const bool first = t == m_fromMs;
            painter.drawText(QRectF(first ? x : x - 30, area.bottom() + 5, 60, AxisHeight - 4),
                             (first ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignTop,
                             clock(t, m_zone));
        }
    }
    // The reports as ticks above the bands: green, red where pieces were defective.
    m_paintedTicks = 0;
    for (const MachineReportMark &report : m_reports) {
        if (report.atMs < m_fromMs || report.atMs >= m_toMs)
            continue;
        const double x = xOf(report.atMs);
        const QColor tick = report.defective > 0 ? Palette::Red : Palette::GoodText;
        painter.setPen(QPen(tick, 2));
        painter.drawLine(QPointF(x, 8), QPointF(x, area.top() + 6));
        painter.setBrush(tick);
        painter.drawEllipse(QPointF(x, 7), 3.5, 3.5);
        ++m_paintedTicks;
    }
    if (m_selected >= 0) {
        painter.setPen(QPen(Palette::Accent, 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(bandRect(m_selected)).adjusted(0, 1.5, 0, -1.5));
    }
    painter.setPen(Palette::Border);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(area).adjusted(-0.5, -0.5, 0.5, 0.5));
}

void MachineTimeline::mousePressEvent(QMouseEvent *event)
{
    const int index = spanAt(event->position().toPoint());
    if (index < 0)
        return QWidget::mousePressEvent(event);
    setSelectedIndex(index);
    emit spanClicked(index);
}

bool MachineTimeline::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    QString text;
    for (const MachineReportMark &report : m_reports) {
        if (std::abs(xOf(report.atMs) - help->pos().x()) <= 3 && help->pos().y() < TickHeight) {
            text = tr("%1 report %2: %3 good, %4 defective")
                       .arg(clock(report.atMs, m_zone), report.workOrderNo,
                            QLocale().toString(report.good), QLocale().toString(report.defective));
            break;
        }
    }
    if (const int index = spanAt(help->pos()); text.isEmpty() && index >= 0) {
        const StatusSpan &span = m_spans.at(index);
        text = tr("%1–%2 · %3")
                   .arg(clock(span.startMs, m_zone), clock(span.endMs, m_zone),
                        OeeService::timeUseDisplayName(span.use));
        if (!span.downtimeReason.isEmpty())
            text += tr(" · %1").arg(span.downtimeReason);
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}

} // namespace Taktline
