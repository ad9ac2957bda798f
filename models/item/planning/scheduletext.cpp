#include "item/planning/scheduletext.h"

#include "item/palette.h"
#include "services/planning/scheduleservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace Taktline {

namespace {
constexpr qint64 HourMs = 3600 * 1000;
} // namespace

QString ScheduleText::statusText(ScheduleStatus status)
{
    switch (status) {
    case ScheduleStatus::Scheduled:
        return tr("Planned");
    case ScheduleStatus::MachineInactive:
        return tr("Not planned: machine deactivated");
    case ScheduleStatus::MachineMissing:
        return tr("Not planned: no machine assigned");
    case ScheduleStatus::OnHold:
        return tr("Not planned: work order on hold");
    case ScheduleStatus::WaitingForStep:
        return tr("Not planned: waiting for an earlier step");
    }
    return {};
}

QString ScheduleText::duration(qint64 ms)
{
    // Under two days in hours (a planner thinks in shifts), beyond that in days.
    const int hours = static_cast<int>(std::ceil(static_cast<double>(ms) / HourMs));
    if (hours < 48)
        return tr("%n h", nullptr, std::max(hours, 1));
    const int days = static_cast<int>(std::round(static_cast<double>(ms) / (24 * HourMs)));
    return tr("%n d", nullptr, days);
}

QString ScheduleText::lateBy(qint64 lateByMs)
{
    return tr("Late by %1").arg(duration(lateByMs));
}

QString ScheduleText::moment(qint64 utcMs, const QTimeZone &zone)
{
    if (utcMs <= 0)
        return QStringLiteral("—");
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).toString(QStringLiteral("MM-dd HH:mm"));
}

QString ScheduleText::span(qint64 startMs, qint64 endMs, const QTimeZone &zone)
{
    return moment(startMs, zone) + QStringLiteral(" → ") + moment(endMs, zone);
}

QString ScheduleText::shortDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("MM-dd")) : QStringLiteral("—");
}

QString ScheduleText::quantity(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

QString ScheduleText::operationDetails(const QueuedOperation &op, const QString &machine,
                                       const QTimeZone &zone)
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> · %2 %3")
                 .arg(op.workOrderNumber.toHtmlEscaped())
                 .arg(op.seq)
                 .arg(op.name.toHtmlEscaped());
    lines << QString(op.partNo + QLatin1Char(' ') + op.productName).toHtmlEscaped();
    lines << tr("Machine: %1").arg(machine.toHtmlEscaped());
    lines << tr("Qty: %1").arg(quantity(op.quantity));
    lines << (op.status == ScheduleStatus::Scheduled
                  ? tr("Planned: %1").arg(span(op.plannedStartMs, op.plannedEndMs, zone))
                  : statusText(op.status));
    lines << tr("Due date: %1").arg(op.dueDate.toString(Qt::ISODate));
    if (op.priority == WorkOrderPriority::Urgent)
        lines << QStringLiteral("<span style='color:%1'>%2</span>")
                     .arg(Palette::UrgentText.name(), tr("Urgent"));
    if (op.late)
        lines << QStringLiteral("<span style='color:%1;font-weight:600'>%2</span>")
                     .arg(Palette::Red.name(), lateBy(op.lateByMs));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace Taktline
