#pragma once

#include <QString>

namespace Taktline {

// A new UUID version 7 (RFC 9562) as lower-case text: keys that sort by creation time and
// never collide between offline devices. Monotonic within one process.
QString newUuidV7();

// Milliseconds since the Unix epoch, UTC: the timestamp every record carries.
qint64 nowUtcMs();

} // namespace Taktline
