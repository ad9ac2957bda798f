#pragma once

#include "fieldspec.h"
#include "outcome.h"
#include "production.h"
#include "workorder.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace Taktline {

class Workspace;
struct ReportReceipt;
struct SerialNumber;

// The operation a station reports on, with its progress as the operator needs to see it.
struct StationOperation
{
    QString operationId;
    QString workOrderId;
    QString workOrderNumber;
    QString product; // "FL-1 法兰"
    int seq = 0;
    QString stepName;
    WorkOrderState state = WorkOrderState::Released;
    double planned = 0;
    double good = 0; // reported good so far on this step
    double defective = 0;
    double remaining = 0;
    std::optional<double> previousGood; // none on the first step
    double reportable = 0;              // what may still be reported as good
    bool serialTracked = false;         // the order has serial numbers: pieces are scanned
    QStringList materials;              // what the bill of materials feeds at this step, per piece
};

// One shop-floor station's flow (工位报工) without widgets: who reports, on which machine and
// operation, routes every scan by its kind, reports production and machine status through the
// services, and signs the operator out when the station stands idle.
class StationSession final : public QObject
{
    Q_OBJECT
public:
    enum class Step { Operator, Machine, Operation, Quantities };
    Q_ENUM(Step)
    enum class MessageKind { Ok, Warning, Error };
    Q_ENUM(MessageKind)

    explicit StationSession(Workspace *workspace, QObject *parent = nullptr);
    ~StationSession() override;

    // A tablet mounted at one machine: the machine is set now and never changed by a scan.
    bool setFixedMachine(const QString &code);
    bool machineFixed() const { return m_machineFixed; }

    Step step() const;
    QString stepHint() const;
    QString employeeId() const { return m_employeeId; }
    QString employeeName() const { return m_employeeName; }
    QString employeeBadge() const { return m_employeeBadge; }
    QString machineId() const { return m_machineId; }
    QString machineCode() const { return m_machineCode; }
    QString machineName() const { return m_machineName; }
    MachineStatus machineStatus() const { return m_machineStatus; }
    const std::optional<StationOperation> &operation() const { return m_operation; }
    QString materialLot() const { return m_lot; }
    // The serial-numbered piece last scanned at this operation: components scanned next are
    // fitted into it.
    QString currentPiece() const { return m_piece; }
    // The next scanned serial fails this step (reported defective with REASON_ID).
    void setNextPieceFails(bool fails, const QString &reasonId = {});
    bool nextPieceFails() const { return m_nextPieceFails; }
    QString lastMessage() const { return m_lastMessage; }

    // Routes a scan by its kind; a wrong or unknown code only says why and changes nothing.
    bool handleScan(const QString &code);
    // The manual path (a list, or a supervisor's typing): the same checks as a scan.
    bool selectOperator(const QString &employeeId);
    bool selectMachine(const QString &machineId);
    bool selectOperation(const QString &operationId);

    bool submit(double good, double defective, double rework, const QString &defectReasonId);
    bool start();
    bool pause() { return setStatus(MachineStatus::Idle, {}, true); } // keeps the operation
    bool finish();
    bool setDown(const QString &reasonId) { return setStatus(MachineStatus::Down, reasonId, true); }
    bool setSetup() { return setStatus(MachineStatus::Setup, {}, true); }
    bool setMaintenance() { return setStatus(MachineStatus::Maintenance, {}, true); }
    void signOut();

    // Any activity at the station: restarts the idle sign-out.
    void touch()
    {
        if (!m_employeeId.isEmpty())
            restartIdleTimer();
    }
    // The idle sign-out delay; 0 goes back to the rules' idleSignOutMinutes (tests set it tiny).
    void setIdleTimeoutMs(int ms);
    int idleTimeoutMs() const;

signals:
    void operatorChanged();
    void machineChanged();
    void operationChanged();
    void lotChanged();
    void pieceChanged();
    void machineStatusChanged();
    void stepChanged();
    void reported(const QString &reportId, bool duplicate);
    void message(const QString &text, Taktline::StationSession::MessageKind kind);

private:
    bool say(const QString &text, MessageKind kind);
    bool refuse(const QString &text) { return say(text, MessageKind::Error); }
    bool selectByCode(MasterDataKind kind, const QString &code);
    bool setStatus(MachineStatus status, const QString &reasonId, bool keepOperation);
    bool needsOperatorAndMachine();
    void refreshOperation();
    bool fillOperation(StationOperation &op) const;
    void refreshMachineStatus();
    void restartIdleTimer();
    void idleTimeout();
    void clearOperation();
    void clearPiece();
    bool handleSerial(const QString &code);
    bool handleLot(const QString &code);
    bool recordPiece(const SerialNumber &serial);
    bool fitComponent(const SerialNumber &component);
    // A report of the current operation by the signed-in operator on this machine.
    ReportRequest newRequest() const;
    Result<ReportReceipt> saveReport(ReportRequest request);

    Workspace *m_workspace;
    QTimer m_idle;
    int m_idleOverrideMs = 0;
    bool m_ownsAccessSession = false;
    bool m_machineFixed = false;
    QString m_employeeId, m_employeeName, m_employeeBadge;
    QString m_machineId, m_machineCode, m_machineName;
    MachineStatus m_machineStatus = MachineStatus::Idle;
    std::optional<StationOperation> m_operation;
    QString m_lot;
    std::optional<double> m_lotPerUnit; // from the bill of materials: fed per piece reported
    QString m_piece;
    bool m_nextPieceFails = false;
    QString m_failReasonId;
    QString m_lastMessage;
};

} // namespace Taktline
