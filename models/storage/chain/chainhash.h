#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace Taktline {

// The SQL function taktline_sha256(v1, v2, …) that the hash chain is built with: SHA-256 (hex)
// over a canonical encoding of its arguments (type, length, bytes), so that the triggers, the
// upgrade and the verifier hash a row the same way. It must be installed on every connection
// that writes facts: a program without it cannot insert into a fact table while the chain
// triggers are in place.
class ChainHash final
{
public:
    static constexpr const char *FunctionName = "taktline_sha256";
    // Installs the function on DB's SQLite connection; false when DB is not SQLite or not open.
    static bool install(const QSqlDatabase &db);
    static bool install(sqlite3 *handle);
};

} // namespace Taktline
