#include "sync/syncengine.h"

#include "storage/sqlquery.h"
#include "storage/uuid.h"
#include "sync/syncallowlist.h"
#include "sync/syncapplier.h"
#include "sync/syncbinding.h"
#include "sync/syncopcodec.h"
#include "sync/syncoutbox.h"
#include "sync/syncserver.h"
#include "sync/syncstate.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>

namespace Taktline {

namespace {

qint64 clockMs(const QString &hlc)
{
    return hlc.left(13).toLongLong();
}

// Another device's operations as pulled, each checked against the allow-list before any is
// applied.
Result<QList<SyncOp>> decode(const QJsonArray &array)
{
    QList<SyncOp> ops;
    ops.reserve(array.size());
    for (const QJsonValue &value : array) {
        Result<SyncOp> op = SyncOpCodec::fromJson(value, true);
        if (!op)
            return op.outcome();
        ops.append(std::move(op.value()));
    }
    return ops;
}

// How many of OPS may go in one batch: a batch ends before a later change of a row created
// (sent whole) earlier in it. The server keeps the newest value of each field within a batch and
// logs the fields by their clocks, so a row created and then edited in one batch would reach a
// new device as a first change without every column, which it cannot insert.
qsizetype wholeRowsFirst(const QList<SyncOp> &ops)
{
    QSet<QString> whole;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const SyncOp &op = ops.at(i);
        if (op.kind != SyncOp::Kind::Mutable)
            continue;
        const QString row = op.table + QLatin1Char('/') + op.rowId;
        if (whole.contains(row))
            return i;
        const SyncAllowList::Table *table = SyncAllowList::find(op.table);
        if (table && op.columns.size() >= table->columns.size() - 1)
            whole.insert(row);
    }
    return ops.size();
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

SyncEngine::SyncEngine(QString databasePath, SyncConnection connection, QString password,
                       Options options, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_connection(std::move(connection))
    , m_password(std::move(password))
    , m_options(std::move(options))
    , m_next(new QTimer(this))
    , m_periodic(new QTimer(this))
{
    m_next->setSingleShot(true);
    connect(m_next, &QTimer::timeout, this, &SyncEngine::runScheduledRound);
    connect(m_periodic, &QTimer::timeout, this, [this] { scheduleRound(0); });
    m_status.state = m_connection.isComplete() ? SyncStatus::State::Waiting
                                               : SyncStatus::State::NotConfigured;
}

SyncEngine::SyncEngine(QString databasePath, SyncConnection connection, QString password,
                       QObject *parent)
    : SyncEngine(std::move(databasePath), std::move(connection), std::move(password), Options(),
                 parent)
{}

SyncEngine::~SyncEngine()
{
    m_server.reset();
    m_db.reset();
}

Outcome SyncEngine::openLocal()
{
    if (m_db)
        return Outcome::success();
    // Database::open registers the SQL functions the triggers call (the clock, the chain).
    Result<std::shared_ptr<Database>> opened = Database::open(m_path, Database::IfMissing::Refuse);
    if (!opened)
        return opened.outcome();
    m_db = std::move(opened.value());
    SyncState state(m_db->connection());
    m_status.lastSync = state.lastSync();
    m_status.lastError = state.lastError();
    return Outcome::success();
}

void SyncEngine::start()
{
    if (Outcome opened = openLocal(); !opened) {
        m_status.state = SyncStatus::State::Error;
        m_status.lastError = opened.error();
        publish();
        return;
    }
    refreshCounts();
    publish();
    if (!m_connection.isComplete())
        return;
    m_periodic->start(m_options.periodicMs);
    scheduleRound(0);
}

void SyncEngine::shutdown()
{
    m_next->stop();
    m_periodic->stop();
    m_server.reset();
    m_db.reset();
    m_listening = false;
}

void SyncEngine::syncNow()
{
    m_backoffMs = 0;
    scheduleRound(0);
}

void SyncEngine::localChangeCommitted()
{
    if (!m_db)
        return;
    refreshCounts();
    if (m_status.queuedChanges == 0)
        return; // a transaction that changed nothing that syncs
    if (m_status.state == SyncStatus::State::Synced)
        m_status.state = SyncStatus::State::Waiting;
    publish();
    // During a backoff the change waits for the retry: hammering a refusing server helps nobody.
    if (m_backoffMs == 0)
        scheduleRound(m_options.debounceMs);
}

void SyncEngine::scheduleRound(int delayMs)
{
    if (!m_connection.isComplete())
        return;
    if (m_inRound) {
        m_roundAgain = true;
        return;
    }
    if (m_next->isActive() && m_next->remainingTime() <= delayMs)
        return;
    m_next->start(delayMs);
}

void SyncEngine::runScheduledRound()
{
    const Outcome done = syncOnce();
    if (!m_db && !m_server)
        return; // shut down meanwhile
    if (done) {
        m_backoffMs = 0;
        if (std::exchange(m_roundAgain, false))
            scheduleRound(0);
        return;
    }
    m_roundAgain = false;
    m_backoffMs = m_backoffMs == 0 ? m_options.backoffMinMs
                                   : std::min(m_backoffMs * 2, m_options.backoffMaxMs);
    m_next->start(m_backoffMs);
}

Outcome SyncEngine::syncOnce()
{
    if (!m_connection.isComplete()) {
        return Outcome::failure(tr("This device is not connected to a sync server. Set one up in "
                                   "Settings ▸ Sync, or with \"taktline sync --connect\"."));
    }
    if (Outcome opened = openLocal(); !opened) {
        m_status.state = SyncStatus::State::Error;
        m_status.lastError = opened.error();
        publish();
        return opened;
    }
    m_inRound = true;
    m_status.state = SyncStatus::State::Syncing;
    refreshCounts();
    publish();
    bool applied = false;
    m_cut = false;
    const Outcome done = round(&applied);
    m_inRound = false;

    SyncState state(m_db->connection());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (done) {
        m_status.lastSync = now;
        m_status.lastError.clear();
        m_status.offlineSince = QDateTime();
        state.setValue(QStringLiteral("last_sync"), nowText());
        state.remove(QStringLiteral("last_error"));
        state.remove(QStringLiteral("offline_since"));
    } else {
        m_status.lastError = done.error();
        if (!m_status.offlineSince.isValid())
            m_status.offlineSince = now;
        state.setValue(QStringLiteral("last_error"), done.error());
        if (state.value(QStringLiteral("offline_since")).isEmpty())
            state.setValue(QStringLiteral("offline_since"), nowText());
    }
    m_status.pullDone = 0;
    m_status.pullTotal = 0;
    refreshCounts();
    if (done) {
        m_status.state = m_status.queuedChanges > 0 ? SyncStatus::State::Waiting
                                                    : SyncStatus::State::Synced;
    } else {
        const bool offline = m_cut
            || (m_server && m_server->lastFailure() == SyncServer::Failure::Offline);
        m_status.state = offline ? SyncStatus::State::Offline : SyncStatus::State::Error;
        // The next round starts on a new connection: a half-broken one never lingers.
        if (m_server)
            m_server->close();
    }
    publish();
    if (applied)
        emit remoteChangesApplied();
    emit roundFinished(done.ok(), done.error());
    return done;
}

Outcome SyncEngine::connectServer()
{
    if (!m_server)
        m_server = std::make_unique<SyncServer>(QStringLiteral("taktline-sync-") + newUuidV7());
    if (m_server->isOpen())
        return Outcome::success();
    m_listening = false;
    return m_server->open(m_connection, m_password);
}

Outcome SyncEngine::round(bool *applied)
{
    const bool reused = m_server && m_server->isOpen();
    if (Outcome connected = connectServer(); !connected)
        return connected;
    Result<SyncServer::Hello> hello = m_server->hello(m_db->deviceId());
    if (!hello && reused && m_server->lastFailure() == SyncServer::Failure::Offline) {
        // The connection kept for LISTEN died while idle (a server restart, a dropped link):
        // once more on a new one before calling the round failed.
        if (Outcome connected = connectServer(); !connected)
            return connected;
        hello = m_server->hello(m_db->deviceId());
    }
    if (!hello)
        return hello.outcome();
    if (Outcome bound = SyncBinding::bind(*m_db, *m_server, hello.value(), m_connection.login);
        !bound) {
        return bound;
    }
    listen(hello.value().channel);
    // The devices' names, for the Conflicts view (a file with no server keeps none).
    SyncState(m_db->connection())
        .setValue(QStringLiteral("device_names"),
                  QString::fromUtf8(QJsonDocument(hello.value().devices)
                                        .toJson(QJsonDocument::Compact)));
    if (Outcome pushed = pushOutbox(); !pushed)
        return pushed;
    return pullChanges(applied);
}

bool SyncEngine::cutAt(Options::Stage stage)
{
    if (!m_options.cutAt || !m_options.cutAt(stage))
        return false;
    m_server->close();
    m_cut = true;
    return true;
}

Outcome SyncEngine::pushOutbox()
{
    SyncState state(m_db->connection());
    SyncOutbox outbox(m_db->connection());
    for (;;) {
        SyncState::Batch batch = state.pendingBatch();
        Result<QList<SyncOp>> read = outbox.next(m_options.pushBatch);
        if (!read)
            return read.outcome();
        QList<SyncOp> ops = std::move(read.value());
        if (batch.isValid()) {
            // A retry sends exactly the rows the batch id stood for; the server answers it
            // from its store if the first attempt arrived.
            ops.removeIf([&](const SyncOp &op) {
                return op.seq < batch.firstSeq || op.seq > batch.lastSeq;
            });
        }
        if (ops.isEmpty()) {
            if (batch.isValid()) {
                if (Outcome cleared = state.setPendingBatch({}); !cleared)
                    return cleared;
                continue;
            }
            return Outcome::success();
        }
        if (!batch.isValid()) {
            ops.resize(wholeRowsFirst(ops));
            batch = SyncState::Batch{newUuidV7(), ops.constFirst().seq, ops.constLast().seq};
            if (Outcome kept = state.setPendingBatch(batch); !kept)
                return kept;
        }
        qint64 newestMs = 0;
        for (const SyncOp &op : std::as_const(ops))
            newestMs = std::max(newestMs, clockMs(op.hlc));
        if (cutAt(Options::Stage::BeforePush))
            return Outcome::failure(tr("The connection to the sync server was cut (test)."));
        const QByteArray payload =
            QJsonDocument(SyncOpCodec::toJson(ops)).toJson(QJsonDocument::Compact);
        const Result<SyncServer::PushAnswer> answer = m_server->push(batch.id, payload, newestMs);
        if (!answer)
            return answer.outcome();
        if (cutAt(Options::Stage::AfterPush))
            return Outcome::failure(tr("The connection to the sync server was cut (test)."));
        // SyncOutbox::remove runs its own transaction (it looks for conflicts too). A cut between
        // it and forgetting the batch leaves a batch whose rows are gone: the next round drops it.
        if (Outcome removed = outbox.remove(batch.firstSeq, batch.lastSeq); !removed)
            return removed;
        if (Outcome forgotten = state.setPendingBatch({}); !forgotten)
            return forgotten;
        refreshCounts();
        publish();
    }
}

Outcome SyncEngine::pullChanges(bool *applied)
{
    SyncState state(m_db->connection());
    qint64 cursor = state.cursor();
    const bool firstPull = cursor == 0;
    SyncApplier applier(m_db->connection());
    for (;;) {
        const Result<SyncServer::PullPage> page = m_server->pull(cursor, m_options.pullPage);
        if (!page)
            return page.outcome();
        if (cutAt(Options::Stage::AfterPull))
            return Outcome::failure(tr("The connection to the sync server was cut (test)."));
        const Result<QList<SyncOp>> ops = decode(page.value().ops);
        if (!ops)
            return ops.outcome();
        if (!ops.value().isEmpty() || page.value().cursor != cursor) {
            // The page and the cursor after it commit together: a cut either keeps both or
            // neither, and a page pulled again is applied again to the same result.
            const Result<SyncApplier::Report> done = applier.apply(ops.value(), page.value().cursor);
            if (!done)
                return done.outcome();
            if (done.value().applied > 0)
                *applied = true;
        }
        cursor = page.value().cursor;
        if (firstPull) {
            m_status.pullDone += static_cast<int>(ops.value().size());
            if (page.value().remaining >= 0)
                m_status.pullTotal = m_status.pullDone + static_cast<int>(page.value().remaining);
            publish();
        }
        if (!page.value().more)
            return Outcome::success();
    }
}

void SyncEngine::listen(const QString &channel)
{
    if (channel.isEmpty() || (m_listening && channel == m_channel))
        return;
    QSqlDriver *driver = m_server->connection().driver();
    if (!driver)
        return;
    m_channel = channel;
    connect(driver, &QSqlDriver::notification, this, &SyncEngine::onNotification,
            Qt::UniqueConnection);
    m_listening = driver->subscribeToNotification(channel);
}

void SyncEngine::onNotification(const QString &name, QSqlDriver::NotificationSource source)
{
    // Our own push notifies too; only the other devices' changes need a pull.
    if (name == m_channel && source != QSqlDriver::SelfSource)
        scheduleRound(0);
}

void SyncEngine::refreshCounts()
{
    if (m_db)
        SyncState::readCounts(m_db->connection(), &m_status);
}

void SyncEngine::publish()
{
    const SyncStatus &a = m_status;
    const SyncStatus &b = m_published;
    const bool same = m_everPublished && a.state == b.state && a.queuedChanges == b.queuedChanges
        && a.queuedReports == b.queuedReports && a.openConflicts == b.openConflicts
        && a.lastSync == b.lastSync && a.offlineSince == b.offlineSince
        && a.lastError == b.lastError && a.pullTotal == b.pullTotal && a.pullDone == b.pullDone;
    if (same)
        return;
    m_published = m_status;
    m_everPublished = true;
    emit statusChanged(m_status);
}

} // namespace Taktline
