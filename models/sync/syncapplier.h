#pragma once

#include "domain/outcome.h"
#include "domain/sync/syncop.h"
#include "sync/conflictdetector.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace Taktline {

// Applies other devices' changes to this file: one pulled batch in one transaction on the
// connection it is given (the sync engine's own, on its thread), with the outbox and the local
// uniqueness triggers quiet. A mutable row's field takes the incoming value only when the
// incoming clock is larger than the field's (a missing row is inserted); a fact is inserted once
// by its id and its rebuilt chain link is compared with the one its device sent; every clock is
// observed by this file's clock; the pull cursor is stored in the same transaction; then the
// conflict detectors run. Applying the same batch twice changes nothing.
class SyncApplier final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SyncApplier)

public:
    struct Report
    {
        int applied = 0;        // operations that changed something
        int unchanged = 0;      // already there, or older than what is there
        int chainMismatches = 0;
    };

    static constexpr const char *CursorKey = "pull_cursor";

    explicit SyncApplier(QSqlDatabase db);
    ~SyncApplier();

    // OPS in order (pulled, validated by SyncOpCodec); CURSOR is stored in sync_state with them.
    // Refuses to run inside an open transaction of the connection.
    Result<Report> apply(const QList<SyncOp> &ops, qint64 cursor);
    // The stored pull cursor (0 before the first pull).
    static qint64 cursor(const QSqlDatabase &db);

private:
    Outcome applyMutable(const SyncOp &op, Report &report);
    Outcome applyFact(const SyncOp &op, Report &report, QList<ConflictDetector::ChainMismatch> &mismatches);
    Outcome touch(const SyncOp &op);
    Result<QSqlQuery *> statement(const QString &sql);

    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // prepared once per batch
};

} // namespace Taktline
