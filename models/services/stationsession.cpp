#include "stationsession.h"

#include "accesscontrol.h"
#include "barcodecodec.h"
#include "bomservice.h"
#include "database.h"
#include "machinestatusservice.h"
#include "masterdataservice.h"
#include "reportingservice.h"
#include "serialservice.h"
#include "workorderrepository.h"
#include "workorderservice.h"
#include "workspace.h"

#include <QLocale>

#include <cmath>

namespace Taktline {

namespace {

} // namespace

StationSession::StationSession(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &StationSession::idleTimeout);
    connect(workspace->reporting(), &ReportingService::reportAdded, this,
            [this](const QString &, const QString &operationId) {
                if (m_operation && m_operation->operationId == operationId)
                    refreshOperation();
            });
    connect(workspace->machineStatus(), &MachineStatusService::statusChanged, this,
            [this](const QString &machineId) {
                if (machineId == m_machineId)
                    refreshMachineStatus();
            });
}

StationSession::~StationSession()
{
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
    if (m_employeeId.isEmpty())
        return Step::Operator;
    if (m_machineId.isEmpty())
        return Step::Machine;
    if (!m_operation)
        return Step::Operation;
    return Step::Quantities;
}

QString StationSession::stepHint() const
{
    switch (step()) {
    case Step::Operator:
        return tr("Scan your badge");
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
    if (!accepted.contains(scan.kind))
        return refuse(BarcodeCodec::expect(scan, wanted).error());
    switch (scan.kind) {
    case ScanKind::Employee:
        return selectByCode(MasterDataKind::Employee, scan.value);
    case ScanKind::Machine:
        return selectByCode(MasterDataKind::Machine, scan.value);
    case ScanKind::WorkOrder:
    case ScanKind::Operation: {
        const Result<QString> id =
            m_workspace->reporting()->operationForScan(scan.workOrderNumber, scan.seq, m_machineId);
        return id ? selectOperation(id.value()) : refuse(id.error());
    }
    case ScanKind::Serial:
        return handleSerial(scan.value);
    case ScanKind::Lot:
        return handleLot(scan.value);
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
    AccessControl *access = m_workspace->access();
    // A station started by itself signs in as the device; an owner's window keeps its session.
    if (!access->isSignedIn() || m_ownsAccessSession) {
        access->signIn({QStringLiteral("station:") + m_workspace->database().deviceId(),
                        QStringLiteral("station"), name, Role::Operator});
        m_ownsAccessSession = true;
    }
    const bool changed = m_employeeId != employeeId;
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
    if (!m_operation) {
        const Result<MachineState> state = m_workspace->machineStatus()->current(machineId);
        if (state && !state.value().operationId.isEmpty() && !m_employeeId.isEmpty())
            return selectOperation(state.value().operationId);
    }
    return say(tr("Machine %1 %2.").arg(code, m_machineName), MessageKind::Ok);
}

bool StationSession::selectOperation(const QString &operationId)
{
    touch();
    const Result<WorkOrderOperation> step =
        WorkOrderRepository(m_workspace->database().connection()).operation(operationId);
    if (!step)
        return refuse(tr("This operation does not exist."));
    StationOperation op;
    op.operationId = operationId;
    op.workOrderId = step.value().workOrderId;
    if (!fillOperation(op))
        return refuse(tr("This operation does not exist."));
    const StationOperation &loaded = op;
    if (loaded.state == WorkOrderState::OnHold)
        return refuse(tr("Work order %1 is on hold: ask the supervisor to resume it.")
                          .arg(loaded.workOrderNumber));
    if (loaded.state != WorkOrderState::Released && loaded.state != WorkOrderState::InProgress)
        return refuse(tr("Work order %1 is %2: no more production can be reported on it.")
                          .arg(loaded.workOrderNumber, workOrderStateDisplayName(loaded.state)));
    const bool other = !m_operation || m_operation->operationId != operationId;
    m_operation = op;
    if (other && !m_lot.isEmpty()) {
        m_lot.clear(); // a lot belongs to the operation it was scanned for
        m_lotPerUnit.reset();
        emit lotChanged();
    }
    if (other)
        clearPiece();
    emit operationChanged();
    emit stepChanged();
    return say(tr("%1 step %2 %3: %4 of %5 done.")
                   .arg(loaded.workOrderNumber)
                   .arg(loaded.seq)
                   .arg(loaded.stepName, quantityText(loaded.good), quantityText(loaded.planned)),
               MessageKind::Ok);
}

void StationSession::refreshOperation()
{
    if (m_operation && fillOperation(*m_operation))
        emit operationChanged();
}

bool StationSession::fillOperation(StationOperation &op) const
{
    WorkOrderService *orders = m_workspace->workOrders();
    ReportingService *reporting = m_workspace->reporting();
    const Result<WorkOrder> order = orders->find(op.workOrderId);
    const Result<QList<WorkOrderOperation>> steps = orders->operations(op.workOrderId);
    if (!order || !steps)
        return false;
    op.workOrderNumber = order.value().number;
    op.state = order.value().state;
    op.planned = order.value().quantity;
    const Result<MasterRecord> product =
        m_workspace->masterData()->find(MasterDataKind::Product, order.value().productId);
    if (product)
        op.product = product.value().text(QStringLiteral("part_no")) + QLatin1Char(' ') +
                     product.value().localizedName();
    op.previousGood.reset();
    for (const WorkOrderOperation &step : steps.value()) {
        if (step.id == op.operationId) {
            op.seq = step.seq;
            op.stepName = step.name;
            break;
        }
        const Result<OperationProgress> before = reporting->progress(step.id);
        op.previousGood = before ? before.value().good : 0.0;
    }
    const Result<OperationProgress> done = reporting->progress(op.operationId);
    op.good = done ? done.value().good : 0;
    op.defective = done ? done.value().defective : 0;
    op.remaining = std::max(0.0, op.planned - op.good);
    const Result<double> reportable = reporting->reportableGood(op.operationId);
    op.reportable = reportable ? reportable.value() : 0;
    const Result<int> serials = m_workspace->serials()->countOf(op.workOrderId);
    op.serialTracked = serials && serials.value() > 0;
    op.materials.clear();
    const Result<QList<MaterialRequirement>> feed = m_workspace->bom()->suggestedFeed(op.operationId);
    for (const MaterialRequirement &line : feed ? feed.value() : QList<MaterialRequirement>())
        op.materials << tr("%1 %2 %3 %4 per piece")
                            .arg(line.componentPartNo,
                                 localizedName(line.componentName, line.componentNameEn),
                                 quantityText(line.perUnit, 3), line.unit)
                            .simplified();
    return true;
}

bool StationSession::submit(double good, double defective, double rework,
                            const QString &defectReasonId)
{
    if (!needsOperatorAndMachine())
        return false;
    if (!m_operation)
        return refuse(tr("Scan the traveller first: which operation was made?"));
    ReportRequest request = newRequest();
    request.good = good;
    request.defective = defective;
    request.rework = rework;
    request.defectReasonId = defectReasonId;
    const Result<ReportReceipt> receipt = saveReport(request);
    if (!receipt)
        return false;
    refreshOperation();
    const ReportReceipt &r = receipt.value();
    if (r.duplicate)
        return say(
            tr("Already counted: the same report was saved moments ago and is not counted twice."),
            MessageKind::Warning);
    return say(tr("Reported: %1 good, %2 defective, %3 rework on %4 step %5. Done %6 of %7.")
                   .arg(quantityText(good), quantityText(defective), quantityText(rework), r.workOrderNumber)
                   .arg(r.seq)
                   .arg(quantityText(r.progress.good), quantityText(r.plannedQuantity)),
               MessageKind::Ok);
}

} // namespace Taktline
