// Setting up a sync server as its admin (CloudAdmin, `taktline cloud …`): init applies cloud/
// twice without harm and refuses a newer server; devices are added, listed and locked out; and
// each way a connection fails is named in words a factory owner can act on.
#include "pgtestserver.h"
#include "sync/cloudadmin.h"
#include "sync/cloudadminscripts.h"
#include "syncwire.h"

#include <QSqlError>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <future>
#include <thread>

using namespace Taktline;
using namespace Taktline::PgTest;

class TstCloudAdmin : public QObject
{
    Q_OBJECT
private slots:
    void initTwiceThenDevicesSync();
    void initRefusesANewerServer();
    void initRefusesADatabaseThatIsNotUtf8();
    void addDeviceNeedsAnInitialisedServer();
    void sameDeviceNameTwiceIsRefused();
    void revokedDeviceCannotSignIn();
    void wrongAdminPasswordIsNamed();
    void serverDownIsNamed();
    void missingDatabaseIsNamed();
    void notAPostgreSqlServerIsNamed();
    void certificateMismatchIsNamed();
    void scriptsSplitIntoStatements();
};

namespace {

const QString factory = QStringLiteral("7e57fac7-0000-4000-8000-00000000000a");

CloudAdmin::Server adminOf(const PgTestDatabase &pg)
{
    CloudAdmin::Server s;
    s.host = pg.info().host;
    s.port = pg.info().port;
    s.database = pg.name();
    s.user = pg.info().adminUser;
    s.password = pg.info().adminPassword;
    s.tls = SyncConnection::Tls::Disable;
    return s;
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

void TstCloudAdmin::initTwiceThenDevicesSync()
{
    PgTestDatabase pg(false);
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    CloudAdmin admin(adminOf(pg));
    QCOMPARE(admin.serverSchema().value(), 0);
    const Outcome first = admin.init();
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const Outcome second = admin.init();
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(admin.serverSchema().value(), CloudAdmin::SchemaVersion);

    const auto office =
        admin.addDevice(QStringLiteral("Office PC"), factory, QStringLiteral("Acme 精密"));
    QVERIFY2(office.ok(), qPrintable(office.error()));
    const auto tablet =
        admin.addDevice(QStringLiteral("车间平板"), factory, QStringLiteral("Acme 精密"));
    QVERIFY2(tablet.ok(), qPrintable(tablet.error()));
    QCOMPARE(office.value().code, QStringLiteral("A"));
    QCOMPARE(tablet.value().code, QStringLiteral("B"));
    QCOMPARE(tablet.value().tenantName, QStringLiteral("Acme 精密"));
    QVERIFY(tablet.value().password.size() >= 32);
    QCOMPARE(tablet.value().connection.database, pg.name());

    // The invitation carries everything the tablet needs to sign in and say hello.
    QString password;
    const auto invited = SyncConnection::fromInvite(
        tablet.value().connection.toInvite(tablet.value().password), &password);
    QVERIFY2(invited.ok(), qPrintable(invited.error()));
    WireDevice device;
    device.db = pg.connect(invited.value().login, password);
    QVERIFY2(device.db.isOpen(), qPrintable(device.db.lastError().text()));
    const QJsonObject hello = device.hello();
    QCOMPARE(hello.value(QStringLiteral("device_code")).toString(), QStringLiteral("B"));
    QCOMPARE(hello.value(QStringLiteral("tenant")).toString(), factory);
    QCOMPARE(hello.value(QStringLiteral("schema")).toInt(), CloudAdmin::SchemaVersion);

    const auto listed = admin.devices();
    QVERIFY2(listed.ok(), qPrintable(listed.error()));
    QCOMPARE(listed.value().size(), 2);
    QCOMPARE(listed.value().at(1).name, QStringLiteral("车间平板"));
    QVERIFY(listed.value().at(1).bound);
    QVERIFY(!listed.value().at(0).bound);
    QVERIFY(!listed.value().at(1).revokedAt.isValid());
}

void TstCloudAdmin::initRefusesANewerServer()
{
    PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    QSqlDatabase db = pg.connectAdmin();
    QVERIFY(call(db, QStringLiteral("UPDATE sync.meta SET value = '2' WHERE key = 'schema'"))
                .isValid());
    CloudAdmin admin(adminOf(pg));
    const Outcome refused = admin.init();
    QVERIFY(!refused.ok());
    QVERIFY2(
        refused.error().contains(QLatin1String("version 2, newer than this Taktline (version 1)")),
        qPrintable(refused.error()));
    QCOMPARE(
        call(db, QStringLiteral("SELECT value FROM sync.meta WHERE key = 'schema'")).toString(),
        QStringLiteral("2"));
    QVERIFY(!admin.addDevice(QStringLiteral("x"), factory, {}).ok());
}

void TstCloudAdmin::initRefusesADatabaseThatIsNotUtf8()
{
    PgTestDatabase pg(false);
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    QSqlDatabase db = pg.connectAdmin();
    const QString name = pg.name() + QStringLiteral("_latin1");
    QVERIFY(
        call(db,
             QStringLiteral("CREATE DATABASE %1 ENCODING 'LATIN1' TEMPLATE template0").arg(name))
            .isValid());
    CloudAdmin::Server server = adminOf(pg);
    server.database = name;
    const Outcome refused = CloudAdmin(server).init();
    QVERIFY2(refused.error().contains(QLatin1String("stores text as LATIN1; sync needs UTF8")),
             qPrintable(refused.error()));
    QVERIFY(call(db, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name)).isValid());
}

void TstCloudAdmin::addDeviceNeedsAnInitialisedServer()
{
    PgTestDatabase pg(false);
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    CloudAdmin admin(adminOf(pg));
    const auto refused = admin.addDevice(QStringLiteral("tablet"), factory, {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("taktline cloud init")),
             qPrintable(refused.error()));
    QVERIFY(!admin.addDevice(QStringLiteral("tablet"), QStringLiteral("not-a-uuid"), {}).ok());
    QVERIFY(!admin.addDevice(QStringLiteral("  "), factory, {}).ok());
}

void TstCloudAdmin::sameDeviceNameTwiceIsRefused()
{
    PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    CloudAdmin admin(adminOf(pg));
    QVERIFY(admin.addDevice(QStringLiteral("tablet"), factory, {}).ok());
    const auto again = admin.addDevice(QStringLiteral("tablet"), factory, {});
    QVERIFY(!again.ok());
    QCOMPARE(again.error(), QStringLiteral("This factory already has a device named \"tablet\"."));
}

void TstCloudAdmin::revokedDeviceCannotSignIn()
{
    PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    CloudAdmin admin(adminOf(pg));
    const auto tablet = admin.addDevice(QStringLiteral("lost tablet"), factory, {});
    QVERIFY2(tablet.ok(), qPrintable(tablet.error()));
    const Outcome revoked = admin.revokeDevice(QStringLiteral("lost tablet"));
    QVERIFY2(revoked.ok(), qPrintable(revoked.error()));
    QSqlDatabase db = pg.connect(tablet.value().connection.login, tablet.value().password);
    QVERIFY(!db.isOpen());
    QVERIFY(admin.devices().value().constFirst().revokedAt.isValid());
    const Outcome unknown = admin.revokeDevice(QStringLiteral("no such tablet"));
    QCOMPARE(unknown.error(), QStringLiteral("The server has no device named \"no such tablet\"."));
}

void TstCloudAdmin::wrongAdminPasswordIsNamed()
{
    PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    CloudAdmin::Server server = adminOf(pg);
    server.password = QStringLiteral("wrong");
    const Outcome refused = CloudAdmin(server).init();
    QVERIFY2(refused.error().contains(QLatin1String("refused the login or its password")),
             qPrintable(refused.error()));
}

void TstCloudAdmin::serverDownIsNamed()
{
    PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    CloudAdmin::Server server = adminOf(pg);
    server.port = freePort();
    const Outcome refused = CloudAdmin(server).init();
    QVERIFY2(refused.error().contains(QLatin1String("cannot be reached")),
             qPrintable(refused.error()));
}

void TstCloudAdmin::missingDatabaseIsNamed()
{
    PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    CloudAdmin::Server server = adminOf(pg);
    server.database = QStringLiteral("no_such_factory");
    const Outcome refused = CloudAdmin(server).init();
    QVERIFY2(refused.error().contains(QLatin1String("has no database \"no_such_factory\"")),
             qPrintable(refused.error()));
}

void TstCloudAdmin::notAPostgreSqlServerIsNamed()
{
    PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    // A web server where the database should be: it answers anything with an HTTP error.
    std::promise<int> listening;
    std::thread web([&listening] {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        listening.set_value(server.serverPort());
        if (!server.waitForNewConnection(20000))
            return;
        QTcpSocket *socket = server.nextPendingConnection();
        socket->waitForReadyRead(10000);
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        socket->waitForBytesWritten(10000);
        socket->disconnectFromHost();
    });
    CloudAdmin::Server server = adminOf(pg);
    server.port = listening.get_future().get();
    const Outcome refused = CloudAdmin(server).init();
    web.join();
    QVERIFY2(refused.error().contains(QLatin1String("is not a PostgreSQL server")),
             qPrintable(refused.error()));
}

void TstCloudAdmin::certificateMismatchIsNamed()
{
    PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    if (pg.info().caFile.isEmpty())
        QSKIP("the test server has no TLS certificate (openssl missing when it started)");
    CloudAdmin::Server server = adminOf(pg);
    server.tls = SyncConnection::Tls::VerifyFull;
    server.caFile = pg.info().caFile;
    server.host = QStringLiteral("localhost"); // the name in its certificate
    const Outcome verified = CloudAdmin(server).open();
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    server.host = QStringLiteral("127.0.0.1"); // the same server by another name
    const Outcome mismatch = CloudAdmin(server).open();
    QVERIFY2(mismatch.error().contains(QLatin1String("certificate does not match 127.0.0.1")),
             qPrintable(mismatch.error()));
    server.caFile.clear();
    QVERIFY(!CloudAdmin(server).open().ok());
    server.tls = SyncConnection::Tls::Require; // encrypted, not checked
    QVERIFY(CloudAdmin(server).open().ok());
}

void TstCloudAdmin::scriptsSplitIntoStatements()
{
    const QStringList statements = CloudAdminScripts::statements(QStringLiteral(
        "-- a comment; with a semicolon\nCREATE TABLE a (x text DEFAULT ';');\n"
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n"
        "DO $body$ BEGIN RAISE NOTICE 'it''s; fine'; END $body$;\n/* block; */ SELECT \"a;b\""));
    QCOMPARE(statements.size(), 4);
    QCOMPARE(statements.at(0), QStringLiteral("CREATE TABLE a (x text DEFAULT ';')"));
    QVERIFY(statements.at(1).endsWith(QLatin1String("$$ SELECT 1; $$")));
    QVERIFY(statements.at(2).endsWith(QLatin1String("END $body$")));
    QCOMPARE(statements.at(3), QStringLiteral("SELECT \"a;b\""));
    QCOMPARE(CloudAdminScripts::cloudScripts().size(), 3);
}

QTEST_GUILESS_MAIN(TstCloudAdmin)
#include "tst_cloudadmin.moc"
