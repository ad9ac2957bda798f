#pragma once

#include "domain/outcome.h"
#include "services/dashboard/dashboardfigures.h"
#include "services/dashboard/dashboardperiod.h"

#include <QCoreApplication>

namespace Taktline {

class Workspace;

// The figures of the owner's and planner's first page for one period: plan against done,
// on-time delivery and the orders going late, WIP by step, finished pieces per hour against the
// target, first-pass yield, the defect Top 5, OEE per machine with its losses, andon times
// (docs/oee.md, "Dashboard"). Read-only; every rate is its summed elements divided once.
class DashboardService final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::DashboardService)

public:
    explicit DashboardService(const Workspace &workspace);

    DashboardPeriod period(DashboardRange range, const QDate &day = {}) const;
    Result<DashboardFigures> compute(const DashboardPeriod &period) const;

    // Drill-downs: the rows behind a bar.
    Result<QList<DashboardReport>> reports(const DashboardReportQuery &query) const;
    Result<QList<DashboardOrder>> ordersWaitingAt(const QString &step) const; // WIP
    Result<QList<OeeStop>> stops(const DashboardPeriod &period, const DowntimeCount &bar) const;
    Result<QList<OeeStop>> stops(const DashboardPeriod &period, LossStep::Kind kind) const;
    Result<QList<OeeStop>> machineStops(const DashboardPeriod &period,
                                        const QString &machineId) const;

    static QString noticeText(DashboardNotice notice);
    static QString lossDisplayName(LossStep::Kind kind);

private:
    Outcome readPlanAndOutput(const DashboardPeriod &period, DashboardFigures &figures) const;
    Outcome readFinishedOrders(DashboardFigures &figures) const;
    Outcome readLateOrders(DashboardFigures &figures) const;

    const Workspace &m_workspace;
};

} // namespace Taktline
