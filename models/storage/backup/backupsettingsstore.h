#pragma once

#include "domain/backup/backupsettings.h"
#include "domain/outcome.h"
#include "storage/backup/backupkeys.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Taktline {

// This device's backup settings and records, in the factory's settings table under keys
// "backup.<device id>.<name>": the folder is a path on this PC, so each device keeps its own.
// Also holds the backup key pair (public key, locked secret key), the last good backup and the
// SHA-256 of every backup written, so a backup whose manifest was rewritten too is still caught.
class BackupSettingsStore final
{
public:
    BackupSettingsStore(QSqlDatabase db, QString deviceId);

    BackupSettings settings() const;
    Outcome setSettings(const BackupSettings &settings);
    std::optional<BackupKeys> keys() const;
    Outcome setKeys(const std::optional<BackupKeys> &keys);

    std::optional<QDateTime> lastGoodAt() const;
    QString lastGoodFile() const;
    Outcome setLastGood(const QString &file, const QDateTime &at);

    QHash<QString, QString> recordedHashes() const; // file name → SHA-256 hex
    Outcome setRecordedHashes(const QHash<QString, QString> &hashes);

private:
    QString key(const char *name) const;
    QString value(const char *name, const QString &fallback = {}) const;
    Outcome setValue(const char *name, const QString &value);

    QSqlDatabase m_db;
    QString m_prefix;
};

} // namespace Taktline
