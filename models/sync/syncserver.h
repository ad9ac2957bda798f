#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include "domain/outcome.h"
#include "domain/sync/syncconnection.h"

namespace Taktline {

// The client end of the sync protocol: one PostgreSQL connection (Qt's QPSQL driver) as the
// device's own login, and the three calls the server offers — sync.hello, sync.push and
// sync.pull (docs/sync.md). Every failure becomes a message a person understands, and says
// whether the server could not be reached (offline: try again later) or refused (a wrong
// password, a revoked login, a clock ahead, a newer server: a person must act).
// One instance per thread; the connection closes with the object.
class SyncServer final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SyncServer)

public:
    // The newest server schema (sync.meta('schema')) this app speaks.
    static constexpr int supportedSchema = 1;

    enum class Failure { None, Offline, Refused };

    struct Hello
    {
        int schema = 0;
        QString tenant;
        QString tenantName;
        QString deviceCode;
        QString channel;
        QJsonObject devices; // device id -> {name, code}: the factory's devices
        qint64 serverMs = 0;
    };
    struct PushAnswer
    {
        qint64 seq = 0;
        int applied = 0;
        qint64 serverMs = 0;
    };
    struct PullPage
    {
        QJsonArray ops; // wire-format operations (SyncOpCodec reads them)
        qint64 cursor = 0;
        bool more = false;
        qint64 serverMs = 0;
        qint64 remaining = -1; // changes still to fetch after this page, when the server says
    };

    explicit SyncServer(const QString &connectionName);
    ~SyncServer();
    SyncServer(const SyncServer &) = delete;
    SyncServer &operator=(const SyncServer &) = delete;

    Outcome open(const SyncConnection &connection, const QString &password);
    void close();
    bool isOpen() const;
    QSqlDatabase connection() const;

    Result<Hello> hello(const QString &deviceId);
    // Pushes OPS (a JSON array text) as BATCH_ID. NEWEST_MS is the largest clock time among
    // them: a refusal for a clock ahead of the server says by how much.
    Result<PushAnswer> push(const QString &batchId, const QByteArray &ops, qint64 newestMs);
    Result<PullPage> pull(qint64 cursor, int limit);

    // What the last failure was: Offline (retry later) or Refused (a person must act).
    Failure lastFailure() const { return m_failure; }
    QString lastSqlState() const { return m_sqlState; }
    // The server's clock minus this device's, from the last hello (0 before).
    qint64 serverOffsetMs() const;

    static QString clockAheadMessage(qint64 aheadMs);
    static QString connectOptions(const SyncConnection &connection);

private:
    Outcome openFailure(const SyncConnection &connection, const QSqlError &error);
    Outcome callFailure(const QString &purpose, const QSqlError &error);
    Result<QJsonObject> call(const QString &sql, const QVariantList &arguments,
                             const QString &purpose);

    QString m_connectionName;
    QString m_server; // "host:port/database", for messages
    QString m_login;
    Failure m_failure = Failure::None;
    QString m_sqlState;
    qint64 m_helloServerMs = 0;
    qint64 m_helloLocalMs = 0;
    qint64 m_newestMs = 0;
};

} // namespace Taktline
