#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Taktline {

// The key pair automatic backups are encrypted to: the public key encrypts without anyone
// typing the passphrase; the secret key exists only locked by a key derived from the passphrase
// (Argon2id with SALT, OPS_LIMIT, MEM_LIMIT), and every backup file carries that locked copy.
struct BackupKeys
{
    QByteArray publicKey;       // X25519, 32 bytes
    QByteArray lockedSecretKey; // nonce (24) + XChaCha20-Poly1305 of the secret key (32 + 16)
    QByteArray salt;            // 16 bytes
    quint64 opsLimit = 0;
    quint64 memLimit = 0;

    bool isValid() const;
    QString toText() const; // one line of base64 fields, for the settings table
    static std::optional<BackupKeys> fromText(const QString &text);
};

} // namespace Taktline
