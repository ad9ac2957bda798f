#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

#include "domain/sync/syncconnection.h"

namespace Taktline::PgTest {

// Where the sync tests' PostgreSQL runs. The CTest fixture "pgserver" (tests/sync/pgserver.sh,
// registered in tests/sync/CMakeLists.txt) starts it once per ctest run on 127.0.0.1 and writes
// host, port and admin credentials to a file; every test under tests/sync/ gets that file's path
// in the environment variable TAKTLINE_PGSERVER (or set PGHOST, PGPORT, PGUSER, PGPASSWORD to
// use another server). Run one test by hand with `ctest -R sync/…`: CTest starts the fixture.
struct ServerInfo
{
    QString host;
    int port = 5432;
    QString adminUser;
    QString adminPassword;
    QString
        caFile; // the CA of the server's TLS certificate, made for host "localhost" ("" = no TLS)
};

// The fixture's server, or nullopt with *error saying why (the test ran without the fixture).
std::optional<ServerInfo> server(QString *error = nullptr);

// A device login made by sync.add_device in a test database.
struct DeviceLogin
{
    QString login;
    QString password;
    QString code;   // A, B, C… in its tenant
    QString tenant; // the tenant's uuid
};

// A fresh database per test: CREATE DATABASE tl_<random> with cloud/*.sql applied, dropped
// (WITH FORCE) by the destructor, so tests run in parallel on one server. Use:
//     PgTest::PgTestDatabase pg;
//     QVERIFY2(pg.isValid(), qPrintable(pg.error()));
//     const auto tablet = pg.addDevice(tenantId, QStringLiteral("tablet"));
//     QSqlDatabase db = pg.connect(tablet.login, tablet.password);
//     QVERIFY(PgTest::call(db, "SELECT sync.hello(?)", {deviceId}).isValid());
// Connections are QPSQL connections made in the calling thread (a thread makes its own;
// connect() is thread-safe).
class PgTestDatabase final
{
public:
    explicit PgTestDatabase(bool applyCloud = true);
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    const ServerInfo &info() const { return m_server; }

    // A new open connection to this database as the server's admin / as a login ("" and invalid
    // when it fails; QSqlDatabase::lastError() says why). Each has its own connection name.
    QSqlDatabase connectAdmin();
    QSqlDatabase connect(const QString &login, const QString &password);

    // Applies cloud/*.sql (as built into the app) in one transaction (the constructor does it).
    bool applyCloud(QString *error = nullptr);

    // A device of the tenant (made if missing), with a random 32-character password.
    DeviceLogin addDevice(const QString &tenant, const QString &name,
                          const QString &tenantName = QStringLiteral("Test factory"));

    // How a device reaches this database (TLS off: the fixture listens on 127.0.0.1 only).
    SyncConnection connection(const DeviceLogin &device) const;

private:
    ServerInfo m_server;
    QString m_name;
    QString m_error;
    QStringList m_connections;
    QMutex m_mutex; // connect() may be called from several threads
};

// Runs one statement with positional values (? placeholders) and answers the first column of
// its first row (invalid QVariant on error; *error gets the message and *sqlState the SQLSTATE).
QVariant call(QSqlDatabase db, const QString &sql, const QVariantList &values = {},
              QString *error = nullptr, QString *sqlState = nullptr);

} // namespace Taktline::PgTest
