#include "sync/syncfunctions.h"

#include "storage/sqlquery.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <sqlite3.h>

#include <atomic>
#include <memory>

namespace Taktline {

namespace {

struct ConnectionState
{
    sqlite3 *handle = nullptr;
    std::atomic<bool> applying{false};
    std::shared_ptr<Hlc> clock; // found at the first call, under registryMutex
};

// The clocks of the files open in this process, by path; the applying flags by connection.
QMutex registryMutex;
QHash<QString, std::shared_ptr<Hlc>> clocks;
QHash<QString, Hlc::WallClock> wallClocks;
QHash<sqlite3 *, ConnectionState *> connections;

QString fileKey(sqlite3 *handle)
{
    const char *file = sqlite3_db_filename(handle, "main");
    if (file && *file) {
        const QString path = QString::fromUtf8(file);
        const QString canonical = QFileInfo(path).canonicalFilePath();
        return canonical.isEmpty() ? path : canonical;
    }
    // An in-memory database is its own file.
    return QStringLiteral("memory:%1").arg(reinterpret_cast<quintptr>(handle));
}

QString queryText(sqlite3 *handle, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    QString result;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW
        && sqlite3_column_type(statement, 0) != SQLITE_NULL) {
        result = QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    return result;
}

// The clock of HANDLE's file, made at first use: node = meta device_id, started past the largest
// clock recorded in the file. Null when the file has no valid device id. Call with the lock held.
std::shared_ptr<Hlc> clockLocked(sqlite3 *handle)
{
    ConnectionState *state = connections.value(handle);
    if (state && state->clock)
        return state->clock;
    const QString node = queryText(handle, "SELECT value FROM meta WHERE key = 'device_id'");
    if (!Hlc::isValidNode(node))
        return nullptr;
    // By path and device: another factory file put at the same path gets its own clock.
    const QString path = fileKey(handle);
    const QString key = path + QLatin1Char('|') + node;
    if (std::shared_ptr<Hlc> clock = clocks.value(key)) {
        if (state)
            state->clock = clock;
        return clock;
    }
    Hlc::WallClock wall = wallClocks.value(path);
    auto clock = std::make_shared<Hlc>(node, wall);
    clock->observe(queryText(handle, "SELECT max(hlc) FROM sync_clock"));
    clock->observe(queryText(handle, "SELECT max(hlc) FROM sync_outbox"));
    clocks.insert(key, clock);
    if (state)
        state->clock = clock;
    return clock;
}

void hlcFunction(sqlite3_context *context, int, sqlite3_value **)
{
    QString next;
    {
        const QMutexLocker lock(&registryMutex);
        if (std::shared_ptr<Hlc> clock = clockLocked(sqlite3_context_db_handle(context)))
            next = clock->now();
    }
    if (next.isEmpty()) {
        sqlite3_result_error(context, "taktline_hlc: this database has no valid device id", -1);
        return;
    }
    const QByteArray utf8 = next.toUtf8();
    sqlite3_result_text(context, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void applyingFunction(sqlite3_context *context, int, sqlite3_value **)
{
    const auto *state = static_cast<const ConnectionState *>(sqlite3_user_data(context));
    sqlite3_result_int(context, state && state->applying.load() ? 1 : 0);
}

void destroyState(void *data)
{
    auto *state = static_cast<ConnectionState *>(data);
    {
        const QMutexLocker lock(&registryMutex);
        if (connections.value(state->handle) == state)
            connections.remove(state->handle);
    }
    delete state;
}

ConnectionState *stateOf(const QSqlDatabase &db)
{
    sqlite3 *handle = Sql::handle(db);
    return handle ? connections.value(handle) : nullptr;
}

} // namespace

bool SyncFunctions::install(sqlite3 *handle)
{
    if (!handle)
        return false;
    // Not deterministic: each call is a new clock. Innocuous: usable from the schema's triggers.
    if (sqlite3_create_function_v2(handle, HlcName, 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, nullptr,
                                   &hlcFunction, nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        return false;
    }
    auto *state = new ConnectionState;
    state->handle = handle;
    {
        const QMutexLocker lock(&registryMutex);
        // A second install on the same connection keeps its flag.
        if (const ConnectionState *old = connections.value(handle))
            state->applying = old->applying.load();
    }
    // On failure SQLite calls destroyState itself.
    if (sqlite3_create_function_v2(handle, ApplyingName, 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, state,
                                   &applyingFunction, nullptr, nullptr, &destroyState)
        != SQLITE_OK) {
        return false;
    }
    const QMutexLocker lock(&registryMutex);
    connections.insert(handle, state);
    return true;
}

bool SyncFunctions::install(const QSqlDatabase &db)
{
    return install(Sql::handle(db));
}

bool SyncFunctions::setApplying(const QSqlDatabase &db, bool applying)
{
    const QMutexLocker lock(&registryMutex);
    ConnectionState *state = stateOf(db);
    if (!state)
        return false;
    state->applying = applying;
    return true;
}

bool SyncFunctions::isApplying(const QSqlDatabase &db)
{
    const QMutexLocker lock(&registryMutex);
    const ConnectionState *state = stateOf(db);
    return state && state->applying.load();
}

bool SyncFunctions::observe(const QSqlDatabase &db, const QString &remote)
{
    sqlite3 *handle = Sql::handle(db);
    if (!handle)
        return false;
    const QMutexLocker lock(&registryMutex);
    const std::shared_ptr<Hlc> clock = clockLocked(handle);
    return clock && clock->observe(remote);
}

QString SyncFunctions::next(const QSqlDatabase &db)
{
    sqlite3 *handle = Sql::handle(db);
    if (!handle)
        return {};
    const QMutexLocker lock(&registryMutex);
    const std::shared_ptr<Hlc> clock = clockLocked(handle);
    return clock ? clock->now() : QString();
}

void SyncFunctions::setWallClock(const QString &path, Hlc::WallClock wall)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QString key = canonical.isEmpty() ? path : canonical;
    const QMutexLocker lock(&registryMutex);
    wallClocks.insert(key, wall);
    // A clock already made keeps what it has seen and takes the new wall clock.
    for (auto it = clocks.begin(); it != clocks.end(); ++it) {
        if (it.key().startsWith(key + QLatin1Char('|'))) {
            Hlc replacement(it.value()->node(), wall);
            replacement.observe(it.value()->last());
            *it.value() = replacement;
        }
    }
}

} // namespace Taktline
