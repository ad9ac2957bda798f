#include "services/import/importhandlerfactory.h"

namespace Taktline {

// Contract stub: the planning-import helper replaces this file.
std::unique_ptr<ImportHandler> makePlanningImport(ImportKind, Workspace &) { return nullptr; }

} // namespace Taktline
