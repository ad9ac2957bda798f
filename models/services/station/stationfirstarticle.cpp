#include "services/station/stationfirstarticle.h"

#include "domain/clock.h"
#include "services/masterdata/masterdataservice.h"
#include "services/station/reportingservice.h"
#include "services/station/stationpinservice.h"
#include "services/station/stationsession.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QVariant>

namespace Taktline {

StationFirstArticle::StationFirstArticle(Workspace *workspace, StationSession *session)
    : QObject(session)
    , m_workspace(workspace)
    , m_session(session)
{
    connect(session, &StationSession::operationChanged, this, &StationFirstArticle::refresh);
    connect(session, &StationSession::machineChanged, this, &StationFirstArticle::refresh);
    connect(session, &StationSession::machineStatusChanged, this, &StationFirstArticle::refresh);
    connect(workspace->inspections(), &InspectionService::inspectionRecorded, this,
            &StationFirstArticle::refresh);
    connect(workspace->inspections(), &InspectionService::inspectionVoided, this,
            &StationFirstArticle::refresh);
    connect(workspace->inspections(), &InspectionService::requestsChanged, this,
            &StationFirstArticle::refresh);
}

StationFirstArticle::~StationFirstArticle()
{
    if (!m_pinConfirmation.isEmpty())
        m_workspace->stationPins()->release(m_pinConfirmation);
}

StationFirstArticle::Phase StationFirstArticle::phase() const
{
    if (m_operationId.isEmpty() || !m_gate.required)
        return Phase::None;
    if (m_gate.passed)
        return Phase::Passed;
    if (!m_inspectorId.isEmpty())
        return m_pinPending ? Phase::InspectorPin : Phase::Inspecting;
    if (m_gate.waitingSinceMs > 0)
        return Phase::Waiting;
    return m_gate.failed ? Phase::Failed : Phase::ToRequest;
}

int StationFirstArticle::waitingMinutes() const
{
    if (m_gate.waitingSinceMs <= 0)
        return 0;
    return int(std::max<qint64>(0, m_workspace->clock().nowMs() - m_gate.waitingSinceMs) / 60000);
}

void StationFirstArticle::refresh()
{
    const std::optional<StationOperation> &operation = m_session->operation();
    const QString operationId = operation ? operation->operationId : QString();
    if (operationId != m_operationId)
        releaseInspector(); // another job: whoever came for the last one is done here
    m_operationId = operationId;
    m_gate = {};
    if (!m_operationId.isEmpty()) {
        const Result<FirstArticleGate::State> state =
            FirstArticleGate(m_workspace->database().connection())
                .state(m_operationId, m_session->machineId());
        if (state)
            m_gate = state.value();
    }
    emit changed();
}

bool StationFirstArticle::request()
{
    if (!m_session->requireOperatorAndMachine())
        return false;
    if (phase() == Phase::None || phase() == Phase::Passed)
        return m_session->say(tr("This step needs no first-article inspection now."),
                              StationSession::MessageKind::Warning);
    const Result<QString> asked = m_workspace->inspections()->requestFirstArticle(
        m_operationId, m_session->machineId(), m_session->employeeId());
    if (!asked)
        return m_session->say(asked.error(), StationSession::MessageKind::Error);
    refresh();
    return m_session->say(tr("First article sent for inspection: an inspector scans their badge "
                             "here to inspect it."),
                          StationSession::MessageKind::Ok);
}

Result<QString> StationFirstArticle::inspectorFor(const QString &badge) const
{
    const Result<QString> id = m_workspace->masterData()->idForCode(MasterDataKind::Employee, badge);
    if (!id || id.value().isEmpty())
        return QString();
    QSqlQuery query(m_workspace->database().connection());
    query.prepare(QStringLiteral("SELECT inspector FROM employees WHERE id = :id AND active = 1 "
                                 "AND deleted = 0"));
    query.bindValue(QStringLiteral(":id"), id.value());
    if (Outcome done = Sql::exec(query, tr("read whether the employee is an inspector")); !done)
        return done;
    return query.next() && query.value(0).toInt() == 1 ? id.value() : QString();
}

bool StationFirstArticle::wantsBadge(const QString &badge) const
{
    const Phase now = phase();
    if (now == Phase::None || now == Phase::Passed || now == Phase::Inspecting)
        return false;
    const Result<QString> id = inspectorFor(badge);
    // The operator's own badge signs the operator in, never the operator's first article.
    return id && !id.value().isEmpty() && id.value() != m_session->employeeId();
}

bool StationFirstArticle::takeBadge(const QString &badge)
{
    const Result<QString> id = inspectorFor(badge);
    if (!id || id.value().isEmpty())
        return m_session->say(tr("Only an inspector's badge opens the first-article inspection."),
                              StationSession::MessageKind::Error);
    const Result<MasterRecord> employee =
        m_workspace->masterData()->find(MasterDataKind::Employee, id.value());
    if (!employee)
        return m_session->say(employee.error(), StationSession::MessageKind::Error);
    releaseInspector();
    m_inspectorId = id.value();
    m_inspectorName = employee.value().text(QStringLiteral("name"));
    m_inspectorBadge = employee.value().text(QStringLiteral("badge"));
    m_pinPending = m_workspace->reporting()->rules().pinRequired;
    emit changed();
    if (m_pinPending)
        return m_session->say(tr("%1, type your PIN and press OK to inspect the first article.")
                                  .arg(m_inspectorName),
                              StationSession::MessageKind::Ok);
    emit formWanted();
    return true;
}

bool StationFirstArticle::enterPin(const QString &pin)
{
    if (!m_pinPending || m_inspectorId.isEmpty())
        return false;
    const Result<QString> confirmed = m_workspace->stationPins()->confirm(m_inspectorId, pin);
    if (!confirmed) {
        const Result<qint64> locked = m_workspace->stationPins()->lockedUntil(m_inspectorId);
        if (locked && locked.value() > 0)
            releaseInspector();
        return m_session->say(confirmed.error(), StationSession::MessageKind::Error);
    }
    m_pinConfirmation = confirmed.value();
    m_pinPending = false;
    emit changed();
    emit formWanted();
    return true;
}

void StationFirstArticle::releaseInspector()
{
    if (m_inspectorId.isEmpty())
        return;
    if (!m_pinConfirmation.isEmpty())
        m_workspace->stationPins()->release(m_pinConfirmation);
    m_pinConfirmation.clear();
    m_inspectorId.clear();
    m_inspectorName.clear();
    m_inspectorBadge.clear();
    m_pinPending = false;
    emit changed();
}

InspectionInput StationFirstArticle::prefilled() const
{
    InspectionInput input;
    input.kind = InspectionKind::FirstArticle;
    input.operationId = m_operationId;
    input.machineId = m_session->machineId();
    input.employeeId = m_inspectorId;
    input.pinConfirmation = m_pinConfirmation;
    input.requestId = m_gate.requestId;
    return input;
}

void StationFirstArticle::recorded(bool passed)
{
    releaseInspector();
    refresh();
    if (passed)
        m_session->say(tr("First article passed: good quantity is accepted now."),
                       StationSession::MessageKind::Ok);
    else
        m_session->say(tr("First article failed: no good quantity yet. Correct the set-up and "
                          "send a new first article."),
                       StationSession::MessageKind::Error);
}

} // namespace Taktline
