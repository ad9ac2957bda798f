#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Taktline::Schema {

// Schema step v10: sync (docs/sync.md). The outbox, the fields' clocks, the device's sync state
// and the conflicts; outbox triggers generated from the allow-list; each fact chained under the
// device that made it; human codes unique by triggers that stay quiet while remote changes are
// applied. Installs the hash and sync functions on DB (the step's triggers call them).
QStringList syncV10(const QSqlDatabase &db);

} // namespace Taktline::Schema
