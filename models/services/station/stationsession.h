#pragma once

#include "domain/masterdata/fieldspec.h"
#include "domain/outcome.h"
#include "domain/station/production.h"
#include "services/station/stationidletimer.h"
#include "services/station/stationjob.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace Taktline {

class StationFirstArticle;
class StationMove;
class Workspace;

// One shop-floor station (工位) without widgets: who works on which machine, every scan routed
// by its kind, the machine's status buttons, and the sign-out when the station stands idle. The
// work in hand — operation, lot, piece, reports — is its StationJob. While the factory asks for
// PINs, a badge only makes the session the employee's after the right PIN (Step::Pin).
class StationSession final : public QObject
{
    Q_OBJECT
public:
    enum class Step { Operator, Pin, Machine, Operation, Quantities };
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
    // The badge scanned last, waiting for its PIN (Step::Pin); empty otherwise.
    QString pendingEmployeeId() const { return m_pendingId; }
    QString pendingEmployeeName() const { return m_pendingName; }
    QString pendingEmployeeBadge() const { return m_pendingBadge; }
    // What the reports of the signed-in employee carry to show the PIN was typed here.
    QString pinConfirmation() const { return m_pinConfirmation; }
    QString machineId() const { return m_machineId; }
    QString machineCode() const { return m_machineCode; }
    QString machineName() const { return m_machineName; }
    MachineStatus machineStatus() const { return m_machineStatus; }
    StationJob *job() const { return m_job; }
    // The first-article gate of the job in hand (首件检验).
    StationFirstArticle *firstArticle() const { return m_firstArticle; }
    // A move of pieces to a place (移库), begun by a LOC: scan.
    StationMove *move() const { return m_move; }
    const std::optional<StationOperation> &operation() const { return m_job->operation(); }
    QString materialLot() const { return m_job->materialLot(); }
    // The serial-numbered piece last scanned at this operation: components scanned next are
    // fitted into it.
    QString currentPiece() const { return m_job->currentPiece(); }
    // The next scanned serial fails this step (reported defective with REASON_ID).
    void setNextPieceFails(bool fails, const QString &reasonId = {}) { m_job->setNextPieceFails(fails, reasonId); }
    bool nextPieceFails() const { return m_job->nextPieceFails(); }
    QString lastMessage() const { return m_lastMessage; }
    // Shows TEXT to the operator; false for an error, so a refusal can be returned at once.
    bool say(const QString &text, MessageKind kind);
    // True with an operator and a machine; otherwise says which to scan first.
    bool requireOperatorAndMachine();

    // Routes a scan by its kind; a wrong or unknown code only says why and changes nothing.
    bool handleScan(const QString &code);
    // The manual path (a list, or a supervisor's typing): the same checks as a scan.
    bool selectOperator(const QString &employeeId);
    bool selectMachine(const QString &machineId);
    bool selectOperation(const QString &operationId) { return m_job->selectOperation(operationId); }
    // The PIN typed for the pending badge, checked by the StationPinService: right, the session
    // becomes the employee's; wrong, it stays waiting (five wrong lock the badge).
    bool enterPin(const QString &pin);
    // Not me / back: the pending badge is dropped.
    void cancelPin();

    bool submit(double good, double defective, double rework, const QString &defectReasonId)
    {
        return m_job->submit(good, defective, rework, defectReasonId);
    }
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
        if (!m_employeeId.isEmpty() || !m_pendingId.isEmpty())
            restartIdleTimer();
    }
    // The idle sign-out delay; 0 goes back to the rules' idleSignOutMinutes (tests set it tiny).
    void setIdleTimeoutMs(int ms) { m_idle.setTimeoutMs(ms); }
    int idleTimeoutMs() const { return m_idle.timeoutMs(); }

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
    bool refuse(const QString &text) { return say(text, MessageKind::Error); }
    bool selectByCode(MasterDataKind kind, const QString &code);
    bool signInOperator(const QString &employeeId, const QString &name, const QString &badge);
    // The signed-in employee leaves, the work in hand stays (another operator takes it over).
    void forgetOperator();
    void clearPending();
    bool setStatus(MachineStatus status, const QString &reasonId, bool keepOperation);
    void refreshMachineStatus();
    void restartIdleTimer() { m_idle.restart(); }
    void idleTimeout();

    Workspace *m_workspace;
    StationIdleTimer m_idle;
    bool m_ownsAccessSession = false;
    bool m_machineFixed = false;
    QString m_employeeId, m_employeeName, m_employeeBadge;
    QString m_pendingId, m_pendingName, m_pendingBadge;
    QString m_pinConfirmation;
    QString m_machineId, m_machineCode, m_machineName;
    MachineStatus m_machineStatus = MachineStatus::Idle;
    StationJob *m_job;
    StationFirstArticle *m_firstArticle;
    StationMove *m_move;
    QString m_lastMessage;
};

} // namespace Taktline
