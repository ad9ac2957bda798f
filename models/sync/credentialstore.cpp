#include "sync/credentialstore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Taktline {

namespace {

const QString serviceName = QStringLiteral("Taktline sync");

// Runs JOB to its end with a local event loop: QtKeychain answers asynchronously. The store
// normally answers at once; a store that hangs (a locked session asking nobody) gives up
// after 20 s rather than freezing the caller for good.
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never QSettings in clear
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

bool isMissingStore(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

} // namespace

QString CredentialStore::key(const SyncConnection &connection)
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(connection.login, connection.host)
        .arg(connection.port)
        .arg(connection.database);
}

bool CredentialStore::fromEnvironment()
{
    return qEnvironmentVariableIsSet(passwordVariable);
}

QString CredentialStore::noStoreMessage(const QString &detail)
{
    return tr("This computer has no credential store to keep the sync password in safely (%1). "
              "Nothing was saved. Sign in to a desktop session with a keyring (Windows Credential "
              "Manager, GNOME Keyring or KWallet), or for unattended use set the environment "
              "variable %2 to the device's password.")
        .arg(detail, QString::fromLatin1(passwordVariable));
}

Result<QString> CredentialStore::read(const SyncConnection &connection)
{
    if (fromEnvironment())
        return qEnvironmentVariable(passwordVariable);
    QKeychain::ReadPasswordJob job(serviceName);
    job.setKey(key(connection));
    if (!runJob(job))
        return Outcome::failure(noStoreMessage(tr("it did not answer")));
    if (job.error() == QKeychain::NoError)
        return job.textData();
    if (job.error() == QKeychain::EntryNotFound) {
        return Outcome::failure(
            tr("The credential store holds no sync password for %1. Enter the device's password "
               "again in Settings ▸ Sync.")
                .arg(key(connection)));
    }
    if (job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser)
        return Outcome::failure(tr("The credential store refused to give out the sync password "
                                   "(%1). Allow Taktline to read it, then try again.")
                                    .arg(job.errorString()));
    return Outcome::failure(noStoreMessage(job.errorString()));
}

Outcome CredentialStore::write(const SyncConnection &connection, const QString &password)
{
    if (fromEnvironment())
        return Outcome::success();
    QKeychain::WritePasswordJob job(serviceName);
    job.setKey(key(connection));
    job.setTextData(password);
    if (!runJob(job))
        return Outcome::failure(noStoreMessage(tr("it did not answer")));
    if (job.error() == QKeychain::NoError)
        return Outcome::success();
    if (isMissingStore(job.error()))
        return Outcome::failure(noStoreMessage(job.errorString()));
    return Outcome::failure(tr("The credential store did not keep the sync password (%1). "
                               "Nothing was saved.")
                                .arg(job.errorString()));
}

Outcome CredentialStore::remove(const SyncConnection &connection)
{
    if (fromEnvironment())
        return Outcome::success();
    QKeychain::DeletePasswordJob job(serviceName);
    job.setKey(key(connection));
    if (!runJob(job) || job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound
        || isMissingStore(job.error())) {
        return Outcome::success();
    }
    return Outcome::failure(tr("The credential store did not forget the sync password (%1).")
                                .arg(job.errorString()));
}

} // namespace Taktline
