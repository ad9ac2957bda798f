#pragma once

// CONTRACT (written before the implementation, so the engine and the Settings ▸ Backup page can
// be built side by side). The engine's author may add members and split the types into their
// own headers, but keeps these names and meanings.

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

// Why a backup was taken; decides how long rotation keeps it.
enum class BackupKind {
    Scheduled,     // the daily automatic backup (rotation keeps 7 daily, 4 weekly, 12 monthly)
    OnExit,        // taken when the app closes (counts as a scheduled one for rotation)
    Manual,        // 立即备份 or `taktline backup`: never rotated away
    BeforeRestore, // the current file, saved before a restore replaces it: never rotated away
};

// What a backup holds, read from the copy itself after it was written (and shown before a
// restore, so the owner picks the right one).
struct BackupContents
{
    QString factoryName;
    int schemaVersion = 0;
    int workOrders = 0;
    int reports = 0;
    std::optional<QDateTime> lastReportAt; // the newest production report in the copy
};

// One backup file as the folder's manifest and the file itself say.
struct BackupEntry
{
    enum class State {
        Good,       // verified: hash matches the manifest, opens, integrity_check ok
        Modified,   // hash differs from the manifest or authentication failed: never restored
        Unreadable, // not a Taktline backup, damaged, or encrypted with another passphrase
        Unlisted,   // a backup file the manifest does not know: verify before trusting it
    };

    QString filePath;
    QDateTime takenAt; // UTC
    qint64 sizeBytes = 0;
    BackupKind kind = BackupKind::Manual;
    bool encrypted = false;
    State state = State::Good;
    QString problem; // for the user, in their language; empty when Good
    BackupContents contents;
};

// Where and how this device backs up its factory file. Kept per device (the folder is a path on
// this PC), not synced.
struct BackupSettings
{
    QString folder;            // empty: not set up yet
    bool automatic = true;     // daily while the app runs, and on exit
    int warnAfterDays = 3;     // the main window warns when no good backup is this old
    int keepDaily = 7;
    int keepWeekly = 4;
    int keepMonthly = 12;
    bool encrypted = false;    // set with setEncryption(); the passphrase itself is never stored
};

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
    // The backups in the configured folder (or FOLDER), newest first, each checked against the
    // manifest (hashes only; cheap enough for a list).
    QList<BackupEntry> list(const QString &folder = {}) const;
    // Full check of one file: manifest hash, decryption with PASSPHRASE when encrypted,
    // integrity_check and the contents.
    static BackupEntry verify(const QString &file, const QString &passphrase = {});

    // The newest backup of this factory that was verified good, if any.
    std::optional<BackupEntry> lastGoodBackup() const;
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
