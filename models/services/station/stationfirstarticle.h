#pragma once

#include "services/quality/firstarticlegate.h"
#include "services/quality/inspectionservice.h"

#include <QObject>

namespace Taktline {

class StationSession;
class Workspace;

// The first-article gate (首件检验) as one station lives it: the gate's state for the job in
// hand, the operator's request (送检首件), the inspector who signs in by badge (and PIN while the
// factory asks for PINs) to record the inspection, and what the station shows meanwhile.
class StationFirstArticle final : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        None,         // no job, or its step asks for no first article
        ToRequest,    // 首件待送检: the operator sends the first article
        Waiting,      // 等待首检: an inspector is awaited
        InspectorPin, // the inspector's badge waits for its PIN
        Inspecting,   // the inspector records the inspection
        Failed,       // 首件不合格: a new first article must be sent
        Passed,       // 首件合格
    };
    Q_ENUM(Phase)

    StationFirstArticle(Workspace *workspace, StationSession *session);
    ~StationFirstArticle() override;

    Phase phase() const;
    const FirstArticleGate::State &gate() const { return m_gate; }
    // Whole minutes the open request has waited, by the workspace clock.
    int waitingMinutes() const;
    QString inspectorName() const { return m_inspectorName; }
    QString inspectorBadge() const { return m_inspectorBadge; }

    // Reads the gate again for the session's job and machine.
    void refresh();
    // 送检首件: asks an inspector to come (InspectionService::requestFirstArticle).
    bool request();
    // True when BADGE belongs to an inspector this station waits for; takes it then (the PIN
    // pad or the form follows). Any other badge is the operator's business.
    bool wantsBadge(const QString &badge) const;
    bool takeBadge(const QString &badge);
    bool enterPin(const QString &pin);
    // The inspector leaves without recording (or after recording).
    void releaseInspector();
    // What the inspection form starts from: the step, machine, request and inspector.
    InspectionInput prefilled() const;
    // The form recorded an inspection: the inspector leaves, the station says the verdict.
    void recorded(bool passed);

signals:
    void changed();
    // The inspector is signed in: the station opens the inspection form.
    void formWanted();

private:
    Result<QString> inspectorFor(const QString &badge) const;

    Workspace *m_workspace;
    StationSession *m_session;
    FirstArticleGate::State m_gate;
    QString m_operationId;
    QString m_inspectorId, m_inspectorName, m_inspectorBadge, m_pinConfirmation;
    bool m_pinPending = false;
};

} // namespace Taktline
