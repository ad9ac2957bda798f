#include "storage/schema/schemastepv11.h"

#include "storage/chain/chainhash.h"
#include "storage/chain/facttables.h"
#include "storage/migrations.h"
#include "storage/schema/schemastepv9.h"
#include "sync/syncallowlist.h"
#include "sync/syncfunctions.h"
#include "sync/synctriggers.h"

#include <QSqlQuery>

namespace Taktline::Schema {

namespace {

const QStringList NewFacts = {QStringLiteral("andon_calls"), QStringLiteral("andon_responses"),
                              QStringLiteral("status_event_reasons")};
const QStringList ChangedTables = {QStringLiteral("downtime_reasons"),
                                   QStringLiteral("routing_operations"),
                                   QStringLiteral("work_order_operations")};

} // namespace

QStringList oeeAndonV11(const QSqlDatabase &db)
{
    ChainHash::install(db);
    SyncFunctions::install(db);
    QStringList sql;
    // SQLite has no ADD COLUMN IF NOT EXISTS: the step looks first, so that it can run again.
    if (!Migrations::hasColumn(db, QStringLiteral("downtime_reasons"), QStringLiteral("oee_class"))) {
        // Where a reason's stop time goes in OEE (ISO 22400-2); '' until the owner sets it,
        // and such time is shown as a reason without class, never as running. Reasons marked
        // planned before keep that meaning.
        sql << QStringLiteral("ALTER TABLE downtime_reasons ADD COLUMN oee_class TEXT NOT NULL "
                              "DEFAULT '' CHECK (oee_class IN ('', 'excluded', 'planned', "
                              "'availability', 'performance', 'quality'))")
            << QStringLiteral("UPDATE downtime_reasons SET oee_class = 'planned' WHERE planned = 1");
    }
    // The ideal cycle time (理想节拍) of one piece, in seconds; NULL: not set, the standard time
    // stands in and the figure says so.
    for (const QString &table :
         {QStringLiteral("routing_operations"), QStringLiteral("work_order_operations")}) {
        if (!Migrations::hasColumn(db, table, QStringLiteral("ideal_seconds")))
            sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN ideal_seconds REAL CHECK "
                                  "(ideal_seconds IS NULL OR ideal_seconds > 0)")
                       .arg(table);
    }
    sql += {
        // An andon call (安灯) from a station: who called for what, at which machine.
        QStringLiteral("CREATE TABLE IF NOT EXISTS andon_calls (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "machine_id TEXT NOT NULL REFERENCES machines(id),\n"
                       "kind TEXT NOT NULL CHECK (kind IN ('material', 'quality', 'maintenance', "
                       "'supervisor')),\n"
                       "note TEXT NOT NULL DEFAULT '',\n"
                       "employee_id TEXT REFERENCES employees(id),\n"
                       "called_at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS andon_calls_at ON andon_calls(called_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS andon_calls_machine "
                       "ON andon_calls(machine_id, called_at)"),
        // A supervisor's answer to a call: acknowledged (on the way), then closed. Two devices
        // may both answer offline: the earliest of each action counts.
        QStringLiteral("CREATE TABLE IF NOT EXISTS andon_responses (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "call_id TEXT NOT NULL REFERENCES andon_calls(id),\n"
                       "action TEXT NOT NULL CHECK (action IN ('acknowledged', 'closed')),\n"
                       "note TEXT NOT NULL DEFAULT '',\n"
                       "employee_id TEXT REFERENCES employees(id),\n"
                       "at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS andon_responses_call "
                       "ON andon_responses(call_id, action, at)"),
        // A reason given to a stop after the fact (a correcting fact, the event stays as it
        // was); the newest for an event counts.
        QStringLiteral("CREATE TABLE IF NOT EXISTS status_event_reasons (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "event_id TEXT NOT NULL REFERENCES machine_status_events(id),\n"
                       "downtime_reason_id TEXT NOT NULL REFERENCES downtime_reasons(id),\n"
                       "note TEXT NOT NULL DEFAULT '',\n"
                       "at INTEGER NOT NULL,\n"
                       "device_id TEXT NOT NULL,\n"
                       "user_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS status_event_reasons_event "
                       "ON status_event_reasons(event_id, at)"),
        // Reports by time across machines (the dashboard's day, shift and hour sums).
        QStringLiteral("CREATE INDEX IF NOT EXISTS production_reports_at "
                       "ON production_reports(reported_at)"),
    };
    for (const QString &table : NewFacts) {
        sql += Migrations::appendOnlyTriggers(table);
        sql << chainTrigger(*FactTables::find(table), true,
                            SyncTriggers::factOutbox(*SyncAllowList::find(table)));
    }
    for (const QString &table : ChangedTables) {
        sql << QStringLiteral("DROP TRIGGER IF EXISTS %1_sync_insert").arg(table)
            << QStringLiteral("DROP TRIGGER IF EXISTS %1_sync_update").arg(table);
        sql += SyncTriggers::outbox(*SyncAllowList::find(table));
    }
    return sql;
}

} // namespace Taktline::Schema
