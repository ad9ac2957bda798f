#include "services/dashboard/dashboardlosses.h"

#include "services/andon/andonservice.h"
#include "services/oee/oeeservice.h"
#include "services/workspace.h"

#include <QHash>

#include <algorithm>

namespace Taktline {

namespace {

OeeQuery queryOf(qint64 fromMs, qint64 toMs)
{
    OeeQuery query;
    query.fromMs = fromMs;
    query.toMs = toMs;
    query.grouping = OeeGrouping::Machine;
    return query;
}

// No status yet counts as unclassified time (docs/oee.md): one bar for both.
TimeUse paretoUse(TimeUse use)
{
    return use == TimeUse::NoStatus ? TimeUse::Unclassified : use;
}

} // namespace

QList<TimeUse> DashboardLosses::paretoUses()
{
    return {TimeUse::Availability, TimeUse::Unclassified, TimeUse::NoStatus, TimeUse::Performance,
            TimeUse::Quality};
}

QList<LossStep> DashboardLosses::lossesOf(const OeeElements &e)
{
    using K = LossStep::Kind;
    const double ideal = e.idealSeconds;
    return {{K::Planned, e.pot()},
            {K::PlannedDown, e.plannedDownSeconds},
            {K::Setup, e.setupSeconds},
            {K::Failures, e.availabilitySeconds},
            {K::Unclassified, e.unclassifiedSeconds},
            {K::Performance, e.apt() - ideal},
            {K::Quality, ideal - e.fullyProductiveSeconds()},
            {K::FullyProductive, e.fullyProductiveSeconds()}};
}

Outcome DashboardLosses::read(const Workspace &workspace, DashboardFigures &figures)
{
    const OeeQuery query = queryOf(figures.fromMs, figures.toMs);
    Result<OeeResult> oee = workspace.oee()->compute(query, figures.nowMs);
    if (oee) {
        figures.oee = oee.value();
        figures.losses = lossesOf(figures.oee->total.elements);
        QHash<std::pair<int, QString>, qsizetype> index;
        const Result<QList<OeeStop>> stops =
            workspace.oee()->stops(query, paretoUses(), {}, figures.nowMs);
        if (!stops) {
            figures.oeeError = stops.error();
        } else {
            for (const OeeStop &stop : stops.value()) {
                const TimeUse shown = paretoUse(stop.span.use);
                const std::pair<int, QString> key{int(shown), stop.span.downtimeReasonId};
                if (!index.contains(key)) {
                    index.insert(key, figures.downtime.size());
                    const QString name = stop.span.downtimeReason.isEmpty()
                                             ? OeeService::timeUseDisplayName(TimeUse::Unclassified)
                                             : stop.span.downtimeReason;
                    figures.downtime.append({stop.span.downtimeReasonId, name, shown, 0, 0});
                }
                DowntimeCount &bar = figures.downtime[index.value(key)];
                bar.seconds += double(stop.span.durationMs()) / 1000.0;
                ++bar.stops;
            }
        }
        std::stable_sort(
            figures.downtime.begin(), figures.downtime.end(),
            [](const DowntimeCount &a, const DowntimeCount &b) { return a.seconds > b.seconds; });
    } else {
        figures.oeeError = oee.error();
    }

    const Result<QList<AndonCall>> calls = workspace.andon()->calls(figures.fromMs, figures.toMs);
    if (!calls)
        return calls.outcome();
    figures.calls = calls.value();
    double response = 0;
    double repair = 0;
    for (const AndonCall &call : calls.value()) {
        ++figures.andonCalls;
        if (call.acknowledgedAtMs) {
            ++figures.andonAcknowledged;
            response += double(call.responseMs()) / 1000.0;
        }
        if (call.closedAtMs) {
            ++figures.andonClosed;
            repair += double(call.repairMs()) / 1000.0;
        }
    }
    if (figures.andonAcknowledged)
        figures.responseSeconds = response / figures.andonAcknowledged;
    if (figures.andonClosed)
        figures.repairSeconds = repair / figures.andonClosed;
    return Outcome::success();
}

Result<QList<OeeStop>> DashboardLosses::stops(const Workspace &workspace,
                                              const DashboardPeriod &period,
                                              const DowntimeCount &bar)
{
    const OeeQuery query = queryOf(period.fromMs, period.toMs);
    const qint64 now = workspace.clock().nowMs();
    QList<TimeUse> uses{bar.use};
    if (bar.use == TimeUse::Unclassified && bar.reasonId.isEmpty())
        uses.append(TimeUse::NoStatus);
    const Result<QList<OeeStop>> stops = workspace.oee()->stops(query, uses, bar.reasonId, now);
    if (!stops)
        return stops.outcome();
    QList<OeeStop> all;
    for (const OeeStop &stop : stops.value()) {
        if (stop.span.downtimeReasonId == bar.reasonId)
            all.append(stop);
    }
    return all;
}

Result<QList<OeeStop>> DashboardLosses::stops(const Workspace &workspace,
                                              const DashboardPeriod &period, LossStep::Kind kind)
{
    using K = LossStep::Kind;
    QList<TimeUse> uses;
    switch (kind) {
    case K::PlannedDown:
        uses = {TimeUse::PlannedDown};
        break;
    case K::Setup:
        uses = {TimeUse::Setup};
        break;
    case K::Failures:
        uses = {TimeUse::Availability};
        break;
    case K::Unclassified:
        uses = {TimeUse::Unclassified, TimeUse::NoStatus};
        break;
    case K::Performance:
        uses = {TimeUse::Performance};
        break;
    case K::Quality:
        uses = {TimeUse::Quality};
        break;
    case K::Planned:
    case K::FullyProductive:
        break;
    }
    return workspace.oee()->stops(queryOf(period.fromMs, period.toMs), uses, {},
                                  workspace.clock().nowMs());
}

Result<QList<OeeStop>> DashboardLosses::machineStops(const Workspace &workspace,
                                                     const DashboardPeriod &period,
                                                     const QString &machineId)
{
    OeeQuery query = queryOf(period.fromMs, period.toMs);
    query.machineIds = {machineId};
    return workspace.oee()->stops(query, paretoUses() + QList<TimeUse>{TimeUse::PlannedDown}, {},
                                  workspace.clock().nowMs());
}

} // namespace Taktline
