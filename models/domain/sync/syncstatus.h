#pragma once

#include <QDateTime>
#include <QString>

namespace Taktline {

// What the status bar, the station and Settings ▸ Sync say about this device's sync.
struct SyncStatus
{
    enum class State {
        NotConfigured, // no server set up: one PC is a complete system
        Synced,        // nothing waiting, last round succeeded
        Syncing,       // a round is running
        Waiting,       // local changes queued, the next push is on its way
        Offline,       // the server cannot be reached; work goes on, changes wait
        Error          // the server answered with a refusal (password, clock, schema, revoked…)
    };

    State state = State::NotConfigured;
    int queuedChanges = 0;      // rows in the outbox
    int queuedReports = 0;      // production reports among them (the station shows this)
    int openConflicts = 0;
    QDateTime lastSync;         // last successful round (UTC), invalid if never
    QDateTime offlineSince;     // first failed round of the current outage (UTC)
    QString lastError;          // in the user's language, empty if none
    int pullTotal = 0;          // a new device's first pull: changes to fetch (0 if unknown)
    int pullDone = 0;           // … and fetched so far, for a progress bar
};

} // namespace Taktline
