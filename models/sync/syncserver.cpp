#include "sync/syncserver.h"

#include "sync/cloudadmin.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlQuery>

namespace Taktline {

namespace {

// What the server said, without libpq's "connection to server … failed:" prefix, the
// "ERROR:" tag, the SQLSTATE suffix and the context lines.
QString serverSaid(const QSqlError &error)
{
    QString text = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
    const qsizetype failed = text.indexOf(QLatin1String("failed: "));
    if (failed >= 0)
        text = text.mid(failed + 8);
    for (const char *tag : {"FATAL:", "ERROR:"}) {
        if (text.startsWith(QLatin1String(tag)))
            text = text.mid(qsizetype(qstrlen(tag))).trimmed();
    }
    return text;
}

bool textHas(const QString &text, const char *needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

bool isConnectionLost(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    return state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01")
        || state == QLatin1String("57P02") || state == QLatin1String("57P03")
        || textHas(text, "server closed the connection") || textHas(text, "no connection to the server")
        || textHas(text, "terminating connection") || textHas(text, "connection to server")
        || textHas(text, "could not receive data") || textHas(text, "could not send data");
}

} // namespace

SyncServer::SyncServer(const QString &connectionName)
    : m_connectionName(connectionName)
{}

SyncServer::~SyncServer()
{
    close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString SyncServer::connectOptions(const SyncConnection &connection)
{
    QStringList options = {QStringLiteral("connect_timeout=5"),
                           QStringLiteral("application_name=taktline"),
                           // A cut cable is noticed within about half a minute, not hours.
                           QStringLiteral("keepalives=1"), QStringLiteral("keepalives_idle=10"),
                           QStringLiteral("keepalives_interval=5"),
                           QStringLiteral("keepalives_count=3")};
    options << CloudAdmin::tlsOptions(connection.tls, connection.caFile);
    return options.join(QLatin1Char(';'));
}

Outcome SyncServer::open(const SyncConnection &connection, const QString &password)
{
    close();
    m_failure = Failure::None;
    m_sqlState.clear();
    m_server = QStringLiteral("%1:%2/%3").arg(connection.host).arg(connection.port).arg(connection.database);
    m_login = connection.login;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_failure = Failure::Refused;
        return Outcome::failure(tr("The PostgreSQL driver for Qt is missing, so Taktline cannot "
                                   "reach a sync server. Reinstall Taktline."));
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(connection.host);
    db.setPort(connection.port);
    db.setDatabaseName(connection.database);
    db.setUserName(connection.login);
    db.setPassword(password);
    db.setConnectOptions(connectOptions(connection));
    if (!db.open())
        return openFailure(connection, db.lastError());
    return Outcome::success();
}

void SyncServer::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen())
        db.close();
}

bool SyncServer::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase SyncServer::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

qint64 SyncServer::serverOffsetMs() const
{
    return m_helloServerMs == 0 ? 0 : m_helloServerMs - m_helloLocalMs;
}

Outcome SyncServer::openFailure(const SyncConnection &connection, const QSqlError &error)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    m_failure = Failure::Refused;
    if (textHas(text, "password authentication failed") || textHas(text, "password is missing")
        || textHas(text, "no password supplied")) {
        return Outcome::failure(
            tr("The sync server %1 refused the login \"%2\": the password is wrong, or the "
               "login does not exist there. Enter the device's password again (the owner can "
               "print a new invitation with \"taktline cloud add-device\"). Nothing queued is "
               "lost.")
                .arg(m_server, connection.login));
    }
    if (textHas(text, "server does not support SSL")) {
        return Outcome::failure(
            tr("The sync server %1 does not offer an encrypted connection (TLS), and this device "
               "requires one. Set up TLS on the server (see cloud/README.md), or choose "
               "\"no encryption\" only for a server on this computer. Nothing queued is lost.")
                .arg(m_server));
    }
    if (textHas(text, "certificate") || textHas(text, "SSL") || textHas(text, "TLS")) {
        const QString ca = connection.caFile.isEmpty()
            ? tr("the system's certificates")
            : QDir::toNativeSeparators(connection.caFile);
        return Outcome::failure(
            tr("The sync server %1 could not prove it is the right server: its certificate does "
               "not match its name or is not signed by %2. Nothing was sent. Check the server "
               "name and the CA file with whoever set up the server. (%3)")
                .arg(m_server, ca, serverSaid(error)));
    }
    if (textHas(text, "does not exist") && textHas(text, "database")) {
        return Outcome::failure(
            tr("The server %1 has no database \"%2\". Check the database name in Settings ▸ "
               "Sync. Nothing queued is lost.")
                .arg(QStringLiteral("%1:%2").arg(connection.host).arg(connection.port),
                     connection.database));
    }
    if (textHas(text, "pg_hba.conf")) {
        return Outcome::failure(
            tr("The sync server %1 does not let this computer in with the login \"%2\" (its "
               "pg_hba.conf has no entry for it). Ask whoever set up the server. Nothing queued is "
               "lost.")
                .arg(m_server, connection.login));
    }
    m_failure = Failure::Offline;
    return Outcome::failure(
        tr("The sync server %1 cannot be reached: it is switched off, not running, or the network "
           "is down. Work goes on here; the changes wait and are sent when it is back. (%2)")
            .arg(m_server, serverSaid(error)));
}

QString SyncServer::clockAheadMessage(qint64 aheadMs)
{
    const int minutes = static_cast<int>((aheadMs + 30000) / 60000);
    return tr("This device's clock is about %n minute(s) ahead of the sync server's, so the server "
              "refused its changes (more than 5 minutes would let its edits win over later ones). "
              "Set the date and time of this device right (automatic time), then sync again. "
              "Nothing queued is lost.",
              nullptr, minutes);
}

Outcome SyncServer::callFailure(const QString &purpose, const QSqlError &error)
{
    m_sqlState = error.nativeErrorCode();
    const QString &state = m_sqlState;
    m_failure = Failure::Refused;
    if (state == QLatin1String("TL001")) {
        const qint64 serverNow = m_helloServerMs == 0
            ? QDateTime::currentMSecsSinceEpoch()
            : m_helloServerMs + (QDateTime::currentMSecsSinceEpoch() - m_helloLocalMs);
        return Outcome::failure(clockAheadMessage(std::max<qint64>(0, m_newestMs - serverNow)));
    }
    if (state == QLatin1String("TL002")) {
        return Outcome::failure(
            tr("The sync server %1 no longer accepts the login \"%2\": it was revoked or is not a "
               "device of a factory there. Ask the owner for a new invitation. Work goes on here; "
               "nothing queued is lost.")
                .arg(m_server, m_login));
    }
    if (state == QLatin1String("TL004")) {
        return Outcome::failure(
            tr("The login \"%1\" is already used by another device on the sync server %2. Each "
               "device needs its own login: ask the owner for a new invitation for this one "
               "(\"taktline cloud add-device\"). Nothing queued is lost.")
                .arg(m_login, m_server));
    }
    if (state == QLatin1String("TL003")) {
        return Outcome::failure(tr("The sync server %1 refused the changes as malformed (%2). "
                                   "Nothing queued is lost; please report this.")
                                    .arg(m_server, serverSaid(error)));
    }
    if (state == QLatin1String("3F000") || state == QLatin1String("42883")
        || state == QLatin1String("42P01") || state == QLatin1String("42501")) {
        return Outcome::failure(
            tr("The database %1 is not a Taktline sync server (it has no Taktline sync functions "
               "for the login \"%2\"). Check the database name, or set it up with \"taktline "
               "cloud init\". Nothing queued is lost.")
                .arg(m_server, m_login));
    }
    if (isConnectionLost(error)) {
        m_failure = Failure::Offline;
        close();
        return Outcome::failure(
            tr("The connection to the sync server %1 was lost while trying to %2. Work goes on "
               "here; the changes wait and are sent when it is back.")
                .arg(m_server, purpose));
    }
    return Outcome::failure(tr("The sync server %1 could not %2: %3")
                                .arg(m_server, purpose, serverSaid(error)));
}

Result<QJsonObject> SyncServer::call(const QString &sql, const QVariantList &arguments,
                                     const QString &purpose)
{
    m_failure = Failure::None;
    m_sqlState.clear();
    if (!isOpen()) {
        m_failure = Failure::Offline;
        return Outcome::failure(tr("There is no connection to the sync server %1.").arg(m_server));
    }
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return callFailure(purpose, query.lastError());
    for (const QVariant &argument : arguments)
        query.addBindValue(argument);
    if (!query.exec() || !query.next())
        return callFailure(purpose, query.lastError());
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &parseError);
    if (!document.isObject()) {
        m_failure = Failure::Refused;
        return Outcome::failure(tr("The sync server %1 gave an answer Taktline cannot read while "
                                   "trying to %2 (%3).")
                                    .arg(m_server, purpose, parseError.errorString()));
    }
    return document.object();
}

Result<SyncServer::Hello> SyncServer::hello(const QString &deviceId)
{
    const Result<QJsonObject> answer =
        call(QStringLiteral("SELECT sync.hello(CAST(? AS uuid))::text"), {deviceId},
             tr("greet it"));
    if (!answer)
        return answer.outcome();
    const QJsonObject &object = answer.value();
    Hello hello;
    hello.schema = object.value(QLatin1String("schema")).toInt();
    hello.tenant = object.value(QLatin1String("tenant")).toVariant().toString();
    hello.tenantName = object.value(QLatin1String("tenant_name")).toString();
    hello.deviceCode = object.value(QLatin1String("device_code")).toString();
    hello.channel = object.value(QLatin1String("channel")).toString();
    hello.devices = object.value(QLatin1String("devices")).toObject();
    hello.serverMs = object.value(QLatin1String("server_ms")).toVariant().toLongLong();
    m_helloServerMs = hello.serverMs;
    m_helloLocalMs = QDateTime::currentMSecsSinceEpoch();
    if (hello.schema > supportedSchema) {
        m_failure = Failure::Refused;
        return Outcome::failure(
            tr("The sync server %1 runs a newer Taktline sync (version %2; this app knows up to "
               "%3). Update Taktline on this device, then sync again. Nothing queued is lost.")
                .arg(m_server)
                .arg(hello.schema)
                .arg(supportedSchema));
    }
    return hello;
}

Result<SyncServer::PushAnswer> SyncServer::push(const QString &batchId, const QByteArray &ops,
                                                qint64 newestMs)
{
    m_newestMs = newestMs;
    const Result<QJsonObject> answer =
        call(QStringLiteral("SELECT sync.push(CAST(? AS uuid), CAST(? AS jsonb))::text"),
             {batchId, QString::fromUtf8(ops)}, tr("take this device's changes"));
    if (!answer)
        return answer.outcome();
    PushAnswer result;
    result.seq = answer.value().value(QLatin1String("seq")).toVariant().toLongLong();
    result.applied = answer.value().value(QLatin1String("applied")).toInt();
    result.serverMs = answer.value().value(QLatin1String("server_ms")).toVariant().toLongLong();
    return result;
}

Result<SyncServer::PullPage> SyncServer::pull(qint64 cursor, int limit)
{
    const Result<QJsonObject> answer =
        call(QStringLiteral("SELECT sync.pull(CAST(? AS bigint), CAST(? AS integer))::text"),
             {cursor, limit}, tr("send the other devices' changes"));
    if (!answer)
        return answer.outcome();
    const QJsonObject &object = answer.value();
    PullPage page;
    page.ops = object.value(QLatin1String("ops")).toArray();
    page.cursor = object.value(QLatin1String("cursor")).toVariant().toLongLong();
    page.more = object.value(QLatin1String("more")).toBool();
    page.serverMs = object.value(QLatin1String("server_ms")).toVariant().toLongLong();
    if (object.contains(QLatin1String("total")))
        page.remaining = object.value(QLatin1String("total")).toVariant().toLongLong();
    return page;
}

} // namespace Taktline
