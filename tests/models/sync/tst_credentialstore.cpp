// The device's sync password: kept in the platform's credential store, or refused with a clear
// message where there is none; TAKTLINE_SYNC_PASSWORD for headless use; never in the factory
// file or in QSettings.
#include "services/sync/synccontroller.h"
#include "services/workspace.h"
#include "sync/credentialstore.h"
#include "testworkspace.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QTest>

using namespace Taktline;

namespace {

SyncConnection connectionFor(const QString &login)
{
    SyncConnection connection;
    connection.host = QStringLiteral("127.0.0.1");
    connection.port = 5999;
    connection.database = QStringLiteral("factory");
    connection.login = login;
    connection.tls = SyncConnection::Tls::Disable;
    return connection;
}

// Every byte of the files in DIR (the database, its WAL, the settings).
QByteArray everyFileIn(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TstCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { qunsetenv(CredentialStore::passwordVariable); }
    void cleanup() { qunsetenv(CredentialStore::passwordVariable); }
    void keyNamesLoginAndServer();
    void storeKeepsThePasswordOrSaysThereIsNone();
    void environmentVariableServesHeadlessUse();
    void passwordNeverLandsInTheFileOrSettings();
};

void TstCredentialStore::keyNamesLoginAndServer()
{
    QCOMPARE(CredentialStore::key(connectionFor(QStringLiteral("tablet-3"))),
             QStringLiteral("tablet-3@127.0.0.1:5999/factory"));
}

void TstCredentialStore::storeKeepsThePasswordOrSaysThereIsNone()
{
    const SyncConnection connection = connectionFor(QStringLiteral("tst-credential-store"));
    const Outcome written = CredentialStore::write(connection, QStringLiteral("s3cret-pw"));
    if (written) {
        // A desktop session with a keyring: the password comes back, and goes.
        const Result<QString> read = CredentialStore::read(connection);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value(), QStringLiteral("s3cret-pw"));
        QVERIFY(CredentialStore::remove(connection));
        QVERIFY(!CredentialStore::read(connection).ok());
        return;
    }
    // No store (CI, a server over SSH): refused, saying so and naming the way out.
    QVERIFY2(written.error().contains(QLatin1String("no credential store")), qPrintable(written.error()));
    QVERIFY(written.error().contains(QLatin1String("TAKTLINE_SYNC_PASSWORD")));
    const Result<QString> read = CredentialStore::read(connection);
    QVERIFY(!read.ok());
    QVERIFY(!read.error().isEmpty());
}

void TstCredentialStore::environmentVariableServesHeadlessUse()
{
    qputenv(CredentialStore::passwordVariable, "from-the-environment");
    const SyncConnection connection = connectionFor(QStringLiteral("tst-env"));
    QVERIFY(CredentialStore::fromEnvironment());
    QVERIFY(CredentialStore::write(connection, QStringLiteral("ignored")));
    const Result<QString> read = CredentialStore::read(connection);
    QVERIFY(read.ok());
    QCOMPARE(read.value(), QStringLiteral("from-the-environment"));
}

void TstCredentialStore::passwordNeverLandsInTheFileOrSettings()
{
    qputenv(CredentialStore::passwordVariable, "Zq7-unique-password-81");
    TestWorkspace workspace;
    SyncController *sync = workspace->sync();
    QVERIFY(!sync->isConfigured());
    QVERIFY(!sync->configure(SyncConnection(), QStringLiteral("x")).ok());
    const Outcome configured = sync->configure(connectionFor(QStringLiteral("tablet-1")),
                                               QStringLiteral("Zq7-unique-password-81"));
    QVERIFY2(configured.ok(), qPrintable(configured.error()));
    QVERIFY(sync->isConfigured());
    QCOMPARE(sync->connection().login, QStringLiteral("tablet-1"));
    QSettings().sync();
    workspace.close();
    QVERIFY(!everyFileIn(workspace.dirPath()).contains("Zq7-unique-password-81"));
    QVERIFY(!everyFileIn(qEnvironmentVariable("XDG_CONFIG_HOME")).contains("Zq7-unique-password-81"));
}

QTEST_GUILESS_MAIN(TstCredentialStore)
#include "tst_credentialstore.moc"
