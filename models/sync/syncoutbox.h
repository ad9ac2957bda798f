#pragma once

#include "domain/outcome.h"
#include "domain/sync/syncop.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace Taktline {

// This device's side of pushing: the changes the outbox triggers queued, read in order in
// batches (a fact with its link's hash in its device's chain), counted for the status, and
// deleted once the server holds them. Works on the connection it is given (the sync engine's,
// on the engine's thread).
class SyncOutbox final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SyncOutbox)

public:
    struct Counts
    {
        int changes = 0; // rows in the outbox
        int reports = 0; // production reports among them
    };

    explicit SyncOutbox(QSqlDatabase db);

    // The oldest LIMIT queued changes, in the order they were made; SyncOp::seq is the outbox row.
    Result<QList<SyncOp>> next(int limit) const;
    Result<Counts> counts() const;
    // The server holds the changes FIRST_SEQ … LAST_SEQ: they leave the outbox, and the conflicts
    // they take part in are looked for (as every device that receives them does), in one
    // transaction.
    Outcome remove(qint64 firstSeq, qint64 lastSeq);
    // The first sync of a file that has history: queues every allow-listed row instead of what
    // the outbox holds — mutable rows with the clocks of their fields (a field without one gets
    // a new clock), facts in each device's chain order with their links — so the server gets
    // the whole factory. Done once per file (sync_state 'enqueued_everything'), and it is what
    // turns the outbox on: before it the outbox triggers queue nothing. Returns how many changes
    // it queued (0 when done before). One transaction.
    Result<int> enqueueEverything();
    bool hasEnqueuedEverything() const;

private:
    Outcome enqueueMutable(const QString &table);
    Outcome enqueueFacts();

    QSqlDatabase m_db;
};

} // namespace Taktline
