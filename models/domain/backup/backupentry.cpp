#include "domain/backup/backupentry.h"

#include <QCoreApplication>

namespace Taktline {

QString backupKindKey(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Scheduled:
        return QStringLiteral("scheduled");
    case BackupKind::OnExit:
        return QStringLiteral("exit");
    case BackupKind::Manual:
        return QStringLiteral("manual");
    case BackupKind::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return QStringLiteral("manual");
}

std::optional<BackupKind> backupKindFromKey(const QString &key)
{
    for (const BackupKind kind : {BackupKind::Scheduled, BackupKind::OnExit, BackupKind::Manual,
                                  BackupKind::BeforeRestore}) {
        if (backupKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString backupKindDisplayName(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Scheduled:
        return QCoreApplication::translate("Taktline::Backup", "Daily");
    case BackupKind::OnExit:
        return QCoreApplication::translate("Taktline::Backup", "On exit");
    case BackupKind::Manual:
        return QCoreApplication::translate("Taktline::Backup", "Manual");
    case BackupKind::BeforeRestore:
        return QCoreApplication::translate("Taktline::Backup", "Before restore");
    }
    return {};
}

QString backupStateDisplayName(BackupEntry::State state)
{
    switch (state) {
    case BackupEntry::State::Good:
        return QCoreApplication::translate("Taktline::Backup", "Good");
    case BackupEntry::State::Modified:
        return QCoreApplication::translate("Taktline::Backup", "Modified — do not use");
    case BackupEntry::State::Unreadable:
        return QCoreApplication::translate("Taktline::Backup", "Unreadable");
    case BackupEntry::State::Unlisted:
        return QCoreApplication::translate("Taktline::Backup", "Unknown file — verify it");
    }
    return {};
}

} // namespace Taktline
