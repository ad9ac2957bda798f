#include "demo/quality/demostepinspections.h"

#include "services/quality/inspectionservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Taktline {

namespace {

constexpr qint64 Minute = DemoQualityActor::Minute;
constexpr qint64 Day = DemoQualityActor::Day;
constexpr int PatrolSamples = 5;
constexpr int PatrolDays = DemoQualityActor::PatrolDays;
constexpr int PatrolsPerReport = DemoQualityActor::PatrolsPerReport;
// However large the factory, the quality history stays a demo's: the latest steps only, so the
// demo's time grows with the orders no more than before.
constexpr int MaxSteps = 400;

} // namespace

Result<QList<StepReport>> DemoStepInspections::firstStepReports()
{
    QSqlQuery query(m_q.ws().database().connection());
    query.prepare(QStringLiteral(
        "SELECT r.operation_id, o.work_order_id, w.product_id, coalesce(r.machine_id, "
        "o.machine_id, ''), coalesce(m.code, ''), coalesce(r.employee_id, ''), "
        "r.reported_at, r.good FROM production_reports r JOIN work_order_operations o ON "
        "o.id = r.operation_id JOIN work_orders w ON w.id = o.work_order_id LEFT JOIN "
        "machines m ON m.id = coalesce(r.machine_id, o.machine_id) WHERE o.seq = 10 AND "
        "w.state NOT IN ('closed', 'cancelled') AND r.voids_report_id IS NULL AND "
        "r.reported_at >= :from AND r.operation_id IN (SELECT operation_id FROM production_reports "
        "WHERE reported_at >= :from GROUP BY operation_id ORDER BY min(reported_at) DESC "
        "LIMIT :steps) ORDER BY r.reported_at, r.id"));
    query.bindValue(QStringLiteral(":steps"), MaxSteps);
    query.bindValue(QStringLiteral(":from"), m_q.from());
    if (Outcome done = Sql::exec(query, QStringLiteral("read the demo's reports")); !done)
        return done;
    QList<StepReport> reports;
    while (query.next()) {
        reports.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString(), query.value(5).toString(),
                        query.value(6).toLongLong(), query.value(7).toDouble()});
    }
    return reports;
}

// A first article at each step's first report (a few failing first), then a patrol whenever
// the step made its plan's N good pieces since the last one.
Outcome DemoStepInspections::stepInspections(const QList<StepReport> &reports)
{
    QHash<QString, double> sincePatrol;
    QList<QPair<QString, qint64>> failedPatrols;
    int firsts = 0, driftPatrols = 0;
    m_q.chooseDrift(reports);
    for (const StepReport &report : reports) {
        const InspectionPlan plan = m_q.plans().firstStep.value(report.productId);
        if (plan.id.isEmpty() || report.machineId.isEmpty())
            continue;
        InspectionInput input;
        input.operationId = report.operationId;
        input.machineId = report.machineId;
        if (!sincePatrol.contains(report.operationId)) {
            sincePatrol.insert(report.operationId, 0);
            m_productOf.insert(report.operationId, report.productId);
            const bool failsFirst = ++firsts % 14 == 5;
            const qint64 passAt = report.atMs - 3 * Minute;
            const qint64 askedAt = passAt - (failsFirst ? 12 : 0) * Minute -
                                   qint64(4 + m_q.random().bounded(26)) * Minute;
            m_q.as("operator", askedAt);
            const Result<QString> request = m_q.ws().inspections()->requestFirstArticle(
                report.operationId, report.machineId, report.employeeId);
            if (!request)
                return request.outcome();
            input.kind = InspectionKind::FirstArticle;
            input.requestId = request.value();
            if (failsFirst) {
                input.entries = m_q.entries(plan, 1, passAt - 12 * Minute, false, 1);
                const Result<InspectionVerdict> failed = m_q.inspect(input, passAt - 12 * Minute);
                if (!failed)
                    return failed.outcome();
                if (Outcome done = m_q.nonconformance(failed.value().inspectionId, 1, "Q01",
                                                  "首件尺寸超差，调刀后重做",
                                                  passAt - 11 * Minute,
                                                  {{Disposition::Scrap, 1}});
                    !done)
                    return done;
            }
            input.entries = m_q.entries(plan, 1, passAt, m_q.drifts(report.productId));
            if (const Result<InspectionVerdict> done = m_q.inspect(input, passAt); !done)
                return done.outcome();
            input.requestId.clear();
        }
        double &made = sincePatrol[report.operationId];
        made += report.good;
        if (plan.patrolPieces <= 0 || report.atMs < m_q.now() - PatrolDays * Day)
            continue;
        const int due = std::min(PatrolsPerReport, int(made / plan.patrolPieces));
        made = std::fmod(made, double(plan.patrolPieces));
        const bool drifting = m_q.drifts(report.productId);
        input.kind = InspectionKind::Patrol;
        for (int j = 0; j < due; ++j) {
            const qint64 at = std::min(m_q.now() - Minute, report.atMs + (2 + 6 * j) * Minute);
            // Now and then the worn tool makes a piece that is out: the patrol fails.
            const bool fails =
                drifting && at > m_q.driftFromMs() && ++driftPatrols % 4 == 2;
            input.entries = m_q.entries(plan, PatrolSamples, at, drifting, fails ? 1 : 0);
            const Result<InspectionVerdict> patrol = m_q.inspect(input, at);
            if (!patrol)
                return patrol.outcome();
            if (!patrol.value().passed)
                failedPatrols.append({patrol.value().inspectionId, at});
        }
    }
    // The pieces made since the last good patrol are sorted: some reworked, one scrapped; the
    // latest still waits for a decision.
    for (qsizetype i = 0; i < failedPatrols.size(); ++i) {
        const bool decide = i + 1 < failedPatrols.size();
        if (Outcome done = m_q.nonconformance(
                failedPatrols.at(i).first, 3, "Q01", "尺寸超上限，刀具磨损",
                failedPatrols.at(i).second + Minute,
                decide ? QList<QPair<Disposition, double>>{{Disposition::Rework, 2},
                                                           {Disposition::Scrap, 1}}
                       : QList<QPair<Disposition, double>>{});
            !done)
            return done;
    }
    return Outcome::success();
}

// A running first step whose machine was set up again after its first article passed gets a
// new first article after that set-up (三检制: the first piece after every set-up).
Outcome DemoStepInspections::afterSetUps()
{
    QSqlQuery query(m_q.ws().database().connection());
    query.prepare(QStringLiteral(
        "SELECT * FROM (SELECT o.id, o.machine_id, (SELECT max(e.at) FROM machine_status_events "
        "e WHERE e.machine_id = o.machine_id AND e.status = 'setup' AND (e.operation_id IS NULL "
        "OR e.operation_id = o.id) AND e.at <= :now) AS setup, (SELECT max(i.at) FROM "
        "inspections i WHERE i.operation_id = o.id AND i.kind = 'first_article' AND i.result = "
        "'pass') AS passed, w.state AS state FROM work_order_operations o JOIN work_orders w ON w.id = "
        "o.work_order_id WHERE o.seq = 10 AND o.deleted = 0 AND o.machine_id IS NOT NULL AND "
        "w.state IN ('released', 'in_progress', 'on_hold')) WHERE passed IS NOT NULL AND setup "
        "> passed ORDER BY setup"));
    query.bindValue(QStringLiteral(":now"), m_q.now());
    if (Outcome done = Sql::exec(query, QStringLiteral("read the demo's set-ups")); !done)
        return done;
    QList<QStringList> steps; // operation, machine, set-up time, state
    while (query.next())
        steps.append({query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toString(), query.value(4).toString()});
    // The latest set-up of an order in progress: its first article waits now (等待首检).
    for (auto it = steps.crbegin(); it != steps.crend() && m_waitingOperation.isEmpty(); ++it) {
        if (it->at(3) == QLatin1String("in_progress")) {
            m_waitingOperation = it->at(0);
            m_waitingMachine = it->at(1);
        }
    }
    for (const QStringList &step : std::as_const(steps)) {
        const QString &operation = step.at(0);
        if (operation == m_waitingOperation)
            continue;
        const qint64 setUp = step.at(2).toLongLong();
        const qint64 passAt =
            std::min(m_q.now() - Minute, setUp + qint64(15 + m_q.random().bounded(20)) * Minute);
        m_q.as("operator", std::min(passAt - Minute, setUp + 8 * Minute));
        const Result<QString> request =
            m_q.ws().inspections()->requestFirstArticle(operation, step.at(1), QString());
        if (!request)
            return request.outcome();
        InspectionInput input;
        input.kind = InspectionKind::FirstArticle;
        input.operationId = operation;
        input.machineId = step.at(1);
        input.requestId = request.value();
        input.entries = m_q.entries(m_q.plans().firstStep.value(m_productOf.value(operation)), 1, passAt,
                                m_q.drifts(m_productOf.value(operation)));
        if (const Result<InspectionVerdict> done = m_q.inspect(input, passAt); !done)
            return done.outcome();
    }
    return Outcome::success();
}

// A first article the station reported ready a quarter of an hour ago, nobody inspected yet:
// the running first step reported last waits on its machine (等待首检).
Outcome DemoStepInspections::waitingNow(const QList<StepReport> &reports)
{
    if (!m_waitingOperation.isEmpty()) {
        m_q.as("operator", m_q.now() - 17 * Minute);
        return m_q.ws().inspections()
            ->requestFirstArticle(m_waitingOperation, m_waitingMachine, QString())
            .outcome();
    }
    QSqlQuery running(m_q.ws().database().connection());
    running.prepare(QStringLiteral("SELECT state FROM work_orders WHERE id = :id"));
    for (auto it = reports.crbegin(); it != reports.crend(); ++it) {
        running.bindValue(QStringLiteral(":id"), it->workOrderId);
        if (!running.exec() || !running.next() ||
            running.value(0).toString() != QLatin1String("in_progress"))
            continue;
        m_q.as("operator", m_q.now() - 17 * Minute);
        return m_q.ws().inspections()
            ->requestFirstArticle(it->operationId, it->machineId, it->employeeId)
            .outcome();
    }
    return Outcome::success();
}

} // namespace Taktline
