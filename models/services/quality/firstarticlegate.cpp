#include "services/quality/firstarticlegate.h"

#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QVariant>

namespace Taktline {

namespace {

// First-article inspections that count: not a voiding record, and not voided.
const QString CountedFirstArticles = QStringLiteral(
    "i.kind = 'first_article' AND i.operation_id = :op AND i.voids_inspection_id IS NULL "
    "AND NOT EXISTS (SELECT 1 FROM inspections v WHERE v.voids_inspection_id = i.id)");

} // namespace

FirstArticleGate::FirstArticleGate(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<FirstArticleGate::State> FirstArticleGate::state(const QString &operationId) const
{
    return state(operationId, QString());
}

Result<FirstArticleGate::State> FirstArticleGate::state(const QString &operationId,
                                                        const QString &machineId) const
{
    State state;
    QSqlQuery step(m_db);
    step.prepare(QStringLiteral(
        "SELECT o.seq, COALESCE(o.machine_id, '') AS machine_id, w.product_id, p.id AS plan_id, "
        "COALESCE(p.first_article, 0) AS first_article, "
        "COALESCE(p.first_article_gate, 0) AS gate "
        "FROM work_order_operations o JOIN work_orders w ON w.id = o.work_order_id "
        "LEFT JOIN inspection_plans p ON p.product_id = w.product_id "
        "AND p.operation_seq = o.seq AND p.deleted = 0 WHERE o.id = :op"));
    step.bindValue(QStringLiteral(":op"), operationId);
    if (Outcome done = Sql::exec(step, tr("read the step's inspection plan")); !done)
        return done;
    if (!step.next())
        return Outcome::failure(tr("This step does not exist (any more)."));
    state.planId = step.value(QStringLiteral("plan_id")).toString();
    state.required = step.value(QStringLiteral("first_article")).toInt() == 1;
    state.gating = state.required && step.value(QStringLiteral("gate")).toInt() == 1;
    if (!state.required)
        return state;
    const QString machine =
        machineId.isEmpty() ? step.value(QStringLiteral("machine_id")).toString() : machineId;

    // The set-up the first article answers: the machine's latest, or the step's own.
    QSqlQuery setup(m_db);
    setup.prepare(QStringLiteral(
        "SELECT COALESCE(max(at), 0) FROM machine_status_events WHERE status = 'setup' "
        "AND (machine_id = :machine OR operation_id = :op)"));
    setup.bindValue(QStringLiteral(":machine"), machine);
    setup.bindValue(QStringLiteral(":op"), operationId);
    if (Outcome done = Sql::exec(setup, tr("read the machine's latest set-up")); !done)
        return done;
    state.setupAtMs = setup.next() ? setup.value(0).toLongLong() : 0;

    // The latest counted first article since then decides: a pass opens, a fail keeps it shut.
    QSqlQuery latest(m_db);
    latest.prepare(QStringLiteral("SELECT i.result, i.at FROM inspections i WHERE ") +
                   CountedFirstArticles +
                   QStringLiteral(" AND i.at >= :since ORDER BY i.at DESC, i.id DESC"));
    latest.bindValue(QStringLiteral(":op"), operationId);
    latest.bindValue(QStringLiteral(":since"), state.setupAtMs);
    if (Outcome done = Sql::exec(latest, tr("read the step's first articles")); !done)
        return done;
    qint64 lastInspectionAt = -1;
    bool first = true;
    while (latest.next()) {
        const bool pass = latest.value(0).toString() == QLatin1String("pass");
        if (first) {
            lastInspectionAt = latest.value(1).toLongLong();
            state.failed = !pass;
            first = false;
        }
        state.passed = state.passed || pass;
    }
    state.failed = state.failed && !state.passed;

    // The station's request still unanswered: made since the set-up, no inspection since.
    QSqlQuery request(m_db);
    request.prepare(QStringLiteral(
        "SELECT id, at FROM inspection_requests WHERE kind = 'first_article' "
        "AND operation_id = :op AND at >= :since ORDER BY at DESC, id DESC LIMIT 1"));
    request.bindValue(QStringLiteral(":op"), operationId);
    request.bindValue(QStringLiteral(":since"), state.setupAtMs);
    if (Outcome done = Sql::exec(request, tr("read the step's first-article requests")); !done)
        return done;
    if (!state.passed && request.next() && request.value(1).toLongLong() > lastInspectionAt) {
        state.requestId = request.value(0).toString();
        state.waitingSinceMs = request.value(1).toLongLong();
    }
    return state;
}

Outcome FirstArticleGate::allowsGood(const QString &operationId, double good) const
{
    return allowsGood(operationId, good, QString());
}

Outcome FirstArticleGate::allowsGood(const QString &operationId, double good,
                                     const QString &machineId) const
{
    if (!(good > 0))
        return Outcome::success(); // defective and rework pieces are always accepted
    const Result<State> found = state(operationId, machineId);
    if (!found)
        return found.outcome();
    if (!found.value().holdsGood())
        return Outcome::success();
    return Outcome::failure(refusal(found.value()));
}

QString FirstArticleGate::refusal(const State &state)
{
    if (state.failed)
        return tr("The first article failed inspection: no good quantity until a new first "
                  "article passes. Correct the set-up, make a new first article and send it for "
                  "inspection. Defective pieces can still be reported.");
    if (state.waitingSinceMs > 0)
        return tr("The first article waits for inspection: good quantity is accepted only after "
                  "it passes. Defective pieces can still be reported.");
    return tr("The first article has not passed inspection: send the first article for "
              "inspection first; good quantity is accepted only after it passes.");
}

} // namespace Taktline
