#pragma once

#include "services/import/importhandler.h"

#include <memory>

namespace Taktline {

class Workspace;

// The handlers of the master-data kinds (products, machines, employees, downtime and defect
// reasons); nullptr for any other kind.
std::unique_ptr<ImportHandler> makeMasterDataImport(ImportKind kind, Workspace &workspace);
// The handlers of routings, BOMs, piece rates, opening material lots and work orders; nullptr
// for any other kind.
std::unique_ptr<ImportHandler> makePlanningImport(ImportKind kind, Workspace &workspace);

} // namespace Taktline
