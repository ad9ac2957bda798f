#include "storage/station/productionrepository.h"

#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QVariant>

namespace Taktline {

namespace {

// The columns reportFrom reads, of production_reports or of its alias TABLE, each named
// report_… so they never clash with a joined table's.
QString reportColumns(const QString &table = QStringLiteral("production_reports"))
{
    return QStringLiteral(
               "%1.id AS report_id, %1.work_order_id AS report_work_order_id, "
               "%1.operation_id AS report_operation_id, "
               "COALESCE(%1.machine_id, '') AS report_machine_id, "
               "COALESCE(%1.employee_id, '') AS report_employee_id, %1.good AS report_good, "
               "%1.defective AS report_defective, %1.rework AS report_rework, "
               "COALESCE(%1.defect_reason_id, '') AS report_defect_reason_id, "
               "%1.material_lot AS report_material_lot, "
               "COALESCE(%1.voids_report_id, '') AS report_voids_report_id, "
               "%1.reason AS report_reason, %1.reported_at AS report_reported_at, "
               "%1.device_id AS report_device_id, %1.user_id AS report_user_id")
        .arg(table);
}

// Reports that count: not a voiding record, and not voided.
const QString Counts = QStringLiteral(
    "voids_report_id IS NULL AND NOT EXISTS (SELECT 1 FROM production_reports v "
    "WHERE v.voids_report_id = production_reports.id)");

ProductionReport reportFrom(const Sql::Row &row)
{
    ProductionReport r;
    r.id = row.value(QStringLiteral("report_id")).toString();
    r.workOrderId = row.value(QStringLiteral("report_work_order_id")).toString();
    r.operationId = row.value(QStringLiteral("report_operation_id")).toString();
    r.machineId = row.value(QStringLiteral("report_machine_id")).toString();
    r.employeeId = row.value(QStringLiteral("report_employee_id")).toString();
    r.good = row.value(QStringLiteral("report_good")).toDouble();
    r.defective = row.value(QStringLiteral("report_defective")).toDouble();
    r.rework = row.value(QStringLiteral("report_rework")).toDouble();
    r.defectReasonId = row.value(QStringLiteral("report_defect_reason_id")).toString();
    r.materialLot = row.value(QStringLiteral("report_material_lot")).toString();
    r.voidsReportId = row.value(QStringLiteral("report_voids_report_id")).toString();
    r.reason = row.value(QStringLiteral("report_reason")).toString();
    r.reportedAtMs = row.value(QStringLiteral("report_reported_at")).toLongLong();
    r.deviceId = row.value(QStringLiteral("report_device_id")).toString();
    r.userId = row.value(QStringLiteral("report_user_id")).toString();
    return r;
}

OperationProgress progressFrom(const Sql::Row &row)
{
    return {row.value(QStringLiteral("operation_id")).toString(),
            row.value(QStringLiteral("good")).toDouble(),
            row.value(QStringLiteral("defective")).toDouble(),
            row.value(QStringLiteral("rework")).toDouble(),
            row.value(QStringLiteral("reports")).toInt(),
            row.value(QStringLiteral("first_at")).toLongLong(),
            row.value(QStringLiteral("last_at")).toLongLong()};
}

MachineStatusEvent eventFrom(const Sql::Row &row)
{
    MachineStatusEvent e;
    e.id = row.value(QStringLiteral("id")).toString();
    e.machineId = row.value(QStringLiteral("machine_id")).toString();
    e.status = machineStatusFromKey(row.value(QStringLiteral("status")).toString())
                   .value_or(MachineStatus::Idle);
    e.downtimeReasonId = row.value(QStringLiteral("downtime_reason_id")).toString();
    e.operationId = row.value(QStringLiteral("operation_id")).toString();
    e.employeeId = row.value(QStringLiteral("employee_id")).toString();
    e.atMs = row.value(QStringLiteral("at")).toLongLong();
    return e;
}

// Of machine_status_events alone. The COALESCEd ones keep their column's name: no statement
// below sorts by them (ORDER BY would take the alias, not the column).
const QString EventColumns = QStringLiteral(
    "id, machine_id, status, COALESCE(downtime_reason_id, '') AS downtime_reason_id, "
    "COALESCE(operation_id, '') AS operation_id, COALESCE(employee_id, '') AS employee_id, at");

// Of production_reports alone (and only with GROUP BY operation_id).
const QString ProgressColumns = QStringLiteral(
    "operation_id, sum(good) AS good, sum(defective) AS defective, sum(rework) AS rework, "
    "count(*) AS reports, min(reported_at) AS first_at, max(reported_at) AS last_at");

} // namespace

ProductionRepository::ProductionRepository(QSqlDatabase db)
    : m_db(db)
    , m_insertReport(
          std::move(db),
          QStringLiteral(
              "INSERT INTO production_reports (id, work_order_id, operation_id, machine_id, "
              "employee_id, good, defective, rework, defect_reason_id, material_lot, "
              "voids_report_id, reason, reported_at, device_id, user_id) VALUES (:id, "
              ":work_order_id, :operation_id, :machine_id, :employee_id, :good, :defective, "
              ":rework, :defect_reason_id, :material_lot, :voids_report_id, :reason, "
              ":reported_at, :device_id, :user_id)"))
{
}

Outcome ProductionRepository::insertReport(const ProductionReport &r)
{
    const QString purpose = tr("save the production report");
    const Result<QSqlQuery *> prepared = m_insertReport.query(purpose);
    if (!prepared)
        return prepared.outcome();
    QSqlQuery &query = *prepared.value();
    query.bindValue(QStringLiteral(":id"), r.id);
    query.bindValue(QStringLiteral(":work_order_id"), r.workOrderId);
    query.bindValue(QStringLiteral(":operation_id"), r.operationId);
    query.bindValue(QStringLiteral(":machine_id"), Sql::nullable(r.machineId));
    query.bindValue(QStringLiteral(":employee_id"), Sql::nullable(r.employeeId));
    query.bindValue(QStringLiteral(":good"), r.good);
    query.bindValue(QStringLiteral(":defective"), r.defective);
    query.bindValue(QStringLiteral(":rework"), r.rework);
    query.bindValue(QStringLiteral(":defect_reason_id"), Sql::nullable(r.defectReasonId));
    query.bindValue(QStringLiteral(":material_lot"), Sql::text(r.materialLot));
    query.bindValue(QStringLiteral(":voids_report_id"), Sql::nullable(r.voidsReportId));
    query.bindValue(QStringLiteral(":reason"), Sql::text(r.reason));
    query.bindValue(QStringLiteral(":reported_at"), r.reportedAtMs);
    query.bindValue(QStringLiteral(":device_id"), Sql::text(r.deviceId));
    query.bindValue(QStringLiteral(":user_id"), Sql::text(r.userId));
    const Outcome done = Sql::exec(query, purpose);
    query.finish();
    return done;
}

Result<ProductionReport> ProductionRepository::findReport(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM production_reports WHERE id = :id").arg(reportColumns()));
    query.bindValue(QStringLiteral(":id"), id);
    if (Outcome done = Sql::exec(query, tr("read the production report")); !done)
        return done;
    if (!query.next())
        return Outcome::failure(tr("The production report no longer exists."));
    return reportFrom(Sql::Row(query));
}

bool ProductionRepository::isVoided(const QString &reportId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM production_reports WHERE voids_report_id = :id"));
    query.bindValue(QStringLiteral(":id"), reportId);
    return query.exec() && query.next();
}

Result<std::optional<ProductionReport>> ProductionRepository::lastReport(const QString &operationId,
                                                                         const QString &employeeId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM production_reports WHERE operation_id = :operation "
                       "AND employee_id IS :employee AND %2 "
                       "ORDER BY reported_at DESC LIMIT 1")
            .arg(reportColumns(), Counts));
    query.bindValue(QStringLiteral(":operation"), operationId);
    query.bindValue(QStringLiteral(":employee"), Sql::nullable(employeeId));
    if (Outcome done = Sql::exec(query, tr("read the last report")); !done)
        return done;
    if (!query.next())
        return std::optional<ProductionReport>();
    return std::optional<ProductionReport>(reportFrom(Sql::Row(query)));
}

Result<OperationProgress> ProductionRepository::progress(const QString &operationId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM production_reports WHERE operation_id = :operation AND %2")
            .arg(ProgressColumns, Counts));
    query.bindValue(QStringLiteral(":operation"), operationId);
    if (Outcome done = Sql::exec(query, tr("read the progress")); !done)
        return done;
    OperationProgress progress;
    const Sql::Row row(query);
    if (query.next() && !row.value(QStringLiteral("operation_id")).isNull())
        progress = progressFrom(row);
    progress.operationId = operationId;
    return progress;
}

Result<QHash<QString, OperationProgress>> ProductionRepository::progressForWorkOrder(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM production_reports WHERE operation_id IN (SELECT id "
                       "FROM work_order_operations WHERE work_order_id = :order) AND %2 "
                       "GROUP BY operation_id")
            .arg(ProgressColumns, Counts));
    query.bindValue(QStringLiteral(":order"), workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the progress")); !done)
        return done;
    QHash<QString, OperationProgress> result;
    const Sql::Row row(query);
    while (query.next())
        result.insert(row.value(QStringLiteral("operation_id")).toString(), progressFrom(row));
    return result;
}

Result<QHash<QString, OperationProgress>> ProductionRepository::progressForOperations(const QStringList &operationIds) const
{
    QHash<QString, OperationProgress> result;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM production_reports WHERE operation_id = :operation AND %2")
            .arg(ProgressColumns, Counts));
    const Sql::Row row(query);
    for (const QString &id : operationIds) {
        query.bindValue(QStringLiteral(":operation"), id);
        if (Outcome done = Sql::exec(query, tr("read the progress")); !done)
            return done;
        if (query.next() && !row.value(QStringLiteral("operation_id")).isNull())
            result.insert(id, progressFrom(row));
    }
    return result;
}

Result<QList<ProductionReport>> ProductionRepository::reports(qint64 fromMs, qint64 toMs,
                                                              const QString &employeeId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM production_reports WHERE reported_at >= :from AND "
                       "reported_at < :to AND %2 %3 ORDER BY reported_at")
            .arg(reportColumns(), Counts,
                 employeeId.isEmpty() ? QString() : QStringLiteral("AND employee_id = :employee")));
    query.bindValue(QStringLiteral(":from"), fromMs);
    query.bindValue(QStringLiteral(":to"), toMs);
    if (!employeeId.isEmpty())
        query.bindValue(QStringLiteral(":employee"), employeeId);
    if (Outcome done = Sql::exec(query, tr("read the production reports")); !done)
        return done;
    QList<ProductionReport> result;
    const Sql::Row row(query);
    while (query.next())
        result.append(reportFrom(row));
    return result;
}

Result<QList<ReportEntry>> ProductionRepository::entries(const QString &workOrderId,
                                                         const QString &operationId) const
{
    // Original reports only (r.voids_report_id IS NULL): their report_voids_report_id reads ''.
    QSqlQuery query(m_db);
    // The first approval: two devices may each have approved the report while offline.
    query.prepare(QStringLiteral("SELECT %1, v.reason AS void_reason, v.reported_at AS voided_at, "
                                 "(SELECT min(a.approved_at) FROM report_approvals a WHERE "
                                 "a.report_id = r.id) AS approved_at FROM production_reports r "
                                 "LEFT JOIN production_reports v ON v.voids_report_id = r.id "
                                 "WHERE r.work_order_id = :order AND r.voids_report_id IS NULL %2 "
                                 "ORDER BY r.reported_at DESC")
                      .arg(reportColumns(QStringLiteral("r")),
                           operationId.isEmpty()
                               ? QString()
                               : QStringLiteral("AND r.operation_id = :operation")));
    query.bindValue(QStringLiteral(":order"), workOrderId);
    if (!operationId.isEmpty())
        query.bindValue(QStringLiteral(":operation"), operationId);
    if (Outcome done = Sql::exec(query, tr("read the production reports")); !done)
        return done;
    QList<ReportEntry> result;
    const Sql::Row row(query);
    while (query.next()) {
        ReportEntry entry;
        entry.report = reportFrom(row);
        const QVariant voidedAt = row.value(QStringLiteral("voided_at"));
        const QVariant approvedAt = row.value(QStringLiteral("approved_at"));
        entry.voided = !voidedAt.isNull();
        entry.voidReason = row.value(QStringLiteral("void_reason")).toString();
        entry.voidedAtMs = voidedAt.toLongLong();
        entry.approved = !approvedAt.isNull();
        entry.approvedAtMs = approvedAt.toLongLong();
        result.append(entry);
    }
    return result;
}

Outcome ProductionRepository::insertApproval(const QString &id, const QString &reportId, qint64 atMs,
                                             const QString &deviceId, const QString &userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO report_approvals (id, report_id, approved_at, device_id, user_id) "
        "VALUES (:id, :report_id, :approved_at, :device_id, :user_id)"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":report_id"), reportId);
    query.bindValue(QStringLiteral(":approved_at"), atMs);
    query.bindValue(QStringLiteral(":device_id"), Sql::text(deviceId));
    query.bindValue(QStringLiteral(":user_id"), Sql::text(userId));
    return Sql::exec(query, tr("save the approval"));
}

bool ProductionRepository::isApproved(const QString &reportId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM report_approvals WHERE report_id = :id"));
    query.bindValue(QStringLiteral(":id"), reportId);
    return query.exec() && query.next();
}

Outcome ProductionRepository::insertStatusEvent(const MachineStatusEvent &e)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO machine_status_events (id, machine_id, status, "
                       "downtime_reason_id, operation_id, employee_id, at, device_id, user_id) "
                       "VALUES (:id, :machine_id, :status, :downtime_reason_id, "
                       ":operation_id, :employee_id, :at, :device_id, :user_id)"));
    query.bindValue(QStringLiteral(":id"), e.id);
    query.bindValue(QStringLiteral(":machine_id"), e.machineId);
    query.bindValue(QStringLiteral(":status"), machineStatusKey(e.status));
    query.bindValue(QStringLiteral(":downtime_reason_id"), Sql::nullable(e.downtimeReasonId));
    query.bindValue(QStringLiteral(":operation_id"), Sql::nullable(e.operationId));
    query.bindValue(QStringLiteral(":employee_id"), Sql::nullable(e.employeeId));
    query.bindValue(QStringLiteral(":at"), e.atMs);
    query.bindValue(QStringLiteral(":device_id"), Sql::text(e.deviceId));
    query.bindValue(QStringLiteral(":user_id"), Sql::text(e.userId));
    return Sql::exec(query, tr("save the machine status"));
}

Result<std::optional<MachineStatusEvent>> ProductionRepository::latestStatus(const QString &machineId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM machine_status_events WHERE machine_id = :machine "
                                 "ORDER BY at DESC, id DESC LIMIT 1")
                      .arg(EventColumns));
    query.bindValue(QStringLiteral(":machine"), machineId);
    if (Outcome done = Sql::exec(query, tr("read the machine status")); !done)
        return done;
    if (!query.next())
        return std::optional<MachineStatusEvent>();
    return std::optional<MachineStatusEvent>(eventFrom(Sql::Row(query)));
}

Result<QList<MachineStatusEvent>> ProductionRepository::statusEvents(const QString &machineId, qint64 fromMs) const
{
    QList<MachineStatusEvent> events;
    QSqlQuery before(m_db); // the state in force at fromMs
    before.prepare(
        QStringLiteral("SELECT %1 FROM machine_status_events WHERE machine_id = :machine "
                       "AND at < :from ORDER BY at DESC, id DESC LIMIT 1")
            .arg(EventColumns));
    before.bindValue(QStringLiteral(":machine"), machineId);
    before.bindValue(QStringLiteral(":from"), fromMs);
    if (Outcome done = Sql::exec(before, tr("read the machine status")); !done)
        return done;
    if (before.next())
        events.append(eventFrom(Sql::Row(before)));
    QSqlQuery after(m_db);
    after.prepare(QStringLiteral("SELECT %1 FROM machine_status_events WHERE machine_id = :machine "
                                 "AND at >= :from ORDER BY at, id")
                      .arg(EventColumns));
    after.bindValue(QStringLiteral(":machine"), machineId);
    after.bindValue(QStringLiteral(":from"), fromMs);
    if (Outcome done = Sql::exec(after, tr("read the machine status")); !done)
        return done;
    const Sql::Row row(after);
    while (after.next())
        events.append(eventFrom(row));
    return events;
}

Result<QHash<QString, double>> ProductionRepository::goodByMachine(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT machine_id, sum(good) AS good FROM production_reports "
                                 "WHERE machine_id IS NOT NULL AND reported_at >= :from AND "
                                 "reported_at < :to AND %1 GROUP BY machine_id")
                      .arg(Counts));
    query.bindValue(QStringLiteral(":from"), fromMs);
    query.bindValue(QStringLiteral(":to"), toMs);
    if (Outcome done = Sql::exec(query, tr("read the output per machine")); !done)
        return done;
    QHash<QString, double> result;
    const Sql::Row row(query);
    while (query.next()) {
        result.insert(row.value(QStringLiteral("machine_id")).toString(),
                      row.value(QStringLiteral("good")).toDouble());
    }
    return result;
}

Result<double> ProductionRepository::goodOnMachine(const QString &machineId, const QString &operationId,
                                                   qint64 fromMs, qint64 toMs) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COALESCE(sum(good), 0) AS good FROM production_reports "
                                 "WHERE machine_id = :machine AND reported_at >= :from AND "
                                 "reported_at < :to AND operation_id = :operation AND %1")
                      .arg(Counts));
    query.bindValue(QStringLiteral(":machine"), machineId);
    query.bindValue(QStringLiteral(":from"), fromMs);
    query.bindValue(QStringLiteral(":to"), toMs);
    query.bindValue(QStringLiteral(":operation"), operationId);
    if (Outcome done = Sql::exec(query, tr("read the output of the machine")); !done)
        return done;
    return query.next() ? Sql::column(query, QStringLiteral("good")).toDouble() : 0.0;
}

Result<std::optional<MachineJob>> ProductionRepository::latestJob(const QString &machineId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT j.operation_id AS operation_id, j.at AS last_at, (SELECT min(s.at) FROM "
        "machine_status_events s WHERE s.machine_id = j.machine_id AND s.operation_id = "
        "j.operation_id) AS started_at "
        "FROM (SELECT machine_id, operation_id, at FROM machine_status_events WHERE "
        "machine_id = :machine AND operation_id IS NOT NULL AND status IN ('running', 'setup') "
        "ORDER BY at DESC, id DESC LIMIT 1) j"));
    query.bindValue(QStringLiteral(":machine"), machineId);
    if (Outcome done = Sql::exec(query, tr("read the machine's current job")); !done)
        return done;
    if (!query.next())
        return std::optional<MachineJob>();
    const Sql::Row row(query);
    return std::optional<MachineJob>(
        MachineJob{row.value(QStringLiteral("operation_id")).toString(),
                   row.value(QStringLiteral("last_at")).toLongLong(),
                   row.value(QStringLiteral("started_at")).toLongLong()});
}

} // namespace Taktline
