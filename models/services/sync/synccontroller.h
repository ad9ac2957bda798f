#pragma once

#include <QObject>
#include <QThread>
#include <QString>

#include <QList>

#include <memory>

#include "domain/outcome.h"
#include "domain/sync/syncconnection.h"
#include "domain/sync/syncstatus.h"

namespace Taktline {

class Database;
class SyncEngine;

// The UI thread's handle on sync: the connection settings, the status, "Sync now" and "Test
// connection". It owns the SyncEngine, which runs rounds on its own thread with its own SQLite
// and PostgreSQL connections, so no page and no station ever waits for the network.
class SyncController : public QObject
{
    Q_OBJECT

public:
    explicit SyncController(std::shared_ptr<Database> db, QObject *parent = nullptr);
    ~SyncController() override;

    bool isConfigured() const;
    SyncConnection connection() const;
    // Saves the connection (per device) and the password (platform credential store); refuses
    // an incomplete connection or a machine with no credential store, saying so.
    Outcome configure(const SyncConnection &connection, const QString &password);
    Outcome disconnectServer(); // forget the server; queued changes stay in the outbox

    SyncStatus status() const;

    void start();          // starts the engine thread if configured (the app calls it after sign-in)
    void stop();           // finishes the running round, then stops the thread
    void syncNow();        // a round at once
    void localChangeCommitted(); // a local transaction committed: push soon (debounced)
    void testConnection(const SyncConnection &connection, const QString &password); // async

    bool isRunning() const { return m_thread != nullptr; }

signals:
    void statusChanged(const Taktline::SyncStatus &status);
    void connectionTested(bool ok, const QString &message); // message in the user's language
    void remoteChangesApplied(); // other devices' changes are in the file: pages reload

private:
    void setStatus(const SyncStatus &status);

    std::shared_ptr<Database> m_db;
    QThread *m_thread = nullptr;
    SyncEngine *m_engine = nullptr; // lives on m_thread
    QList<QThread *> m_tests;       // "Test connection" runs, finished before we go
    SyncStatus m_status;
    bool m_statusRead = false;
};

} // namespace Taktline
