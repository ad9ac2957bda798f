#include "services/dashboard/dashboardservice.h"

#include "domain/masterdata/masterrecord.h"
#include "services/dashboard/dashboardlosses.h"
#include "services/dashboard/dashboardinspections.h"
#include "services/dashboard/dashboardquality.h"
#include "services/dashboard/dashboardsql.h"
#include "services/planning/scheduleservice.h"
#include "services/workspace.h"
#include "storage/sqlquery.h"

#include <QHash>

#include <algorithm>

namespace Taktline {

namespace {

constexpr qint64 HourMs = 3600 * 1000LL;

// The calendar's working seconds in [from, to), or the wall time when it has none there.
double workingOrWall(const WorkCalendar &calendar, qint64 from, qint64 to)
{
    if (to <= from)
        return 0;
    const double working = calendar.workingSecondsBetween(from, to);
    return working > 0 ? working : double(to - from) / 1000.0;
}

// The buckets of the hourly chart: hours of a day or a shift (from the first working or reported
// hour to the last), days of a longer period.
QList<OutputSlot> slotsFor(const DashboardPeriod &period, const WorkCalendar &calendar,
                           const QList<qint64> &reportTimes)
{
    QList<OutputSlot> buckets;
    if (!period.isSingleDay()) {
        for (QDate day = calendar.localDate(period.fromMs);
             calendar.startOfDayUtcMs(day) < period.toMs; day = day.addDays(1))
            buckets.append(
                {calendar.startOfDayUtcMs(day), calendar.startOfDayUtcMs(day.addDays(1)), 0, 0});
        return buckets;
    }
    qint64 first = period.toMs;
    qint64 last = period.fromMs;
    for (const WorkingInterval &interval : calendar.workingIntervals(period.fromMs, period.toMs)) {
        first = std::min(first, interval.startMs);
        last = std::max(last, interval.endMs);
    }
    for (qint64 at : reportTimes) {
        first = std::min(first, at);
        last = std::max(last, at + 1);
    }
    if (first >= last)
        return buckets;
    first = period.fromMs + (first - period.fromMs) / HourMs * HourMs;
    for (qint64 start = first; start < last; start += HourMs)
        buckets.append({start, std::min(start + HourMs, period.toMs), 0, 0});
    return buckets;
}

} // namespace

DashboardService::DashboardService(const Workspace &workspace)
    : m_workspace(workspace)
{
}

DashboardPeriod DashboardService::period(DashboardRange range, const QDate &day) const
{
    return DashboardPeriod::of(range, m_workspace.schedule()->calendar(),
                               m_workspace.clock().nowMs(), day);
}

Result<DashboardFigures> DashboardService::compute(const DashboardPeriod &period) const
{
    DashboardFigures figures;
    figures.fromMs = period.fromMs;
    figures.toMs = period.toMs;
    figures.nowMs = m_workspace.clock().nowMs();
    if (Outcome read = readPlanAndOutput(period, figures); !read)
        return read;
    if (Outcome read = readFinishedOrders(figures); !read)
        return read;
    if (Outcome read = readLateOrders(figures); !read)
        return read;
    const QSqlDatabase db = m_workspace.database().connection();
    if (Outcome read = DashboardQuality::read(db, figures); !read)
        return read;
    if (Outcome read = DashboardLosses::read(m_workspace, figures); !read)
        return read;
    if (Outcome read = DashboardInspections::read(db, figures); !read)
        return read;
    return figures;
}

// Plan: the finished pieces made in the period so far plus those the current schedule still
// places in it (each order's last step, its planned span pro-rated by working time). The schedule
// is made anew from every change and carries only what is left to make, so what was made is the
// plan's past. Done: finished good pieces reported in the period. A period over before the
// schedule starts has no plan left to compare with (docs/oee.md, "Dashboard").
Outcome DashboardService::readPlanAndOutput(const DashboardPeriod &period,
                                            DashboardFigures &figures) const
{
    const QSqlDatabase db = m_workspace.database().connection();
    const WorkCalendar calendar = m_workspace.schedule()->calendar();
    const qint64 now = figures.nowMs;

    QSqlQuery anchor(db);
    if (Outcome ran = Sql::prepare(
            anchor,
            QStringLiteral("SELECT min(o.planned_start) AS plan_start FROM work_order_operations o "
                           "JOIN work_orders w ON w.id = o.work_order_id WHERE o.deleted = 0 AND "
                           "w.deleted = 0 AND w.state IN ('released', 'in_progress') AND "
                           "o.planned_start > 0 AND o.planned_end > o.planned_start"),
            tr("reading where the schedule starts"));
        !ran || !(ran = Sql::exec(anchor, tr("reading where the schedule starts"))))
        return ran;
    const QVariant planStartValue =
        anchor.next() ? Sql::column(anchor, QStringLiteral("plan_start")) : QVariant();
    const qint64 planStart =
        planStartValue.isNull() ? now : std::min(now, planStartValue.toLongLong());

    QSqlQuery done(db);
    if (Outcome prepared = Sql::prepare(
            done,
            QStringLiteral("SELECT r.reported_at AS at, r.good AS good FROM production_reports r "
                           "JOIN work_order_operations o ON o.id = r.operation_id WHERE %1 AND %2 "
                           "AND r.reported_at >= :from AND r.reported_at < :to")
                .arg(DashboardSql::counted(), DashboardSql::lastStep()),
            tr("reading the finished pieces"));
        !prepared)
        return prepared;
    done.bindValue(QStringLiteral(":from"), period.fromMs);
    done.bindValue(QStringLiteral(":to"), period.toMs);
    if (Outcome ran = Sql::exec(done, tr("reading the finished pieces")); !ran)
        return ran;
    QList<std::pair<qint64, double>> finished;
    Sql::Row row(done);
    while (done.next()) {
        const qint64 at = row.value(QStringLiteral("at")).toLongLong();
        const double good = row.value(QStringLiteral("good")).toDouble();
        finished.append({at, good});
        figures.doneQty += good;
    }

    QSqlQuery placed(db);
    if (Outcome prepared = Sql::prepare(
            placed,
            QStringLiteral(
                "SELECT o.planned_start AS planned_start, o.planned_end AS planned_end, "
                "max(0, w.quantity - (SELECT coalesce(sum(r.good), 0) FROM "
                "production_reports r WHERE r.operation_id = o.id AND %1)) AS remaining "
                "FROM work_order_operations o JOIN work_orders w ON w.id = o.work_order_id "
                "WHERE o.deleted = 0 AND w.deleted = 0 AND w.state IN ('released', "
                "'in_progress') AND o.planned_start > 0 AND o.planned_end > o.planned_start "
                "AND o.planned_start < :to AND o.planned_end > :from AND %2")
                .arg(DashboardSql::counted(), DashboardSql::lastStep()),
            tr("reading the schedule"));
        !prepared)
        return prepared;
    placed.bindValue(QStringLiteral(":from"), period.fromMs);
    placed.bindValue(QStringLiteral(":to"), period.toMs);
    if (Outcome ran = Sql::exec(placed, tr("reading the schedule")); !ran)
        return ran;
    double placedQty = 0;
    Sql::Row plan(placed);
    while (placed.next()) {
        const qint64 start = plan.value(QStringLiteral("planned_start")).toLongLong();
        const qint64 end = plan.value(QStringLiteral("planned_end")).toLongLong();
        const double span = workingOrWall(calendar, start, end);
        const double inside =
            workingOrWall(calendar, std::max(start, period.fromMs), std::min(end, period.toMs));
        if (span > 0)
            placedQty += plan.value(QStringLiteral("remaining")).toDouble() * inside / span;
    }
    figures.plannedQty = placedQty + figures.doneQty;
    if (period.fromMs >= now)
        figures.attainmentNotice = DashboardNotice::FuturePeriod;
    else if (period.toMs <= planStart)
        figures.attainmentNotice = DashboardNotice::PlanPassed;
    else if (placedQty <= 0)
        figures.attainmentNotice = DashboardNotice::NoPlan;
    else
        figures.attainment = figures.doneQty / figures.plannedQty;

    QList<qint64> times;
    for (const auto &[at, good] : finished)
        times.append(at);
    figures.output = slotsFor(period, calendar, times);
    const double periodWorking = calendar.workingSecondsBetween(period.fromMs, period.toMs);
    for (OutputSlot &slot : figures.output) {
        if (periodWorking > 0)
            slot.target = figures.plannedQty *
                          calendar.workingSecondsBetween(slot.startMs, slot.endMs) / periodWorking;
        for (const auto &[at, good] : finished) {
            if (at >= slot.startMs && at < slot.endMs)
                slot.good += good;
        }
    }
    return Outcome::success();
}

// Orders finished in the period: at their latest counted report (the last piece made), or, for
// an order completed without any report, when it was marked completed. On time: by the end of
// the due date in the calendar.
Outcome DashboardService::readFinishedOrders(DashboardFigures &figures) const
{
    QSqlQuery query(m_workspace.database().connection());
    const QString statement =
        QStringLiteral(
            "SELECT * FROM (SELECT w.id AS id, w.number AS number, w.quantity AS quantity, "
            "w.due_date AS due_date, p.part_no AS part_no, p.name AS name, p.name_en AS name_en, "
            "coalesce(%1, (SELECT min(a.at_ms) FROM audit_log a WHERE a.entity_id = w.id AND "
            "a.entity = 'work_order' AND a.action = 'completed')) AS finished_at, %2 AS finished "
            "FROM work_orders w JOIN products p ON p.id = w.product_id WHERE w.deleted = 0 AND "
            "w.state IN ('completed', 'closed')) WHERE finished_at >= :from AND finished_at < :to "
            "ORDER BY finished_at")
            .arg(DashboardSql::lastReportOf(), DashboardSql::finishedOf());
    if (Outcome prepared = Sql::prepare(query, statement, tr("reading the finished orders"));
        !prepared)
        return prepared;
    query.bindValue(QStringLiteral(":from"), figures.fromMs);
    query.bindValue(QStringLiteral(":to"), std::min(figures.toMs, figures.nowMs + 1));
    if (Outcome ran = Sql::exec(query, tr("reading the finished orders")); !ran)
        return ran;
    Sql::Row row(query);
    while (query.next()) {
        DashboardOrder order;
        order.id = row.value(QStringLiteral("id")).toString();
        order.number = row.value(QStringLiteral("number")).toString();
        order.product = row.value(QStringLiteral("part_no")).toString() + QLatin1Char(' ') +
                        localizedName(row.value(QStringLiteral("name")).toString(),
                                      row.value(QStringLiteral("name_en")).toString());
        order.quantity = row.value(QStringLiteral("quantity")).toDouble();
        order.finished = row.value(QStringLiteral("finished")).toDouble();
        order.dueDate =
            QDate::fromString(row.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
        order.finishedAtMs = row.value(QStringLiteral("finished_at")).toLongLong();
        order.onTime = order.finishedAtMs < m_workspace.schedule()->dueEndMs(order.dueDate);
        if (!order.onTime)
            order.lateByMs = order.finishedAtMs - m_workspace.schedule()->dueEndMs(order.dueDate);
        figures.onTimeOrders += order.onTime ? 1 : 0;
        figures.finishedOrders.append(order);
    }
    if (!figures.finishedOrders.isEmpty())
        figures.onTimeRate = double(figures.onTimeOrders) / double(figures.finishedOrders.size());
    return Outcome::success();
}

// Open orders the schedule finishes after the end of their due date, and those whose due date
// has passed while they are still open (on hold, or not placed); most late first.
Outcome DashboardService::readLateOrders(DashboardFigures &figures) const
{
    const Result<QList<MachineQueue>> queues = m_workspace.schedule()->machineQueues();
    if (!queues)
        return queues.outcome();
    QHash<QString, std::pair<qint64, qint64>> scheduled; // order → latest planned end, late by
    for (const MachineQueue &machine : queues.value()) {
        for (const QueuedOperation &op : machine.operations) {
            auto &[end, lateBy] = scheduled[op.workOrderId];
            end = std::max(end, op.plannedEndMs);
            if (op.late)
                lateBy = std::max(lateBy, op.lateByMs);
        }
    }
    QSqlQuery query(m_workspace.database().connection());
    const QString statement =
        QStringLiteral(
            "SELECT w.id AS id, w.number AS number, w.quantity AS quantity, w.due_date AS "
            "due_date, "
            "p.part_no AS part_no, p.name AS name, p.name_en AS name_en, %1 AS finished "
            "FROM work_orders w JOIN products p ON p.id = w.product_id WHERE w.deleted = 0 AND "
            "w.state IN ('released', 'in_progress', 'on_hold') ORDER BY w.due_date, w.number")
            .arg(DashboardSql::finishedOf());
    if (Outcome ran = Sql::prepare(query, statement, tr("reading the orders going late"));
        !ran || !(ran = Sql::exec(query, tr("reading the orders going late"))))
        return ran;
    Sql::Row row(query);
    while (query.next()) {
        DashboardOrder order;
        order.id = row.value(QStringLiteral("id")).toString();
        order.dueDate =
            QDate::fromString(row.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
        const qint64 dueEnd = m_workspace.schedule()->dueEndMs(order.dueDate);
        const auto plan = scheduled.value(order.id, {0, 0});
        order.plannedEndMs = plan.first;
        order.lateByMs = std::max(plan.second, figures.nowMs - dueEnd);
        if (order.lateByMs <= 0)
            continue;
        order.onTime = false;
        order.number = row.value(QStringLiteral("number")).toString();
        order.product = row.value(QStringLiteral("part_no")).toString() + QLatin1Char(' ') +
                        localizedName(row.value(QStringLiteral("name")).toString(),
                                      row.value(QStringLiteral("name_en")).toString());
        order.quantity = row.value(QStringLiteral("quantity")).toDouble();
        order.finished = row.value(QStringLiteral("finished")).toDouble();
        figures.lateOrders.append(order);
    }
    std::stable_sort(
        figures.lateOrders.begin(), figures.lateOrders.end(),
        [](const DashboardOrder &a, const DashboardOrder &b) { return a.lateByMs > b.lateByMs; });
    return Outcome::success();
}

Result<QList<DashboardReport>> DashboardService::reports(const DashboardReportQuery &query) const
{
    return DashboardQuality::reports(m_workspace.database().connection(), query);
}

Result<QList<DashboardOrder>> DashboardService::ordersWaitingAt(const QString &step) const
{
    return DashboardQuality::ordersWaitingAt(m_workspace.database().connection(), step);
}

Result<QList<OeeStop>> DashboardService::stops(const DashboardPeriod &period,
                                               const DowntimeCount &bar) const
{
    return DashboardLosses::stops(m_workspace, period, bar);
}

Result<QList<OeeStop>> DashboardService::stops(const DashboardPeriod &period,
                                               LossStep::Kind kind) const
{
    return DashboardLosses::stops(m_workspace, period, kind);
}

Result<QList<OeeStop>> DashboardService::machineStops(const DashboardPeriod &period,
                                                      const QString &machineId) const
{
    return DashboardLosses::machineStops(m_workspace, period, machineId);
}

QString DashboardService::noticeText(DashboardNotice notice)
{
    switch (notice) {
    case DashboardNotice::FuturePeriod:
        return tr("This period has not begun yet: nothing can have been done.");
    case DashboardNotice::PlanPassed:
        return tr("The schedule is made from now on and keeps no plan for a period that has "
                  "passed: only what was done is shown.");
    case DashboardNotice::NoPlan:
        return tr("The schedule places no more finished pieces in this period: there is no plan "
                  "to compare with.");
    case DashboardNotice::NoCompletedOrders:
        return tr("No order was finished in this period.");
    case DashboardNotice::NoReports:
        return tr("No pieces were reported in this period.");
    case DashboardNotice::NoAndonCalls:
        return tr("No andon call in this period.");
    case DashboardNotice::NoOee:
        return tr("The OEE cannot be computed for this period.");
    }
    return {};
}

QString DashboardService::lossDisplayName(LossStep::Kind kind)
{
    switch (kind) {
    case LossStep::Kind::Planned:
        return tr("Planned time");
    case LossStep::Kind::PlannedDown:
        return tr("Planned stops");
    case LossStep::Kind::Setup:
        return tr("Set-up");
    case LossStep::Kind::Failures:
        return tr("Failures");
    case LossStep::Kind::Unclassified:
        return tr("Unclassified stops");
    case LossStep::Kind::Performance:
        return tr("Speed loss");
    case LossStep::Kind::Quality:
        return tr("Quality loss");
    case LossStep::Kind::FullyProductive:
        return tr("Fully productive");
    }
    return {};
}

} // namespace Taktline
