#pragma once

#include <QStringList>

namespace Taktline::Schema {

// Schema step v8: a station PIN per employee (工位PIN码), kept apart from the employee's master
// data so that no list, export or import of employees ever carries it; stored only as an
// Argon2id hash (a CHECK refuses anything else), '' when the employee has none.
QStringList stationPinsV8();

} // namespace Taktline::Schema
