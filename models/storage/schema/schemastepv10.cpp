#include "storage/schema/schemastepv10.h"

#include "storage/chain/chainhash.h"
#include "storage/chain/facttables.h"
#include "storage/migrations.h"
#include "storage/schema/schemastepv9.h"
#include "sync/localuniqueness.h"
#include "sync/syncallowlist.h"
#include "sync/syncfunctions.h"
#include "sync/synctriggers.h"

#include <algorithm>

namespace Taktline::Schema {

QStringList syncV10(const QSqlDatabase &db)
{
    ChainHash::install(db);
    SyncFunctions::install(db);
    QStringList sql = {
        // What this device has to push, oldest first; deleted once the server has it.
        QStringLiteral("CREATE TABLE IF NOT EXISTS sync_outbox (\n"
                       "seq INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                       "tbl TEXT NOT NULL,\n"
                       "row_id TEXT NOT NULL,\n"
                       "kind TEXT NOT NULL CHECK (kind IN ('m', 'f')),\n"
                       "hlc TEXT NOT NULL,\n"
                       "cols TEXT NOT NULL,\n"
                       // a fact's link in its device's hash chain, sent along (x)
                       "chain TEXT NOT NULL DEFAULT '')"),
        // The clock of every synced field's current value (mutable rows).
        QStringLiteral("CREATE TABLE IF NOT EXISTS sync_clock (\n"
                       "tbl TEXT NOT NULL,\n"
                       "row_id TEXT NOT NULL,\n"
                       "col TEXT NOT NULL,\n"
                       "hlc TEXT NOT NULL,\n"
                       "PRIMARY KEY (tbl, row_id, col)) WITHOUT ROWID"),
        // This device's connection, pull cursor, last sync and last error; never synced.
        QStringLiteral("CREATE TABLE IF NOT EXISTS sync_state (\n"
                       "key TEXT PRIMARY KEY NOT NULL,\n"
                       "value TEXT NOT NULL)"),
        // What merging could not settle (SyncConflict); synced, so a resolution reaches every
        // device. The columns have defaults: a resolution may arrive before the conflict is
        // found here.
        QStringLiteral("CREATE TABLE IF NOT EXISTS sync_conflicts (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "kind TEXT NOT NULL DEFAULT '',\n"
                       "tbl TEXT NOT NULL DEFAULT '',\n"
                       "row_id TEXT NOT NULL DEFAULT '',\n"
                       "subject TEXT NOT NULL DEFAULT '',\n"
                       "details TEXT NOT NULL DEFAULT '[]',\n"
                       "found_at INTEGER NOT NULL DEFAULT 0,\n"
                       "resolved_at INTEGER,\n"
                       "resolution TEXT NOT NULL DEFAULT '',\n"
                       "resolved_by TEXT NOT NULL DEFAULT '',\n"
                       "updated_at INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS sync_conflicts_record "
                       "ON sync_conflicts(tbl, row_id) WHERE resolved_at IS NULL"),
    };
    // One approval per report was a column's UNIQUE constraint, which only a rebuilt table loses:
    // two offline devices may both approve a report, and the second approval must arrive, not be
    // dropped on some devices and kept on others. Locally it stays one (LocalUniqueness).
    sql += {
        QStringLiteral("DROP TABLE IF EXISTS report_approvals_v10"),
        QStringLiteral("CREATE TABLE report_approvals_v10 (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "report_id TEXT NOT NULL REFERENCES production_reports(id),\n"
                       "approved_at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "INSERT INTO report_approvals_v10 (id, report_id, approved_at, device_id, user_id) "
            "SELECT id, report_id, approved_at, device_id, user_id FROM report_approvals "
            "ORDER BY rowid"),
        QStringLiteral("DROP TABLE report_approvals"),
        QStringLiteral("ALTER TABLE report_approvals_v10 RENAME TO report_approvals"),
    };
    sql += Migrations::appendOnlyTriggers(QStringLiteral("report_approvals"));
    // The lists as this step knew them (later steps add their own tables' triggers).
    const QList<SyncAllowList::Table> synced = SyncAllowList::asOf(10);
    const auto syncedTable = [&synced](const QString &name) {
        return *std::find_if(synced.cbegin(), synced.cend(),
                             [&name](const SyncAllowList::Table &t) { return t.name == name; });
    };
    for (const FactTables::Table &table : FactTables::asOf(10)) {
        sql << QStringLiteral("DROP TRIGGER IF EXISTS %1_chain").arg(table.name);
        // The link first, then the fact is queued with the link's hash: one trigger, so the
        // order is certain.
        sql << chainTrigger(table, true,
                            SyncTriggers::factOutbox(syncedTable(table.name)));
    }
    sql += LocalUniqueness::statements();
    sql += SyncTriggers::all(synced);
    return sql;
}

} // namespace Taktline::Schema
