#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include "domain/outcome.h"
#include "domain/sync/syncconnection.h"
#include "domain/sync/syncstatus.h"

namespace Taktline {

// This device's sync bookkeeping in the sync_state table: the connection (never the password),
// the tenant the file belongs to, the pull cursor, the batch being pushed, the last sync and
// the last error. Per device, never synced.
class SyncState final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SyncState)

public:
    // The batch being pushed: its id and the outbox rows it covers. Kept until the server's
    // answer has been recorded, so a retry after a cut re-sends the same batch id.
    struct Batch
    {
        QString id;
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
        bool isValid() const { return !id.isEmpty(); }
    };

    explicit SyncState(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QString value(const QString &key) const;
    Outcome setValue(const QString &key, const QString &value);
    Outcome remove(const QString &key);

    SyncConnection connection() const;
    Outcome setConnection(const SyncConnection &connection);
    Outcome forgetConnection();

    qint64 cursor() const;
    Outcome setCursor(qint64 cursor);
    Batch pendingBatch() const;
    Outcome setPendingBatch(const Batch &batch); // an invalid batch clears it
    QDateTime lastSync() const;
    QString lastError() const;
    QString tenant() const;
    // What the file says about its sync, without a round: the status bar before the engine
    // starts, and `taktline sync --status`.
    SyncStatus status() const;
    // The outbox's size (and reports in it) and the open conflicts, into STATUS.
    static void readCounts(const QSqlDatabase &db, SyncStatus *status);


private:
    QSqlDatabase m_db;
};

} // namespace Taktline
