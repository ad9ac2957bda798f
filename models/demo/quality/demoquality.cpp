#include "demo/quality/demoquality.h"

#include "demo/quality/demolotinspections.h"
#include "demo/quality/demoqualityactor.h"
#include "demo/quality/demoqualityplans.h"
#include "demo/quality/demostepinspections.h"
#include "services/access/accesscontrol.h"
#include "services/workspace.h"

#include <QScopeGuard>

namespace Taktline {

namespace {

// Makes the facts in time order, signing in as whoever does each.
Outcome buildHistory(Workspace &workspace, const DemoQualityPlans &plans, int days)
{
    DemoQualityActor actor(workspace, plans, days);
    DemoStepInspections steps(actor);
    DemoLotInspections lots(actor);
    if (Outcome done = actor.readUsers(); !done)
        return done;
    const Result<QList<StepReport>> reports = steps.firstStepReports();
    if (!reports)
        return reports.outcome();
    if (Outcome done = steps.stepInspections(reports.value()); !done)
        return done;
    if (Outcome done = lots.finalInspections(); !done)
        return done;
    if (Outcome done = lots.incomingInspections(); !done)
        return done;
    if (Outcome done = steps.afterSetUps(); !done)
        return done;
    return steps.waitingNow(reports.value());
}

} // namespace

Outcome buildDemoQuality(Workspace &workspace, int days)
{
    const Clock factoryClock = workspace.clock();
    const auto restore = qScopeGuard([&workspace, factoryClock] {
        workspace.setClock(factoryClock);
        workspace.access()->signInAsSystem();
    });
    const Result<DemoQualityPlans> plans = buildDemoQualityPlans(workspace);
    if (!plans)
        return plans.outcome();
    return buildHistory(workspace, plans.value(), days);
}

} // namespace Taktline
