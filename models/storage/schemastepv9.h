#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Taktline::Schema {

// Schema step v9: the hash chain over the facts (fact_chain, itself append-only). An AFTER
// INSERT trigger on every fact table appends a link for the new row to this device's chain;
// the facts already in an upgraded file are chained once, oldest first. Installs the hash
// function on DB (the step's statements call it).
QStringList factChainV9(const QSqlDatabase &db);

} // namespace Taktline::Schema
