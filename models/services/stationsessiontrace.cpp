// StationSession's traceability: material lots scanned at the station (投料) are checked against
// the bill of materials and fed with each report (per unit × pieces); serial-numbered pieces
// (序列号) scanned there record their step and count as one good or defective piece; a serial of
// another order scanned right after a piece is a component fitted into it.
#include "stationsession.h"

#include "masterrecord.h"
#include "reportingservice.h"
#include "serialservice.h"
#include "traceservice.h"
#include "workorderservice.h"
#include "workspace.h"

namespace Taktline {

bool StationSession::handleLot(const QString &code)
{
    const Result<FeedPlan> plan = m_workspace->trace()->planFeed(code, m_operation->operationId);
    if (!plan)
        return refuse(plan.error());
    m_lot = plan.value().lot.lotNo;
    m_lotPerUnit = plan.value().quantityPerUnit;
    emit lotChanged();
    if (!m_lotPerUnit)
        return say(tr("Material lot %1 is recorded with the next reports (the product has no bill "
                      "of materials, so no quantity is taken from the lot).")
                       .arg(m_lot),
                   MessageKind::Ok);
    return say(tr("Material lot %1: %2 per piece, %3 left. It is fed with the next reports.")
                   .arg(m_lot, quantityText(*m_lotPerUnit), quantityText(plan.value().remaining)),
               MessageKind::Ok);
}

ReportRequest StationSession::newRequest() const
{
    ReportRequest request;
    request.operationId = m_operation->operationId;
    request.employeeId = m_employeeId;
    request.machineId = m_machineId;
    return request;
}

Result<ReportReceipt> StationSession::saveReport(ReportRequest request)
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

void StationSession::setNextPieceFails(bool fails, const QString &reasonId)
{
    touch();
    m_nextPieceFails = fails;
    m_failReasonId = fails ? reasonId : QString();
    emit pieceChanged();
}

void StationSession::clearPiece()
{
    const bool had = !m_piece.isEmpty() || m_nextPieceFails;
    m_piece.clear();
    m_nextPieceFails = false;
    m_failReasonId.clear();
    if (had)
        emit pieceChanged();
}

bool StationSession::handleSerial(const QString &code)
{
    if (!needsOperatorAndMachine())
        return false;
    SerialService *serials = m_workspace->serials();
    const Result<SerialNumber> found = serials->find(code);
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
        const Result<QString> operationId =
            m_workspace->reporting()->operationForScan(order.value().number, 0, m_machineId);
        if (!operationId)
            return refuse(operationId.error());
        // Choosing the operation forgets the last piece; "the next piece fails" still holds.
        const bool fails = m_nextPieceFails;
        const QString reasonId = m_failReasonId;
        if (!selectOperation(operationId.value()))
            return false;
        if (fails) {
            m_nextPieceFails = fails;
            m_failReasonId = reasonId;
            emit pieceChanged();
        }
    }
    return recordPiece(serial);
}

bool StationSession::recordPiece(const SerialNumber &serial)
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
        return say(tr("%1 already passed step %2: it is not counted again.")
                       .arg(serial.serial)
                       .arg(m_operation->seq),
                   MessageKind::Warning);
    }
    if (!pass && m_failReasonId.isEmpty())
        return refuse(tr("Choose the defect reason for %1 first.").arg(serial.serial));
    // A piece that failed here before and is tested again is not a new piece: the step is
    // recorded, the production report is not. A new piece's step is saved with its report.
    const bool retest = before.value().has_value();
    if (retest) {
        const Result<QString> event =
            serials->recordStep(serial.serial, operationId, m_employeeId, m_machineId, pass);
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
    const QString done = tr("Done %1 of %2.")
                             .arg(quantityText(m_operation->good), quantityText(m_operation->planned));
    if (!pass)
        return say(tr("%1 failed step %2 and is counted defective.").arg(serial.serial).arg(m_operation->seq),
                   MessageKind::Warning);
    return say((retest ? tr("%1 passed step %2 on re-test.") : tr("%1 passed step %2."))
                       .arg(serial.serial)
                       .arg(m_operation->seq)
                   + QLatin1Char(' ') + done,
               MessageKind::Ok);
}

bool StationSession::fitComponent(const SerialNumber &component)
{
    const Result<QString> fitted =
        m_workspace->serials()->consumeComponent(m_piece, component.serial, m_employeeId);
    if (!fitted)
        return refuse(fitted.error());
    return say(tr("%1 is fitted into %2.").arg(component.serial, m_piece), MessageKind::Ok);
}

} // namespace Taktline
