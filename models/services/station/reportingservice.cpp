#include "services/station/reportingservice.h"

#include "domain/clock.h"
#include "domain/planning/workorderstatemachine.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/serials/serialservice.h"
#include "services/trace/traceservice.h"
#include "storage/database.h"
#include "storage/planning/workorderrepository.h"
#include "storage/settingsrepository.h"
#include "storage/station/productionrepository.h"
#include "storage/uuid.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace Taktline {

namespace {

const QString RulesKey = QStringLiteral("station_rules");
constexpr double MaxQuantity = 1e6;

} // namespace

// An operation with its work order and the step before it, as one report needs them.
struct ReportingService::Context
{
    WorkOrder order;
    WorkOrderOperation operation;
    std::optional<WorkOrderOperation> previous;
};

ReportingService::ReportingService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                                   const MasterDataService *masterData, WorkOrderService *workOrders,
                                   TraceService *trace, SerialService *serials, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_reports(std::make_unique<ProductionRepository>(m_db->connection()))
    , m_workOrders(std::make_unique<WorkOrderRepository>(m_db->connection()))
    , m_settings(std::make_unique<SettingsRepository>(m_db->connection()))
    , m_access(access)
    , m_masterData(masterData)
    , m_workOrderService(workOrders)
    , m_trace(trace)
    , m_serials(serials)
    , m_clock(clock)
{
}

ReportingService::~ReportingService() = default;

StationRules ReportingService::rules() const
{
    StationRules rules;
    const QJsonObject stored = QJsonDocument::fromJson(m_settings->value(RulesKey).toUtf8()).object();
    rules.overReportTolerancePercent = std::clamp(stored.value(QStringLiteral("tolerancePercent")).toDouble(0), 0.0, 100.0);
    rules.doubleScanWindowSeconds = std::clamp(stored.value(QStringLiteral("doubleScanSeconds")).toInt(10), 0, 3600);
    rules.idleSignOutMinutes = std::clamp(stored.value(QStringLiteral("idleSignOutMinutes")).toInt(5), 1, 240);
    rules.approvalRequired = stored.value(QStringLiteral("approvalRequired")).toBool(false);
    return rules;
}

Outcome ReportingService::setRules(const StationRules &rules)
{
    if (Outcome allowed = m_access->require(Permission::EditSettings); !allowed)
        return allowed;
    if (!(rules.overReportTolerancePercent >= 0 && rules.overReportTolerancePercent <= 100))
        return Outcome::failure(tr("The tolerance must be between 0 and 100 %."));
    if (rules.doubleScanWindowSeconds < 0 || rules.doubleScanWindowSeconds > 3600)
        return Outcome::failure(tr("The double-scan window must be between 0 and 3600 seconds."));
    if (rules.idleSignOutMinutes < 1 || rules.idleSignOutMinutes > 240)
        return Outcome::failure(tr("The idle sign-out must be between 1 and 240 minutes."));
    const QJsonObject object{{QStringLiteral("tolerancePercent"), rules.overReportTolerancePercent},
                             {QStringLiteral("doubleScanSeconds"), rules.doubleScanWindowSeconds},
                             {QStringLiteral("idleSignOutMinutes"), rules.idleSignOutMinutes},
                             {QStringLiteral("approvalRequired"), rules.approvalRequired}};
    return m_settings->setValue(RulesKey, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

Result<ReportingService::Context> ReportingService::context(const QString &operationId) const
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
    Context context{order.value(), operation.value(), std::nullopt};
    for (const WorkOrderOperation &op : all.value()) {
        if (op.seq < context.operation.seq)
            context.previous = op; // ordered by seq: the last one before is the previous step
    }
    return context;
}

Result<double> ReportingService::reportableGood(const QString &operationId) const
{
    const Result<Context> found = context(operationId);
    if (!found)
        return found.outcome();
    return reportableGood(found.value());
}

Result<double> ReportingService::reportableGood(const Context &c) const
{
    double allowed = c.order.quantity;
    if (c.previous) {
        const Result<OperationProgress> before = m_reports->progress(c.previous->id);
        if (!before)
            return before.outcome();
        allowed = before.value().good;
    }
    allowed *= 1.0 + rules().overReportTolerancePercent / 100.0;
    const Result<OperationProgress> done = m_reports->progress(c.operation.id);
    if (!done)
        return done.outcome();
    return std::max(0.0, std::floor(allowed + 1e-9) - done.value().good);
}

Outcome ReportingService::checkPeople(const ReportRequest &request, QString &machineId) const
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

Result<ReportReceipt> ReportingService::report(const ReportRequest &request)
{
    if (Outcome allowed = m_access->require(Permission::UseStation); !allowed)
        return allowed;
    for (const double quantity : {request.good, request.defective, request.rework}) {
        if (!std::isfinite(quantity) || quantity < 0)
            return Outcome::failure(tr("Quantities must be numbers of zero or more."));
        if (quantity > MaxQuantity)
            return Outcome::failure(tr("%1 pieces in one report is not plausible. Check the number.")
                                        .arg(quantityText(quantity)));
    }
    if (request.good + request.defective + request.rework <= 0)
        return Outcome::failure(tr("Enter how many pieces were made: good, defective or rework."));
    // Everything from here on is read inside the transaction that writes, so two tablets can
    // neither both take the rest of a step nor both feed the rest of a lot.
    ReportReceipt receipt;
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        const Result<Context> found = context(request.operationId);
        if (!found)
            return found.outcome();
        return save(request, found.value(), receipt);
    });
    if (!saved)
        return saved;
    const Result<OperationProgress> progress = m_reports->progress(request.operationId);
    receipt.progress = progress ? progress.value() : OperationProgress{};
    return receipt;
}

Result<ReportReceipt> ReportingService::checkState(const Context &c) const
{
    switch (c.order.state) {
    case WorkOrderState::Released:
    case WorkOrderState::InProgress:
        return ReportReceipt{QString(), false, c.order.number, c.operation.seq, c.order.quantity, {}};
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

bool ReportingService::isDoubleScan(const ReportRequest &request, const ProductionReport &previous,
                                    qint64 nowMs) const
{
    // The rule: the same operator reports the very same quantities on the same step again no
    // more than the double-scan window after the last report (the edge itself included). A
    // scanned serial is one identified piece and never a double scan.
    return !request.serialStep && previous.good == request.good
        && previous.defective == request.defective && previous.rework == request.rework
        && nowMs - previous.reportedAtMs <= qint64(rules().doubleScanWindowSeconds) * 1000;
}

Outcome ReportingService::save(const ReportRequest &request, const Context &c, ReportReceipt &receipt)
{
    const Result<ReportReceipt> open = checkState(c);
    if (!open)
        return open.outcome();
    receipt = open.value();
    QString machineId = request.machineId.isEmpty() ? c.operation.machineId : request.machineId;
    if (Outcome people = checkPeople(request, machineId); !people)
        return people;
    if (request.good > c.order.quantity * 10)
        return Outcome::failure(tr("%1 good pieces is far more than the %2 planned. Check the number.")
                                    .arg(quantityText(request.good), quantityText(c.order.quantity)));

    const qint64 now = m_clock.nowMs();
    const Result<std::optional<ProductionReport>> last = m_reports->lastReport(request.operationId, request.employeeId);
    if (!last)
        return last.outcome();
    if (last.value() && isDoubleScan(request, *last.value(), now)) {
        receipt.reportId = last.value()->id;
        receipt.duplicate = true;
        return Outcome::success();
    }
    if (Outcome enough = checkFeeds(request); !enough)
        return enough;
    if (request.good > 0) {
        const Result<double> reportable = reportableGood(c);
        if (!reportable)
            return reportable.outcome();
        if (request.good > reportable.value() + 1e-9)
            return overReported(c, reportable.value());
    }

    ProductionReport report;
    report.id = newUuidV7();
    report.workOrderId = c.order.id;
    report.operationId = c.operation.id;
    report.machineId = machineId;
    report.employeeId = request.employeeId;
    report.good = request.good;
    report.defective = request.defective;
    report.rework = request.rework;
    report.defectReasonId = request.defective > 0 ? request.defectReasonId : QString();
    report.materialLot = request.materialLot.trimmed();
    report.reportedAtMs = now;
    report.deviceId = m_db->deviceId();
    report.userId = m_access->userId();
    // The first report starts production on the order, by the state machine's rule.
    if (c.order.state == WorkOrderState::Released) {
        if (Outcome started = m_workOrderService->startFromReport(c.order); !started)
            return started;
    }
    if (Outcome done = m_reports->insertReport(report); !done)
        return done;
    if (Outcome fed = feedLots(request, report); !fed)
        return fed;
    if (request.serialStep) {
        const Result<QString> step = m_serials->recordStep(request.serialStep->serial, c.operation.id,
                                                           request.employeeId, machineId,
                                                           request.serialStep->pass);
        if (!step)
            return step.outcome();
    }
    receipt.reportId = report.id;
    m_db->afterCommit([this, orderId = c.order.id, operationId = c.operation.id] {
        emit reportAdded(orderId, operationId);
    });
    return Outcome::success();
}

Outcome ReportingService::overReported(const Context &c, double reportable) const
{
    if (c.previous)
        return Outcome::failure(tr("Only %1 more good pieces can be reported on step %2: the previous "
                                   "step %3 (%4) has made fewer so far.")
                                    .arg(quantityText(reportable))
                                    .arg(c.operation.seq)
                                    .arg(c.previous->seq)
                                    .arg(c.previous->name));
    return Outcome::failure(tr("Only %1 more good pieces can be reported on step %2: the work "
                               "order is for %3.")
                                .arg(quantityText(reportable))
                                .arg(c.operation.seq)
                                .arg(quantityText(c.order.quantity)));
}

Outcome ReportingService::checkFeeds(const ReportRequest &request) const
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

Outcome ReportingService::feedLots(const ReportRequest &request, const ProductionReport &report)
{
    const double pieces = request.good + request.defective;
    for (const LotFeed &feed : request.feeds) {
        const double need = feed.perPiece * pieces;
        if (need <= 0)
            continue;
        const Result<QString> fed = m_trace->consume(feed.lotNo, report.operationId, need, report.employeeId,
                                                     report.machineId, report.id);
        if (!fed)
            return fed.outcome();
    }
    return Outcome::success();
}

Result<QString> ReportingService::voidReport(const QString &reportId, const QString &reason)
{
    if (Outcome allowed = m_access->require(Permission::CorrectReports); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Outcome::failure(tr("Say why the report is voided: the reason is kept with it."));
    const Result<ProductionReport> original = m_reports->findReport(reportId);
    if (!original)
        return original.outcome();
    if (!original.value().voidsReportId.isEmpty())
        return Outcome::failure(tr("This is itself a correction and cannot be voided."));
    if (m_reports->isVoided(reportId))
        return Outcome::failure(tr("This report is already voided."));
    ProductionReport correction = original.value();
    correction.id = newUuidV7();
    correction.good = correction.defective = correction.rework = 0;
    correction.voidsReportId = reportId;
    correction.reason = reason.trimmed();
    correction.reportedAtMs = m_clock.nowMs();
    correction.deviceId = m_db->deviceId();
    correction.userId = m_access->userId();
    if (Outcome saved = m_db->inTransaction([&] { return m_reports->insertReport(correction); }); !saved)
        return saved;
    emit reportVoided(correction.workOrderId, correction.operationId);
    return correction.id;
}

Result<QString> ReportingService::operationForScan(const QString &workOrderNumber, int seq,
                                                   const QString &machineId) const
{
    // Numbers are made in capitals; a scanner with caps lock on sends them in small letters.
    const Result<QString> orderId = m_workOrders->idForNumber(workOrderNumber.toUpper());
    if (!orderId || orderId.value().isEmpty())
        return Outcome::failure(tr("No work order %1 exists in this factory.").arg(workOrderNumber));
    const Result<QList<WorkOrderOperation>> ops = m_workOrders->operations(orderId.value());
    if (!ops)
        return ops.outcome();
    if (ops.value().isEmpty())
        return Outcome::failure(tr("Work order %1 has no operations yet: it is not released.").arg(workOrderNumber));
    if (seq > 0) {
        for (const WorkOrderOperation &op : ops.value()) {
            if (op.seq == seq)
                return op.id;
        }
        return Outcome::failure(tr("Work order %1 has no step %2.").arg(workOrderNumber).arg(seq));
    }
    const Result<WorkOrder> order = m_workOrders->find(orderId.value());
    if (!order)
        return order.outcome();
    QString firstOpen;
    for (const WorkOrderOperation &op : ops.value()) {
        const Result<OperationProgress> done = m_reports->progress(op.id);
        if (done && done.value().good >= order.value().quantity)
            continue;
        if (op.machineId == machineId)
            return op.id;
        if (firstOpen.isEmpty())
            firstOpen = op.id;
    }
    return firstOpen.isEmpty() ? ops.value().constLast().id : firstOpen;
}

Result<QList<ReportEntry>> ReportingService::entries(const QString &workOrderId, const QString &operationId) const
{
    return m_reports->entries(workOrderId, operationId);
}

Result<int> ReportingService::approve(const QStringList &reportIds)
{
    if (Outcome allowed = m_access->require(Permission::CorrectReports); !allowed)
        return allowed;
    QStringList approved;
    const qint64 now = m_clock.nowMs();
    Outcome saved = m_db->inTransaction([&]() -> Outcome {
        for (const QString &id : reportIds) {
            const Result<ProductionReport> report = m_reports->findReport(id);
            if (!report)
                return report.outcome();
            if (!report.value().voidsReportId.isEmpty() || m_reports->isVoided(id) || m_reports->isApproved(id))
                continue;
            if (Outcome done = m_reports->insertApproval(newUuidV7(), id, now, m_db->deviceId(), m_access->userId()); !done)
                return done;
            approved.append(id);
        }
        return Outcome::success();
    });
    if (!saved)
        return saved;
    if (!approved.isEmpty())
        emit reportsApproved(approved);
    return int(approved.size());
}

Result<OperationProgress> ReportingService::progress(const QString &operationId) const
{
    return m_reports->progress(operationId);
}

Result<QHash<QString, OperationProgress>> ReportingService::progressForWorkOrder(const QString &workOrderId) const
{
    return m_reports->progressForWorkOrder(workOrderId);
}

} // namespace Taktline
