// What a device is told when sync cannot work — a wrong password, a server that is down, a
// database that is not a Taktline server, a server newer than the app, a certificate that does
// not match — each a clear message, with the outbox untouched and local work going on.
#include "services/masterdata/masterdataservice.h"
#include "sync/syncserver.h"
#include "syncreplica.h"

#include <QTcpServer>
#include <QTest>

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
    // A device that synced once, then changed something: one change waits in its outbox.
    QVERIFY2(m_office->sync().ok(), qPrintable(m_office->engine->status().lastError));
    const Outcome renamed = m_office->ws().masterData()->updateField(
        MasterDataKind::Machine, m_office->shop->mill, QStringLiteral("name"),
        QStringLiteral("铣床 waiting"));
    QVERIFY2(renamed.ok(), qPrintable(renamed.error()));
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
    // The test server speaks TLS with a certificate for "localhost" signed by its own CA.
    if (m_pg->info().caFile.isEmpty())
        QSKIP("the test server has no TLS certificate (openssl missing when it started)");
    SyncConnection verified = m_office->connection;
    verified.tls = SyncConnection::Tls::VerifyFull;
    verified.caFile = m_pg->info().caFile;
    // The server by another name than its certificate's: refused, nothing is sent.
    verified.host = QStringLiteral("127.0.0.1");
    refused(verified, m_office->login.password, "could not prove it is the right server",
            SyncStatus::State::Error);
    // By its own name the certificate is accepted and the round goes through.
    verified.host = QStringLiteral("localhost");
    SyncEngine engine(m_office->path(), verified, m_office->login.password);
    const Outcome done = engine.syncOnce();
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QCOMPARE(m_office->queued(), 0);
}

QTEST_GUILESS_MAIN(TstSyncBadInput)
#include "tst_syncbadinput.moc"
