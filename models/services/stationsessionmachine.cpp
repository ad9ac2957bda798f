// The station's machine status buttons, sign-out and idle timer (split from stationsession.cpp).
#include "stationsession.h"

#include "accesscontrol.h"
#include "machinestatusservice.h"
#include "masterdataservice.h"
#include "reportingservice.h"
#include "workspace.h"

namespace Taktline {

bool StationSession::needsOperatorAndMachine()
{
    touch();
    if (m_employeeId.isEmpty())
        return refuse(tr("Scan your badge first."));
    if (m_machineId.isEmpty())
        return refuse(tr("Scan the machine's code first."));
    return true;
}

bool StationSession::start()
{
    if (m_employeeId.isEmpty() || m_machineId.isEmpty() || m_operation)
        return setStatus(MachineStatus::Running, {}, true);
    return refuse(tr("Scan the traveller first: which operation starts?"));
}

bool StationSession::finish()
{
    if (!setStatus(MachineStatus::Idle, {}, false))
        return false;
    clearOperation();
    return true;
}

bool StationSession::setStatus(MachineStatus status, const QString &reasonId, bool keepOperation)
{
    if (!needsOperatorAndMachine())
        return false;
    const QString operationId = keepOperation && m_operation ? m_operation->operationId : QString();
    const Outcome saved = m_workspace->machineStatus()->setStatus(m_machineId, status, reasonId,
                                                                  m_employeeId, operationId);
    if (!saved)
        return refuse(saved.error());
    refreshMachineStatus();
    QString text = tr("Machine %1: %2.").arg(m_machineCode, machineStatusDisplayName(status));
    if (status == MachineStatus::Down) {
        const Result<MasterRecord> reason =
            m_workspace->masterData()->find(MasterDataKind::DowntimeReason, reasonId);
        if (reason)
            text = tr("Machine %1 is down: %2.").arg(m_machineCode, reason.value().localizedName());
    }
    return say(text, status == MachineStatus::Down ? MessageKind::Warning : MessageKind::Ok);
}

void StationSession::refreshMachineStatus()
{
    const Result<MachineState> state = m_workspace->machineStatus()->current(m_machineId);
    const MachineStatus status = state ? state.value().status : MachineStatus::Idle;
    if (status == m_machineStatus)
        return;
    m_machineStatus = status;
    emit machineStatusChanged();
}

void StationSession::clearOperation()
{
    if (m_operation) {
        m_operation.reset();
        emit operationChanged();
        emit stepChanged();
    }
    if (!m_lot.isEmpty()) {
        m_lot.clear();
        m_lotPerUnit.reset();
        emit lotChanged();
    }
    clearPiece();
}

void StationSession::signOut()
{
    m_idle.stop();
    const bool wasSignedIn = !m_employeeId.isEmpty();
    clearOperation();
    m_employeeId.clear();
    m_employeeName.clear();
    m_employeeBadge.clear();
    if (m_ownsAccessSession) {
        m_ownsAccessSession = false;
        m_workspace->access()->signOut();
    }
    if (wasSignedIn) {
        emit operatorChanged();
        emit stepChanged();
    }
}

void StationSession::setIdleTimeoutMs(int ms)
{
    m_idleOverrideMs = std::max(0, ms);
    if (m_idle.isActive())
        restartIdleTimer();
}

int StationSession::idleTimeoutMs() const
{
    if (m_idleOverrideMs > 0)
        return m_idleOverrideMs;
    return m_workspace->reporting()->rules().idleSignOutMinutes * 60 * 1000;
}

void StationSession::restartIdleTimer()
{
    m_idle.start(idleTimeoutMs());
}

void StationSession::idleTimeout()
{
    const QString name = m_employeeName;
    signOut();
    say(tr("%1 was signed out: the station stood idle. Scan your badge to go on.").arg(name),
        MessageKind::Warning);
}

} // namespace Taktline
