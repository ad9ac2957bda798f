#include "demo/demoquality.h"

#include "demo/demoqualityplans.h"
#include "domain/role.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/quality/inspectionservice.h"
#include "services/quality/nonconformanceservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Taktline {

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Day = 24 * 60 * Minute;
constexpr int PatrolSamples = 5;
constexpr int PatrolDays = 30;  // patrols over the last month only: enough for the charts
constexpr int PatrolsPerReport = 4;
// However large the factory, the quality history stays a demo's: the latest steps, finished
// orders and received lots only, so the demo's time grows with the orders no more than before.
constexpr int MaxSteps = 400;
constexpr int MaxFinals = 150;
constexpr int MaxLots = 80;

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

// One report of an order's first step, oldest first.
struct StepReport
{
    QString operationId, workOrderId, productId, machineId, machineCode, employeeId;
    qint64 atMs = 0;
    double good = 0;
};

// Makes the facts in time order, signing in as whoever does each.
class QualityBuilder
{
public:
    QualityBuilder(Workspace &ws, const DemoQualityPlans &plans, int days)
        : m_ws(ws), m_plans(plans), m_now(ws.clock().nowMs()), m_from(m_now - qint64(days) * Day)
    {
    }

    Outcome build()
    {
        if (Outcome done = readUsers(); !done)
            return done;
        const Result<QList<StepReport>> reports = firstStepReports();
        if (!reports)
            return reports.outcome();
        if (Outcome done = stepInspections(reports.value()); !done)
            return done;
        if (Outcome done = finalInspections(); !done)
            return done;
        if (Outcome done = incomingInspections(); !done)
            return done;
        if (Outcome done = afterSetUps(); !done)
            return done;
        return waitingNow(reports.value());
    }

private:
    Outcome readUsers()
    {
        QSqlQuery query(m_ws.database().connection());
        query.prepare(QStringLiteral(
            "SELECT id, username, display_name, role FROM users WHERE deleted = 0"));
        if (Outcome done = Sql::exec(query, QStringLiteral("read the demo's accounts")); !done)
            return done;
        while (query.next()) {
            m_users.insert(query.value(1).toString(),
                           {query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toString(),
                            roleFromKey(query.value(3).toString()).value_or(Role::Operator)});
        }
        return m_users.contains(QStringLiteral("operator")) &&
                       m_users.contains(QStringLiteral("supervisor")) &&
                       m_users.contains(QStringLiteral("owner"))
                   ? Outcome::success()
                   : Outcome::failure(QStringLiteral("the demo lacks an account"));
    }

    void as(const char *username, qint64 atMs)
    {
        m_ws.access()->signIn(m_users.value(QString::fromLatin1(username)));
        m_ws.setClock(Clock::fixedAt(atMs));
    }

    Result<QList<StepReport>> firstStepReports()
    {
        QSqlQuery query(m_ws.database().connection());
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
        query.bindValue(QStringLiteral(":from"), m_from);
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

    // A reading of C scattering normally around its nominal (σ: an eighth of the tolerance), on
    // the drifting product's first figure moving up over the second half of its patrols.
    double reading(const Characteristic &c, qint64 atMs, bool drifting)
    {
        const double nominal = c.nominal.value_or(0);
        const double upper = c.upper.value_or(nominal + (nominal - c.lower.value_or(nominal)));
        const double lower = c.lower.value_or(std::max(0.0, 2 * nominal - upper));
        const double sigma = std::max(1e-6, (upper - lower) / 8.0);
        const double u1 = std::max(1e-9, m_random.generateDouble());
        const double u2 = m_random.generateDouble();
        double mean = nominal;
        if (drifting && atMs > m_driftFromMs)
            mean += 0.6 * (upper - nominal) * double(atMs - m_driftFromMs) /
                    double(std::max<qint64>(1, m_driftToMs - m_driftFromMs));
        double value = mean + sigma * std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
        const double step = sigma >= 1 ? 1 : sigma >= 0.1 ? 0.01 : 0.001;
        return std::round(std::max(0.0, value) / step) * step;
    }

    // SAMPLES pieces of PLAN's characteristics (measured ones not required: the first five
    // pieces); BAD: the pieces found not ok (the first characteristic out of its limits).
    QList<InspectionEntry> entries(const InspectionPlan &plan, int samples, qint64 atMs,
                                   bool drifting, int bad = 0)
    {
        QList<InspectionEntry> list;
        for (int s = 1; s <= samples; ++s) {
            for (const Characteristic &c : plan.characteristics) {
                InspectionEntry entry{c.id, s, std::nullopt, QString()};
                const bool outside = c.seq == 1 && s > samples - bad;
                if (c.kind == CharacteristicKind::PassFail) {
                    entry.text = outside ? QStringLiteral("fail") : QStringLiteral("pass");
                } else if (c.kind == CharacteristicKind::Measured) {
                    if (!c.required && s > 5)
                        continue;
                    entry.value = outside ? *c.upper + (*c.upper - c.nominal.value_or(0)) * 0.4
                                          : reading(c, atMs, drifting && c.seq == 1);
                    entry.value = std::round(*entry.value * 1000) / 1000;
                } else {
                    continue;
                }
                list.append(entry);
            }
        }
        return list;
    }

    bool drifts(const StepReport &report) const { return report.productId == m_drifting; }

    // The product whose first step gets the most patrols in the month drifts (its tool wears)
    // over the second half of that time: its chart is the fullest and shows the signal.
    void chooseDrift(const QList<StepReport> &reports)
    {
        QHash<QString, double> patrols;
        QHash<QString, QPair<qint64, qint64>> span;
        for (const StepReport &r : reports) {
            const int every = m_plans.firstStep.value(r.productId).patrolPieces;
            if (r.atMs < m_now - PatrolDays * Day || every <= 0)
                continue;
            auto &[from, to] = span[r.productId];
            from = from == 0 ? r.atMs : std::min(from, r.atMs);
            to = std::max(to, r.atMs);
            patrols[r.productId] += std::min(double(PatrolsPerReport), r.good / every);
            if (m_drifting.isEmpty() || patrols.value(r.productId) > patrols.value(m_drifting))
                m_drifting = r.productId;
        }
        const auto [from, to] = span.value(m_drifting);
        m_driftFromMs = from + (to - from) / 2;
        m_driftToMs = to + PatrolsPerReport * 6 * Minute;
    }

    Result<InspectionVerdict> inspect(InspectionInput input, qint64 atMs)
    {
        as("supervisor", atMs);
        return m_ws.inspections()->record(input);
    }

    // A nonconformance of QUANTITY pieces found by INSPECTION_ID, and what is done with them.
    Outcome nonconformance(const QString &inspectionId, double quantity, const char *reason,
                           const char *description, qint64 atMs,
                           const QList<QPair<Disposition, double>> &dispositions)
    {
        as("supervisor", atMs);
        NonconformanceInput input;
        input.inspectionId = inspectionId;
        input.quantity = quantity;
        const Result<QString> reasonId =
            m_ws.masterData()->idForCode(MasterDataKind::DefectReason, u(reason));
        input.defectReasonId = reasonId ? reasonId.value() : QString();
        input.description = u(description);
        const Result<QString> nc = m_ws.nonconformances()->open(input);
        if (!nc)
            return nc.outcome();
        for (qsizetype i = 0; i < dispositions.size(); ++i) {
            as("supervisor", atMs + (i + 1) * 40 * Minute);
            DispositionInput decision;
            decision.nonconformanceId = nc.value();
            decision.disposition = dispositions.at(i).first;
            decision.quantity = dispositions.at(i).second;
            if (dispositionNeedsApproval(decision.disposition))
                decision.approverUserId = m_users.value(QStringLiteral("owner")).userId;
            decision.deductWages = decision.disposition == Disposition::Scrap && i == 0 &&
                                   m_deducted++ == 0;
            if (const Result<QString> done = m_ws.nonconformances()->dispose(decision); !done)
                return done.outcome();
        }
        return Outcome::success();
    }

    // A first article at each step's first report (a few failing first), then a patrol whenever
    // the step made its plan's N good pieces since the last one.
    Outcome stepInspections(const QList<StepReport> &reports)
    {
        QHash<QString, double> sincePatrol;
        QList<QPair<QString, qint64>> failedPatrols;
        int firsts = 0, driftPatrols = 0;
        chooseDrift(reports);
        for (const StepReport &report : reports) {
            const InspectionPlan plan = m_plans.firstStep.value(report.productId);
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
                                       qint64(4 + m_random.bounded(26)) * Minute;
                as("operator", askedAt);
                const Result<QString> request = m_ws.inspections()->requestFirstArticle(
                    report.operationId, report.machineId, report.employeeId);
                if (!request)
                    return request.outcome();
                input.kind = InspectionKind::FirstArticle;
                input.requestId = request.value();
                if (failsFirst) {
                    input.entries = entries(plan, 1, passAt - 12 * Minute, false, 1);
                    const Result<InspectionVerdict> failed = inspect(input, passAt - 12 * Minute);
                    if (!failed)
                        return failed.outcome();
                    if (Outcome done = nonconformance(failed.value().inspectionId, 1, "Q01",
                                                      "首件尺寸超差，调刀后重做",
                                                      passAt - 11 * Minute,
                                                      {{Disposition::Scrap, 1}});
                        !done)
                        return done;
                }
                input.entries = entries(plan, 1, passAt, drifts(report));
                if (const Result<InspectionVerdict> done = inspect(input, passAt); !done)
                    return done.outcome();
                input.requestId.clear();
            }
            double &made = sincePatrol[report.operationId];
            made += report.good;
            if (plan.patrolPieces <= 0 || report.atMs < m_now - PatrolDays * Day)
                continue;
            const int due = std::min(PatrolsPerReport, int(made / plan.patrolPieces));
            made = std::fmod(made, double(plan.patrolPieces));
            const bool drifting = drifts(report);
            input.kind = InspectionKind::Patrol;
            for (int j = 0; j < due; ++j) {
                const qint64 at = std::min(m_now - Minute, report.atMs + (2 + 6 * j) * Minute);
                // Now and then the worn tool makes a piece that is out: the patrol fails.
                const bool fails =
                    drifting && at > m_driftFromMs && ++driftPatrols % 4 == 2;
                input.entries = entries(plan, PatrolSamples, at, drifting, fails ? 1 : 0);
                const Result<InspectionVerdict> patrol = inspect(input, at);
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
            if (Outcome done = nonconformance(
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

    Outcome finalInspections();
    Outcome incomingInspections();
    Outcome afterSetUps();
    Outcome waitingNow(const QList<StepReport> &reports);

    Workspace &m_ws;
    const DemoQualityPlans &m_plans;
    const qint64 m_now;
    const qint64 m_from;
    QRandomGenerator m_random{20261206};
    QHash<QString, UserSession> m_users;
    int m_deducted = 0;
    QString m_drifting; // product id
    QHash<QString, QString> m_productOf; // first step (operation id) → product id
    QString m_waitingOperation, m_waitingMachine; // the first article waiting now
    qint64 m_driftFromMs = 0, m_driftToMs = 0;
};

// Each finished order's lot sampled at AQL 1.0 level II; the third fails on its looks and is
// partly repaired, partly accepted on concession.
Outcome QualityBuilder::finalInspections()
{
    QSqlQuery query(m_ws.database().connection());
    query.prepare(QStringLiteral(
        "SELECT w.id, w.product_id, (SELECT sum(r.good) FROM production_reports r JOIN "
        "work_order_operations o ON o.id = r.operation_id WHERE o.work_order_id = w.id AND "
        "o.seq = (SELECT max(x.seq) FROM work_order_operations x WHERE x.work_order_id = w.id "
        "AND x.deleted = 0)) AS lot, (SELECT max(r.reported_at) FROM production_reports r WHERE "
        "r.work_order_id = w.id) AS last FROM work_orders w WHERE w.state = 'completed' AND "
        "w.deleted = 0 AND last >= :from AND lot >= 2 ORDER BY last DESC LIMIT :finals"));
    query.bindValue(QStringLiteral(":finals"), MaxFinals);
    query.bindValue(QStringLiteral(":from"), m_from);
    if (Outcome done = Sql::exec(query, QStringLiteral("read the demo's finished orders")); !done)
        return done;
    QList<QVariantList> orders; // newest first: inspected oldest first
    while (query.next())
        orders.prepend({query.value(0), query.value(1), query.value(2), query.value(3)});
    int made = 0;
    for (const QVariantList &order : std::as_const(orders)) {
        const InspectionPlan plan = m_plans.finished.value(order.at(1).toString());
        const qint64 at = std::min(m_now - 5 * Minute, order.at(3).toLongLong() + 40 * Minute);
        m_ws.setClock(Clock::fixedAt(at));
        const Result<SamplingPlan> sampling =
            m_ws.inspections()->samplingFor(plan.id, order.at(2).toDouble());
        if (plan.id.isEmpty() || !sampling || sampling.value().sampleSize > 80)
            continue;
        const bool fails = ++made == 3;
        InspectionInput input;
        input.kind = InspectionKind::Final;
        input.workOrderId = order.at(0).toString();
        input.lotSize = order.at(2).toDouble();
        const int bad = fails ? std::min(sampling.value().sampleSize,
                                         std::max(2, sampling.value().reject))
                              : 0;
        input.entries = entries(plan, sampling.value().sampleSize, at, false, bad);
        const Result<InspectionVerdict> final = inspect(input, at);
        if (!final)
            return final.outcome();
        if (bad >= 2 && !final.value().passed) {
            if (Outcome done = nonconformance(
                    final.value().inspectionId, bad, "Q02", "成品外观划伤", at + Minute,
                    {{Disposition::Repair, bad - 1}, {Disposition::Concession, 1}});
                !done)
                return done;
        }
    }
    return Outcome::success();
}

// Purchased castings, gears and seals checked on arrival (AQL 2.5); one casting lot is bad and
// goes back to the supplier.
Outcome QualityBuilder::incomingInspections()
{
    QSqlQuery query(m_ws.database().connection());
    query.prepare(QStringLiteral("SELECT lot_no, product_id, received_qty, created_at FROM "
                                 "material_lots WHERE deleted = 0 AND product_id IN (SELECT product_id "
                                 "FROM inspection_plans WHERE incoming = 1 AND deleted = 0) "
                                 "ORDER BY created_at DESC, "
                                 "lot_no DESC LIMIT :lots"));
    query.bindValue(QStringLiteral(":lots"), MaxLots);
    if (Outcome done = Sql::exec(query, QStringLiteral("read the demo's lots")); !done)
        return done;
    QList<QVariantList> lots; // newest first: inspected oldest first
    while (query.next())
        lots.prepend({query.value(0), query.value(1), query.value(2), query.value(3)});
    int made = 0;
    for (const QVariantList &lot : std::as_const(lots)) {
        const InspectionPlan plan = m_plans.incoming.value(lot.at(1).toString());
        const qint64 at = std::min(m_now - 5 * Minute, lot.at(3).toLongLong() + 90 * Minute);
        m_ws.setClock(Clock::fixedAt(at));
        // Lots received in the last two days still wait for the inspector (待检).
        if (plan.id.isEmpty() || lot.at(3).toLongLong() > m_now - 2 * Day)
            continue;
        const Result<SamplingPlan> sampling =
            m_ws.inspections()->samplingFor(plan.id, lot.at(2).toDouble());
        if (!sampling || sampling.value().sampleSize > 200)
            continue;
        const bool fails = ++made == 4;
        InspectionInput input;
        input.kind = InspectionKind::Incoming;
        input.lotCode = lot.at(0).toString();
        input.lotSize = lot.at(2).toDouble();
        const int bad = fails ? sampling.value().reject : 0;
        input.entries = entries(plan, sampling.value().sampleSize, at, false, bad);
        const Result<InspectionVerdict> incoming = inspect(input, at);
        if (!incoming)
            return incoming.outcome();
        if (fails && !incoming.value().passed) {
            if (Outcome done = nonconformance(incoming.value().inspectionId, bad, "Q06",
                                              "铸件砂眼、裂纹", at + Minute,
                                              {{Disposition::ReturnToSupplier, bad}});
                !done)
                return done;
        }
    }
    return Outcome::success();
}

// A running first step whose machine was set up again after its first article passed gets a
// new first article after that set-up (三检制: the first piece after every set-up).
Outcome QualityBuilder::afterSetUps()
{
    QSqlQuery query(m_ws.database().connection());
    query.prepare(QStringLiteral(
        "SELECT * FROM (SELECT o.id, o.machine_id, (SELECT max(e.at) FROM machine_status_events "
        "e WHERE e.machine_id = o.machine_id AND e.status = 'setup' AND (e.operation_id IS NULL "
        "OR e.operation_id = o.id) AND e.at <= :now) AS setup, (SELECT max(i.at) FROM "
        "inspections i WHERE i.operation_id = o.id AND i.kind = 'first_article' AND i.result = "
        "'pass') AS passed, w.state AS state FROM work_order_operations o JOIN work_orders w ON w.id = "
        "o.work_order_id WHERE o.seq = 10 AND o.deleted = 0 AND o.machine_id IS NOT NULL AND "
        "w.state IN ('released', 'in_progress', 'on_hold')) WHERE passed IS NOT NULL AND setup "
        "> passed ORDER BY setup"));
    query.bindValue(QStringLiteral(":now"), m_now);
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
            std::min(m_now - Minute, setUp + qint64(15 + m_random.bounded(20)) * Minute);
        as("operator", std::min(passAt - Minute, setUp + 8 * Minute));
        const Result<QString> request =
            m_ws.inspections()->requestFirstArticle(operation, step.at(1), QString());
        if (!request)
            return request.outcome();
        InspectionInput input;
        input.kind = InspectionKind::FirstArticle;
        input.operationId = operation;
        input.machineId = step.at(1);
        input.requestId = request.value();
        input.entries = entries(m_plans.firstStep.value(m_productOf.value(operation)), 1, passAt,
                                m_productOf.value(operation) == m_drifting);
        if (const Result<InspectionVerdict> done = inspect(input, passAt); !done)
            return done.outcome();
    }
    return Outcome::success();
}

// A first article the station reported ready a quarter of an hour ago, nobody inspected yet:
// the running first step reported last waits on its machine (等待首检).
Outcome QualityBuilder::waitingNow(const QList<StepReport> &reports)
{
    if (!m_waitingOperation.isEmpty()) {
        as("operator", m_now - 17 * Minute);
        return m_ws.inspections()
            ->requestFirstArticle(m_waitingOperation, m_waitingMachine, QString())
            .outcome();
    }
    QSqlQuery running(m_ws.database().connection());
    running.prepare(QStringLiteral("SELECT state FROM work_orders WHERE id = :id"));
    for (auto it = reports.crbegin(); it != reports.crend(); ++it) {
        running.bindValue(QStringLiteral(":id"), it->workOrderId);
        if (!running.exec() || !running.next() ||
            running.value(0).toString() != QLatin1String("in_progress"))
            continue;
        as("operator", m_now - 17 * Minute);
        return m_ws.inspections()
            ->requestFirstArticle(it->operationId, it->machineId, it->employeeId)
            .outcome();
    }
    return Outcome::success();
}

} // namespace

Outcome buildDemoQuality(Workspace &workspace, int days)
{
    const Clock factoryClock = workspace.clock();
    const auto restore = qScopeGuard([&workspace, factoryClock] {
        workspace.setClock(factoryClock);
        workspace.access()->signInAsSystem();
    });
    const Result<DemoQualityPlans> plans = buildDemoQualityPlans(workspace);
    if (!plans)
        return plans.outcome();
    return QualityBuilder(workspace, plans.value(), days).build();
}

} // namespace Taktline
