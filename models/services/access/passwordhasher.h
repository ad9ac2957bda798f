#pragma once

#include "domain/outcome.h"

#include <QString>

namespace Taktline {

// Argon2id password hashes through libsodium (crypto_pwhash_str), never plain text.
class PasswordHasher final
{
public:
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    // The rule every new password must meet; an empty outcome message means it does.
    static Outcome checkStrength(const QString &password);
};

} // namespace Taktline
