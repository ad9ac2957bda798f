#pragma once

#include "sync/syncallowlist.h"

#include <QStringList>

namespace Taktline {

// The outbox triggers, generated from the allow-list: a local insert queues all of a row's
// columns, a local update only those that changed, in the same transaction as the change, with
// the new clock in sync_clock (mutable rows: one row clock, col '*', for an insert; one per
// changed field for an update). A fact is queued by its chain trigger. Quiet while the sync engine
// applies other devices' changes (taktline_sync_applying() = 1), for per-device settings, and
// before the file's first sync (which queues the whole file: SyncOutbox::enqueueEverything).
class SyncTriggers final
{
public:
    static QStringList outbox(const SyncAllowList::Table &table); // mutable tables
    // The statement that queues a new fact with its chain link's hash; the chain trigger runs
    // it right after appending the link (schema v10), unless remote changes are being applied.
    static QString factOutbox(const SyncAllowList::Table &table);
    static QStringList all(); // for every allow-listed table
    static QStringList all(const QList<SyncAllowList::Table> &tables);
    // The names of the triggers all() creates (to drop them before creating a new version).
    static QStringList names();
};

} // namespace Taktline
