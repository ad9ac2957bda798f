#pragma once

#include "domain/sync/hlc.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace Taktline {

// The SQL functions the sync triggers call, installed on every connection Taktline opens
// (Database::open, the schema step): taktline_hlc() gives the next clock of this database file's
// hybrid logical clock (one per file in the process, shared by the UI's and the sync engine's
// connections, started past the largest clock in the file, node = meta device_id), and
// taktline_sync_applying() is 1 while this connection applies other devices' changes, which
// keeps the outbox and the local uniqueness triggers quiet.
class SyncFunctions final
{
public:
    static constexpr const char *HlcName = "taktline_hlc";
    static constexpr const char *ApplyingName = "taktline_sync_applying";

    static bool install(const QSqlDatabase &db);
    static bool install(sqlite3 *handle);

    // Marks DB's connection as applying remote changes (true) or back to local work (false).
    static bool setApplying(const QSqlDatabase &db, bool applying);
    static bool isApplying(const QSqlDatabase &db);
    // Moves the file's clock past REMOTE; false if REMOTE is no clock or DB has no clock.
    static bool observe(const QSqlDatabase &db, const QString &remote);
    // The next clock of DB's file, as taktline_hlc() gives it ("" if DB cannot have one).
    static QString next(const QSqlDatabase &db);
    // Tests: the wall clock of the file at PATH (a tablet whose clock is slow); empty = system.
    static void setWallClock(const QString &path, Hlc::WallClock wall);
};

} // namespace Taktline
