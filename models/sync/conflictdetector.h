#pragma once

#include "domain/outcome.h"
#include "domain/sync/syncconflict.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Taktline {

// Finds, after other devices' changes were applied, what per-field merging cannot settle —
// duplicate codes, a step over-reported by several devices, a lot fed past its stock, a serial
// shipped twice, an order cancelled while another device reported on it, a fact whose chain
// link differs — and records each in sync_conflicts under an id made from its kind and subject,
// with deterministic content, so every replica holds the same row. Resolutions are kept.
class ConflictDetector final
{
public:
    // A fact whose rebuilt link in its device's chain differs from the one its device sent.
    struct ChainMismatch
    {
        QString table;
        QString rowId;
        QString device;
        QString sentHash;
        QString rebuiltHash;
        qint64 atMs = 0;
    };

    // Touched: only around the records in temp.sync_touched (what the batch changed: the
    // applier fills it), so that a batch costs what it brought, not the whole file. All: every
    // record (a check of the whole file).
    enum class Scope { Touched, All };

    explicit ConflictDetector(QSqlDatabase db);

    // Makes (or empties) temp.sync_touched(tbl, row_id) on DB for the next batch.
    static Outcome prepareScope(const QSqlDatabase &db);
    // Runs every query and records what it finds (inside the caller's transaction).
    Outcome detect(const QList<ChainMismatch> &mismatches = {}, Scope scope = Scope::All);

    static QString kindKey(SyncConflict::Kind kind);
    static std::optional<SyncConflict::Kind> kindFromKey(const QString &key);
    static QString conflictId(SyncConflict::Kind kind, const QString &subjectKey);

private:
    struct Found
    {
        SyncConflict::Kind kind;
        QString subjectKey; // what makes the id
        QString table;
        QString rowId;
        QString subject;
        QString details; // JSON array, one object per device or record
        qint64 atMs = 0;
    };

    Outcome duplicateCodes(QList<Found> &found) const;
    Outcome overReported(QList<Found> &found) const;
    Outcome lotsOverFed(QList<Found> &found) const;
    Outcome serialsShippedTwice(QList<Found> &found) const;
    Outcome cancelledWhileReported(QList<Found> &found) const;
    Outcome record(const Found &found) const;

    QSqlDatabase m_db;
    bool m_scoped = false;
};

} // namespace Taktline
