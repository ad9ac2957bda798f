#pragma once

// The backup engine's face for the GUI and the command line. BackupKind, BackupContents and
// BackupEntry live in domain/backup/backupentry.h, BackupSettings in domain/backup/backupsettings.h.

#include "domain/backup/backupentry.h"
#include "domain/backup/backupsettings.h"
#include "domain/outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace Taktline {

class AccessControl;
class Clock;
class Database;

// Backs up the open factory file online (SQLite's backup API or VACUUM INTO, never a file
// copy), verifies each copy, keeps the folder's manifest and rotates old copies.
class BackupService final : public QObject
{
    Q_OBJECT
public:
    BackupService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                  QObject *parent = nullptr);
    ~BackupService() override;

    BackupSettings settings() const;
    // Needs the owner's rights. Refuses a folder that does not exist or cannot be written, or
    // that is the database's own folder's -wal/-shm files, with a message; keeps the old ones.
    Outcome setSettings(const BackupSettings &settings);
    // Turns encryption on with PASSPHRASE (min. 8 characters) or off with an empty one. Later
    // automatic backups are encrypted without asking for it again; restoring one needs it.
    Outcome setEncryption(const QString &passphrase);

    // Writes a backup of KIND into the configured folder (or FOLDER when given), verifies it,
    // records it in the manifest and rotates; returns what was written.
    Result<BackupEntry> backupNow(BackupKind kind, const QString &folder = {});
    // The same, encrypted with PASSPHRASE for this one file (a key pair made for it), whatever
    // the settings say; `taktline backup --passphrase-env`.
    Result<BackupEntry> backupNow(BackupKind kind, const QString &folder, const QString &passphrase);
    // The backups in the configured folder (or FOLDER), newest first, each checked against the
    // manifest (hashes only; cheap enough for a list).
    QList<BackupEntry> list(const QString &folder = {}) const;
    // Full check of one file: manifest hash, decryption with PASSPHRASE when encrypted,
    // integrity_check and the contents.
    static BackupEntry verify(const QString &file, const QString &passphrase = {});

    // The newest backup of this factory that was verified good, if any: the first good one in
    // list() while the folder is reachable (which hashes every file), else what the factory file
    // recorded when it was written.
    std::optional<BackupEntry> lastGoodBackup() const;
    // The same, from LISTED: what list() returned just before, so a page that shows both hashes
    // the files once.
    std::optional<BackupEntry> lastGoodBackup(const QList<BackupEntry> &listed) const;
    // When the newest good backup was written, as the factory file recorded it then: cheap, no
    // file read. What isDue() and isOverdue() go by.
    std::optional<QDateTime> lastGoodAt() const;
    // Whether the automatic daily backup is due now (automatic on, a folder set, none today).
    bool isDue() const;
    // Whether the main window should warn: no good backup for settings().warnAfterDays days
    // (or never), or no folder set.
    bool isOverdue() const;

    // Replaces the factory file at DATABASE_PATH with the backup FILE, after writing the
    // current file itself as a BeforeRestore backup into SAFETY_FOLDER. The database must not be
    // open in this process (the GUI closes its workspace first and reopens it after). A
    // Modified or Unreadable backup, or one of another factory or a newer schema, is refused and
    // nothing changes. Returns the BeforeRestore backup.
    static Result<BackupEntry> restore(const QString &databasePath, const QString &file,
                                       const QString &passphrase, const QString &safetyFolder);

signals:
    void backupsChanged();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Taktline
