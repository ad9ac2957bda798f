#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Taktline {

// Why a backup was taken; decides how long rotation keeps it.
enum class BackupKind {
    Scheduled,     // the daily automatic backup (rotation keeps 7 daily, 4 weekly, 12 monthly)
    OnExit,        // taken when the app closes (counts as a scheduled one for rotation)
    Manual,        // 立即备份 or `taktline backup`: never rotated away
    BeforeRestore, // the current file, saved before a restore replaces it: never rotated away
};

// The word a backup's file name and the manifest use for KIND ("scheduled", "exit", …).
QString backupKindKey(BackupKind kind);
std::optional<BackupKind> backupKindFromKey(const QString &key);
QString backupKindDisplayName(BackupKind kind); // translated: "Daily", "Manual", …
// Whether rotation may delete backups of KIND.
inline bool isRotated(BackupKind kind)
{
    return kind == BackupKind::Scheduled || kind == BackupKind::OnExit;
}

// What a backup holds, read from the copy itself after it was written (and shown before a
// restore, so the owner picks the right one).
struct BackupContents
{
    QString factoryId; // tells one factory's backups from another's
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
    QString sha256; // hex, of the file as written
};

QString backupStateDisplayName(BackupEntry::State state); // translated: "Good", "Modified — do not use", …

} // namespace Taktline
