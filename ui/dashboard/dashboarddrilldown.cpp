#include "dashboard/dashboarddrilldown.h"

#include "dashboard/dashboardcharts.h"
#include "dashboard/drilldowndialog.h"
#include "domain/masterdata/masterrecord.h"

namespace Taktline {

namespace {

DashboardReportQuery reportsIn(qint64 fromMs, qint64 toMs)
{
    DashboardReportQuery query;
    query.fromMs = fromMs;
    query.toMs = toMs;
    return query;
}

Result<DrillDownDialog *> reportsDialog(const DashboardService &service,
                                        const DashboardReportQuery &query, const QString &title,
                                        QWidget *parent)
{
    const Result<QList<DashboardReport>> rows = service.reports(query);
    if (!rows)
        return rows.outcome();
    return DrillDownDialog::reports(title, rows.value(), parent);
}

Result<DrillDownDialog *> stopsDialog(const Result<QList<OeeStop>> &rows, const QString &title,
                                      QWidget *parent)
{
    if (!rows)
        return rows.outcome();
    return DrillDownDialog::stops(title, rows.value(), parent);
}

} // namespace

Result<DrillDownDialog *> DashboardDrillDown::open(const DashboardService &service,
                                                   const DashboardPeriod &period,
                                                   const DashboardFigures &f, const QString &key,
                                                   int index, QWidget *parent)
{
    const bool tile = index < 0;
    const auto in = [index](const auto &list) {
        return index >= 0 && index < list.size();
    };
    if (key == QLatin1String("attainment") && tile) {
        DashboardReportQuery query = reportsIn(period.fromMs, period.toMs);
        query.lastStepOnly = true;
        return reportsDialog(service, query, tr("Finished pieces reported in the period"), parent);
    }
    if (key == QLatin1String("onTime") && tile)
        return DrillDownDialog::orders(tr("Orders finished in the period"), f.finishedOrders,
                                       parent);
    if (key == QLatin1String("firstPass") && tile) {
        DashboardReportQuery query = reportsIn(period.fromMs, period.toMs);
        query.defectiveOnly = true;
        return reportsDialog(service, query, tr("Reports with defective pieces"), parent);
    }
    if (key == QLatin1String("andon") && tile)
        return DrillDownDialog::calls(tr("Andon calls in the period"), f.calls, parent);
    if (key == QLatin1String("oee") && (tile || !f.oee)) {
        if (!f.oee)
            return static_cast<DrillDownDialog *>(nullptr);
        return DrillDownDialog::machines(tr("OEE per machine"), f.oee->rows, parent);
    }
    if (key == QLatin1String("oee") && in(f.oee->rows)) {
        const OeeRow &row = f.oee->rows.at(index);
        return stopsDialog(service.machineStops(period, row.key), tr("Stops of %1").arg(row.label),
                           parent);
    }
    if (key == QLatin1String("losses") && in(f.losses)) {
        const LossStep &step = f.losses.at(index);
        const QString title = DashboardService::lossDisplayName(step.kind);
        if (step.kind == LossStep::Kind::Quality) {
            DashboardReportQuery query = reportsIn(period.fromMs, period.toMs);
            query.defectiveOnly = true;
            return reportsDialog(service, query, title, parent);
        }
        if (step.kind == LossStep::Kind::Planned || step.kind == LossStep::Kind::FullyProductive)
            return f.oee ? DrillDownDialog::machines(title, f.oee->rows, parent) : nullptr;
        return stopsDialog(service.stops(period, step.kind), title, parent);
    }
    if (key == QLatin1String("downtime") && in(f.downtime)) {
        const DowntimeCount &bar = f.downtime.at(index);
        return stopsDialog(service.stops(period, bar), tr("Stops: %1").arg(bar.reason), parent);
    }
    if (key == QLatin1String("defects") && in(f.defects)) {
        const DefectCount &bar = f.defects.at(index);
        DashboardReportQuery query = reportsIn(period.fromMs, period.toMs);
        query.defectiveOnly = true;
        if (bar.others) {
            for (const DefectCount &top : f.defects) {
                if (!top.others)
                    query.excludedReasonIds.append(top.reasonId);
            }
        } else {
            query.defectReasonId = bar.reasonId;
        }
        return reportsDialog(service, query, tr("Defects: %1").arg(bar.reason), parent);
    }
    if (key == QLatin1String("output") && in(f.output)) {
        const OutputSlot &slot = f.output.at(index);
        DashboardReportQuery query = reportsIn(slot.startMs, slot.endMs);
        query.lastStepOnly = true;
        return reportsDialog(service, query,
                             tr("Finished pieces, target %1").arg(quantityText(slot.target, 1)),
                             parent);
    }
    if (key == QLatin1String("wip") && in(f.wip)) {
        const Result<QList<DashboardOrder>> orders = service.ordersWaitingAt(f.wip.at(index).step);
        if (!orders)
            return orders.outcome();
        return DrillDownDialog::waiting(tr("Waiting at %1").arg(f.wip.at(index).step),
                                        orders.value(), parent);
    }
    const QList<ProductYield> yields = DashboardCharts::shownYields(f.yields);
    if (key == QLatin1String("yield") && in(yields)) {
        DashboardReportQuery query = reportsIn(period.fromMs, period.toMs);
        query.productId = yields.at(index).productId;
        return reportsDialog(service, query, tr("Reports of %1").arg(yields.at(index).label),
                             parent);
    }
    if (key == QLatin1String("late") && in(f.lateOrders))
        return DrillDownDialog::orders(tr("Order going late"), {f.lateOrders.at(index)}, parent);
    return static_cast<DrillDownDialog *>(nullptr);
}

} // namespace Taktline
