#include "storage/planning/schedulerepository.h"

#include "storage/sqlquery.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Taktline {

ScheduleRepository::ScheduleRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<QueueRow>> ScheduleRepository::queuedOperations(bool withProduct) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT o.id, o.work_order_id, o.seq, o.name, o.standard_seconds, "
        "COALESCE(o.machine_id, ''), o.queue_rank, o.planned_start, o.planned_end, w.number, "
        "w.state, w.priority, w.quantity, w.due_date, "
        "(SELECT COALESCE(sum(r.good), 0) FROM production_reports r WHERE r.operation_id = o.id "
        "AND r.voids_report_id IS NULL AND NOT EXISTS (SELECT 1 FROM production_reports v "
        "WHERE v.voids_report_id = r.id)) AS good%1, o.outsourced, "
        "CASE WHEN o.outsourced = 1 THEN COALESCE((SELECT s.lead_days FROM suppliers s "
        "WHERE s.id = o.supplier_id), 0) END AS lead_days, "
        "CASE WHEN o.outsourced = 1 THEN (SELECT COALESCE(sum(s.quantity), 0) "
        "FROM subcontract_orders s WHERE s.operation_id = o.id) END AS sent, "
        "CASE WHEN o.outsourced = 1 THEN (SELECT COALESCE(sum(c.short), 0) "
        "FROM subcontract_receipts c JOIN subcontract_orders s ON s.id = c.subcontract_order_id "
        "WHERE s.operation_id = o.id) END AS written_off, "
        "CASE WHEN o.outsourced = 1 THEN (SELECT max(s.due_date) FROM subcontract_orders s "
        "WHERE s.operation_id = o.id AND s.quantity - (SELECT COALESCE(sum(c.good + c.defective "
        "+ c.short), 0) FROM subcontract_receipts c WHERE c.subcontract_order_id = s.id) > 1e-9) "
        "END AS open_due "
        "FROM work_orders w "
        "JOIN work_order_operations o ON o.work_order_id = w.id AND o.deleted = 0 %2"
        "WHERE w.deleted = 0 AND w.state IN ('released', 'in_progress', 'on_hold') "
        "ORDER BY o.machine_id, o.queue_rank, o.seq")
                      .arg(withProduct ? QStringLiteral(", p.part_no, p.name, p.name_en") : QString(),
                           withProduct ? QStringLiteral("JOIN products p ON p.id = w.product_id ")
                                       : QString()));
    if (Outcome done = Sql::exec(query, tr("read the machine queues")); !done)
        return done;
    QList<QueueRow> rows;
    const QSqlRecord record = query.record();
    const int outsourcedColumn = record.indexOf(QStringLiteral("outsourced"));
    const int leadDaysColumn = record.indexOf(QStringLiteral("lead_days"));
    const int sentColumn = record.indexOf(QStringLiteral("sent"));
    const int writtenOffColumn = record.indexOf(QStringLiteral("written_off"));
    const int openDueColumn = record.indexOf(QStringLiteral("open_due"));
    while (query.next()) {
        const double good = query.value(14).toDouble();
        const double quantity = query.value(12).toDouble();
        if (good >= quantity)
            continue; // this step is done: it no longer waits for its machine
        const bool outsourced = query.value(outsourcedColumn).toInt() != 0;
        const QDate openDue = QDate::fromString(query.value(openDueColumn).toString(), Qt::ISODate);
        if (outsourced && !openDue.isValid()
            && query.value(sentColumn).toDouble() - query.value(writtenOffColumn).toDouble()
                   >= quantity - 1e-9) {
            continue; // every piece went to the supplier and all of it is back: done
        }
        QueueRow row;
        row.operationId = query.value(0).toString();
        row.workOrderId = query.value(1).toString();
        row.seq = query.value(2).toInt();
        row.name = query.value(3).toString();
        row.standardSeconds = query.value(4).toDouble();
        row.machineId = query.value(5).toString();
        row.queueRank = query.value(6).toDouble();
        row.plannedStartMs = query.value(7).toLongLong();
        row.plannedEndMs = query.value(8).toLongLong();
        row.workOrderNumber = query.value(9).toString();
        row.state = workOrderStateFromKey(query.value(10).toString()).value_or(WorkOrderState::Released);
        row.priority = priorityFromKey(query.value(11).toString());
        row.quantity = quantity;
        row.good = good;
        row.dueDate = QDate::fromString(query.value(13).toString(), Qt::ISODate);
        if (withProduct) {
            row.partNo = query.value(15).toString();
            row.productName = query.value(16).toString();
            row.productNameEn = query.value(17).toString();
        }
        row.outsourced = outsourced;
        row.leadDays = outsourced ? query.value(leadDaysColumn).toInt() : 0;
        row.openDueDate = openDue;
        rows.append(std::move(row));
    }
    return rows;
}

Result<QList<MachineRow>> ScheduleRepository::machines() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, code, name, name_en, workshop, capacity, active "
                                 "FROM machines WHERE deleted = 0 ORDER BY workshop, code"));
    if (Outcome done = Sql::exec(query, tr("read the machines")); !done)
        return done;
    QList<MachineRow> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), std::max(1, query.value(5).toInt()),
                     query.value(6).toInt() != 0});
    }
    return rows;
}

Outcome ScheduleRepository::writePlan(const QList<PlannedTimes> &plan)
{
    // Planned times are derived from the queues, so they do not count as an edit (updated_at).
    QSqlQuery update(m_db);
    if (Outcome done = Sql::prepare(update,
                                    QStringLiteral("UPDATE work_order_operations SET "
                                                   "planned_start = ?, planned_end = ? WHERE id = ?"),
                                    tr("save the plan"));
        !done) {
        return done;
    }
    for (const PlannedTimes &times : plan) {
        update.bindValue(0, times.startMs);
        update.bindValue(1, times.endMs);
        update.bindValue(2, times.operationId);
        if (Outcome done = Sql::exec(update, tr("save the plan")); !done)
            return done;
    }
    return Outcome::success();
}

Outcome ScheduleRepository::setPlace(const QString &operationId, const QString &machineId,
                                     double queueRank)
{
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE work_order_operations SET machine_id = ?, queue_rank = ?, "
                                  "updated_at = ? WHERE id = ? AND deleted = 0"));
    update.bindValue(0, machineId);
    update.bindValue(1, queueRank);
    update.bindValue(2, QDateTime::currentMSecsSinceEpoch());
    update.bindValue(3, operationId);
    if (Outcome done = Sql::exec(update, tr("move the operation")); !done)
        return done;
    if (update.numRowsAffected() != 1)
        return Outcome::failure(tr("The operation no longer exists; it may have been removed "
                                   "in another window."));
    return Outcome::success();
}

} // namespace Taktline
