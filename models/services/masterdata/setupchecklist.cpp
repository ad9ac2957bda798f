#include "services/masterdata/setupchecklist.h"

#include "domain/masterdata/fieldspec.h"
#include "services/backup/backupservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"

namespace Taktline {

QList<SetupStep> SetupChecklist::allSteps()
{
    return {SetupStep::Machines,  SetupStep::Products, SetupStep::Routings,
            SetupStep::Employees, SetupStep::Badges,   SetupStep::FirstWorkOrder,
            SetupStep::Backups};
}

Result<QList<SetupStepState>> SetupChecklist::read(const Workspace &workspace)
{
    MasterDataService *masterData = workspace.masterData();
    const Result<QList<MasterRecord>> machines = masterData->list(MasterDataKind::Machine, false);
    const Result<QList<MasterRecord>> products = masterData->list(MasterDataKind::Product, false);
    const Result<QList<MasterRecord>> employees = masterData->list(MasterDataKind::Employee, false);
    const Result<int> workOrders = workspace.workOrders()->count(WorkOrderFilter());
    const Result<bool> badges = masterData->anyBadgePrinted();
    for (const Outcome &read : {machines.outcome(), products.outcome(), employees.outcome(),
                                workOrders.outcome(), badges.outcome()}) {
        if (!read)
            return read;
    }
    bool routed = false; // one routed product is enough to make a work order
    for (const MasterRecord &product : products.value()) {
        const Result<Routing> routing = workspace.routing()->operations(product.id);
        if (!routing)
            return routing.outcome();
        if ((routed = !routing.value().isEmpty()))
            break;
    }
    return QList<SetupStepState>{{SetupStep::Machines, !machines.value().isEmpty()},
                                 {SetupStep::Products, !products.value().isEmpty()},
                                 {SetupStep::Routings, routed},
                                 {SetupStep::Employees, !employees.value().isEmpty()},
                                 {SetupStep::Badges, badges.value()},
                                 {SetupStep::FirstWorkOrder, workOrders.value() > 0},
                                 {SetupStep::Backups,
                                  workspace.backups()->lastGoodAt().has_value()}};
}

QString SetupChecklist::title(SetupStep step)
{
    switch (step) {
    case SetupStep::Machines:
        return tr("Add your machines");
    case SetupStep::Products:
        return tr("Add your products");
    case SetupStep::Routings:
        return tr("Give each product its routing");
    case SetupStep::Employees:
        return tr("Add your employees");
    case SetupStep::Badges:
        return tr("Print their badges");
    case SetupStep::FirstWorkOrder:
        return tr("Make your first work order");
    case SetupStep::Backups:
        return tr("Back up to a second drive");
    }
    return {};
}

QString SetupChecklist::hint(SetupStep step)
{
    switch (step) {
    case SetupStep::Machines:
        return tr("Every machine or work place that reports production, with its code.");
    case SetupStep::Products:
        return tr("The parts you make, with their part numbers.");
    case SetupStep::Routings:
        return tr("The steps a product goes through, on which machine and in how long.");
    case SetupStep::Employees:
        return tr("The people who report at the station, each with a badge number.");
    case SetupStep::Badges:
        return tr("Operators sign in at the station by scanning their badge: Print badges… on "
                  "the Employees list.");
    case SetupStep::FirstWorkOrder:
        return tr("Plan a quantity of a product, release it and print its traveller.");
    case SetupStep::Backups:
        return tr("The owner chooses a USB drive or a network share under Settings ▸ Backup and "
                  "backs up once; from then on Taktline backs up every day.");
    }
    return {};
}

} // namespace Taktline
