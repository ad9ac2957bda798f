#include "democache.h"

#include "services/workspace.h"
#include "storage/backup/sqlitecopy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace Taktline {

namespace {

constexpr qint64 WallCacheMaxAgeMs = 30 * 60 * 1000;

QString cacheFolder()
{
#ifdef TAKTLINE_DEMO_CACHE_DIR
    return QStringLiteral(TAKTLINE_DEMO_CACHE_DIR);
#else
    return QDir(QDir::tempPath()).filePath(QStringLiteral("taktline-demo-cache"));
#endif
}

// What the demo depends on: the code that builds it (the models library's size and time), the
// options and the time it is built at (a fixed instant, or the wall clock and its offset).
QString cacheKey(const DemoOptions &options, const Clock &clock)
{
#ifdef TAKTLINE_MODELS_LIBRARY
    const QFileInfo library(QStringLiteral(TAKTLINE_MODELS_LIBRARY));
#else
    const QFileInfo library(QCoreApplication::applicationFilePath());
#endif
    const qint64 offsetMinutes =
        (clock.nowMs() - QDateTime::currentMSecsSinceEpoch()) / (60 * 1000);
    const QString text =
        QStringLiteral("demo-cache-1|%1|%2|%3|%4|%5|%6")
            .arg(library.size())
            .arg(library.lastModified().toMSecsSinceEpoch())
            .arg(options.days)
            .arg(options.workOrders)
            .arg(options.reports)
            .arg(clock.isFixed() ? QString::number(clock.nowMs())
                                 : QStringLiteral("wall%1").arg(offsetMinutes));
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

struct CacheFile
{
    QString path;
    qint64 builtAtMs = 0; // the factory's clock when the build ended
};

// The newest finished cache for KEY: files are named demo-KEY-BUILTAT.sqlite.
std::optional<CacheFile> newestCache(const QString &key)
{
    std::optional<CacheFile> newest;
    const QString prefix = QStringLiteral("demo-%1-").arg(key);
    const QDir folder(cacheFolder());
    for (const QString &name :
         folder.entryList({prefix + QStringLiteral("*.sqlite")}, QDir::Files)) {
        bool ok = false;
        const qint64 builtAt = name.mid(prefix.size()).chopped(7).toLongLong(&ok);
        if (ok && (!newest || builtAt > newest->builtAtMs))
            newest = CacheFile{folder.filePath(name), builtAt};
    }
    return newest;
}

bool fresh(const std::optional<CacheFile> &cache, const Clock &clock)
{
    if (!cache)
        return false;
    if (clock.isFixed())
        return true;
    const qint64 age = clock.nowMs() - cache->builtAtMs;
    return age >= 0 && age < WallCacheMaxAgeMs;
}

// Runs USE with a connection of its own to PATH, then closes it.
template<typename Use>
Outcome withConnection(const QString &path, bool readOnly, Use use)
{
    const QString name = QStringLiteral("demo-cache-") + QUuid::createUuid().toString();
    Outcome outcome = Outcome::success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        outcome = db.open() ? use(db)
                            : Outcome::failure(QStringLiteral("open %1: %2")
                                                   .arg(path, db.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Builds the demo into a new cache file and removes the older ones of KEY.
Result<CacheFile> buildCache(const QString &key, const DemoOptions &options, const Clock &clock)
{
    const QDir folder(cacheFolder());
    const QString building = folder.filePath(
        QStringLiteral("building-%1-%2.sqlite").arg(key).arg(QCoreApplication::applicationPid()));
    removeDatabaseFiles(building);
    qint64 builtAt = 0;
    {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(building);
        if (!opened)
            return opened.outcome();
        Workspace &workspace = *opened.value();
        workspace.setClock(clock);
        if (Outcome built = DemoFactory::build(workspace, options); !built)
            return built;
        builtAt = workspace.clock().nowMs();
    }
    // Readers open the cache read-only: without a -wal they need no -shm either.
    if (Outcome rolled = withConnection(building, false, [](QSqlDatabase &db) {
            QSqlQuery query(db);
            return query.exec(QStringLiteral("PRAGMA journal_mode=DELETE"))
                       ? Outcome::success()
                       : Outcome::failure(query.lastError().text());
        });
        !rolled) {
        return rolled;
    }
    const CacheFile cache{folder.filePath(QStringLiteral("demo-%1-%2.sqlite").arg(key).arg(builtAt)),
                          builtAt};
    if (!QFile::rename(building, cache.path))
        return Outcome::failure(QStringLiteral("cannot rename %1 to %2").arg(building, cache.path));
    // Older caches of this key go (a process still copying one keeps reading what it opened).
    const QString prefix = QStringLiteral("demo-%1-").arg(key);
    for (const QString &name :
         folder.entryList({prefix + QStringLiteral("*.sqlite")}, QDir::Files)) {
        if (folder.filePath(name) != cache.path)
            removeDatabaseFiles(folder.filePath(name));
    }
    return cache;
}

} // namespace

Result<Clock> DemoCache::copyTo(const QString &targetPath, const DemoOptions &options,
                                const Clock &clock)
{
    if (qEnvironmentVariableIntValue("TAKTLINE_NO_DEMO_CACHE") != 0) {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(targetPath);
        if (!opened)
            return opened.outcome();
        opened.value()->setClock(clock);
        if (Outcome built = DemoFactory::build(*opened.value(), options); !built)
            return built;
        return clock;
    }
    if (!QDir().mkpath(cacheFolder()))
        return Outcome::failure(QStringLiteral("cannot create %1").arg(cacheFolder()));
    const QString key = cacheKey(options, clock);
    Outcome copied = Outcome::success();
    std::optional<CacheFile> cache;
    // Twice at most: a cache can be replaced by a newer one between finding and opening it.
    for (int attempt = 0; attempt < 2; ++attempt) {
        cache = newestCache(key);
        if (!fresh(cache, clock)) {
            // One process builds; the others wait for it and copy what it built.
            QLockFile lock(QDir(cacheFolder()).filePath(QStringLiteral("demo-%1.lock").arg(key)));
            lock.setStaleLockTime(10 * 60 * 1000); // a debug build on a busy machine is slow
            if (!lock.lock())
                return Outcome::failure(QStringLiteral("cannot lock the demo cache %1").arg(key));
            cache = newestCache(key);
            if (!fresh(cache, clock)) {
                Result<CacheFile> built = buildCache(key, options, clock);
                if (!built)
                    return built.outcome();
                cache = built.value();
            }
        }
        removeDatabaseFiles(targetPath);
        copied = withConnection(cache->path, true, [&](QSqlDatabase &db) {
            return SqliteCopy::vacuumInto(db, targetPath);
        });
        if (copied)
            break;
    }
    if (!copied)
        return copied;
    if (clock.isFixed())
        return clock;
    return Clock::shiftedBy(cache->builtAtMs - QDateTime::currentMSecsSinceEpoch());
}

} // namespace Taktline
