#include "services/station/stationmove.h"

#include "services/masterdata/masterdataservice.h"
#include "services/places/placeservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/stationsession.h"
#include "services/workspace.h"

#include <QLocale>

namespace Taktline {

StationMove::StationMove(Workspace *workspace, StationSession *session)
    : QObject(session)
    , m_workspace(workspace)
    , m_session(session)
{
}

QString StationMove::what() const
{
    if (!m_lotNo.isEmpty())
        return tr("lot %1").arg(m_lotNo);
    if (m_workOrderNumber.isEmpty())
        return {};
    return m_seq > 0 ? tr("%1 step %2").arg(m_workOrderNumber).arg(m_seq)
                     : tr("%1 (its latest step)").arg(m_workOrderNumber);
}

QString StationMove::hint() const
{
    if (!active())
        return {};
    if (!hasSource())
        return tr("Move to %1: scan the traveller, a lot or a serial").arg(m_placeCode);
    return tr("Move to %1: type how many pieces and press Move").arg(m_placeCode);
}

bool StationMove::wants(ScanKind kind) const
{
    return active() && (kind == ScanKind::WorkOrder || kind == ScanKind::Operation ||
                        kind == ScanKind::Lot || kind == ScanKind::Serial);
}

bool StationMove::takePlace(const QString &code)
{
    const Result<QString> id = m_workspace->masterData()->idForCode(MasterDataKind::Place, code);
    if (!id || id.value().isEmpty())
        return m_session->say(tr("No place has the code %1. Ask the supervisor to add it under "
                                 "Master data ▸ Places.")
                                  .arg(code),
                              StationSession::MessageKind::Error);
    const Result<MasterRecord> place = m_workspace->masterData()->find(MasterDataKind::Place, id.value());
    if (!place || !place.value().active)
        return m_session->say(tr("Place %1 is deactivated: nothing can be moved there.").arg(code),
                              StationSession::MessageKind::Error);
    m_placeCode = place.value().text(QStringLiteral("code"));
    m_placeName = place.value().localizedName();
    clearSource();
    emit changed();
    return m_session->say(tr("Move to %1 %2: scan the traveller, a lot or a serial.")
                              .arg(m_placeCode, m_placeName),
                          StationSession::MessageKind::Ok);
}

bool StationMove::takeSource(const ScanResult &scan)
{
    clearSource();
    if (scan.kind == ScanKind::Serial) {
        emit changed();
        MoveInput input;
        input.toPlaceCode = m_placeCode;
        input.serial = scan.value;
        input.quantity = 1;
        input.employeeId = m_session->employeeId();
        const Result<QString> moved = m_workspace->places()->move(input);
        if (!moved)
            return m_session->say(moved.error(), StationSession::MessageKind::Error);
        const QString text = tr("Piece %1 moved to %2 %3.").arg(scan.value, m_placeCode, m_placeName);
        cancel();
        emit this->moved(moved.value());
        return m_session->say(text, StationSession::MessageKind::Ok);
    }
    if (scan.kind == ScanKind::Lot) {
        m_lotNo = scan.value;
    } else {
        m_workOrderNumber = scan.workOrderNumber;
        m_seq = scan.kind == ScanKind::Operation ? scan.seq : 0;
        m_available = availableOf(m_workOrderNumber, m_seq);
    }
    emit changed();
    return m_session->say(tr("Move %1 to %2: type how many pieces and press Move.")
                              .arg(what(), m_placeCode),
                          StationSession::MessageKind::Ok);
}

bool StationMove::confirm(double quantity)
{
    m_session->touch();
    if (!active())
        return m_session->say(tr("Scan the place's LOC: label first."),
                              StationSession::MessageKind::Error);
    if (!hasSource())
        return m_session->say(tr("Scan what moves first: the traveller, a lot or a serial."),
                              StationSession::MessageKind::Error);
    return moveNow(quantity);
}

bool StationMove::moveNow(double quantity)
{
    MoveInput input;
    input.toPlaceCode = m_placeCode;
    input.workOrderNumber = m_workOrderNumber;
    input.seq = m_seq;
    input.lotNo = m_lotNo;
    input.quantity = quantity;
    input.employeeId = m_session->employeeId();
    const Result<QString> moved = m_workspace->places()->move(input);
    if (!moved)
        return m_session->say(moved.error(), StationSession::MessageKind::Error);
    const QString text = tr("%1 pieces of %2 moved to %3 %4.")
                             .arg(QLocale().toString(quantity), what(), m_placeCode, m_placeName);
    cancel();
    emit this->moved(moved.value());
    return m_session->say(text, StationSession::MessageKind::Ok);
}

void StationMove::cancel()
{
    if (!active())
        return;
    m_placeCode.clear();
    m_placeName.clear();
    clearSource();
    emit changed();
}

QString StationMove::availableOf(const QString &workOrderNumber, int seq) const
{
    const Result<QString> id = m_workspace->workOrders()->idForNumber(workOrderNumber);
    const Result<QList<StepPieces>> steps =
        id ? m_workspace->places()->piecesOf(id.value()) : Result<QList<StepPieces>>(id.outcome());
    if (!steps)
        return {};
    // A WO: traveller moves the latest step that has pieces.
    const StepPieces *found = nullptr;
    for (const StepPieces &step : steps.value()) {
        if (seq > 0 ? step.seq == seq : step.pieces > 0)
            found = &step;
    }
    if (!found)
        return {};
    const QLocale locale;
    QStringList where;
    for (const PlacedPieces &placed : found->places) {
        if (placed.quantity > 0)
            where << QStringLiteral("%1 %2").arg(placed.placeId.isEmpty() ? tr("not placed")
                                                                          : placed.placeCode,
                                                 locale.toString(placed.quantity, 'f',
                                                                 QLocale::FloatingPointShortest));
    }
    return tr("Step %1 has %2 pieces: %3")
        .arg(found->seq)
        .arg(locale.toString(found->pieces, 'f', QLocale::FloatingPointShortest),
             where.isEmpty() ? tr("none left") : where.join(QStringLiteral(" · ")));
}

void StationMove::clearSource()
{
    m_available.clear();
    m_workOrderNumber.clear();
    m_seq = 0;
    m_lotNo.clear();
}

} // namespace Taktline
