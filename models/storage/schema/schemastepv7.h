#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Taktline::Schema {

// Schema step v7: units of measure as master data that products reference (件/pcs, 个/ea, kg,
// m …), and machine, product, badge, reason and unit codes unique whatever their letter case.
// Looks at DB so that running it again changes nothing (SQLite cannot ADD COLUMN IF NOT EXISTS).
QStringList unitsAndCodesV7(const QSqlDatabase &db);

} // namespace Taktline::Schema
