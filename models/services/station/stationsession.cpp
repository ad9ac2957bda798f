#include "services/station/stationsession.h"

#include "barcode/barcodecodec.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/station/machinestatusservice.h"
#include "services/station/reportingservice.h"
#include "services/station/stationfirstarticle.h"
#include "services/station/stationmove.h"
#include "services/station/stationpinservice.h"
#include "services/workspace.h"
#include "storage/database.h"

namespace Taktline {

StationSession::StationSession(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_idle(workspace)
    , m_job(new StationJob(workspace, this))
    , m_firstArticle(new StationFirstArticle(workspace, this))
    , m_move(new StationMove(workspace, this))
{
    connect(m_move, &StationMove::changed, this, &StationSession::stepChanged);
    connect(m_idle.timer(), &QTimer::timeout, this, &StationSession::idleTimeout);
    connect(m_job, &StationJob::operationChanged, this, &StationSession::operationChanged);
    connect(m_job, &StationJob::operationChanged, this, &StationSession::stepChanged);
    connect(m_job, &StationJob::lotChanged, this, &StationSession::lotChanged);
    connect(m_job, &StationJob::pieceChanged, this, &StationSession::pieceChanged);
    connect(m_job, &StationJob::reported, this, &StationSession::reported);
    connect(workspace->machineStatus(), &MachineStatusService::statusChanged, this,
            [this](const QString &machineId) {
                if (machineId == m_machineId)
                    refreshMachineStatus();
            });
}

StationSession::~StationSession()
{
    if (!m_pinConfirmation.isEmpty())
        m_workspace->stationPins()->release(m_pinConfirmation);
    if (m_ownsAccessSession)
        m_workspace->access()->signOut();
}

bool StationSession::setFixedMachine(const QString &code)
{
    m_machineFixed = false;
    m_machineFixed = selectByCode(MasterDataKind::Machine, code);
    return m_machineFixed;
}

StationSession::Step StationSession::step() const
{
    if (!m_pendingId.isEmpty())
        return Step::Pin;
    if (m_employeeId.isEmpty())
        return Step::Operator;
    if (m_machineId.isEmpty())
        return Step::Machine;
    if (!m_job->operation())
        return Step::Operation;
    return Step::Quantities;
}

QString StationSession::stepHint() const
{
    if (m_move->active())
        return m_move->hint();
    switch (step()) {
    case Step::Operator:
        return tr("Scan your badge");
    case Step::Pin:
        return tr("Type your PIN and press OK");
    case Step::Machine:
        return tr("Scan the machine's code");
    case Step::Operation:
        return tr("Scan the traveller (work order or operation code)");
    case Step::Quantities:
        return tr("Enter the quantities and press Report");
    }
    return {};
}

bool StationSession::say(const QString &text, MessageKind kind)
{
    m_lastMessage = text;
    emit message(text, kind);
    return kind != MessageKind::Error;
}

bool StationSession::handleScan(const QString &code)
{
    touch();
    const Result<ScanResult> parsed = BarcodeCodec::parse(code);
    if (!parsed)
        return refuse(parsed.error());
    const ScanResult &scan = parsed.value();
    // What the current step asks for decides the message; earlier steps can always be redone.
    QList<ScanKind> accepted{ScanKind::Employee};
    QList<ScanKind> wanted{ScanKind::Employee};
    if (step() != Step::Operator) {
        accepted << ScanKind::Machine;
        wanted = {ScanKind::Machine};
    }
    if (step() == Step::Operation || step() == Step::Quantities) {
        accepted << ScanKind::WorkOrder << ScanKind::Operation << ScanKind::Serial;
        wanted = {ScanKind::WorkOrder, ScanKind::Operation};
    }
    if (step() == Step::Quantities) {
        accepted << ScanKind::Lot;
        wanted << ScanKind::Lot;
    }
    if (step() == Step::Pin && scan.kind != ScanKind::Employee)
        return refuse(tr("Type your PIN first, or scan another badge."));
    // A place's label begins a move (移库); what is scanned next is what moves.
    if (scan.kind == ScanKind::Location)
        return m_employeeId.isEmpty() ? refuse(tr("Scan your badge first.")) : m_move->takePlace(scan.value);
    if (m_move->wants(scan.kind))
        return m_move->takeSource(scan);
    if (!accepted.contains(scan.kind))
        return refuse(BarcodeCodec::expect(scan, wanted).error());
    switch (scan.kind) {
    case ScanKind::Employee: // an inspector the first article waits for, else the operator
        return m_firstArticle->wantsBadge(scan.value)
                   ? m_firstArticle->takeBadge(scan.value)
                   : selectByCode(MasterDataKind::Employee, scan.value);
    case ScanKind::Machine:
        return selectByCode(MasterDataKind::Machine, scan.value);
    case ScanKind::WorkOrder:
    case ScanKind::Operation: {
        const Result<QString> id =
            m_workspace->reporting()->operationForScan(scan.workOrderNumber, scan.seq, m_machineId);
        return id ? m_job->selectOperation(id.value()) : refuse(id.error());
    }
    case ScanKind::Serial:
        return m_job->handleSerial(scan.value);
    case ScanKind::Lot:
        return m_job->handleLot(scan.value);
    default:
        return refuse(BarcodeCodec::expect(scan, wanted).error());
    }
}

bool StationSession::selectByCode(MasterDataKind kind, const QString &code)
{
    const Result<QString> id = m_workspace->masterData()->idForCode(kind, code);
    if (id && !id.value().isEmpty())
        return kind == MasterDataKind::Employee ? selectOperator(id.value())
                                                : selectMachine(id.value());
    return refuse(kind == MasterDataKind::Employee
                      ? tr("No employee has the badge %1. Ask the supervisor to add it.").arg(code)
                      : tr("No machine has the code %1.").arg(code));
}

bool StationSession::selectOperator(const QString &employeeId)
{
    touch();
    const Result<MasterRecord> employee =
        m_workspace->masterData()->find(MasterDataKind::Employee, employeeId);
    if (!employee)
        return refuse(tr("This employee does not exist."));
    const MasterRecord &record = employee.value();
    const QString name = record.text(QStringLiteral("name"));
    const QString badge = record.text(QStringLiteral("badge"));
    if (!record.active)
        return refuse(
            tr("%1 (badge %2) is deactivated and cannot sign in at the station.").arg(name, badge));
    if (m_workspace->reporting()->rules().pinRequired) {
        // The same badge again while its PIN is confirmed: nothing to ask.
        if (employeeId == m_employeeId && !m_pinConfirmation.isEmpty())
            return say(tr("Hello, %1.").arg(name), MessageKind::Ok);
        const Result<bool> hasPin = m_workspace->stationPins()->hasPin(employeeId);
        if (!hasPin)
            return refuse(hasPin.error());
        // Refused rather than let in: with PINs switched on, a badge without one is exactly
        // the badge anyone could report under.
        if (!hasPin.value())
            return refuse(tr("%1 (badge %2) has no station PIN yet and cannot sign in while the "
                             "factory asks for PINs. Ask the supervisor to set one under Master "
                             "data ▸ Employees.")
                              .arg(name, badge));
        const Result<qint64> locked = m_workspace->stationPins()->lockedUntil(employeeId);
        if (!locked)
            return refuse(locked.error());
        // A locked badge is refused (and the attempt audited) without showing the pad.
        if (locked.value() > 0)
            return refuse(m_workspace->stationPins()->confirm(employeeId, QString()).error());
        // Whoever stood here before leaves; the session is the new badge's after its PIN.
        forgetOperator();
        m_pendingId = employeeId;
        m_pendingName = name;
        m_pendingBadge = badge;
        restartIdleTimer();
        emit stepChanged();
        return say(tr("%1, type your PIN and press OK.").arg(name), MessageKind::Ok);
    }
    return signInOperator(employeeId, name, badge);
}

bool StationSession::enterPin(const QString &pin)
{
    touch();
    if (m_pendingId.isEmpty())
        return refuse(tr("Scan your badge first."));
    const QString employeeId = m_pendingId;
    const Result<QString> confirmed = m_workspace->stationPins()->confirm(employeeId, pin);
    if (!confirmed) {
        const Result<qint64> locked = m_workspace->stationPins()->lockedUntil(employeeId);
        if (locked && locked.value() > 0) {
            clearPending(); // locked: the pad closes, the next badge may step up
            emit stepChanged();
        }
        return refuse(confirmed.error());
    }
    const QString name = m_pendingName;
    const QString badge = m_pendingBadge;
    clearPending();
    m_pinConfirmation = confirmed.value();
    return signInOperator(employeeId, name, badge);
}

void StationSession::cancelPin()
{
    if (m_pendingId.isEmpty())
        return;
    clearPending();
    emit stepChanged();
    say(stepHint(), MessageKind::Warning);
}

void StationSession::clearPending()
{
    m_pendingId.clear();
    m_pendingName.clear();
    m_pendingBadge.clear();
}

void StationSession::forgetOperator()
{
    m_move->cancel();
    if (!m_pinConfirmation.isEmpty())
        m_workspace->stationPins()->release(m_pinConfirmation);
    m_pinConfirmation.clear();
    if (m_employeeId.isEmpty())
        return;
    m_employeeId.clear();
    m_employeeName.clear();
    m_employeeBadge.clear();
    emit operatorChanged();
}

bool StationSession::signInOperator(const QString &employeeId, const QString &name,
                                    const QString &badge)
{
    AccessControl *access = m_workspace->access();
    // A station started by itself signs in as the device; an owner's window keeps its session.
    if (!access->isSignedIn() || m_ownsAccessSession) {
        access->signIn({QStringLiteral("station:") + m_workspace->database().deviceId(),
                        QStringLiteral("station"), name, Role::Operator});
        m_ownsAccessSession = true;
    }
    // A badge still waiting for its PIN (the setting was switched off meanwhile) is dropped.
    const bool changed = m_employeeId != employeeId || !m_pendingId.isEmpty();
    clearPending();
    m_employeeId = employeeId;
    m_employeeName = name;
    m_employeeBadge = badge;
    restartIdleTimer();
    if (changed) {
        emit operatorChanged();
        emit stepChanged();
    }
    return say(tr("Hello, %1.").arg(name), MessageKind::Ok);
}

bool StationSession::selectMachine(const QString &machineId)
{
    touch();
    if (m_machineFixed && machineId != m_machineId)
        return refuse(
            tr("This station belongs to machine %1; it cannot report for another machine.")
                .arg(m_machineCode));
    const Result<MasterRecord> machine =
        m_workspace->masterData()->find(MasterDataKind::Machine, machineId);
    if (!machine)
        return refuse(tr("This machine does not exist."));
    const QString code = machine.value().text(QStringLiteral("code"));
    if (!machine.value().active)
        return refuse(
            tr("Machine %1 is deactivated: no production can be reported on it.").arg(code));
    const bool changed = m_machineId != machineId;
    m_machineId = machineId;
    m_machineCode = code;
    m_machineName = machine.value().localizedName();
    refreshMachineStatus();
    if (changed) {
        emit machineChanged();
        emit stepChanged();
    }
    // A paused or running operation on this machine is picked up again.
    if (!m_job->operation()) {
        const Result<MachineState> state = m_workspace->machineStatus()->current(machineId);
        if (state && !state.value().operationId.isEmpty() && !m_employeeId.isEmpty())
            return m_job->selectOperation(state.value().operationId);
    }
    return say(tr("Machine %1 %2.").arg(code, m_machineName), MessageKind::Ok);
}

bool StationSession::requireOperatorAndMachine()
{
    touch();
    if (!m_pendingId.isEmpty())
        return refuse(tr("Type your PIN first."));
    if (m_employeeId.isEmpty())
        return refuse(tr("Scan your badge first."));
    if (m_machineId.isEmpty())
        return refuse(tr("Scan the machine's code first."));
    return true;
}

bool StationSession::start()
{
    if (m_employeeId.isEmpty() || m_machineId.isEmpty() || m_job->operation())
        return setStatus(MachineStatus::Running, {}, true);
    return refuse(tr("Scan the traveller first: which operation starts?"));
}

bool StationSession::finish()
{
    if (!setStatus(MachineStatus::Idle, {}, false))
        return false;
    m_job->clear();
    return true;
}

bool StationSession::setStatus(MachineStatus status, const QString &reasonId, bool keepOperation)
{
    if (!requireOperatorAndMachine())
        return false;
    const std::optional<StationOperation> &operation = m_job->operation();
    const QString operationId = keepOperation && operation ? operation->operationId : QString();
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

void StationSession::signOut()
{
    m_idle.stop();
    m_move->cancel();
    const bool wasSignedIn = !m_employeeId.isEmpty() || !m_pendingId.isEmpty();
    m_job->clear();
    clearPending();
    if (!m_pinConfirmation.isEmpty())
        m_workspace->stationPins()->release(m_pinConfirmation);
    m_pinConfirmation.clear();
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

void StationSession::idleTimeout()
{
    const QString name = m_employeeName.isEmpty() ? m_pendingName : m_employeeName;
    signOut();
    say(tr("%1 was signed out: the station stood idle. Scan your badge to go on.").arg(name),
        MessageKind::Warning);
}

} // namespace Taktline
