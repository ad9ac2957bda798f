#pragma once

#include "domain/backup/backupentry.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Taktline {

// Which rotated backups (scheduled, on exit) to keep: the newest of each of the last DAILY days,
// of each of the last WEEKLY weeks (ISO weeks) and of each of the last MONTHLY months that have a
// backup. Manual and before-restore backups are never deleted. Plain rules, no files.
class BackupRotation final
{
public:
    struct Item
    {
        QString file;
        QDateTime takenAt;
        BackupKind kind = BackupKind::Scheduled;
    };

    BackupRotation(int keepDaily, int keepWeekly, int keepMonthly);
    // The files of ITEMS to delete. Days, weeks and months are the local calendar's.
    QStringList toDelete(const QList<Item> &items) const;

private:
    int m_daily;
    int m_weekly;
    int m_monthly;
};

} // namespace Taktline
