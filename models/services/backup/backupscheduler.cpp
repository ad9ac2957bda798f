#include "services/backup/backupscheduler.h"

#include "services/backup/backupservice.h"

namespace Taktline {

BackupScheduler::BackupScheduler(BackupService *backups, QObject *parent)
    : QObject(parent)
    , m_backups(backups)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { runIfDue(); });
}

void BackupScheduler::start(std::chrono::milliseconds every)
{
    m_timer.start(every);
    runIfDue();
}

void BackupScheduler::stop()
{
    m_timer.stop();
}

std::optional<Result<BackupEntry>> BackupScheduler::runIfDue()
{
    if (!m_backups->isDue())
        return std::nullopt;
    Result<BackupEntry> taken = m_backups->backupNow(BackupKind::Scheduled);
    if (!taken)
        emit backupFailed(taken.error());
    return taken;
}

std::optional<Result<BackupEntry>> BackupScheduler::backupOnExit()
{
    const BackupSettings settings = m_backups->settings();
    if (!settings.automatic || settings.folder.isEmpty())
        return std::nullopt;
    Result<BackupEntry> taken = m_backups->backupNow(BackupKind::OnExit);
    if (!taken)
        emit backupFailed(taken.error());
    return taken;
}

} // namespace Taktline
