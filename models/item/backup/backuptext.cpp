#include "item/backup/backuptext.h"

#include <QLocale>
#include <QStringList>

namespace Taktline {

QString BackupText::when(const QDateTime &moment, const QDateTime &now)
{
    const QDateTime local = moment.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QStringLiteral("HH:mm"));
    const qint64 days = local.date().daysTo(now.toLocalTime().date());
    if (days == 0)
        return tr("today %1").arg(time);
    if (days == 1)
        return tr("yesterday %1").arg(time);
    return tr("%1 %2", "date, time").arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

QString BackupText::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString BackupText::contents(const BackupContents &contents)
{
    return tr("%1, %2", "work orders, reports")
        .arg(tr("%Ln work order(s)", nullptr, contents.workOrders),
             tr("%Ln report(s)", nullptr, contents.reports));
}

QString BackupText::lastBackup(const std::optional<BackupEntry> &entry, const QDateTime &now)
{
    if (!entry)
        return tr("No good backup yet.");
    return tr("Last backup: %1, %2, %3")
        .arg(when(entry->takenAt, now), size(entry->sizeBytes), contents(entry->contents));
}

QString BackupText::status(const BackupSettings &settings)
{
    QStringList status;
    if (settings.folder.isEmpty())
        status << tr("Choose a folder on another drive — a USB stick or a network share — so a "
                     "broken disk or a stolen PC does not take the backups with it.");
    else if (settings.automatic)
        status << tr("Automatic backup is on: every day while Taktline runs, and when it closes.");
    else
        status << tr("Automatic backup is off: only Back up now writes a backup.");
    if (settings.encrypted)
        status << tr("Backups are encrypted.");
    return status.join(QLatin1Char(' '));
}

QString BackupText::overdue(const BackupSettings &settings,
                            const std::optional<QDateTime> &lastGoodAt, const QDateTime &now)
{
    if (settings.folder.isEmpty())
        return tr("No backup folder is chosen yet: this factory's data is not backed up.");
    if (!lastGoodAt)
        return tr("This factory has never been backed up.");
    const qint64 days = lastGoodAt->toLocalTime().date().daysTo(now.toLocalTime().date());
    return tr("No backup for %n day(s) — the last good one is from %1.", nullptr, int(days))
        .arg(when(*lastGoodAt, now));
}

} // namespace Taktline
