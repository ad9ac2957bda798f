#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Taktline {

// What a machine is doing (设备状态); set from the station, or implied by Start and Finish.
enum class MachineStatus { Running, Idle, Setup, Down, Maintenance };

QString machineStatusKey(MachineStatus status);             // stored: "running"
std::optional<MachineStatus> machineStatusFromKey(const QString &key);
QString machineStatusDisplayName(MachineStatus status);     // translated: 运行
QList<MachineStatus> allMachineStatuses();

// A material lot fed with a report (投料): PER_PIECE × the pieces made (good and defective) is
// taken from it; a product without a bill of materials records the lot and takes nothing.
struct LotFeed
{
    QString lotNo;
    double perPiece = 0;
};

// A serial-numbered piece (序列号) reported on its own: its step is recorded with the report,
// passed (one good piece) or failed (one defective piece).
struct SerialStep
{
    QString serial;
    bool pass = true;
};

// One production report (报工) as entered at the station, before it is saved, with what it
// consumes: the report, its lot movements and its serial step are saved together or not at all.
struct ReportRequest
{
    QString operationId;
    QString employeeId;
    QString machineId;
    double good = 0;
    double defective = 0;
    double rework = 0;
    QString defectReasonId; // required when defective > 0
    QString materialLot;    // optional: the lot recorded on the report
    QList<LotFeed> feeds;   // the lots the pieces took material from
    // One identified piece (a scanned serial): never taken for a double scan of the last report.
    std::optional<SerialStep> serialStep;
    // From StationPinService::confirm() for EMPLOYEE_ID: needed while the factory asks for PINs.
    QString pinConfirmation;
};

// A saved report, or the voiding record of one (voidsReportId set).
struct ProductionReport
{
    QString id;
    QString workOrderId;
    QString operationId;
    QString machineId;
    QString employeeId;
    double good = 0;
    double defective = 0;
    double rework = 0;
    QString defectReasonId;
    QString materialLot;
    QString voidsReportId;
    QString reason;
    qint64 reportedAtMs = 0;
    QString deviceId;
    QString userId;
};

// An operation's progress, derived from the reports that count (not voided).
struct OperationProgress
{
    QString operationId;
    double good = 0;
    double defective = 0;
    double rework = 0;
    int reports = 0;
    qint64 firstAtMs = 0;
    qint64 lastAtMs = 0;
};

// A piece rate (计件单价): pay per good piece of one operation of one product, from a date on.
struct PieceRate
{
    QString id;
    QString productId;
    QString operationName;
    double rate = 0;
    QDate validFrom;
};

// One counted report priced for piece-rate wages (计件工资).
struct WageLine
{
    QString reportId;
    QString employeeId;
    qint64 reportedAtMs = 0;
    QString workOrderNumber;
    QString partNo;
    QString operationName;
    double good = 0;
    double rate = 0;        // 0 with hasRate false: no rate valid on that day
    bool hasRate = false;
    bool approved = true;   // false: approval is required and still missing, so it pays nothing
    double amount = 0;      // good × rate
    // 扣款: pieces of a nonconformance whose disposition deducts wages; GOOD and AMOUNT are
    // negative, REPORT_ID is the disposition's id, REPORTED_AT_MS when it was decided.
    bool deduction = false;
    QString nonconformanceNumber;
};

// The shop-floor rules a supervisor can tune in Settings.
struct StationRules
{
    double overReportTolerancePercent = 0; // good may exceed the previous step's good by this much
    int doubleScanWindowSeconds = 10;      // the same report again within this is not counted
    int idleSignOutMinutes = 5;            // the station signs the operator out after this
    QString fixedMachineCode;              // a tablet mounted at one machine (per device)
    bool approvalRequired = false;         // wages count only reports a supervisor approved
    bool pinRequired = false;              // stations ask for the employee's PIN after the badge
};

// A report as a supervisor reviews it: voided or not (and why), approved or not.
struct ReportEntry
{
    ProductionReport report;
    bool voided = false;
    QString voidReason;
    qint64 voidedAtMs = 0;
    bool approved = false;
    qint64 approvedAtMs = 0;
};

} // namespace Taktline
