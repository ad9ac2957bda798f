#pragma once

#include <QString>
#include <QSqlDatabase>
#include <QStringList>

namespace Taktline::Schema {

// The columns every mutable table ends with (active, deleted tombstone, created/updated).
QString mutableColumns();
// Schema steps of the shop floor, in their own file to keep migrations.cpp readable:
// v3 production reports, status events, piece rates, approvals; v4 lots and serials;
// v5 bills of materials, finished-goods receipts and shipments; v6 indexes for large factories.
// (v7 has its own file: schemastepv7.h.)
QStringList shopFloorV3();
QStringList traceabilityV4();
QStringList materialsV5();
QStringList indexesV6();

} // namespace Taktline::Schema
