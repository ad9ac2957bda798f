#include "reports/reportcentreexport.h"

#include "formats/report/reportworkbookwriter.h"
#include "storage/database.h"

#include <QFile>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

namespace Taktline {

ReportCentreExport::ReportCentreExport(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ReportCentreExport::showProgress);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ReportCentreExport::done);
}

ReportCentreExport::~ReportCentreExport()
{
    if (m_shared)
        m_shared->cancelled = true;
    m_watcher.waitForFinished(); // the worker holds its own connection: let it close
}

bool ReportCentreExport::isRunning() const
{
    return m_watcher.isRunning();
}

bool ReportCentreExport::start(const ReportQuery &request, const QString &path, QWidget *parent)
{
    if (isRunning())
        return false;
    m_path = path;
    m_shared = std::make_shared<Shared>();
    m_dialog = new QProgressDialog(tr("Building the report…"), tr("Cancel"), 0, 0, parent);
    m_dialog->setObjectName(QStringLiteral("exportProgressDialog"));
    m_dialog->setWindowTitle(tr("Export to Excel"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumWidth(420);
    connect(m_dialog, &QProgressDialog::canceled, this, &ReportCentreExport::cancel);
    m_dialog->show();
    emit started();

    const std::shared_ptr<Shared> shared = m_shared;
    const QString databasePath = m_databasePath;
    const Clock clock = m_clock;
    m_watcher.setFuture(
        QtConcurrent::run([shared, databasePath, clock, request, path]() -> Outcome {
            // This thread's own connection: a connection belongs to the thread that opened it.
            Result<std::shared_ptr<Database>> db =
                Database::open(databasePath, Database::IfMissing::Refuse);
            if (!db)
                return db.outcome();
            const ReportService service(*db.value(), clock);
            Result<ReportDocument> document = service.build(request);
            if (!document)
                return document.outcome();
            // The writer asks the callback every few thousand rows and once before it saves: a
            // cancel stops it there, and it leaves no file.
            return ReportWorkbookWriter::write(document.value(), path,
                                               [shared](qint64 written, qint64 expected) {
                                                   shared->written = written;
                                                   shared->expected = expected;
                                                   return !shared->cancelled.load();
                                               });
        }));
    m_poll->start();
    return true;
}

void ReportCentreExport::cancel()
{
    if (m_shared)
        m_shared->cancelled = true;
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}

void ReportCentreExport::showProgress()
{
    if (!m_dialog || !m_shared || m_shared->cancelled)
        return;
    const qint64 written = m_shared->written;
    const qint64 expected = m_shared->expected;
    if (written == 0 && expected < 0)
        return;
    if (expected > 0) {
        m_dialog->setMaximum(1000);
        m_dialog->setValue(int(std::min<qint64>(1000, written * 1000 / expected)));
        m_dialog->setLabelText(tr("Writing rows: %L1 of %L2").arg(written).arg(expected));
    } else {
        m_dialog->setLabelText(tr("Writing rows: %L1").arg(written));
    }
}

void ReportCentreExport::done()
{
    m_poll->stop();
    const Outcome outcome = m_watcher.result();
    const qint64 rows = m_shared ? m_shared->written.load() : 0;
    const bool cancelled = m_shared && m_shared->cancelled;
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    if (cancelled && outcome) {
        // Cancelled after the last row: the user asked for no file, so none is kept.
        QFile::remove(m_path);
        emit finished(tr("Export cancelled."), m_path, rows);
        return;
    }
    emit finished(outcome.error(), m_path, rows);
}

} // namespace Taktline
