#include "services/import/importhandlerfactory.h"

#include "services/import/bomimport.h"
#include "services/import/materiallotimport.h"
#include "services/import/piecerateimport.h"
#include "services/import/routingimport.h"
#include "services/import/workorderimport.h"

namespace Taktline {

std::unique_ptr<ImportHandler> makePlanningImport(ImportKind kind, Workspace &workspace)
{
    switch (kind) {
    case ImportKind::Routings:
        return std::make_unique<RoutingImport>(workspace);
    case ImportKind::Boms:
        return std::make_unique<BomImport>(workspace);
    case ImportKind::PieceRates:
        return std::make_unique<PieceRateImport>(workspace);
    case ImportKind::MaterialLots:
        return std::make_unique<MaterialLotImport>(workspace);
    case ImportKind::WorkOrders:
        return std::make_unique<WorkOrderImport>(workspace);
    default:
        return nullptr;
    }
}

} // namespace Taktline
