#pragma once

#include "services/backup/backupservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Taktline {

// The words the Settings ▸ Backup page, the restore dialog and the main window's warning use
// for a backup: when it was taken, how big it is, what kind, what state, what it holds.
class BackupText final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::BackupText)
public:
    // "today 07:00", "yesterday 18:30", "Mon 2 Dec 07:00" — for a moment seen from NOW.
    static QString when(const QDateTime &moment, const QDateTime &now);
    static QString size(qint64 bytes);                       // "3.2 MB"
    static QString contents(const BackupContents &contents); // "1,204 work orders, 18,330 reports"
    // "Last backup: today 07:00, 3.2 MB, 1,204 work orders, 18,330 reports", or why there is none.
    static QString lastBackup(const std::optional<BackupEntry> &entry, const QDateTime &now);
    // Under the last backup on Settings ▸ Backup: where things stand (folder, automatic,
    // encrypted).
    static QString status(const BackupSettings &settings);
    // The main window's warning: no folder, never backed up, or N days without a backup.
    static QString overdue(const BackupSettings &settings,
                           const std::optional<QDateTime> &lastGoodAt, const QDateTime &now);
};

} // namespace Taktline
