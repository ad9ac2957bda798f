#include "services/import/importservice.h"

namespace Taktline {

// Contract stub: the import helper replaces this file.
ImportService::ImportService(Workspace &workspace) : m_workspace(workspace) {}
std::unique_ptr<ImportHandler> ImportService::handler(ImportKind, Workspace &) { return nullptr; }
Result<ImportPlan> ImportService::dryRun(ImportKind, const QString &) const { return Outcome::failure(tr("Not built yet.")); }
Result<ImportPlan> ImportService::run(ImportKind, const QString &) { return Outcome::failure(tr("Not built yet.")); }
Outcome ImportService::undo(const ImportPlan &) { return Outcome::failure(tr("Not built yet.")); }
Outcome ImportService::writeTemplate(ImportKind, const QString &, bool) const { return Outcome::failure(tr("Not built yet.")); }
Outcome ImportService::writeErrorWorkbook(const ImportPlan &, const QString &) const { return Outcome::failure(tr("Not built yet.")); }

} // namespace Taktline
