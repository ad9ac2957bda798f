#include "services/station/reportcheck.h"

#include "services/masterdata/masterdataservice.h"
#include "services/trace/traceservice.h"
#include "storage/planning/workorderrepository.h"
#include "storage/station/productionrepository.h"

#include <cmath>

namespace Taktline {

namespace {
constexpr double MaxQuantity = 1e6;
} // namespace

ReportCheck::ReportCheck(const QSqlDatabase &db, const MasterDataService *masterData, TraceService *trace)
    : m_reports(std::make_unique<ProductionRepository>(db))
    , m_workOrders(std::make_unique<WorkOrderRepository>(db))
    , m_masterData(masterData)
    , m_trace(trace)
{
}

ReportCheck::~ReportCheck() = default;

Result<ReportContext> ReportCheck::context(const QString &operationId) const
{
    Result<WorkOrderOperation> operation = m_workOrders->operation(operationId);
    if (!operation)
        return operation.outcome();
    Result<WorkOrder> order = m_workOrders->find(operation.value().workOrderId);
    if (!order)
        return order.outcome();
    const Result<QList<WorkOrderOperation>> all = m_workOrders->operations(order.value().id);
    if (!all)
        return all.outcome();
    ReportContext context{order.value(), operation.value(), std::nullopt};
    for (const WorkOrderOperation &op : all.value()) {
        if (op.seq < context.operation.seq)
            context.previous = op; // ordered by seq: the last one before is the previous step
    }
    return context;
}

Outcome ReportCheck::checkQuantities(const ReportRequest &request)
{
    for (const double quantity : {request.good, request.defective, request.rework}) {
        if (!std::isfinite(quantity) || quantity < 0)
            return Outcome::failure(tr("Quantities must be numbers of zero or more."));
        if (quantity > MaxQuantity)
            return Outcome::failure(tr("%1 pieces in one report is not plausible. Check the number.")
                                        .arg(quantityText(quantity)));
    }
    if (request.good + request.defective + request.rework <= 0)
        return Outcome::failure(tr("Enter how many pieces were made: good, defective or rework."));
    return Outcome::success();
}

Outcome ReportCheck::checkOrderOpen(const ReportContext &c)
{
    switch (c.order.state) {
    case WorkOrderState::Released:
    case WorkOrderState::InProgress:
        return Outcome::success();
    case WorkOrderState::Draft:
        return Outcome::failure(tr("Work order %1 is not released yet: production cannot be reported.")
                                    .arg(c.order.number));
    case WorkOrderState::OnHold:
        return Outcome::failure(tr("Work order %1 is on hold: ask the supervisor to resume it.")
                                    .arg(c.order.number));
    case WorkOrderState::Completed:
    case WorkOrderState::Closed:
    case WorkOrderState::Cancelled:
        break;
    }
    return Outcome::failure(tr("Work order %1 is %2: no more production can be reported on it.")
                                .arg(c.order.number, workOrderStateDisplayName(c.order.state)));
}

Outcome ReportCheck::checkPeople(const ReportRequest &request, const QString &machineId) const
{
    if (request.employeeId.isEmpty())
        return Outcome::failure(tr("Scan your badge first: a report needs the operator."));
    const Result<MasterRecord> employee = m_masterData->find(MasterDataKind::Employee, request.employeeId);
    if (!employee)
        return Outcome::failure(tr("This badge belongs to no employee."));
    if (!employee.value().active)
        return Outcome::failure(tr("%1 (badge %2) is deactivated and cannot report production.")
                                    .arg(employee.value().text(QStringLiteral("name")),
                                         employee.value().text(QStringLiteral("badge"))));
    const Result<MasterRecord> machine = m_masterData->find(MasterDataKind::Machine, machineId);
    if (!machine)
        return Outcome::failure(tr("This machine does not exist."));
    if (!machine.value().active)
        return Outcome::failure(tr("Machine %1 is deactivated: no production can be reported on it.")
                                    .arg(machine.value().text(QStringLiteral("code"))));
    if (request.defective > 0) {
        if (request.defectReasonId.isEmpty())
            return Outcome::failure(tr("Choose the defect reason for the %1 defective pieces.")
                                        .arg(quantityText(request.defective)));
        const Result<MasterRecord> reason = m_masterData->find(MasterDataKind::DefectReason, request.defectReasonId);
        if (!reason || !reason.value().active)
            return Outcome::failure(tr("This defect reason is not available; choose another."));
    }
    return Outcome::success();
}

Outcome ReportCheck::checkFeeds(const ReportRequest &request) const
{
    const double pieces = request.good + request.defective;
    for (const LotFeed &feed : request.feeds) {
        const double need = feed.perPiece * pieces;
        if (need <= 0)
            continue;
        const Result<LotStock> stock = m_trace->stock(feed.lotNo);
        if (!stock)
            return stock.outcome();
        if (need > stock.value().remaining + 1e-9)
            return Outcome::failure(tr("Lot %1 has only %2 left; %3 pieces need %4. Scan the next lot.")
                                        .arg(feed.lotNo, quantityText(std::max(0.0, stock.value().remaining)),
                                             quantityText(pieces), quantityText(need)));
    }
    return Outcome::success();
}

Outcome ReportCheck::checkGood(const ReportRequest &request, const ReportContext &c,
                               const StationRules &rules) const
{
    if (request.good > c.order.quantity * 10)
        return Outcome::failure(tr("%1 good pieces is far more than the %2 planned. Check the number.")
                                    .arg(quantityText(request.good), quantityText(c.order.quantity)));
    if (request.good <= 0)
        return Outcome::success();
    const Result<double> reportable = reportableGood(c, rules);
    if (!reportable)
        return reportable.outcome();
    if (request.good <= reportable.value() + 1e-9)
        return Outcome::success();

    if (c.previous)
        return Outcome::failure(tr("Only %1 more good pieces can be reported on step %2: the previous "
                                   "step %3 (%4) has made fewer so far.")
                                    .arg(quantityText(reportable.value()))
                                    .arg(c.operation.seq)
                                    .arg(c.previous->seq)
                                    .arg(c.previous->name));
    return Outcome::failure(tr("Only %1 more good pieces can be reported on step %2: the work "
                               "order is for %3.")
                                .arg(quantityText(reportable.value()))
                                .arg(c.operation.seq)
                                .arg(quantityText(c.order.quantity)));
}

Result<double> ReportCheck::reportableGood(const ReportContext &c, const StationRules &rules) const
{
    double allowed = c.order.quantity;
    if (c.previous) {
        const Result<OperationProgress> before = m_reports->progress(c.previous->id);
        if (!before)
            return before.outcome();
        allowed = before.value().good;
    }
    allowed *= 1.0 + rules.overReportTolerancePercent / 100.0;
    const Result<OperationProgress> done = m_reports->progress(c.operation.id);
    if (!done)
        return done.outcome();
    return std::max(0.0, std::floor(allowed + 1e-9) - done.value().good);
}

bool ReportCheck::isDoubleScan(const ReportRequest &request, const ProductionReport &previous,
                               qint64 nowMs, const StationRules &rules)
{
    return !request.serialStep && previous.good == request.good
        && previous.defective == request.defective && previous.rework == request.rework
        && nowMs - previous.reportedAtMs <= qint64(rules.doubleScanWindowSeconds) * 1000;
}

} // namespace Taktline
