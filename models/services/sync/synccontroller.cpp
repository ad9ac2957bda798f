#include "services/sync/synccontroller.h"

#include "storage/database.h"
#include "storage/uuid.h"
#include "sync/credentialstore.h"
#include "sync/syncengine.h"
#include "sync/syncserver.h"
#include "sync/syncstate.h"

#include <QPointer>

namespace Taktline {

SyncController::SyncController(std::shared_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    qRegisterMetaType<Taktline::SyncStatus>();
}

SyncController::~SyncController()
{
    stop();
    for (QThread *test : std::as_const(m_tests))
        test->wait();
    qDeleteAll(m_tests);
}

bool SyncController::isConfigured() const
{
    return connection().isComplete();
}

SyncConnection SyncController::connection() const
{
    return SyncState(m_db->connection()).connection();
}

Outcome SyncController::configure(const SyncConnection &connection, const QString &password)
{
    if (!connection.isComplete()) {
        return Outcome::failure(tr("Enter the server, the database and this device's login "
                                   "(they are on the invitation the owner printed)."));
    }
    if (password.isEmpty() && !CredentialStore::fromEnvironment())
        return Outcome::failure(tr("Enter this device's sync password."));
    const SyncConnection previous = this->connection();
    if (Outcome stored = CredentialStore::write(connection, password); !stored)
        return stored;
    const bool wasRunning = isRunning();
    stop();
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        SyncState state(m_db->connection());
        if (Outcome done = state.setConnection(connection); !done)
            return done;
        return state.remove(QStringLiteral("last_error"));
    });
    if (!saved)
        return saved;
    if (previous.isComplete() && CredentialStore::key(previous) != CredentialStore::key(connection))
        CredentialStore::remove(previous);
    setStatus(SyncState(m_db->connection()).status());
    if (wasRunning)
        start();
    return Outcome::success();
}

Outcome SyncController::disconnectServer()
{
    const SyncConnection previous = connection();
    stop();
    // The tenant and the cursor stay: the file still belongs to its factory.
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        SyncState state(m_db->connection());
        if (Outcome done = state.forgetConnection(); !done)
            return done;
        return state.remove(QStringLiteral("last_error"));
    });
    if (!saved)
        return saved;
    if (previous.isComplete())
        CredentialStore::remove(previous);
    setStatus(SyncState(m_db->connection()).status());
    return Outcome::success();
}

SyncStatus SyncController::status() const
{
    if (!m_statusRead) {
        auto *self = const_cast<SyncController *>(this);
        self->m_status = SyncState(m_db->connection()).status();
        self->m_statusRead = true;
    }
    return m_status;
}

void SyncController::setStatus(const SyncStatus &status)
{
    m_status = status;
    m_statusRead = true;
    emit statusChanged(m_status);
}

void SyncController::start()
{
    if (m_thread)
        return;
    const SyncConnection settings = connection();
    if (!settings.isComplete()) {
        setStatus(SyncState(m_db->connection()).status());
        return;
    }
    const Result<QString> password = CredentialStore::read(settings);
    if (!password) {
        SyncStatus failed = SyncState(m_db->connection()).status();
        failed.state = SyncStatus::State::Error;
        failed.lastError = password.error();
        setStatus(failed);
        return;
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("taktline-sync"));
    m_engine = new SyncEngine(m_db->path(), settings, password.value());
    m_engine->moveToThread(m_thread);
    connect(m_engine, &SyncEngine::statusChanged, this, &SyncController::setStatus);
    connect(m_engine, &SyncEngine::remoteChangesApplied, this,
            &SyncController::remoteChangesApplied);
    m_thread->start();
    QMetaObject::invokeMethod(m_engine, &SyncEngine::start, Qt::QueuedConnection);
}

void SyncController::stop()
{
    if (!m_thread)
        return;
    // The running round finishes first: the call waits its turn in the engine's queue.
    QMetaObject::invokeMethod(m_engine, &SyncEngine::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_engine;
    m_engine = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

void SyncController::syncNow()
{
    if (!m_thread) {
        start();
        return;
    }
    QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow, Qt::QueuedConnection);
}

void SyncController::localChangeCommitted()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SyncEngine::localChangeCommitted, Qt::QueuedConnection);
}

void SyncController::testConnection(const SyncConnection &connection, const QString &password)
{
    const QString deviceId = m_db->deviceId();
    QPointer<SyncController> self(this);
    QThread *test = QThread::create([self, connection, password, deviceId] {
        QString message;
        bool ok = false;
        {
            SyncServer server(QStringLiteral("taktline-sync-test-") + newUuidV7());
            if (Outcome opened = server.open(connection, password); !opened) {
                message = opened.error();
            } else if (const Result<SyncServer::Hello> hello = server.hello(deviceId); !hello) {
                message = hello.error();
            } else {
                ok = true;
                message = tr("Connected to the sync server as a device of the factory \"%1\" "
                             "(device code %2).")
                              .arg(hello.value().tenantName, hello.value().deviceCode);
            }
        }
        QMetaObject::invokeMethod(
            self, [self, ok, message] {
                if (self)
                    emit self->connectionTested(ok, message);
            },
            Qt::QueuedConnection);
    });
    m_tests.removeIf([](QThread *done) {
        if (!done->isFinished())
            return false;
        delete done;
        return true;
    });
    m_tests.append(test);
    test->start();
}

} // namespace Taktline
