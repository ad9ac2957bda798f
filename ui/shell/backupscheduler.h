#pragma once

#include <QObject>

class QTimer;

namespace Taktline {

class BackupService;

// The automatic backups of the running app: checks BackupService::isDue() shortly after the
// start and every few minutes, and writes the daily backup when it is due; the window asks it
// for the backup on exit. A failed backup is reported by failed(), in words, never dropped.
class BackupScheduler final : public QObject
{
    Q_OBJECT
public:
    static constexpr int CheckEveryMs = 5 * 60 * 1000;
    static constexpr int FirstCheckMs = 20 * 1000; // after the window is up, not during start

    explicit BackupScheduler(BackupService *service, QObject *parent = nullptr);

    void start();
    // Writes the daily backup if it is due; true when one was written.
    bool runIfDue();
    // The backup on exit: written whenever automatic backup is on and a folder is set (each
    // close, so the day's last work is in a backup; rotation thins them out). Returns the
    // engine's message when it failed, an empty string when written or not wanted.
    QString backupOnExit();

signals:
    void checked();                      // after each check, written or not
    void failed(const QString &message); // a scheduled backup could not be written

private:
    BackupService *m_service;
    QTimer *m_timer;
};

} // namespace Taktline
