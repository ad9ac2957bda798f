#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include "storage/chain/facttables.h"

namespace Taktline::Schema {

// Schema step v9: the hash chain over the facts (fact_chain, itself append-only). An AFTER
// INSERT trigger on every fact table appends a link for the new row to this device's chain;
// the facts already in an upgraded file are chained once, oldest first. Installs the hash
// function on DB (the step's statements call it).
QStringList factChainV9(const QSqlDatabase &db);

// The AFTER INSERT trigger that chains a new row of TABLE: in this device's chain (v9), or in the
// chain of the device that made it, NEW.device_id (BY_ORIGIN, from v10, so synced facts rebuild
// their device's chain on every replica). THEN (a statement ending in ';', or empty) runs after.
QString chainTrigger(const FactTables::Table &table, bool byOrigin, const QString &then);

} // namespace Taktline::Schema
