#pragma once

#include <QCoreApplication>

#include "domain/outcome.h"
#include "storage/backup/backupkeys.h"

#include <QString>

namespace Taktline {

// Encrypts and decrypts backup files (libsodium): a random file key sealed to the backup key
// pair's public key, the copy in XChaCha20-Poly1305 secretstream chunks, and a header that
// carries everything but the passphrase, so a backup opens on a new PC with the passphrase alone.
class BackupCipher final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::BackupCipher)

public:
    enum class Failure { None, NotEncrypted, WrongPassphrase, Modified, Io };

    // A new key pair whose secret key is locked by PASSPHRASE (Argon2id).
    static Result<BackupKeys> makeKeys(const QString &passphrase);
    // Whether the file at PATH starts like an encrypted Taktline backup.
    static bool isEncrypted(const QString &path);
    // Writes PLAIN_PATH encrypted to KEYS into the new file OUT_PATH, then reads OUT_PATH back
    // with the file key to prove it decrypts to the same bytes.
    static Outcome encrypt(const QString &plainPath, const QString &outPath,
                           const BackupKeys &keys);
    // Decrypts PATH with PASSPHRASE into the new file OUT_PATH; on any failure OUT_PATH is
    // removed, FAILURE says why and the message is for the user.
    static Outcome decrypt(const QString &path, const QString &outPath, const QString &passphrase,
                           Failure *failure);
};

} // namespace Taktline
