#include "services/station/stationjob.h"

#include "domain/masterdata/masterrecord.h"
#include "services/masterdata/bomservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/serials/serialservice.h"
#include "services/station/reportingservice.h"
#include "services/station/stationsession.h"
#include "services/trace/traceservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/planning/workorderrepository.h"

namespace Taktline {

StationJob::StationJob(Workspace *workspace, StationSession *session)
    : QObject(session)
    , m_workspace(workspace)
    , m_session(session)
{
    connect(workspace->reporting(), &ReportingService::reportAdded, this,
            [this](const QString &, const QString &operationId) {
                if (m_operation && m_operation->operationId == operationId)
                    refreshOperation();
            });
}

bool StationJob::refuse(const QString &text)
{
    return m_session->say(text, StationSession::MessageKind::Error);
}

bool StationJob::sayOk(const QString &text)
{
    return m_session->say(text, StationSession::MessageKind::Ok);
}

bool StationJob::warn(const QString &text)
{
    return m_session->say(text, StationSession::MessageKind::Warning);
}

bool StationJob::selectOperation(const QString &operationId)
{
    m_session->touch();
    const Result<WorkOrderOperation> step =
        WorkOrderRepository(m_workspace->database().connection()).operation(operationId);
    if (!step)
        return refuse(tr("This operation does not exist."));
    StationOperation op;
    op.operationId = operationId;
    op.workOrderId = step.value().workOrderId;
    if (!fillOperation(op))
        return refuse(tr("This operation does not exist."));
    if (op.state == WorkOrderState::OnHold)
        return refuse(tr("Work order %1 is on hold: ask the supervisor to resume it.")
                          .arg(op.workOrderNumber));
    if (op.state != WorkOrderState::Released && op.state != WorkOrderState::InProgress)
        return refuse(tr("Work order %1 is %2: no more production can be reported on it.")
                          .arg(op.workOrderNumber, workOrderStateDisplayName(op.state)));
    const bool other = !m_operation || m_operation->operationId != operationId;
    m_operation = op;
    if (other) {
        forgetLot(); // a lot belongs to the operation it was scanned for
        clearPiece();
    }
    emit operationChanged();
    return sayOk(tr("%1 step %2 %3: %4 of %5 done.")
                     .arg(op.workOrderNumber)
                     .arg(op.seq)
                     .arg(op.stepName, quantityText(op.good), quantityText(op.planned)));
}

void StationJob::refreshOperation()
{
    if (m_operation && fillOperation(*m_operation))
        emit operationChanged();
}

bool StationJob::fillOperation(StationOperation &op) const
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

void StationJob::clear()
{
    if (m_operation) {
        m_operation.reset();
        emit operationChanged();
    }
    forgetLot();
    clearPiece();
}

void StationJob::forgetLot()
{
    if (m_lot.isEmpty())
        return;
    m_lot.clear();
    m_lotPerUnit.reset();
    emit lotChanged();
}

bool StationJob::submit(double good, double defective, double rework, const QString &defectReasonId)
{
    if (!m_session->requireOperatorAndMachine())
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
        return warn(tr("Already counted: the same report was saved moments ago and is not counted twice."));
    return sayOk(tr("Reported: %1 good, %2 defective, %3 rework on %4 step %5. Done %6 of %7.")
                     .arg(quantityText(good), quantityText(defective), quantityText(rework), r.workOrderNumber)
                     .arg(r.seq)
                     .arg(quantityText(r.progress.good), quantityText(r.plannedQuantity)));
}

ReportRequest StationJob::newRequest() const
{
    ReportRequest request;
    request.operationId = m_operation->operationId;
    request.employeeId = m_session->employeeId();
    request.machineId = m_session->machineId();
    request.pinConfirmation = m_session->pinConfirmation();
    return request;
}

Result<ReportReceipt> StationJob::saveReport(ReportRequest request)
{
    // The scanned lot goes with the request: the reporting service feeds it in the report's own
    // transaction, so a report is never saved without its material, nor material without it.
    request.materialLot = m_lot;
    if (m_lotPerUnit)
        request.feeds.append({m_lot, *m_lotPerUnit});
    const Result<ReportReceipt> receipt = m_workspace->reporting()->report(request);
    if (!receipt) {
        refuse(receipt.error());
        return receipt;
    }
    emit reported(receipt.value().reportId, receipt.value().duplicate);
    return receipt;
}

// Material lots scanned at the station (投料) are checked against the bill of materials and fed
// with each report (per piece × pieces); serial-numbered pieces (序列号) scanned here record their
// step and count as one good or defective piece; a serial of another order scanned right after
// a piece is a component fitted into it.

bool StationJob::handleLot(const QString &code)
{
    const Result<FeedPlan> plan = m_workspace->trace()->planFeed(code, m_operation->operationId);
    if (!plan)
        return refuse(plan.error());
    m_lot = plan.value().lot.lotNo;
    m_lotPerUnit = plan.value().quantityPerUnit;
    emit lotChanged();
    if (!m_lotPerUnit)
        return sayOk(tr("Material lot %1 is recorded with the next reports (the product has no bill "
                        "of materials, so no quantity is taken from the lot).")
                         .arg(m_lot));
    return sayOk(tr("Material lot %1: %2 per piece, %3 left. It is fed with the next reports.")
                     .arg(m_lot, quantityText(*m_lotPerUnit), quantityText(plan.value().remaining)));
}

void StationJob::setNextPieceFails(bool fails, const QString &reasonId)
{
    m_session->touch();
    m_nextPieceFails = fails;
    m_failReasonId = fails ? reasonId : QString();
    emit pieceChanged();
}

void StationJob::clearPiece()
{
    const bool had = !m_piece.isEmpty() || m_nextPieceFails;
    m_piece.clear();
    m_nextPieceFails = false;
    m_failReasonId.clear();
    if (had)
        emit pieceChanged();
}

bool StationJob::handleSerial(const QString &code)
{
    if (!m_session->requireOperatorAndMachine())
        return false;
    const Result<SerialNumber> found = m_workspace->serials()->find(code);
    if (!found)
        return refuse(found.error());
    const SerialNumber &serial = found.value();
    // A serial of another order right after a piece of this one: a sub-assembly fitted into it.
    if (m_operation && serial.workOrderId != m_operation->workOrderId && !m_piece.isEmpty())
        return fitComponent(serial);
    if (!m_operation || serial.workOrderId != m_operation->workOrderId) {
        const Result<WorkOrder> order = m_workspace->workOrders()->find(serial.workOrderId);
        if (!order)
            return refuse(order.error());
        const Result<QString> operationId = m_workspace->reporting()->operationForScan(
            order.value().number, 0, m_session->machineId());
        if (!operationId)
            return refuse(operationId.error());
        // Choosing the operation forgets the last piece; "the next piece fails" still holds.
        const bool fails = m_nextPieceFails;
        const QString reasonId = m_failReasonId;
        if (!selectOperation(operationId.value()))
            return false;
        if (fails)
            setNextPieceFails(fails, reasonId);
    }
    return recordPiece(serial);
}

bool StationJob::recordPiece(const SerialNumber &serial)
{
    SerialService *serials = m_workspace->serials();
    const QString operationId = m_operation->operationId;
    const Result<std::optional<bool>> before = serials->lastStepResult(serial.id, operationId);
    if (!before)
        return refuse(before.error());
    const bool pass = !m_nextPieceFails;
    if (before.value() && *before.value() && pass) {
        m_piece = serial.serial;
        emit pieceChanged();
        return warn(tr("%1 already passed step %2: it is not counted again.")
                        .arg(serial.serial)
                        .arg(m_operation->seq));
    }
    if (!pass && m_failReasonId.isEmpty())
        return refuse(tr("Choose the defect reason for %1 first.").arg(serial.serial));
    // A piece that failed here before and is tested again is not a new piece: the step is
    // recorded, the production report is not. A new piece's step is saved with its report.
    const bool retest = before.value().has_value();
    if (retest) {
        const Result<QString> event = serials->recordStep(serial.serial, operationId, m_session->employeeId(),
                                                          m_session->machineId(), pass);
        if (!event)
            return refuse(event.error());
    } else {
        ReportRequest request = newRequest();
        (pass ? request.good : request.defective) = 1;
        request.defectReasonId = pass ? QString() : m_failReasonId;
        request.serialStep = SerialStep{serial.serial, pass};
        if (!saveReport(request))
            return false;
    }
    m_nextPieceFails = false;
    m_failReasonId.clear();
    m_piece = pass ? serial.serial : QString();
    emit pieceChanged();
    refreshOperation();
    if (!pass)
        return warn(tr("%1 failed step %2 and is counted defective.").arg(serial.serial).arg(m_operation->seq));
    const QString done = tr("Done %1 of %2.")
                             .arg(quantityText(m_operation->good), quantityText(m_operation->planned));
    return sayOk((retest ? tr("%1 passed step %2 on re-test.") : tr("%1 passed step %2."))
                     .arg(serial.serial)
                     .arg(m_operation->seq)
                 + QLatin1Char(' ') + done);
}

bool StationJob::fitComponent(const SerialNumber &component)
{
    const Result<QString> fitted =
        m_workspace->serials()->consumeComponent(m_piece, component.serial, m_session->employeeId());
    if (!fitted)
        return refuse(fitted.error());
    return sayOk(tr("%1 is fitted into %2.").arg(component.serial, m_piece));
}

} // namespace Taktline
