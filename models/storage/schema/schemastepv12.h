#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Taktline::Schema {

// Schema step v12: quality inspection (docs/quality.md). Inspection plans and their
// characteristics per product and step (mutable, synced); requests for and results of
// inspections, the measured values, nonconformances and their dispositions (facts: insert-only,
// chained, synced); which employees are inspectors (质检员).
QStringList qualityV12(const QSqlDatabase &db);

} // namespace Taktline::Schema
