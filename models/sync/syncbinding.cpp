#include "sync/syncbinding.h"

#include "storage/database.h"
#include "storage/sqlquery.h"
#include "sync/syncoutbox.h"
#include "sync/syncstate.h"

#include <QSqlQuery>

namespace Taktline {

Outcome SyncBinding::bind(Database &db, SyncServer &server, const SyncServer::Hello &hello,
                          const QString &login)
{
    const QString &tenant = hello.tenant;
    const QString &tenantName = hello.tenantName;
    const QString &deviceCode = hello.deviceCode;
    SyncState state(db.connection());
    const QString bound = state.tenant();
    if (!bound.isEmpty() && bound != tenant) {
        server.close();
        return Outcome::failure(
            tr("This file belongs to the factory \"%1\", but the login \"%2\" is a device of the "
               "factory \"%3\" on the server. Nothing was sent. Use this factory's own login, or "
               "a new, empty file for the other factory.")
                .arg(state.value(QStringLiteral("tenant_name")), login, tenantName));
    }
    if (bound.isEmpty()) {
        // An empty file adopts the server's factory; a file with work of its own may only start
        // an empty one, and then uploads everything it holds (the first device). Two factories
        // are never mixed.
        const Result<SyncServer::PullPage> others = server.pull(0, 1);
        if (!others)
            return others.outcome();
        const bool factoryHasWork = !others.value().ops.isEmpty();
        QSqlQuery query(db.connection());
        const bool fileHasWork =
            query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM work_orders) OR EXISTS "
                                      "(SELECT 1 FROM production_reports) OR EXISTS (SELECT 1 "
                                      "FROM products) OR EXISTS (SELECT 1 FROM machines)"))
            && query.next() && query.value(0).toBool();
        query.finish();
        if (fileHasWork && factoryHasWork) {
            server.close();
            return Outcome::failure(
                tr("This file already holds work of its own (parts, machines or work orders), "
                   "and the factory \"%1\" on the server already holds another device's work. "
                   "Taktline does not mix two factories: nothing was sent. Start this device "
                   "with a new, empty file to join \"%1\".")
                    .arg(tenantName));
        }
        // The first device: its whole history goes up (SyncOutbox runs that in a transaction of
        // its own), which also turns its outbox on.
        SyncOutbox outbox(db.connection());
        if (!factoryHasWork && !outbox.hasEnqueuedEverything()) {
            if (Outcome queued = outbox.enqueueEverything().outcome(); !queued)
                return queued;
        }
        const Outcome adopted = db.inTransaction([&]() -> Outcome {
            if (Outcome saved = state.setValue(QStringLiteral("tenant"), tenant); !saved)
                return saved;
            // A device joining a factory with work turns its outbox on without queueing the
            // empty file's own rows: fresh clocks on them would outvote the factory's values.
            if (factoryHasWork) {
                if (Outcome on = state.setValue(QStringLiteral("enqueued_everything"),
                                                QStringLiteral("1"));
                    !on) {
                    return on;
                }
            }
            return state.setValue(QStringLiteral("tenant_name"), tenantName);
        });
        if (!adopted)
            return adopted;
    }
    // The server's device code goes into this file's numbers, as long as it has issued none:
    // numbers already printed on travellers and labels keep the code they were made with.
    if (!deviceCode.isEmpty() && deviceCode != db.deviceCode()) {
        QSqlQuery query(db.connection());
        if (query.exec(QStringLiteral("SELECT count(*) FROM number_series")) && query.next()
            && query.value(0).toInt() == 0) {
            query.finish();
            query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('device_code', "
                                         ":code) ON CONFLICT(key) DO UPDATE SET value = "
                                         "excluded.value"));
            query.bindValue(QStringLiteral(":code"), deviceCode);
            if (Outcome saved = Sql::exec(query, tr("save the device code")); !saved)
                return saved;
        }
    }
    return Outcome::success();
}

} // namespace Taktline
