#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Taktline::Schema {

// Schema step v13: places and subcontracting (docs/capacity.md). Suppliers and places (racks,
// areas, a machine's input and output buffers) as master data; which routing steps a supplier
// does (外协) and at what price; moves of pieces between places, subcontract orders sent out
// (发外) and their receipts (回厂) as facts: insert-only, chained, synced.
QStringList placesV13(const QSqlDatabase &db);

} // namespace Taktline::Schema
