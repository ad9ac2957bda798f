#include "services/station/reportingservice.h"

#include "domain/clock.h"
#include "domain/planning/workorderstatemachine.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/quality/firstarticlegate.h"
#include "services/serials/serialservice.h"
#include "services/station/reportcheck.h"
#include "services/station/stationpinservice.h"
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

} // namespace

ReportingService::ReportingService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                                   const MasterDataService *masterData, WorkOrderService *workOrders,
                                   TraceService *trace, SerialService *serials,
                                   const StationPinService *pins, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_reports(std::make_unique<ProductionRepository>(m_db->connection()))
    , m_workOrders(std::make_unique<WorkOrderRepository>(m_db->connection()))
    , m_check(std::make_unique<ReportCheck>(m_db->connection(), masterData, trace))
    , m_settings(std::make_unique<SettingsRepository>(m_db->connection()))
    , m_access(access)
    , m_masterData(masterData)
    , m_workOrderService(workOrders)
    , m_trace(trace)
    , m_serials(serials)
    , m_pins(pins)
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
    rules.pinRequired = stored.value(QStringLiteral("pinRequired")).toBool(false);
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
                             {QStringLiteral("approvalRequired"), rules.approvalRequired},
                             {QStringLiteral("pinRequired"), rules.pinRequired}};
    return m_settings->setValue(RulesKey, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

Result<double> ReportingService::reportableGood(const QString &operationId) const
{
    const Result<ReportContext> found = m_check->context(operationId);
    if (!found)
        return found.outcome();
    return m_check->reportableGood(found.value(), rules());
}

Result<ReportReceipt> ReportingService::report(const ReportRequest &request)
{
    if (Outcome allowed = m_access->require(Permission::UseStation); !allowed)
        return allowed;
    const StationRules stationRules = rules(); // read once: the PIN, the tolerance, double scans
    // Never under a badge whose PIN was not typed at this station, whatever the UI did.
    if (stationRules.pinRequired &&
        !m_pins->isConfirmed(request.employeeId, request.pinConfirmation))
        return Outcome::failure(tr("This factory asks for the PIN after the badge: scan your "
                                   "badge and type your PIN, then report again."));
    if (Outcome plausible = ReportCheck::checkQuantities(request); !plausible)
        return plausible;
    // Everything from here on is read inside the transaction that writes, so two tablets can
    // neither both take the rest of a step nor both feed the rest of a lot.
    ReportReceipt receipt;
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        const Result<ReportContext> found = m_check->context(request.operationId);
        if (!found)
            return found.outcome();
        return save(request, found.value(), stationRules, receipt);
    });
    if (!saved)
        return saved;
    const Result<OperationProgress> progress = m_reports->progress(request.operationId);
    receipt.progress = progress ? progress.value() : OperationProgress{};
    return receipt;
}

Outcome ReportingService::save(const ReportRequest &request, const ReportContext &c,
                               const StationRules &stationRules, ReportReceipt &receipt)
{
    if (Outcome open = ReportCheck::checkOrderOpen(c); !open)
        return open;
    receipt = ReportReceipt{QString(), false, c.order.number, c.operation.seq, c.order.quantity, {}};
    const QString machineId = request.machineId.isEmpty() ? c.operation.machineId : request.machineId;
    if (Outcome people = m_check->checkPeople(request, machineId); !people)
        return people;
    const qint64 now = m_clock.nowMs();
    const Result<std::optional<ProductionReport>> last = m_reports->lastReport(request.operationId, request.employeeId);
    if (!last)
        return last.outcome();
    if (last.value() && ReportCheck::isDoubleScan(request, *last.value(), now, stationRules)) {
        receipt.reportId = last.value()->id;
        receipt.duplicate = true;
        return Outcome::success();
    }
    // 首件: no good quantity on a gated step before its first article passed (docs/quality.md).
    if (Outcome gate = FirstArticleGate(m_db->connection())
                           .allowsGood(c.operation.id, request.good, machineId);
        !gate)
        return gate;
    if (Outcome enough = m_check->checkFeeds(request); !enough)
        return enough;
    if (Outcome good = m_check->checkGood(request, c, stationRules); !good)
        return good;

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

Result<QString> ReportingService::reportReceived(const QString &operationId, double good,
                                                 double defective, const QString &employeeId)
{
    const Result<ReportContext> found = m_check->context(operationId);
    if (!found)
        return found.outcome();
    const ReportContext &c = found.value();
    if (Outcome open = ReportCheck::checkOrderOpen(c); !open)
        return open;
    ProductionReport report;
    report.id = newUuidV7();
    report.workOrderId = c.order.id;
    report.operationId = c.operation.id;
    // No machine and no employee: the supplier did the work, so nobody earns piece-rate wages
    // for it; who received it is on the receipt (EMPLOYEE_ID there).
    Q_UNUSED(employeeId);
    report.good = good;
    report.defective = defective;
    report.reportedAtMs = m_clock.nowMs();
    report.deviceId = m_db->deviceId();
    report.userId = m_access->userId();
    if (c.order.state == WorkOrderState::Released) {
        if (Outcome started = m_workOrderService->startFromReport(c.order); !started)
            return started;
    }
    if (Outcome done = m_reports->insertReport(report); !done)
        return done;
    m_db->afterCommit([this, orderId = c.order.id, operationId = c.operation.id] {
        emit reportAdded(orderId, operationId);
    });
    return report.id;
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
