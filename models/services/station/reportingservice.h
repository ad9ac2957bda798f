#pragma once

#include "domain/outcome.h"
#include "domain/station/production.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace Taktline {

class AccessControl;
class Clock;
class Database;
class MasterDataService;
class ProductionRepository;
class ReportCheck;
struct ReportContext;
class SerialService;
class SettingsRepository;
class StationPinService;
class TraceService;
class WorkOrderRepository;
class WorkOrderService;

// What the station shows after a report: saved (or recognised as a double scan) and where the
// operation stands now.
struct ReportReceipt
{
    QString reportId;
    bool duplicate = false; // the same report again within the double-scan window: not counted
    QString workOrderNumber;
    int seq = 0;
    double plannedQuantity = 0;
    OperationProgress progress; // after this report
};

// Production reporting (报工): saves a report that passed the shop-floor rules (ReportCheck)
// as an insert-only fact, with the lots it feeds and its serial step; corrections are voiding
// records made by a supervisor. Every progress figure is derived from these facts.
class ReportingService final : public QObject
{
    Q_OBJECT
public:
    ReportingService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                     const MasterDataService *masterData, WorkOrderService *workOrders,
                     TraceService *trace, SerialService *serials, const StationPinService *pins,
                     QObject *parent = nullptr);
    ~ReportingService() override;

    StationRules rules() const;
    Outcome setRules(const StationRules &rules); // needs EditSettings

    // Saves the report with what it consumes — the lots it feeds, the serial step — and the
    // order's start on its first report, in one transaction. Refused with a message the
    // operator understands, and nothing written, for: an unknown operation, a work order that
    // is not released or running, a deactivated employee or machine, quantities that are not
    // plausible, more good than the previous step allows, a lot that cannot be fed or has too
    // little left, a serial step that cannot be recorded, and — while the factory asks for PINs
    // — an employee whose PIN was not confirmed (request.pinConfirmation).
    Result<ReportReceipt> report(const ReportRequest &request);
    // The report of pieces of a step done outside (外协) coming back: GOOD and DEFECTIVE, no
    // machine, received by EMPLOYEE_ID (may be empty). For the SubcontractService, inside its
    // transaction (it checks the quantities and the permission); the order starts on its first
    // report; reportAdded follows the commit. Refused for an order that is not released or running.
    Result<QString> reportReceived(const QString &operationId, double good, double defective,
                                   const QString &employeeId);
    // Voids a report with a reason (needs CorrectReports); the report stays, marked void.
    Result<QString> voidReport(const QString &reportId, const QString &reason);

    // The operation a scanned traveller means: step SEQ of the order, or with SEQ 0 (a `WO:`
    // code) the first unfinished step on MACHINE_ID, else the first unfinished step.
    Result<QString> operationForScan(const QString &workOrderNumber, int seq, const QString &machineId) const;

    // The reports of a work order (or one of its operations) for review, newest first.
    Result<QList<ReportEntry>> entries(const QString &workOrderId, const QString &operationId = {}) const;
    // Approves reports for wages (needs CorrectReports); voided and already approved ones are
    // skipped. Returns how many were approved.
    Result<int> approve(const QStringList &reportIds);

    Result<OperationProgress> progress(const QString &operationId) const;
    Result<QHash<QString, OperationProgress>> progressForWorkOrder(const QString &workOrderId) const;
    // How many good pieces this operation may still report (previous step's good, or the
    // planned quantity for the first step, with the tolerance, minus what is reported).
    Result<double> reportableGood(const QString &operationId) const;

signals:
    void reportAdded(const QString &workOrderId, const QString &operationId);
    void reportVoided(const QString &workOrderId, const QString &operationId);
    void reportsApproved(const QStringList &reportIds);

private:
    // Inside report()'s transaction: checks and writes the report and everything it implies.
    Outcome save(const ReportRequest &request, const ReportContext &context,
                 const StationRules &stationRules, ReportReceipt &receipt);
    Outcome feedLots(const ReportRequest &request, const ProductionReport &report);

    std::shared_ptr<Database> m_db;
    std::unique_ptr<ProductionRepository> m_reports;
    std::unique_ptr<WorkOrderRepository> m_workOrders;
    std::unique_ptr<ReportCheck> m_check;
    std::unique_ptr<SettingsRepository> m_settings;
    AccessControl *m_access;
    const MasterDataService *m_masterData;
    WorkOrderService *m_workOrderService;
    TraceService *m_trace;
    SerialService *m_serials;
    const StationPinService *m_pins;
    const Clock &m_clock;
};

} // namespace Taktline
