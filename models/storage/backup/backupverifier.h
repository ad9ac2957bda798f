#pragma once

#include <QCoreApplication>

#include "domain/backup/backupentry.h"
#include "storage/backup/backupmanifest.h"

#include <QString>

namespace Taktline {

// Says whether a backup file can be trusted: its hash against the folder's manifest (and the
// hash the factory file itself recorded), then, for a full check, decryption and SQLite's
// integrity_check of the copy inside.
class BackupVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::BackupVerifier)

public:
    // Hashes only: Modified when FILE's SHA-256 differs from MANIFEST's or from RECORDED_SHA256
    // (when given), Unlisted when MANIFEST does not know it.
    static BackupEntry check(const QString &file, const BackupManifest &manifest,
                             const QString &recordedSha256 = {});
    // The full check, with the manifest of FILE's folder.
    static BackupEntry verify(const QString &file, const QString &passphrase,
                              const QString &recordedSha256 = {});
    // The full check, leaving the verified plain database copy at PLAIN_OUT (a new file) when the
    // result is Good or Unlisted; nothing is left there otherwise.
    static BackupEntry verifyInto(const QString &file, const QString &passphrase,
                                  const QString &plainOut, const QString &recordedSha256 = {});
};

} // namespace Taktline
