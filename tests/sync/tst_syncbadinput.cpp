// What a device is told when sync cannot work — a wrong password, a server that is down, a
// database that is not a Taktline server, a server newer than the app, a certificate that does
// not match — each a clear message, with the outbox untouched and local work going on.
#include "services/masterdata/masterdataservice.h"
#include "sync/syncserver.h"
#include "syncreplica.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace Taktline;
using namespace Taktline::SyncTest;

class TstSyncBadInput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void wrongPassword();
    void serverDown();
    void databaseThatIsNotATaktlineServer();
    void serverSchemaNewerThanTheApp();
    void certificateThatDoesNotMatch();

private:
    // Runs a round with CONNECTION and PASSWORD on the office's file; checks that it fails with
    // a message containing EXPECTED, in STATE, and that the outbox is as it was.
    void refused(const SyncConnection &connection, const QString &password, const char *expected,
                 SyncStatus::State state);

    std::unique_ptr<PgTest::PgTestDatabase> m_pg;
    std::unique_ptr<Replica> m_office;
};

void TstSyncBadInput::init()
{
    m_pg = std::make_unique<PgTest::PgTestDatabase>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
    m_office = std::make_unique<Replica>(*m_pg, newTenant(), QStringLiteral("office"),
                                         std::make_unique<TestShop>());
}

void TstSyncBadInput::cleanup()
{
    m_office.reset();
    m_pg.reset();
}

void TstSyncBadInput::refused(const SyncConnection &connection, const QString &password,
                              const char *expected, SyncStatus::State state)
{
    const QString queued = m_office->outboxSeqs();
    QVERIFY(!queued.isEmpty());
    SyncEngine engine(m_office->path(), connection, password);
    const Outcome done = engine.syncOnce();
    QVERIFY(!done.ok());
    QVERIFY2(done.error().contains(QLatin1String(expected)), qPrintable(done.error()));
    QCOMPARE(engine.status().state, state);
    QCOMPARE(engine.status().lastError, done.error());
    QCOMPARE(engine.status().queuedChanges, queued.count(QLatin1Char(',')) + 1);
    QCOMPARE(m_office->outboxSeqs(), queued);
    // Local work goes on, and queues.
    const Outcome renamed = m_office->ws().masterData()->updateField(
        MasterDataKind::Machine, m_office->shop->lathe, QStringLiteral("name"),
        QStringLiteral("车床 %1").arg(queued.size()));
    QVERIFY2(renamed.ok(), qPrintable(renamed.error()));
    QVERIFY(m_office->queued() > queued.count(QLatin1Char(',')) + 1);
}

void TstSyncBadInput::wrongPassword()
{
    refused(m_office->connection, QStringLiteral("not-the-password"), "the password is wrong",
            SyncStatus::State::Error);
}

void TstSyncBadInput::serverDown()
{
    SyncConnection closed = m_office->connection;
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    closed.port = probe.serverPort();
    probe.close(); // nobody listens there now
    refused(closed, m_office->login.password, "cannot be reached", SyncStatus::State::Offline);
}

void TstSyncBadInput::databaseThatIsNotATaktlineServer()
{
    PgTest::PgTestDatabase plain(false); // a PostgreSQL database without cloud/
    QVERIFY2(plain.isValid(), qPrintable(plain.error()));
    SyncConnection elsewhere = m_office->connection;
    elsewhere.database = plain.name();
    elsewhere.login = plain.info().adminUser;
    refused(elsewhere, plain.info().adminPassword, "is not a Taktline sync server",
            SyncStatus::State::Error);
}

void TstSyncBadInput::serverSchemaNewerThanTheApp()
{
    QString error;
    PgTest::call(m_pg->connectAdmin(),
                 QStringLiteral("UPDATE sync.meta SET value = '%1' WHERE key = 'schema'")
                     .arg(SyncServer::supportedSchema + 1),
                 {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    refused(m_office->connection, m_office->login.password, "runs a newer Taktline sync",
            SyncStatus::State::Error);
}

void TstSyncBadInput::certificateThatDoesNotMatch()
{
    // The test server gets TLS with a certificate for another name, signed by nobody the device
    // trusts but itself; the device checks it against that certificate and 127.0.0.1.
    QTemporaryDir tls;
    QVERIFY(tls.isValid());
    const QString cert = tls.filePath(QStringLiteral("server.crt"));
    const QString key = tls.filePath(QStringLiteral("server.key"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=other-server.invalid")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        QSKIP("openssl is not installed: the certificate cannot be made");
    // The server reads the key: its owner, and nobody else.
    QFile::setPermissions(tls.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                          | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                          | QFileDevice::ExeOther);
    QFile::setPermissions(cert, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (geteuid() == 0) {
        if (const passwd *postgres = getpwnam("postgres"))
            QCOMPARE(chown(key.toLocal8Bit().constData(), postgres->pw_uid, postgres->pw_gid), 0);
    }
    QSqlDatabase admin = m_pg->connectAdmin();
    QString error;
    for (const QString &sql :
         {QStringLiteral("ALTER SYSTEM SET ssl_cert_file = '%1'").arg(cert),
          QStringLiteral("ALTER SYSTEM SET ssl_key_file = '%1'").arg(key),
          QStringLiteral("ALTER SYSTEM SET ssl = on"), QStringLiteral("SELECT pg_reload_conf()")}) {
        PgTest::call(admin, sql, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    const auto resetTls = qScopeGuard([&admin] {
        for (const char *sql : {"ALTER SYSTEM RESET ssl", "ALTER SYSTEM RESET ssl_cert_file",
                                "ALTER SYSTEM RESET ssl_key_file", "SELECT pg_reload_conf()"})
            PgTest::call(admin, QString::fromLatin1(sql));
    });
    SyncConnection verified = m_office->connection;
    verified.tls = SyncConnection::Tls::VerifyFull;
    verified.caFile = cert;
    // The reload is asynchronous: wait until the server speaks TLS at all.
    SyncConnection encrypted = m_office->connection;
    encrypted.tls = SyncConnection::Tls::Require;
    QTRY_VERIFY_WITH_TIMEOUT(SyncServer(QStringLiteral("tls-probe")).open(encrypted,
                                                                          m_office->login.password)
                                 .ok(),
                             10000);
    refused(verified, m_office->login.password, "could not prove it is the right server",
            SyncStatus::State::Error);
}

QTEST_GUILESS_MAIN(TstSyncBadInput)
#include "tst_syncbadinput.moc"
