#include "services/chain/chaincheck.h"

#include "storage/chain/chainverifier.h"

#include <QCoreApplication>
#include <QThread>

#include <utility>

namespace Taktline {

ChainCheck::ChainCheck(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    m_daily.setInterval(24 * 60 * 60 * 1000);
    connect(&m_daily, &QTimer::timeout, this, &ChainCheck::checkNow);
}

ChainCheck::~ChainCheck()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ChainCheck::schedule(int firstDelayMs)
{
    QTimer::singleShot(firstDelayMs, this, &ChainCheck::checkNow);
    m_daily.start();
}

void ChainCheck::checkNow()
{
    if (m_thread)
        return;
    // The verifier opens its own connection in the worker thread (one connection per thread).
    m_thread = QThread::create([this, path = m_path] {
        const Result<ChainVerifier::Report> report = ChainVerifier::verifyFile(path);
        const QString problem = report && !report.value().holds()
                                    ? report.value().breaks.constFirst().describe()
                                    : QString();
        QMetaObject::invokeMethod(
            this, [this, problem] { deliver(problem); }, Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

void ChainCheck::deliver(const QString &problem)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    emit checked(problem);
}

} // namespace Taktline
