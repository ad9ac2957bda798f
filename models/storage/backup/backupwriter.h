#pragma once

#include <QCoreApplication>

#include "domain/backup/backupentry.h"
#include "domain/outcome.h"
#include "storage/backup/backupkeys.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Taktline {

// Writes one backup file: an online copy by SQLite (VACUUM INTO) under a temporary name in the
// target folder, checked (integrity_check, contents), encrypted when keys are given, and only
// then renamed to its final name, so a half-written backup never carries a backup's name.
class BackupWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::BackupWriter)

public:
    static QString suffix(); // "tlbak"
    // "taktline-20261206-070000-scheduled.tlbak" for a scheduled backup taken at 07:00:00 local.
    static QString fileName(const QDateTime &at, BackupKind kind);
    // The kind and local time a backup's file name says, when it is one of ours.
    static std::optional<std::pair<QDateTime, BackupKind>> parseFileName(const QString &name);
    // Why FOLDER cannot take backups, or success.
    static Outcome checkFolder(const QString &folder);

    // Backs SOURCE up into FOLDER as KIND taken AT, encrypted to KEYS when given.
    static Result<BackupEntry> write(const QSqlDatabase &source, const QString &folder,
                                     BackupKind kind, const QDateTime &at,
                                     const std::optional<BackupKeys> &keys);
};

} // namespace Taktline
