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
    // One character repeated ("88888888") or a straight run up or down ("12345678", "abcdefgh",
    // "9876"): the first a person tries when guessing a password or a PIN. Case counts.
    static bool isGuessable(const QString &secret);
    // The rule in a few words, shown in every new-password field.
    static QString strengthHint();
    static constexpr int MinimumLength = 8;
};

} // namespace Taktline
