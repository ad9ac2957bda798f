#include "sync/syncstate.h"

#include "storage/sqlquery.h"
#include "sync/syncapplier.h"

#include <QSqlQuery>
#include <QStringList>

namespace Taktline {

namespace {

const QStringList connectionKeys = {QStringLiteral("host"),    QStringLiteral("port"),
                                    QStringLiteral("database"), QStringLiteral("login"),
                                    QStringLiteral("tls"),     QStringLiteral("ca_file")};

} // namespace

QString SyncState::value(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

Outcome SyncState::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    if (Outcome prepared = Sql::prepare(query,
                                        QStringLiteral("INSERT INTO sync_state (key, value) "
                                                       "VALUES (:key, :value) ON CONFLICT(key) "
                                                       "DO UPDATE SET value = excluded.value"),
                                        tr("save the sync settings"));
        !prepared) {
        return prepared;
    }
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), Sql::text(value));
    return Sql::exec(query, tr("save the sync settings"));
}

Outcome SyncState::remove(const QString &key)
{
    QSqlQuery query(m_db);
    if (Outcome prepared = Sql::prepare(query,
                                        QStringLiteral("DELETE FROM sync_state WHERE key = :key"),
                                        tr("save the sync settings"));
        !prepared) {
        return prepared;
    }
    query.bindValue(QStringLiteral(":key"), key);
    return Sql::exec(query, tr("save the sync settings"));
}

SyncConnection SyncState::connection() const
{
    SyncConnection connection;
    connection.host = value(QStringLiteral("host"));
    const int port = value(QStringLiteral("port")).toInt();
    connection.port = port > 0 ? port : 5432;
    connection.database = value(QStringLiteral("database"));
    connection.login = value(QStringLiteral("login"));
    connection.tls = SyncConnection::tlsFromKey(value(QStringLiteral("tls"))).value_or(SyncConnection::Tls::VerifyFull);
    connection.caFile = value(QStringLiteral("ca_file"));
    return connection;
}

Outcome SyncState::setConnection(const SyncConnection &connection)
{
    const QStringList values = {connection.host,     QString::number(connection.port),
                                connection.database, connection.login,
                                SyncConnection::tlsKey(connection.tls), connection.caFile};
    for (qsizetype i = 0; i < connectionKeys.size(); ++i) {
        if (Outcome saved = setValue(connectionKeys.at(i), values.at(i)); !saved)
            return saved;
    }
    return Outcome::success();
}

Outcome SyncState::forgetConnection()
{
    for (const QString &key : connectionKeys) {
        if (Outcome removed = remove(key); !removed)
            return removed;
    }
    return Outcome::success();
}

qint64 SyncState::cursor() const
{
    return value(QString::fromLatin1(SyncApplier::CursorKey)).toLongLong();
}

Outcome SyncState::setCursor(qint64 cursor)
{
    return setValue(QString::fromLatin1(SyncApplier::CursorKey), QString::number(cursor));
}

SyncState::Batch SyncState::pendingBatch() const
{
    const QStringList parts = value(QStringLiteral("push_batch")).split(QLatin1Char(' '));
    if (parts.size() != 3)
        return {};
    return Batch{parts.at(0), parts.at(1).toLongLong(), parts.at(2).toLongLong()};
}

Outcome SyncState::setPendingBatch(const Batch &batch)
{
    if (!batch.isValid())
        return remove(QStringLiteral("push_batch"));
    return setValue(QStringLiteral("push_batch"), QStringLiteral("%1 %2 %3")
                                                       .arg(batch.id)
                                                       .arg(batch.firstSeq)
                                                       .arg(batch.lastSeq));
}

QDateTime SyncState::lastSync() const
{
    const QString text = value(QStringLiteral("last_sync"));
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString SyncState::lastError() const
{
    return value(QStringLiteral("last_error"));
}

QString SyncState::tenant() const
{
    return value(QStringLiteral("tenant"));
}

void SyncState::readCounts(const QSqlDatabase &db, SyncStatus *status)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT count(*), coalesce(sum(tbl = 'production_reports'), 0) "
                                  "FROM sync_outbox"))
        && query.next()) {
        status->queuedChanges = query.value(0).toInt();
        status->queuedReports = query.value(1).toInt();
    }
    query.finish();
    if (query.exec(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"))
        && query.next()) {
        status->openConflicts = query.value(0).toInt();
    }
}

SyncStatus SyncState::status() const
{
    SyncStatus status;
    readCounts(m_db, &status);
    status.lastSync = lastSync();
    status.lastError = lastError();
    const QString offline = value(QStringLiteral("offline_since"));
    if (!offline.isEmpty())
        status.offlineSince = QDateTime::fromString(offline, Qt::ISODateWithMs);
    if (!connection().isComplete())
        status.state = SyncStatus::State::NotConfigured;
    else if (!status.lastError.isEmpty())
        status.state = SyncStatus::State::Error;
    else if (status.queuedChanges > 0)
        status.state = SyncStatus::State::Waiting;
    else
        status.state = status.lastSync.isValid() ? SyncStatus::State::Synced
                                                 : SyncStatus::State::Waiting;
    return status;
}

} // namespace Taktline
