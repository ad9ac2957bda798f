#pragma once

#include "demo/quality/demoqualityactor.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Taktline {

// The demo's inspections of first steps: a first article at each step's start (a few failing
// first), patrols every N pieces (the failed ones sorted as nonconformances), a new first
// article after each later set-up, and one first article waiting now.
class DemoStepInspections
{
public:
    explicit DemoStepInspections(DemoQualityActor &q) : m_q(q) {}

    Result<QList<StepReport>> firstStepReports();
    Outcome stepInspections(const QList<StepReport> &reports);
    Outcome afterSetUps();
    Outcome waitingNow(const QList<StepReport> &reports);

private:
    DemoQualityActor &m_q;
    QHash<QString, QString> m_productOf; // first step (operation id) → product id
    QString m_waitingOperation, m_waitingMachine; // the first article waiting now
};

} // namespace Taktline
