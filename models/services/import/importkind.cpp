#include "services/import/importkind.h"

namespace Taktline::ImportKinds {

// Contract stub: the import helper replaces this file.
QList<ImportKind> all() { return {ImportKind::Products}; }
QString key(ImportKind) { return QStringLiteral("products"); }
std::optional<ImportKind> fromKey(const QString &) { return std::nullopt; }
QString displayName(ImportKind) { return QStringLiteral("Products"); }

} // namespace Taktline::ImportKinds
