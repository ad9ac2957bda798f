#include "services/board/factfeed.h"

#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QTimer>

namespace Taktline {

namespace {

QString purpose(const char *what)
{
    return QCoreApplication::translate("Taktline::FactFeed",
                                       "read the new facts for the board (%1)")
        .arg(QLatin1String(what));
}

Result<qint64> lastRowid(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT coalesce(max(rowid), 0) AS last FROM %1").arg(table));
    if (Outcome read = Sql::exec(query, purpose("end")); !read)
        return read;
    query.next();
    return Sql::column(query, QStringLiteral("last")).toLongLong();
}

} // namespace

QSet<QString> FactBatch::machines() const
{
    QSet<QString> ids;
    for (const ReportFact &report : reports)
        ids.insert(report.machineId);
    for (const StatusFact &status : statuses)
        ids.insert(status.machineId);
    for (const StatusFact &reason : reasons)
        ids.insert(reason.machineId);
    ids.remove(QString());
    return ids;
}

FactFeed::FactFeed(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (Outcome polled = poll(); !polled)
            emit failed(polled.error());
    });
}

FactFeed::~FactFeed() = default;

Outcome FactFeed::mark()
{
    const Result<qint64> version = dataVersion();
    if (!version)
        return version.outcome();
    m_dataVersion = version.value();
    const std::pair<const char *, qint64 *> tables[] = {
        {"production_reports", &m_lastReport},   {"machine_status_events", &m_lastStatus},
        {"status_event_reasons", &m_lastReason}, {"andon_calls", &m_lastCall},
        {"andon_responses", &m_lastResponse},    {"inspection_requests", &m_lastRequest},
        {"inspections", &m_lastInspection},
    };
    for (const auto &[table, last] : tables) {
        const Result<qint64> end = lastRowid(m_db, QLatin1String(table));
        if (!end)
            return end.outcome();
        *last = end.value();
    }
    return Outcome::success();
}

void FactFeed::start(int intervalMs)
{
    m_timer->start(intervalMs);
}

void FactFeed::stop()
{
    m_timer->stop();
}

Result<qint64> FactFeed::dataVersion() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("PRAGMA data_version"));
    if (Outcome read = Sql::exec(query, purpose("data_version")); !read)
        return read;
    query.next();
    return query.value(0).toLongLong(); // a pragma's one column has no stable name
}

Outcome FactFeed::poll(bool force)
{
    const Result<qint64> version = dataVersion();
    if (!version)
        return version.outcome();
    if (!force && version.value() == m_dataVersion)
        return Outcome::success(); // nobody else committed: nothing to read
    m_dataVersion = version.value();
    FactBatch batch;
    for (Outcome (FactFeed::*read)(FactBatch &) : {&FactFeed::readReports, &FactFeed::readStatuses,
                                                   &FactFeed::readReasons, &FactFeed::readAndon,
                                                   &FactFeed::readQuality}) {
        if (Outcome done = (this->*read)(batch); !done)
            return done;
    }
    if (!batch.isEmpty())
        emit factsArrived(batch);
    return Outcome::success();
}

Outcome FactFeed::readReports(FactBatch &batch)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT r.rowid AS row, coalesce(r.machine_id, o.machine_id, '') AS machine, "
        "r.operation_id, r.work_order_id, r.good, r.reported_at, "
        "coalesce(v.reported_at, 0) AS voided_at "
        "FROM production_reports r LEFT JOIN work_order_operations o ON o.id = r.operation_id "
        "LEFT JOIN production_reports v ON v.id = r.voids_report_id "
        "WHERE r.rowid > :last ORDER BY r.rowid"));
    query.bindValue(QStringLiteral(":last"), m_lastReport);
    if (Outcome read = Sql::exec(query, purpose("production_reports")); !read)
        return read;
    const Sql::Row row(query);
    while (query.next()) {
        m_lastReport = row.value(QStringLiteral("row")).toLongLong();
        batch.reports.append({row.value(QStringLiteral("machine")).toString(),
                              row.value(QStringLiteral("operation_id")).toString(),
                              row.value(QStringLiteral("work_order_id")).toString(),
                              row.value(QStringLiteral("good")).toDouble(),
                              row.value(QStringLiteral("reported_at")).toLongLong(),
                              row.value(QStringLiteral("voided_at")).toLongLong()});
    }
    return Outcome::success();
}

Outcome FactFeed::readStatuses(FactBatch &batch)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT rowid AS row, id, machine_id, status, coalesce(downtime_reason_id, '') AS reason, "
        "coalesce(operation_id, '') AS operation, at FROM machine_status_events "
        "WHERE rowid > :last ORDER BY rowid"));
    query.bindValue(QStringLiteral(":last"), m_lastStatus);
    if (Outcome read = Sql::exec(query, purpose("machine_status_events")); !read)
        return read;
    const Sql::Row row(query);
    while (query.next()) {
        m_lastStatus = row.value(QStringLiteral("row")).toLongLong();
        batch.statuses.append({row.value(QStringLiteral("id")).toString(),
                               row.value(QStringLiteral("machine_id")).toString(),
                               row.value(QStringLiteral("status")).toString(),
                               row.value(QStringLiteral("reason")).toString(),
                               row.value(QStringLiteral("operation")).toString(),
                               row.value(QStringLiteral("at")).toLongLong()});
    }
    return Outcome::success();
}

Outcome FactFeed::readReasons(FactBatch &batch)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT s.rowid AS row, s.event_id, e.machine_id, s.downtime_reason_id, s.at "
        "FROM status_event_reasons s JOIN machine_status_events e ON e.id = s.event_id "
        "WHERE s.rowid > :last ORDER BY s.rowid"));
    query.bindValue(QStringLiteral(":last"), m_lastReason);
    if (Outcome read = Sql::exec(query, purpose("status_event_reasons")); !read)
        return read;
    const Sql::Row row(query);
    while (query.next()) {
        m_lastReason = row.value(QStringLiteral("row")).toLongLong();
        StatusFact reason;
        reason.eventId = row.value(QStringLiteral("event_id")).toString();
        reason.machineId = row.value(QStringLiteral("machine_id")).toString();
        reason.reasonId = row.value(QStringLiteral("downtime_reason_id")).toString();
        reason.atMs = row.value(QStringLiteral("at")).toLongLong();
        batch.reasons.append(reason);
    }
    return Outcome::success();
}

Outcome FactFeed::readAndon(FactBatch &batch)
{
    // The open calls are few: the board reads them again when any call or answer arrives.
    for (const auto &[table, last] :
         {std::pair{"andon_calls", &m_lastCall}, std::pair{"andon_responses", &m_lastResponse}}) {
        const Result<qint64> end = lastRowid(m_db, QLatin1String(table));
        if (!end)
            return end.outcome();
        if (end.value() != *last)
            batch.andon = true;
        *last = end.value();
    }
    return Outcome::success();
}

Outcome FactFeed::readQuality(FactBatch &batch)
{
    // Like the calls: the waiting first articles are few, the board reads them again.
    for (const auto &[table, last] : {std::pair{"inspection_requests", &m_lastRequest},
                                      std::pair{"inspections", &m_lastInspection}}) {
        const Result<qint64> end = lastRowid(m_db, QLatin1String(table));
        if (!end)
            return end.outcome();
        if (end.value() != *last)
            batch.quality = true;
        *last = end.value();
    }
    return Outcome::success();
}

} // namespace Taktline
