#pragma once

#include "domain/outcome.h"

namespace Taktline {

class Workspace;

// Fills the demo factory's downstream history from the production reports already written: a
// serial per piece for the newest finished orders of the serial-tracked assembly, each fitted
// with a serialised component made by its own orders (steps recorded piece by piece, a few
// failed once then passed), finished-goods receipts (成品入库) for every done order, and
// shipments (发货) of production lots and of serials to the orders' customers. Deterministic
// (fixed seed). Returns the number of shipments made.
Result<int> buildDemoShipments(Workspace &workspace);

} // namespace Taktline
