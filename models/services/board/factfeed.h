#pragma once

#include "domain/outcome.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

class QTimer;

namespace Taktline {

// A production report that reached the file: what the board needs to patch a tile and an hour.
struct ReportFact
{
    QString machineId; // the report's machine, else its operation's
    QString operationId;
    QString workOrderId;
    double good = 0;
    qint64 reportedAtMs = 0;
    qint64 voidedReportedAtMs = 0; // a voiding record: when the report it voids was made
};

// A machine status event, or a reason given to one later (then only eventId and reasonId).
struct StatusFact
{
    QString eventId;
    QString machineId;
    QString status; // key, "running"; empty for a reason given later
    QString reasonId;
    QString operationId;
    qint64 atMs = 0;
};

// What arrived since the last look, in commit order per table.
struct FactBatch
{
    QList<ReportFact> reports;
    QList<StatusFact> statuses;
    QList<StatusFact> reasons; // status_event_reasons
    bool andon = false;        // a call or an answer
    bool quality = false;      // an inspection request or an inspection
    bool isEmpty() const
    {
        return reports.isEmpty() && statuses.isEmpty() && reasons.isEmpty() && !andon &&
               !quality;
    }
    QSet<QString> machines() const;
};

// Notices facts committed to the factory file by any other connection — another window, a
// station in another process, the sync engine's thread — without reading the world: it asks
// SQLite's PRAGMA data_version on its own connection (a change of it means someone else
// committed), then reads only the rows of the fact tables past the last rowid it saw.
class FactFeed final : public QObject
{
    Q_OBJECT
public:
    explicit FactFeed(QSqlDatabase db, QObject *parent = nullptr);
    ~FactFeed() override;

    // Remembers where each fact table ends now; later rows are new.
    Outcome mark();
    // Polls every INTERVAL_MS (after mark()).
    void start(int intervalMs = 1000);
    void stop();
    // Looks now. FORCE reads the tables even when no other connection has committed (this
    // connection's own commits, a sync round that said it applied changes).
    Outcome poll(bool force = false);

signals:
    void factsArrived(const Taktline::FactBatch &batch);
    void failed(const QString &message);

private:
    Result<qint64> dataVersion() const;
    Outcome readReports(FactBatch &batch);
    Outcome readStatuses(FactBatch &batch);
    Outcome readReasons(FactBatch &batch);
    Outcome readAndon(FactBatch &batch);
    Outcome readQuality(FactBatch &batch);

    QSqlDatabase m_db;
    QTimer *m_timer;
    qint64 m_dataVersion = -1;
    qint64 m_lastReport = 0;
    qint64 m_lastStatus = 0;
    qint64 m_lastReason = 0;
    qint64 m_lastCall = 0;
    qint64 m_lastResponse = 0;
    qint64 m_lastRequest = 0;
    qint64 m_lastInspection = 0;
};

} // namespace Taktline
