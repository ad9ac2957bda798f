#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "domain/outcome.h"
#include "domain/sync/syncconnection.h"

class QSqlError;

namespace Taktline {

// The owner's side of a sync server (`taktline cloud init|add-device|revoke-device`, Settings ▸
// Sync): connects as the server's admin, applies cloud/*.sql, makes and locks out device logins.
// Every refusal is a message in the user's language.
class CloudAdmin final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::CloudAdmin)

public:
    // The sync schema this build of Taktline brings (cloud/*.sql, sync.meta 'schema').
    static constexpr int SchemaVersion = 1;

    struct Server
    {
        QString host;
        int port = 5432;
        QString database;
        QString user; // the server's admin (or an account with CREATEROLE)
        QString password;
        SyncConnection::Tls tls = SyncConnection::Tls::VerifyFull;
        QString caFile; // CA certificate for VerifyFull ("" = the system's)
    };

    struct Device
    {
        QString name;
        QString login;
        QString code; // A, B, C… within its factory
        QString tenant;
        QString tenantName;
        bool bound = false; // a device file has said hello with it
        QDateTime createdAt;
        QDateTime revokedAt; // invalid while active
    };

    // What `add-device` hands to the new device: where, who, and the password (shown once).
    struct NewDevice
    {
        SyncConnection connection;
        QString password;
        QString code;
        QString tenantName;
    };

    explicit CloudAdmin(Server server);
    ~CloudAdmin();
    CloudAdmin(const CloudAdmin &) = delete;
    CloudAdmin &operator=(const CloudAdmin &) = delete;

    Outcome open();
    // Applies cloud/*.sql in one transaction; safe to repeat; refuses a newer server schema.
    Outcome init();
    // The server's sync schema version (0 when it has none).
    Result<int> serverSchema();
    Result<NewDevice> addDevice(const QString &name, const QString &tenantId,
                                const QString &tenantName);
    // Locks the device out; tenantId "" when the name is unique on the server.
    Outcome revokeDevice(const QString &name, const QString &tenantId = {});
    Result<QList<Device>> devices();

    // QPSQL's connect options for a TLS choice, for the admin's connection.
    static QString connectOptions(SyncConnection::Tls tls, const QString &caFile);
    // The TLS part alone (sslmode, sslrootcert), shared with the device side.
    static QStringList tlsOptions(SyncConnection::Tls tls, const QString &caFile);
    // A connection error from libpq in the user's language: wrong password, server down, no
    // such database, not a PostgreSQL server, certificate mismatch…
    static QString describeConnectError(const QSqlError &error, const QString &host, int port,
                                        const QString &database);
    // A strong random device password (libsodium): 32 letters and digits.
    static QString randomPassword();

private:
    Outcome ensureOpen();
    // PostgreSQL 13 or later, a UTF8 database.
    Outcome checkServer(QSqlDatabase &db);
    Result<int> schemaOf(QSqlDatabase &db);

    Server m_server;
    QString m_connectionName;
};

} // namespace Taktline
