#pragma once

#include "domain/clock.h"
#include "domain/outcome.h"
#include "services/reports/reportservice.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <memory>

class QTimer;
class QWidget;

namespace Taktline {

// Writes a report to an .xlsx in a worker thread: the worker opens its own connection to the
// factory's file (the service and its rows belong to that thread), builds the report and writes
// it, while a progress dialog shows rows written of those expected and its Cancel stops the
// writer (no file is left).
class ReportCentreExport final : public QObject
{
    Q_OBJECT
public:
    ReportCentreExport(QString databasePath, const Clock &clock, QObject *parent = nullptr);
    ~ReportCentreExport() override;

    // Starts the export of REQUEST to PATH, with a progress dialog over PARENT; false when an
    // export is already running.
    bool start(const ReportQuery &request, const QString &path, QWidget *parent);
    bool isRunning() const;
    // Asks the running export to stop; finished() follows with "Export cancelled.".
    void cancel();
    QProgressDialog *progressDialog() const { return m_dialog; }

signals:
    // The dialog is open and the worker about to start.
    void started();
    // ERROR: empty when written, else why not (a cancel too) in the user's language; ROWS: the
    // rows written.
    void finished(const QString &error, const QString &path, qint64 rows);

private:
    struct Shared
    {
        std::atomic<bool> cancelled{false};
        std::atomic<qint64> written{0};
        std::atomic<qint64> expected{-1};
    };
    void showProgress();
    void done();

    QString m_databasePath;
    Clock m_clock;
    QString m_path;
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<Outcome> m_watcher;
    QPointer<QProgressDialog> m_dialog;
    QTimer *m_poll;
};

} // namespace Taktline
