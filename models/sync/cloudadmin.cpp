#include "sync/cloudadmin.h"

#include "sync/cloudadminscripts.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <sodium.h>

namespace Taktline {

namespace {

// A value inside a libpq connection string: quoted, with \ and ' escaped; Windows paths with /.
QString quoted(const QString &value)
{
    QString escaped = QDir::fromNativeSeparators(value);
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

bool mentions(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

CloudAdmin::CloudAdmin(Server server)
    : m_server(std::move(server))
    , m_connectionName(QStringLiteral("cloudadmin-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

CloudAdmin::~CloudAdmin()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString CloudAdmin::connectOptions(SyncConnection::Tls tls, const QString &caFile)
{
    return (QStringList{QStringLiteral("connect_timeout=10")} + tlsOptions(tls, caFile))
        .join(QLatin1Char(';'));
}

QStringList CloudAdmin::tlsOptions(SyncConnection::Tls tls, const QString &caFile)
{
    QStringList options;
    switch (tls) {
    case SyncConnection::Tls::Disable:
        options << QStringLiteral("sslmode=disable");
        break;
    case SyncConnection::Tls::Require:
        options << QStringLiteral("sslmode=require");
        break;
    case SyncConnection::Tls::VerifyFull:
        options << QStringLiteral("sslmode=verify-full");
        if (!caFile.isEmpty())
            options << QStringLiteral("sslrootcert=") + quoted(caFile);
        break;
    }
    return options;
}

QString CloudAdmin::describeConnectError(const QSqlError &error, const QString &host, int port,
                                         const QString &database)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
    if (mentions(text, {"password authentication failed", "no password supplied"}) ||
        (mentions(text, {"role \""}) && mentions(text, {"does not exist"}))) {
        return tr("The server %1 refused the login or its password. Check the user name and "
                  "the password.")
            .arg(where);
    }
    if (mentions(text, {"database \""}) && mentions(text, {"does not exist"})) {
        return tr("The server %1 has no database \"%2\". Create it first (cloud/README.md) or "
                  "check its name.")
            .arg(where, database);
    }
    if (mentions(text, {"root certificate file"})) {
        return tr("Taktline has no CA certificate to check the server with: give the server's "
                  "CA certificate file (--ca).");
    }
    if (mentions(text, {"certificate", "sslv3 alert", "tlsv1 alert"})) {
        return tr("The server's certificate does not match %1 or is not signed by the given CA "
                  "certificate: this may not be your server. Check the address and the CA file.")
            .arg(host);
    }
    if (mentions(text, {"does not support SSL"})) {
        return tr("The server %1 does not offer encryption (TLS), which this connection "
                  "requires. Turn on ssl on the server (cloud/README.md).")
            .arg(where);
    }
    if (mentions(text, {"no pg_hba.conf entry"})) {
        return tr("The server %1 does not accept this computer or this login (pg_hba.conf). "
                  "Add a hostssl line for it (cloud/README.md).")
            .arg(where);
    }
    if (mentions(text, {"Connection refused", "could not connect", "timeout expired",
                        "could not translate host name", "No route to host",
                        "Network is unreachable", "Connection timed out"})) {
        return tr("The server %1 cannot be reached: it is not running, the address or port is "
                  "wrong, or a firewall blocks it.")
            .arg(where);
    }
    if (mentions(text, {"invalid response to SSL negotiation", "expected authentication request",
                        "server closed the connection unexpectedly",
                        "unsupported frontend protocol", "invalid length of startup packet"})) {
        return tr("The program answering at %1 is not a PostgreSQL server.").arg(where);
    }
    return tr("Cannot connect to the server %1: %2").arg(where, error.text().trimmed());
}

Outcome CloudAdmin::open()
{
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid())
        return Outcome::failure(tr("The PostgreSQL driver for Qt (QPSQL) is not installed."));
    if (db.isOpen())
        return Outcome::success();
    db.setHostName(m_server.host);
    db.setPort(m_server.port);
    db.setDatabaseName(m_server.database);
    db.setUserName(m_server.user);
    db.setPassword(m_server.password);
    db.setConnectOptions(connectOptions(m_server.tls, m_server.caFile));
    if (!db.open()) {
        return Outcome::failure(
            describeConnectError(db.lastError(), m_server.host, m_server.port, m_server.database));
    }
    return Outcome::success();
}

Outcome CloudAdmin::ensureOpen()
{
    return open();
}

Result<int> CloudAdmin::schemaOf(QSqlDatabase &db)
{
    QSqlQuery query(db);
    // Two statements: a query naming sync.meta fails to plan where it does not exist.
    bool ok = query.exec(QStringLiteral("SELECT to_regclass('sync.meta') IS NOT NULL AS found")) &&
              query.next();
    if (ok && !query.value(QStringLiteral("found")).toBool())
        return 0;
    ok = ok && query.exec(QStringLiteral("SELECT value::int AS schema FROM sync.meta "
                                         "WHERE key = 'schema'"));
    if (!ok) {
        return Outcome::failure(
            tr("Cannot read the server's sync schema: %1").arg(query.lastError().text()));
    }
    return query.next() ? query.value(QStringLiteral("schema")).toInt() : 0;
}

Result<int> CloudAdmin::serverSchema()
{
    if (const Outcome opened = ensureOpen(); !opened)
        return opened;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return schemaOf(db);
}

Outcome CloudAdmin::checkServer(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT current_setting('server_version_num')::int AS version, "
                                   "current_setting('server_version') AS shown, "
                                   "pg_encoding_to_char(encoding) AS encoding FROM pg_database "
                                   "WHERE datname = current_database()")) ||
        !query.next()) {
        return Outcome::failure(
            tr("Cannot read the server's version: %1").arg(query.lastError().databaseText()));
    }
    if (query.value(QStringLiteral("version")).toInt() < 130000) {
        return Outcome::failure(tr("The server runs PostgreSQL %1; sync needs PostgreSQL 13 or "
                                   "later.")
                                    .arg(query.value(QStringLiteral("shown")).toString()));
    }
    if (query.value(QStringLiteral("encoding")).toString() != QLatin1String("UTF8")) {
        return Outcome::failure(
            tr("The database %1 stores text as %2; sync needs UTF8. Create "
               "it with ENCODING 'UTF8' TEMPLATE template0 (cloud/README.md).")
                .arg(m_server.database, query.value(QStringLiteral("encoding")).toString()));
    }
    return Outcome::success();
}

Outcome CloudAdmin::init()
{
    const Result<int> schema = serverSchema();
    if (!schema)
        return schema.outcome();
    if (schema.value() > SchemaVersion) {
        return Outcome::failure(tr("The server's sync schema is version %1, newer than this "
                                   "Taktline (version %2). Update Taktline first.")
                                    .arg(schema.value())
                                    .arg(SchemaVersion));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (const Outcome fit = checkServer(db); !fit)
        return fit;
    if (!db.transaction())
        return Outcome::failure(
            tr("Cannot start a transaction on the server: %1").arg(db.lastError().text()));
    QSqlQuery query(db);
    query.exec(QStringLiteral("SET LOCAL client_min_messages = warning")); // no "already exists"
    for (const QString &script : CloudAdminScripts::cloudScripts()) {
        for (const QString &statement : CloudAdminScripts::statements(script)) {
            if (query.exec(statement))
                continue;
            const QSqlError error = query.lastError();
            db.rollback();
            if (error.nativeErrorCode() == QLatin1String("42501")) {
                return Outcome::failure(tr("The account %1 may not set up the sync server: it "
                                           "must own the database and may create roles "
                                           "(CREATEROLE). %2")
                                            .arg(m_server.user, error.databaseText()));
            }
            return Outcome::failure(tr("Setting up the sync server failed; nothing was "
                                       "changed: %1")
                                        .arg(error.databaseText()));
        }
    }
    if (!db.commit()) {
        return Outcome::failure(tr("Setting up the sync server failed; nothing was changed: %1")
                                    .arg(db.lastError().text()));
    }
    return Outcome::success();
}

Result<CloudAdmin::NewDevice> CloudAdmin::addDevice(const QString &name, const QString &tenantId,
                                                    const QString &tenantName)
{
    if (name.trimmed().isEmpty())
        return Outcome::failure(tr("A device needs a name, such as \"Lathe tablet\"."));
    if (QUuid::fromString(tenantId).isNull())
        return Outcome::failure(tr("The factory's id \"%1\" is not a UUID.").arg(tenantId));
    const Result<int> schema = serverSchema();
    if (!schema)
        return schema.outcome();
    if (schema.value() == 0) {
        return Outcome::failure(tr("The server is not set up for sync yet: run \"taktline cloud "
                                   "init\" first."));
    }
    if (schema.value() > SchemaVersion) {
        return Outcome::failure(tr("The server's sync schema is version %1, newer than this "
                                   "Taktline (version %2). Update Taktline first.")
                                    .arg(schema.value())
                                    .arg(SchemaVersion));
    }
    NewDevice device;
    device.password = randomPassword();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT sync.add_device(?::uuid, ?, ?, ?)::text AS answer"));
    query.addBindValue(QUuid::fromString(tenantId).toString(QUuid::WithoutBraces));
    query.addBindValue(tenantName);
    query.addBindValue(name.trimmed());
    query.addBindValue(device.password);
    if (!query.exec() || !query.next()) {
        const QSqlError error = query.lastError();
        if (error.nativeErrorCode() == QLatin1String("TL006"))
            return Outcome::failure(
                tr("This factory already has a device named \"%1\".").arg(name.trimmed()));
        if (error.nativeErrorCode() == QLatin1String("42501")) {
            return Outcome::failure(tr("The account %1 may not create device logins: it needs "
                                       "CREATEROLE.")
                                        .arg(m_server.user));
        }
        return Outcome::failure(tr("The device could not be added: %1").arg(error.databaseText()));
    }
    const QJsonObject answer =
        QJsonDocument::fromJson(query.value(QStringLiteral("answer")).toString().toUtf8()).object();
    device.connection.host = m_server.host;
    device.connection.port = m_server.port;
    device.connection.database = m_server.database;
    device.connection.login = answer.value(QStringLiteral("login")).toString();
    device.connection.tls = m_server.tls;
    device.code = answer.value(QStringLiteral("code")).toString();
    device.tenantName = answer.value(QStringLiteral("tenant_name")).toString();
    return device;
}

Outcome CloudAdmin::revokeDevice(const QString &name, const QString &tenantId)
{
    if (const Outcome opened = ensureOpen(); !opened)
        return opened;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT sync.revoke_device(?, ?::uuid)"));
    query.addBindValue(name.trimmed());
    query.addBindValue(tenantId.isEmpty()
                           ? QVariant(QMetaType::fromType<QString>())
                           : QVariant(QUuid::fromString(tenantId).toString(QUuid::WithoutBraces)));
    if (query.exec())
        return Outcome::success();
    const QSqlError error = query.lastError();
    if (error.nativeErrorCode() == QLatin1String("TL007")) {
        if (error.databaseText().contains(QLatin1String("several")))
            return Outcome::failure(tr("Several factories on this server have a device named "
                                       "\"%1\": name the factory's database (--db).")
                                        .arg(name.trimmed()));
        return Outcome::failure(tr("The server has no device named \"%1\".").arg(name.trimmed()));
    }
    if (error.nativeErrorCode() == QLatin1String("3F000") ||
        error.nativeErrorCode() == QLatin1String("42883")) {
        return Outcome::failure(tr("The server is not set up for sync yet: run \"taktline cloud "
                                   "init\" first."));
    }
    return Outcome::failure(tr("The device could not be revoked: %1").arg(error.databaseText()));
}

Result<QList<CloudAdmin::Device>> CloudAdmin::devices()
{
    if (const Outcome opened = ensureOpen(); !opened)
        return opened;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral(
            "SELECT d.name, d.login, d.code, d.tenant::text AS tenant, t.name AS tenant_name, "
            "d.device_id IS NOT NULL AS bound, d.created_at, d.revoked_at "
            "FROM sync.devices d JOIN sync.tenants t ON t.id = d.tenant "
            "ORDER BY t.name, t.id, length(d.code), d.code"))) {
        return Outcome::failure(
            tr("Cannot list the server's devices: %1").arg(query.lastError().databaseText()));
    }
    QList<Device> list;
    while (query.next()) {
        const QSqlRecord row = query.record();
        Device device;
        device.name = row.value(QStringLiteral("name")).toString();
        device.login = row.value(QStringLiteral("login")).toString();
        device.code = row.value(QStringLiteral("code")).toString();
        device.tenant = row.value(QStringLiteral("tenant")).toString();
        device.tenantName = row.value(QStringLiteral("tenant_name")).toString();
        device.bound = row.value(QStringLiteral("bound")).toBool();
        device.createdAt = row.value(QStringLiteral("created_at")).toDateTime();
        device.revokedAt = row.value(QStringLiteral("revoked_at")).toDateTime();
        list.append(device);
    }
    return list;
}

QString CloudAdmin::randomPassword()
{
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready)
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    constexpr auto size = static_cast<uint32_t>(sizeof(alphabet) - 1);
    QString password;
    for (int i = 0; i < 32; ++i)
        password.append(QLatin1Char(alphabet[randombytes_uniform(size)]));
    return password;
}

} // namespace Taktline
