#include "services/dashboard/dashboardinspections.h"

#include "domain/quality/disposition.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace Taktline {

namespace {

// The inspections that count, for an inspections alias I: not a correction's voiding record,
// not voided by one.
QString countedInspection(const QString &i = QStringLiteral("i"))
{
    return QStringLiteral("%1.voids_inspection_id IS NULL AND NOT EXISTS (SELECT 1 FROM "
                          "inspections v WHERE v.voids_inspection_id = %1.id)")
        .arg(i);
}

Outcome run(QSqlQuery &query, const QString &statement, const QString &purpose,
            const QVariantMap &bind)
{
    if (Outcome prepared = Sql::prepare(query, statement, purpose); !prepared)
        return prepared;
    for (auto it = bind.cbegin(); it != bind.cend(); ++it)
        query.bindValue(it.key(), it.value());
    return Sql::exec(query, purpose);
}

} // namespace

Outcome DashboardInspections::read(const QSqlDatabase &db, DashboardFigures &figures)
{
    if (Outcome read = readVerdicts(db, figures); !read)
        return read;
    if (Outcome read = readWaits(db, figures); !read)
        return read;
    return readNonconformances(db, figures);
}

Outcome DashboardInspections::readVerdicts(const QSqlDatabase &db, DashboardFigures &figures)
{
    QSqlQuery query(db);
    const QString statement =
        QStringLiteral("SELECT coalesce(sum(i.result = 'pass'), 0), coalesce(sum(i.result = "
                       "'fail'), 0) FROM inspections i WHERE %1 AND i.at >= :from AND i.at < :to")
            .arg(countedInspection());
    if (Outcome ran = run(query, statement, tr("reading the inspections"),
                          {{QStringLiteral(":from"), figures.fromMs},
                           {QStringLiteral(":to"), figures.toMs}});
        !ran)
        return ran;
    if (query.next()) {
        figures.inspectionsPassed = query.value(0).toInt();
        figures.inspectionsFailed = query.value(1).toInt();
    }
    return Outcome::success();
}

// Each first-article request with the first passing first article of its step after it; the
// part of the wait inside the period (up to now) counts.
Outcome DashboardInspections::readWaits(const QSqlDatabase &db, DashboardFigures &figures)
{
    const qint64 end = std::min(figures.toMs, figures.nowMs);
    QSqlQuery query(db);
    const QString statement =
        QStringLiteral(
            "SELECT * FROM (SELECT coalesce(r.machine_id, '') AS machine_id, coalesce(m.code, '') "
            "AS code, r.at AS asked, (SELECT min(i.at) FROM inspections i WHERE i.operation_id = "
            "r.operation_id AND i.kind = 'first_article' AND i.result = 'pass' AND i.at >= r.at "
            "AND %1) AS answered FROM inspection_requests r LEFT JOIN machines m ON m.id = "
            "r.machine_id WHERE r.kind = 'first_article' AND r.at < :end) WHERE answered IS NULL "
            "OR answered > :from ORDER BY code")
            .arg(countedInspection());
    if (Outcome ran = run(query, statement, tr("reading the first-article waiting"),
                          {{QStringLiteral(":from"), figures.fromMs},
                           {QStringLiteral(":end"), end}});
        !ran)
        return ran;
    QHash<QString, qsizetype> index;
    while (query.next()) {
        const QString machineId = query.value(0).toString();
        const qint64 asked = query.value(2).toLongLong();
        const bool answered = !query.value(3).isNull();
        const qint64 stop = answered ? std::min(query.value(3).toLongLong(), end) : end;
        const qint64 start = std::max(asked, figures.fromMs);
        if (!index.contains(machineId)) {
            index.insert(machineId, figures.firstArticleWaits.size());
            figures.firstArticleWaits.append({machineId, query.value(1).toString(), 0, 0, 0});
        }
        FirstArticleWait &wait = figures.firstArticleWaits[index.value(machineId)];
        if (asked >= figures.fromMs)
            ++wait.requests;
        if (!answered || query.value(3).toLongLong() > end)
            ++wait.open;
        const double seconds = std::max<qint64>(0, stop - start) / 1000.0;
        wait.seconds += seconds;
        figures.firstArticleWaitSeconds += seconds;
    }
    std::stable_sort(figures.firstArticleWaits.begin(), figures.firstArticleWaits.end(),
                     [](const FirstArticleWait &a, const FirstArticleWait &b) {
                         return a.seconds > b.seconds;
                     });
    return Outcome::success();
}

Outcome DashboardInspections::readNonconformances(const QSqlDatabase &db,
                                                  DashboardFigures &figures)
{
    const qint64 end = std::min(figures.toMs, figures.nowMs + 1);
    QSqlQuery open(db);
    if (Outcome ran = run(
            open,
            QStringLiteral("SELECT count(*), coalesce(sum(still_open), 0) FROM (SELECT n.quantity - "
                           "(SELECT coalesce(sum(d.quantity), 0) FROM nc_dispositions d WHERE "
                           "d.nonconformance_id = n.id AND d.at < :end) AS still_open FROM "
                           "nonconformances n WHERE n.at < :end) WHERE still_open > 0"),
            tr("reading the nonconformances"), {{QStringLiteral(":end"), end}});
        !ran)
        return ran;
    if (open.next()) {
        figures.openNonconformances = open.value(0).toInt();
        figures.openNonconformingPieces = open.value(1).toDouble();
    }
    QSqlQuery decided(db);
    if (Outcome ran = run(decided,
                          QStringLiteral("SELECT disposition, sum(quantity) FROM nc_dispositions "
                                         "WHERE at >= :from AND at < :to GROUP BY disposition"),
                          tr("reading the nonconformances"),
                          {{QStringLiteral(":from"), figures.fromMs},
                           {QStringLiteral(":to"), figures.toMs}});
        !ran)
        return ran;
    QHash<QString, double> pieces;
    while (decided.next())
        pieces.insert(decided.value(0).toString(), decided.value(1).toDouble());
    for (Disposition d : {Disposition::Rework, Disposition::Repair, Disposition::Scrap,
                          Disposition::Concession, Disposition::ReturnToSupplier}) {
        figures.dispositions.append(
            {dispositionKey(d), dispositionName(d), pieces.value(dispositionKey(d))});
    }
    return Outcome::success();
}

} // namespace Taktline
