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
    // The rule every new password must meet: at least MinimumLength characters, not one
    // character repeated nor a straight run (12345678); the failure says why.
    static Outcome checkStrength(const QString &password);
    // The rule in a few words, shown in every new-password field.
    static QString strengthHint();
    static constexpr int MinimumLength = 8;
};

} // namespace Taktline
