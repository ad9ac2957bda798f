#include "shell/backupscheduler.h"

#include "services/backup/backupservice.h"

#include <QTimer>

namespace Taktline {

BackupScheduler::BackupScheduler(BackupService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(CheckEveryMs);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::runIfDue);
}

void BackupScheduler::start()
{
    QTimer::singleShot(FirstCheckMs, this, &BackupScheduler::runIfDue);
    m_timer->start();
}

bool BackupScheduler::runIfDue()
{
    bool written = false;
    if (m_service->isDue()) {
        const Result<BackupEntry> backup = m_service->backupNow(BackupKind::Scheduled);
        if (backup)
            written = true;
        else
            emit failed(tr("The automatic backup failed: %1 It is tried again in a few minutes; "
                           "Settings ▸ Backup shows the folder and the last good backup.")
                            .arg(backup.error()));
    }
    emit checked();
    return written;
}

QString BackupScheduler::backupOnExit()
{
    const BackupSettings settings = m_service->settings();
    if (!settings.automatic || settings.folder.isEmpty())
        return {};
    const Result<BackupEntry> backup = m_service->backupNow(BackupKind::OnExit);
    return backup ? QString() : backup.error();
}

} // namespace Taktline
