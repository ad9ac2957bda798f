#pragma once

#include "domain/sync/syncconflict.h"
#include "domain/sync/syncconnection.h"
#include "domain/sync/syncstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Taktline {

// The words every page uses for sync: the status bar's indicator, Settings ▸ Sync, the
// station's offline line and the Conflicts view. Times are read from NOW (the workspace clock).
class SyncText final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SyncText)
public:
    // The status bar: "Synced ✓", "3 waiting", "Offline since 13:40", "Sync error", "This PC only".
    static QString indicator(const SyncStatus &status);
    // Settings ▸ Sync's line under the state: what it means, in a full sentence.
    static QString sentence(const SyncStatus &status, const QDateTime &now);
    // The indicator's tooltip: the sentence, the last sync, what waits, open conflicts.
    static QString summary(const SyncStatus &status, const QDateTime &now);
    // "Last sync: today 14:02", or "Not synced yet."
    static QString lastSync(const SyncStatus &status, const QDateTime &now);
    static QString queued(const SyncStatus &status); // "3 changes waiting (2 reports)"
    static QString conflicts(const SyncStatus &status); // "2 open conflicts" / "No open conflicts"
    // The station's line while reports cannot reach the server; empty when they can.
    static QString station(const SyncStatus &status);
    // The first pull of a new device: "Fetching the factory: 1,200 of 40,000 changes".
    static QString firstPull(const SyncStatus &status);

    static QString tlsName(SyncConnection::Tls tls); // "Verify the server (verify-full)"
    static QString tlsHint(SyncConnection::Tls tls); // what the choice means, in plain words
    static QString kindName(SyncConflict::Kind kind); // "Same code created twice"
};

} // namespace Taktline
