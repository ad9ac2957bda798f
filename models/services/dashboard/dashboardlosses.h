#pragma once

#include "domain/outcome.h"
#include "services/dashboard/dashboardfigures.h"
#include "services/dashboard/dashboardperiod.h"

#include <QCoreApplication>

namespace Taktline {

class Workspace;

// The dashboard's time figures: OEE per machine (OeeService), the downtime Pareto by reason, the
// loss waterfall from planned time to fully productive time, and the andon response and repair
// times (AndonService), with the stops behind their bars.
class DashboardLosses final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::DashboardLosses)

public:
    // Fills oee (or oeeError), downtime, losses and the andon figures for the figures' period.
    static Outcome read(const Workspace &workspace, DashboardFigures &figures);
    static Result<QList<OeeStop>> stops(const Workspace &workspace, const DashboardPeriod &period,
                                        const DowntimeCount &bar);
    static Result<QList<OeeStop>> stops(const Workspace &workspace, const DashboardPeriod &period,
                                        LossStep::Kind kind);
    // Every stop of one machine in the period (planned ones too), longest first.
    static Result<QList<OeeStop>> machineStops(const Workspace &workspace,
                                               const DashboardPeriod &period,
                                               const QString &machineId);
    // The uses of stop time the Pareto shows: failures, unclassified, small stops, quality stops.
    static QList<TimeUse> paretoUses();
    static QList<LossStep> lossesOf(const OeeElements &elements);
};

} // namespace Taktline
