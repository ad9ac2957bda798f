#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

#include "domain/outcome.h"
#include "domain/sync/syncconnection.h"
#include "domain/sync/syncstatus.h"
#include "storage/database.h"

namespace Taktline {

class SyncServer;

// Runs sync rounds for one factory file: hello, push the outbox in batches, pull the other
// devices' changes and apply each page in one transaction. It has its own SQLite connection
// to the file and its own PostgreSQL connection, so it lives on its own thread (SyncController
// moves it there) and never blocks a page or the station. Rounds start on a server notification
// (LISTEN), shortly after a local commit, every 30 s as a fallback, and after an error with a
// backoff from 1 s to 60 s. The command line runs one round with syncOnce().
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int pushBatch = 500;     // outbox rows per sync.push
        int pullPage = 1000;     // operations per sync.pull
        int debounceMs = 100;    // after a local commit
        int periodicMs = 30000;  // the pull fallback when no notification comes
        int backoffMinMs = 1000;
        int backoffMaxMs = 60000;
        // Tests: where a round may be cut as if the connection dropped (return true to cut).
        enum class Stage { BeforePush, AfterPush, AfterPull };
        std::function<bool(Stage)> cutAt;
    };

    SyncEngine(QString databasePath, SyncConnection connection, QString password,
               Options options, QObject *parent = nullptr);
    SyncEngine(QString databasePath, SyncConnection connection, QString password,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // One round now, on the calling thread (the command line, the tests, the timers).
    Outcome syncOnce();
    SyncStatus status() const { return m_status; }
    // The engine's own connection to the file (opened by the first round or start()).
    Database *database() const { return m_db.get(); }

public slots:
    void start();                // opens the file, then a round at once and the timers
    void shutdown();             // stops the timers and closes both connections
    void syncNow();              // a round as soon as the thread is free
    void localChangeCommitted(); // a round after the debounce

signals:
    void statusChanged(const Taktline::SyncStatus &status);
    void remoteChangesApplied();
    void roundFinished(bool ok, const QString &error);

private:
    Outcome openLocal();
    Outcome round(bool *applied);
    Outcome connectServer();
    Outcome pushOutbox();
    Outcome pullChanges(bool *applied);
    void listen(const QString &channel);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source);
    void scheduleRound(int delayMs);
    void runScheduledRound();
    void refreshCounts();
    void publish();
    bool cutAt(Options::Stage stage);

    QString m_path;
    SyncConnection m_connection;
    QString m_password;
    Options m_options;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<SyncServer> m_server;
    QString m_channel;
    bool m_listening = false;
    QTimer *m_next = nullptr;
    QTimer *m_periodic = nullptr;
    int m_backoffMs = 0;
    bool m_inRound = false;
    bool m_roundAgain = false;
    bool m_cut = false;
    SyncStatus m_status;
    SyncStatus m_published;
    bool m_everPublished = false;
};

} // namespace Taktline
