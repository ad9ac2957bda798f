#pragma once

// TEMPORARY STUB (drop at merge): a copy of the engine branch's scheduler, so this branch builds
// against the same class the merged tree will have.

#include "services/backup/backupservice.h" // the real engine: domain/backup/backupentry.h
#include "domain/outcome.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Taktline {

class BackupService;

// Takes the automatic backups of one open factory: the daily one while the app runs (looked at
// when started and then every few minutes, so a PC that sleeps over night catches up in the
// morning) and the one when the app closes. The main window owns one.
class BackupScheduler final : public QObject
{
    Q_OBJECT
public:
    explicit BackupScheduler(BackupService *backups, QObject *parent = nullptr);

    void start(std::chrono::milliseconds every = std::chrono::minutes(15));
    void stop();
    // The scheduled backup when BackupService::isDue() says so; nothing otherwise.
    std::optional<Result<BackupEntry>> runIfDue();
    // The on-exit backup when automatic backups are on and a folder is set.
    std::optional<Result<BackupEntry>> backupOnExit();

signals:
    void backupFailed(const QString &message);

private:
    BackupService *m_backups;
    QTimer m_timer;
};

} // namespace Taktline
