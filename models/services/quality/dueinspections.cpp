#include "services/quality/dueinspections.h"

#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Taktline {

// A running step with a plan that asks for first articles or patrols, and its moments.
struct DueStep
{
    DueInspection base; // the subject's fields
    bool firstArticle = false;
    bool gate = false;
    int patrolPieces = 0;
    int patrolMinutes = 0;
    double quantity = 0;
    double good = 0;
    qint64 startedMs = 0; // the first report; 0 when none
    QString requestId;
    qint64 requestMs = 0;
    QString requestMachineId;
    qint64 passMs = 0;       // the latest first article that passed
    qint64 setupMs = 0;      // the machine's latest set-up for this step
    qint64 inspectedMs = 0;  // the latest first article or patrol, whatever its result
};

namespace {

// Inspections that count: not a voiding record, and not voided.
const QString Counts = QStringLiteral(
    "i.voids_inspection_id IS NULL AND NOT EXISTS (SELECT 1 FROM inspections v "
    "WHERE v.voids_inspection_id = i.id)");

qint64 scalar(QSqlQuery &query)
{
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

DueInspections::DueInspections(QSqlDatabase db, qint64 nowMs)
    : m_db(std::move(db))
    , m_nowMs(nowMs)
{}

Result<QList<DueInspection>> DueInspections::build(const QString &machineId) const
{
    QList<DueInspection> due;
    if (Outcome ok = addSteps(machineId, due); !ok)
        return ok;
    if (machineId.isEmpty()) {
        if (Outcome ok = addFinals(due); !ok)
            return ok;
        if (Outcome ok = addIncoming(due); !ok)
            return ok;
    }
    std::stable_sort(due.begin(), due.end(), [](const DueInspection &a, const DueInspection &b) {
        return a.dueSinceMs < b.dueSinceMs;
    });
    return due;
}

Outcome DueInspections::addSteps(const QString &machineId, QList<DueInspection> &due) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT o.id AS op_id, o.seq AS seq, o.name AS op_name, "
        "COALESCE(o.machine_id, '') AS machine_id, COALESCE(m.code, '') AS machine_code, "
        "w.id AS wo_id, w.number AS wo_number, w.quantity AS quantity, p.part_no AS part_no, "
        "p.name AS product_name, pl.id AS plan_id, pl.first_article AS first_article, "
        "pl.first_article_gate AS gate, pl.patrol_pieces AS patrol_pieces, "
        "pl.patrol_minutes AS patrol_minutes, COALESCE(g.good, 0) AS good, "
        "COALESCE(g.first_at, 0) AS first_at "
        "FROM work_order_operations o JOIN work_orders w ON w.id = o.work_order_id "
        "JOIN products p ON p.id = w.product_id "
        "JOIN inspection_plans pl ON pl.product_id = w.product_id AND pl.operation_seq = o.seq "
        "AND pl.deleted = 0 "
        "LEFT JOIN machines m ON m.id = o.machine_id "
        "LEFT JOIN operation_progress g ON g.operation_id = o.id "
        "WHERE o.deleted = 0 AND w.deleted = 0 AND w.state IN ('released', 'in_progress', "
        "'on_hold') AND (pl.first_article = 1 OR pl.patrol_pieces > 0 OR pl.patrol_minutes > 0) "
        "ORDER BY w.number, o.seq"));
    if (Outcome ok = Sql::exec(query, tr("read the steps that may need an inspection")); !ok)
        return ok;
    QList<DueStep> steps;
    const Sql::Row row(query);
    while (query.next()) {
        DueStep s;
        s.base.planId = row.value(QStringLiteral("plan_id")).toString();
        s.base.workOrderId = row.value(QStringLiteral("wo_id")).toString();
        s.base.workOrderNumber = row.value(QStringLiteral("wo_number")).toString();
        s.base.operationId = row.value(QStringLiteral("op_id")).toString();
        s.base.seq = row.value(QStringLiteral("seq")).toInt();
        s.base.operationName = row.value(QStringLiteral("op_name")).toString();
        s.base.machineId = row.value(QStringLiteral("machine_id")).toString();
        s.base.machineCode = row.value(QStringLiteral("machine_code")).toString();
        s.base.partNo = row.value(QStringLiteral("part_no")).toString();
        s.base.productName = row.value(QStringLiteral("product_name")).toString();
        s.firstArticle = row.value(QStringLiteral("first_article")).toBool();
        s.gate = row.value(QStringLiteral("gate")).toBool();
        s.patrolPieces = row.value(QStringLiteral("patrol_pieces")).toInt();
        s.patrolMinutes = row.value(QStringLiteral("patrol_minutes")).toInt();
        s.quantity = row.value(QStringLiteral("quantity")).toDouble();
        s.good = row.value(QStringLiteral("good")).toDouble();
        s.startedMs = row.value(QStringLiteral("first_at")).toLongLong();
        steps.append(s);
    }
    for (DueStep &s : steps) {
        if (Outcome ok = readMoments(s); !ok)
            return ok;
        if (!s.requestMachineId.isEmpty()) {
            s.base.machineId = s.requestMachineId;
        }
        if (!machineId.isEmpty() && s.base.machineId != machineId)
            continue;
        const bool started = s.startedMs > 0;
        const bool finished = s.quantity > 0 && s.good >= s.quantity;
        if (s.firstArticle && (!s.requestId.isEmpty() || (started && !finished))) {
            const bool passed = s.passMs > 0 && s.passMs > s.setupMs;
            if (!s.requestId.isEmpty() || !passed) {
                DueInspection d = s.base;
                d.kind = InspectionKind::FirstArticle;
                d.requestId = s.requestId;
                d.blocking = s.gate;
                if (!s.requestId.isEmpty()) {
                    d.dueSinceMs = s.requestMs;
                    d.why = tr("First article ready, waiting for inspection");
                } else if (s.setupMs > s.startedMs) {
                    d.dueSinceMs = s.setupMs;
                    d.why = tr("No first article passed since the machine was set up");
                } else {
                    d.dueSinceMs = s.startedMs;
                    d.why = tr("No first article passed since the step started");
                }
                due.append(d);
                continue; // the patrol waits for the first article
            }
        }
        if (started && !finished && (s.patrolPieces > 0 || s.patrolMinutes > 0)) {
            if (Outcome ok = addPatrol(s, due); !ok)
                return ok;
        }
    }
    return Outcome::success();
}

Outcome DueInspections::readMoments(DueStep &s) const
{
    const QString op = s.base.operationId;
    QSqlQuery request(m_db);
    request.prepare(QStringLiteral(
        "SELECT r.id AS id, r.at AS at, COALESCE(r.machine_id, '') AS machine_id "
        "FROM inspection_requests r WHERE r.operation_id = :op AND r.kind = 'first_article' "
        "AND NOT EXISTS (SELECT 1 FROM inspections i WHERE i.request_id = r.id AND %1) "
        "ORDER BY r.at, r.id LIMIT 1")
                        .arg(Counts));
    request.bindValue(QStringLiteral(":op"), op);
    if (Outcome ok = Sql::exec(request, tr("read the first-article requests")); !ok)
        return ok;
    if (request.next()) {
        s.requestId = request.value(0).toString();
        s.requestMs = request.value(1).toLongLong();
        s.requestMachineId = request.value(2).toString();
    }
    QSqlQuery pass(m_db);
    pass.prepare(QStringLiteral("SELECT COALESCE(max(i.at), 0) FROM inspections i WHERE "
                                "i.operation_id = :op AND i.kind = 'first_article' AND "
                                "i.result = 'pass' AND %1")
                     .arg(Counts));
    pass.bindValue(QStringLiteral(":op"), op);
    s.passMs = scalar(pass);
    QSqlQuery inspected(m_db);
    inspected.prepare(QStringLiteral("SELECT COALESCE(max(i.at), 0) FROM inspections i WHERE "
                                     "i.operation_id = :op AND i.kind IN ('first_article', "
                                     "'patrol') AND %1")
                          .arg(Counts));
    inspected.bindValue(QStringLiteral(":op"), op);
    s.inspectedMs = scalar(inspected);
    if (!s.base.machineId.isEmpty()) {
        QSqlQuery setup(m_db);
        setup.prepare(QStringLiteral(
            "SELECT COALESCE(max(at), 0) FROM machine_status_events WHERE machine_id = :machine "
            "AND status = 'setup' AND (operation_id IS NULL OR operation_id = :op) AND at <= :now"));
        setup.bindValue(QStringLiteral(":machine"), s.base.machineId);
        setup.bindValue(QStringLiteral(":op"), op);
        setup.bindValue(QStringLiteral(":now"), m_nowMs);
        s.setupMs = scalar(setup);
        // A set-up before the step started belongs to the start itself.
        if (s.startedMs > 0 && s.setupMs < s.startedMs && s.passMs == 0)
            s.setupMs = 0;
    }
    return Outcome::success();
}

Outcome DueInspections::addPatrol(const DueStep &s, QList<DueInspection> &due) const
{
    const qint64 since = s.inspectedMs > 0 ? s.inspectedMs : s.startedMs;
    qint64 byPieces = 0;
    double made = 0;
    if (s.patrolPieces > 0) {
        QSqlQuery reports(m_db);
        reports.prepare(QStringLiteral(
            "SELECT r.good, r.reported_at FROM production_reports r WHERE r.operation_id = :op "
            "AND r.voids_report_id IS NULL AND NOT EXISTS (SELECT 1 FROM production_reports v "
            "WHERE v.voids_report_id = r.id) AND r.reported_at %1 :since ORDER BY r.reported_at")
                            .arg(s.inspectedMs > 0 ? QStringLiteral(">") : QStringLiteral(">=")));
        reports.bindValue(QStringLiteral(":op"), s.base.operationId);
        reports.bindValue(QStringLiteral(":since"), since);
        if (Outcome ok = Sql::exec(reports, tr("read the reports since the last inspection")); !ok)
            return ok;
        while (reports.next()) {
            made += reports.value(0).toDouble();
            if (byPieces == 0 && made >= s.patrolPieces)
                byPieces = reports.value(1).toLongLong();
        }
    }
    const qint64 minutesMs = qint64(s.patrolMinutes) * 60 * 1000;
    const qint64 byMinutes = s.patrolMinutes > 0 && m_nowMs - since >= minutesMs ? since + minutesMs
                                                                                  : 0;
    if (byPieces == 0 && byMinutes == 0)
        return Outcome::success();
    DueInspection d = s.base;
    d.kind = InspectionKind::Patrol;
    if (byPieces > 0 && (byMinutes == 0 || byPieces <= byMinutes)) {
        d.dueSinceMs = byPieces;
        d.why = tr("Patrol every %1 pieces: %2 made since the last inspection")
                    .arg(s.patrolPieces)
                    .arg(made);
    } else {
        d.dueSinceMs = byMinutes;
        d.why = tr("Patrol every %1 minutes: %2 minutes since the last inspection")
                    .arg(s.patrolMinutes)
                    .arg((m_nowMs - since) / 60000);
    }
    due.append(d);
    return Outcome::success();
}

Outcome DueInspections::addFinals(QList<DueInspection> &due) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT w.id AS wo_id, w.number AS wo_number, w.updated_at AS at, p.part_no AS part_no, "
        "p.name AS product_name, pl.id AS plan_id FROM work_orders w "
        "JOIN products p ON p.id = w.product_id JOIN inspection_plans pl ON pl.product_id = "
        "w.product_id AND pl.operation_seq = 0 AND pl.final = 1 AND pl.deleted = 0 "
        "WHERE w.deleted = 0 AND w.state = 'completed' AND NOT EXISTS (SELECT 1 FROM "
        "inspections i WHERE i.work_order_id = w.id AND i.kind = 'final' AND %1)")
                      .arg(Counts));
    if (Outcome ok = Sql::exec(query, tr("read the orders due for final inspection")); !ok)
        return ok;
    const Sql::Row row(query);
    while (query.next()) {
        DueInspection d;
        d.kind = InspectionKind::Final;
        d.planId = row.value(QStringLiteral("plan_id")).toString();
        d.workOrderId = row.value(QStringLiteral("wo_id")).toString();
        d.workOrderNumber = row.value(QStringLiteral("wo_number")).toString();
        d.partNo = row.value(QStringLiteral("part_no")).toString();
        d.productName = row.value(QStringLiteral("product_name")).toString();
        d.dueSinceMs = row.value(QStringLiteral("at")).toLongLong();
        d.why = tr("Order completed, its lot is not inspected yet");
        due.append(d);
    }
    return Outcome::success();
}

Outcome DueInspections::addIncoming(QList<DueInspection> &due) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT l.id AS lot_id, l.lot_no AS lot_no, l.created_at AS at, l.supplier AS supplier, "
        "p.part_no AS part_no, p.name AS product_name, pl.id AS plan_id FROM material_lots l "
        "JOIN products p ON p.id = l.product_id JOIN inspection_plans pl ON pl.product_id = "
        "l.product_id AND pl.operation_seq = 0 AND pl.incoming = 1 AND pl.deleted = 0 "
        "WHERE l.deleted = 0 AND NOT EXISTS (SELECT 1 FROM inspections i WHERE i.lot_id = l.id "
        "AND i.kind = 'incoming' AND %1)")
                      .arg(Counts));
    if (Outcome ok = Sql::exec(query, tr("read the lots due for incoming inspection")); !ok)
        return ok;
    const Sql::Row row(query);
    while (query.next()) {
        DueInspection d;
        d.kind = InspectionKind::Incoming;
        d.planId = row.value(QStringLiteral("plan_id")).toString();
        d.lotId = row.value(QStringLiteral("lot_id")).toString();
        d.lotNo = row.value(QStringLiteral("lot_no")).toString();
        d.partNo = row.value(QStringLiteral("part_no")).toString();
        d.productName = row.value(QStringLiteral("product_name")).toString();
        d.dueSinceMs = row.value(QStringLiteral("at")).toLongLong();
        d.why = tr("Received from %1, not inspected yet").arg(row.value(QStringLiteral("supplier")).toString());
        due.append(d);
    }
    return Outcome::success();
}

} // namespace Taktline
