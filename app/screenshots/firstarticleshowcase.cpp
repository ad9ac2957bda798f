#include "firstarticleshowcase.h"

#include "services/planning/workorderservice.h"
#include "services/quality/inspectionplanservice.h"
#include "services/station/stationfirstarticle.h"
#include "services/workspace.h"
#include "station/firstarticlebanner.h"
#include "station/quantitykeypad.h"
#include "station/stationpage.h"

#include <QCoreApplication>
#include <QPushButton>

namespace Taktline {

void showcaseFirstArticle(StationPage *station, Workspace &workspace, bool requested)
{
    const std::optional<StationOperation> &operation = station->session()->operation();
    if (!operation)
        return;
    const Result<WorkOrder> order = workspace.workOrders()->find(operation->workOrderId);
    if (!order)
        return;
    const Result<std::optional<InspectionPlan>> existing =
        workspace.inspectionPlans()->planFor(order.value().productId, operation->seq);
    if (existing && !existing.value()) {
        InspectionPlan plan;
        plan.productId = order.value().productId;
        plan.operationSeq = operation->seq;
        plan.name = QCoreApplication::translate("Taktline::Showcase", "First article");
        plan.firstArticle = true;
        plan.firstArticleGate = true;
        Characteristic look;
        look.seq = 1;
        look.name = QCoreApplication::translate("Taktline::Showcase", "Appearance");
        look.kind = CharacteristicKind::PassFail;
        plan.characteristics = {look};
        if (!workspace.inspectionPlans()->save(plan))
            return;
    }
    station->session()->firstArticle()->refresh();
    station->reportButton()->click(); // the 24 typed: refused with the reason
    if (requested)
        station->firstArticleBanner()->requestButton()->click();
}

} // namespace Taktline
