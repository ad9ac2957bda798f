#include "storage/station/productionrepository.h"

#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QVariant>

namespace Taktline {

namespace {

const QString ReportColumns = QStringLiteral(
    "id, work_order_id, operation_id, COALESCE(machine_id, ''), COALESCE(employee_id, ''), good, "
    "defective, rework, COALESCE(defect_reason_id, ''), material_lot, COALESCE(voids_report_id, ''), "
    "reason, reported_at, device_id, user_id");

// Reports that count: not a voiding record, and not voided.
const QString Counts = QStringLiteral(
    "voids_report_id IS NULL AND NOT EXISTS (SELECT 1 FROM production_reports v "
    "WHERE v.voids_report_id = production_reports.id)");

ProductionReport reportFrom(const QSqlQuery &query)
{
    ProductionReport r;
    r.id = query.value(0).toString();
    r.workOrderId = query.value(1).toString();
    r.operationId = query.value(2).toString();
    r.machineId = query.value(3).toString();
    r.employeeId = query.value(4).toString();
    r.good = query.value(5).toDouble();
    r.defective = query.value(6).toDouble();
    r.rework = query.value(7).toDouble();
    r.defectReasonId = query.value(8).toString();
    r.materialLot = query.value(9).toString();
    r.voidsReportId = query.value(10).toString();
    r.reason = query.value(11).toString();
    r.reportedAtMs = query.value(12).toLongLong();
    r.deviceId = query.value(13).toString();
    r.userId = query.value(14).toString();
    return r;
}

OperationProgress progressFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toDouble(), query.value(2).toDouble(),
            query.value(3).toDouble(),  query.value(4).toInt(),    query.value(5).toLongLong(),
            query.value(6).toLongLong()};
}

MachineStatusEvent eventFrom(const QSqlQuery &query)
{
    MachineStatusEvent e;
    e.id = query.value(0).toString();
    e.machineId = query.value(1).toString();
    e.status = machineStatusFromKey(query.value(2).toString()).value_or(MachineStatus::Idle);
    e.downtimeReasonId = query.value(3).toString();
    e.operationId = query.value(4).toString();
    e.employeeId = query.value(5).toString();
    e.atMs = query.value(6).toLongLong();
    return e;
}

const QString EventColumns = QStringLiteral(
    "id, machine_id, status, COALESCE(downtime_reason_id, ''), COALESCE(operation_id, ''), "
    "COALESCE(employee_id, ''), at");

const QString ProgressColumns = QStringLiteral(
    "operation_id, sum(good), sum(defective), sum(rework), count(*), min(reported_at), max(reported_at)");

} // namespace

ProductionRepository::ProductionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Outcome ProductionRepository::insertReport(const ProductionReport &r)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO production_reports (id, work_order_id, operation_id, machine_id, employee_id, "
        "good, defective, rework, defect_reason_id, material_lot, voids_report_id, reason, "
        "reported_at, device_id, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values = {r.id, r.workOrderId, r.operationId, Sql::nullable(r.machineId),
                                 Sql::nullable(r.employeeId), r.good, r.defective, r.rework,
                                 Sql::nullable(r.defectReasonId), Sql::text(r.materialLot),
                                 Sql::nullable(r.voidsReportId), Sql::text(r.reason), r.reportedAtMs,
                                 Sql::text(r.deviceId), Sql::text(r.userId)};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return Sql::exec(query, tr("save the production report"));
}

Result<ProductionReport> ProductionRepository::findReport(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM production_reports WHERE id = ?").arg(ReportColumns));
    query.bindValue(0, id);
    if (Outcome done = Sql::exec(query, tr("read the production report")); !done)
        return done;
    if (!query.next())
        return Outcome::failure(tr("The production report no longer exists."));
    return reportFrom(query);
}

bool ProductionRepository::isVoided(const QString &reportId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM production_reports WHERE voids_report_id = ?"));
    query.bindValue(0, reportId);
    return query.exec() && query.next();
}

Result<std::optional<ProductionReport>> ProductionRepository::lastReport(const QString &operationId,
                                                                         const QString &employeeId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM production_reports WHERE operation_id = ? AND "
                                 "employee_id IS ? AND %2 ORDER BY reported_at DESC LIMIT 1")
                      .arg(ReportColumns, Counts));
    query.bindValue(0, operationId);
    query.bindValue(1, Sql::nullable(employeeId));
    if (Outcome done = Sql::exec(query, tr("read the last report")); !done)
        return done;
    if (!query.next())
        return std::optional<ProductionReport>();
    return std::optional<ProductionReport>(reportFrom(query));
}

Result<OperationProgress> ProductionRepository::progress(const QString &operationId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM production_reports WHERE operation_id = ? AND %2")
                      .arg(ProgressColumns, Counts));
    query.bindValue(0, operationId);
    if (Outcome done = Sql::exec(query, tr("read the progress")); !done)
        return done;
    OperationProgress progress;
    if (query.next() && !query.value(0).isNull())
        progress = progressFrom(query);
    progress.operationId = operationId;
    return progress;
}

Result<QHash<QString, OperationProgress>> ProductionRepository::progressForWorkOrder(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM production_reports WHERE operation_id IN (SELECT id "
                                 "FROM work_order_operations WHERE work_order_id = ?) AND %2 "
                                 "GROUP BY operation_id")
                      .arg(ProgressColumns, Counts));
    query.bindValue(0, workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the progress")); !done)
        return done;
    QHash<QString, OperationProgress> result;
    while (query.next())
        result.insert(query.value(0).toString(), progressFrom(query));
    return result;
}

Result<QHash<QString, OperationProgress>> ProductionRepository::progressForOperations(const QStringList &operationIds) const
{
    QHash<QString, OperationProgress> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM production_reports WHERE operation_id = ? AND %2")
                      .arg(ProgressColumns, Counts));
    for (const QString &id : operationIds) {
        query.bindValue(0, id);
        if (Outcome done = Sql::exec(query, tr("read the progress")); !done)
            return done;
        if (query.next() && !query.value(0).isNull())
            result.insert(id, progressFrom(query));
    }
    return result;
}

Result<QList<ProductionReport>> ProductionRepository::reports(qint64 fromMs, qint64 toMs,
                                                              const QString &employeeId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM production_reports WHERE reported_at >= ? AND "
                                 "reported_at < ? AND %2 %3 ORDER BY reported_at")
                      .arg(ReportColumns, Counts,
                           employeeId.isEmpty() ? QString() : QStringLiteral("AND employee_id = ?")));
    query.bindValue(0, fromMs);
    query.bindValue(1, toMs);
    if (!employeeId.isEmpty())
        query.bindValue(2, employeeId);
    if (Outcome done = Sql::exec(query, tr("read the production reports")); !done)
        return done;
    QList<ProductionReport> result;
    while (query.next())
        result.append(reportFrom(query));
    return result;
}

Result<QList<ReportEntry>> ProductionRepository::entries(const QString &workOrderId,
                                                         const QString &operationId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT r.id, r.work_order_id, r.operation_id, COALESCE(r.machine_id, ''), "
        "COALESCE(r.employee_id, ''), r.good, r.defective, r.rework, COALESCE(r.defect_reason_id, ''), "
        "r.material_lot, '', r.reason, r.reported_at, r.device_id, r.user_id, "
        "v.reason, v.reported_at, a.approved_at FROM production_reports r "
        "LEFT JOIN production_reports v ON v.voids_report_id = r.id "
        "LEFT JOIN report_approvals a ON a.report_id = r.id "
        "WHERE r.work_order_id = ? AND r.voids_report_id IS NULL %1 ORDER BY r.reported_at DESC")
                      .arg(operationId.isEmpty() ? QString() : QStringLiteral("AND r.operation_id = ?")));
    query.bindValue(0, workOrderId);
    if (!operationId.isEmpty())
        query.bindValue(1, operationId);
    if (Outcome done = Sql::exec(query, tr("read the production reports")); !done)
        return done;
    QList<ReportEntry> result;
    while (query.next()) {
        ReportEntry entry;
        entry.report = reportFrom(query);
        entry.voided = !query.value(16).isNull();
        entry.voidReason = query.value(15).toString();
        entry.voidedAtMs = query.value(16).toLongLong();
        entry.approved = !query.value(17).isNull();
        entry.approvedAtMs = query.value(17).toLongLong();
        result.append(entry);
    }
    return result;
}

Outcome ProductionRepository::insertApproval(const QString &id, const QString &reportId, qint64 atMs,
                                             const QString &deviceId, const QString &userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO report_approvals (id, report_id, approved_at, device_id, user_id) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.bindValue(0, id);
    query.bindValue(1, reportId);
    query.bindValue(2, atMs);
    query.bindValue(3, Sql::text(deviceId));
    query.bindValue(4, Sql::text(userId));
    return Sql::exec(query, tr("save the approval"));
}

bool ProductionRepository::isApproved(const QString &reportId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM report_approvals WHERE report_id = ?"));
    query.bindValue(0, reportId);
    return query.exec() && query.next();
}

Outcome ProductionRepository::insertStatusEvent(const MachineStatusEvent &e)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO machine_status_events (id, machine_id, status, "
                                 "downtime_reason_id, operation_id, employee_id, at, device_id, user_id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bindValue(0, e.id);
    query.bindValue(1, e.machineId);
    query.bindValue(2, machineStatusKey(e.status));
    query.bindValue(3, Sql::nullable(e.downtimeReasonId));
    query.bindValue(4, Sql::nullable(e.operationId));
    query.bindValue(5, Sql::nullable(e.employeeId));
    query.bindValue(6, e.atMs);
    query.bindValue(7, Sql::text(e.deviceId));
    query.bindValue(8, Sql::text(e.userId));
    return Sql::exec(query, tr("save the machine status"));
}

Result<std::optional<MachineStatusEvent>> ProductionRepository::latestStatus(const QString &machineId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM machine_status_events WHERE machine_id = ? "
                                 "ORDER BY at DESC, id DESC LIMIT 1").arg(EventColumns));
    query.bindValue(0, machineId);
    if (Outcome done = Sql::exec(query, tr("read the machine status")); !done)
        return done;
    if (!query.next())
        return std::optional<MachineStatusEvent>();
    return std::optional<MachineStatusEvent>(eventFrom(query));
}

Result<QList<MachineStatusEvent>> ProductionRepository::statusEvents(const QString &machineId, qint64 fromMs) const
{
    QList<MachineStatusEvent> events;
    QSqlQuery before(m_db); // the state in force at fromMs
    before.prepare(QStringLiteral("SELECT %1 FROM machine_status_events WHERE machine_id = ? AND at < ? "
                                  "ORDER BY at DESC, id DESC LIMIT 1").arg(EventColumns));
    before.bindValue(0, machineId);
    before.bindValue(1, fromMs);
    if (Outcome done = Sql::exec(before, tr("read the machine status")); !done)
        return done;
    if (before.next())
        events.append(eventFrom(before));
    QSqlQuery after(m_db);
    after.prepare(QStringLiteral("SELECT %1 FROM machine_status_events WHERE machine_id = ? AND at >= ? "
                                 "ORDER BY at, id").arg(EventColumns));
    after.bindValue(0, machineId);
    after.bindValue(1, fromMs);
    if (Outcome done = Sql::exec(after, tr("read the machine status")); !done)
        return done;
    while (after.next())
        events.append(eventFrom(after));
    return events;
}

Result<QHash<QString, double>> ProductionRepository::goodByMachine(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT machine_id, sum(good) FROM production_reports WHERE "
                                 "machine_id IS NOT NULL AND reported_at >= ? AND reported_at < ? "
                                 "AND %1 GROUP BY machine_id")
                      .arg(Counts));
    query.bindValue(0, fromMs);
    query.bindValue(1, toMs);
    if (Outcome done = Sql::exec(query, tr("read the output per machine")); !done)
        return done;
    QHash<QString, double> result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toDouble());
    return result;
}

Result<double> ProductionRepository::goodOnMachine(const QString &machineId, const QString &operationId,
                                                   qint64 fromMs, qint64 toMs) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COALESCE(sum(good), 0) FROM production_reports WHERE "
                                 "machine_id = ? AND reported_at >= ? AND reported_at < ? AND "
                                 "operation_id = ? AND %1")
                      .arg(Counts));
    query.bindValue(0, machineId);
    query.bindValue(1, fromMs);
    query.bindValue(2, toMs);
    query.bindValue(3, operationId);
    if (Outcome done = Sql::exec(query, tr("read the output of the machine")); !done)
        return done;
    return query.next() ? query.value(0).toDouble() : 0.0;
}

Result<std::optional<MachineJob>> ProductionRepository::latestJob(const QString &machineId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT j.operation_id, j.at, (SELECT min(s.at) FROM machine_status_events s "
        "WHERE s.machine_id = j.machine_id AND s.operation_id = j.operation_id) "
        "FROM (SELECT machine_id, operation_id, at FROM machine_status_events WHERE machine_id = ? "
        "AND operation_id IS NOT NULL AND status IN ('running', 'setup') "
        "ORDER BY at DESC, id DESC LIMIT 1) j"));
    query.bindValue(0, machineId);
    if (Outcome done = Sql::exec(query, tr("read the machine's current job")); !done)
        return done;
    if (!query.next())
        return std::optional<MachineJob>();
    return std::optional<MachineJob>(MachineJob{query.value(0).toString(), query.value(1).toLongLong(),
                                                query.value(2).toLongLong()});
}

} // namespace Taktline
