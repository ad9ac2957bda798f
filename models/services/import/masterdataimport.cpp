#include "services/import/importhandlerfactory.h"

namespace Taktline {

// Contract stub: the import helper replaces this file.
std::unique_ptr<ImportHandler> makeMasterDataImport(ImportKind, Workspace &) { return nullptr; }

} // namespace Taktline
