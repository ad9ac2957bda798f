#include "storage/chain/chainhash.h"

#include "storage/sqlquery.h"


#include <sodium.h>
#include <sqlite3.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace Taktline {

namespace {

void feed(crypto_hash_sha256_state &state, const void *data, std::size_t size)
{
    crypto_hash_sha256_update(&state, static_cast<const unsigned char *>(data), size);
}

void feedTagged(crypto_hash_sha256_state &state, char tag, std::uint64_t number)
{
    std::array<unsigned char, 9> bytes{};
    bytes[0] = static_cast<unsigned char>(tag);
    for (int i = 0; i < 8; ++i)
        bytes[8 - i] = static_cast<unsigned char>(number >> (8 * i));
    feed(state, bytes.data(), bytes.size());
}

// One value: a type tag, then 8 big-endian bytes (a number, or the length of a text or blob
// followed by its bytes). A whole REAL is encoded as the integer it equals, so 240 and 240.0 —
// the same quantity, stored either way depending on the column — hash alike.
void feedValue(crypto_hash_sha256_state &state, sqlite3_value *value)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_NULL:
        feedTagged(state, 'N', 0);
        return;
    case SQLITE_INTEGER:
        feedTagged(state, 'I', static_cast<std::uint64_t>(sqlite3_value_int64(value)));
        return;
    case SQLITE_FLOAT: {
        const double real = sqlite3_value_double(value);
        constexpr double limit = 9.2e18;
        if (std::isfinite(real) && std::trunc(real) == real && std::fabs(real) < limit) {
            feedTagged(state, 'I', static_cast<std::uint64_t>(static_cast<std::int64_t>(real)));
            return;
        }
        std::uint64_t bits = 0;
        static_assert(sizeof bits == sizeof real);
        std::memcpy(&bits, &real, sizeof bits);
        feedTagged(state, 'R', bits);
        return;
    }
    case SQLITE_BLOB: {
        const int size = sqlite3_value_bytes(value);
        feedTagged(state, 'B', static_cast<std::uint64_t>(size));
        if (size > 0)
            feed(state, sqlite3_value_blob(value), static_cast<std::size_t>(size));
        return;
    }
    default: { // SQLITE_TEXT, as UTF-8
        const unsigned char *text = sqlite3_value_text(value);
        const int size = sqlite3_value_bytes(value);
        feedTagged(state, 'T', static_cast<std::uint64_t>(size));
        if (size > 0)
            feed(state, text, static_cast<std::size_t>(size));
        return;
    }
    }
}

void sha256(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    feedTagged(state, 'C', static_cast<std::uint64_t>(argc));
    for (int i = 0; i < argc; ++i)
        feedValue(state, argv[i]);
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256_final(&state, digest.data());
    std::array<char, crypto_hash_sha256_BYTES * 2> hex{};
    static constexpr char digits[] = "0123456789abcdef";
    for (std::size_t i = 0; i < digest.size(); ++i) {
        hex[2 * i] = digits[digest[i] >> 4];
        hex[2 * i + 1] = digits[digest[i] & 0x0f];
    }
    sqlite3_result_text(context, hex.data(), static_cast<int>(hex.size()), SQLITE_TRANSIENT);
}

} // namespace

bool ChainHash::install(sqlite3 *handle)
{
    if (!handle)
        return false;
    // Deterministic and innocuous: usable in triggers even where the schema is not trusted.
    return sqlite3_create_function_v2(handle, FunctionName, -1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, &sha256, nullptr, nullptr, nullptr) == SQLITE_OK;
}

bool ChainHash::install(const QSqlDatabase &db)
{
    sqlite3 *connection = Sql::handle(db);
    return connection && install(connection);
}

} // namespace Taktline
