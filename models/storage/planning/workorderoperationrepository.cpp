#include "storage/planning/workorderoperationrepository.h"

#include "storage/sqlquery.h"
#include "storage/uuid.h"

#include <QSqlQuery>

namespace Taktline {

namespace {

// An operation's ideal cycle time (column "ideal_seconds"); NULL: not set.
std::optional<double> idealOf(const QSqlQuery &query)
{
    const QVariant ideal = query.value(QStringLiteral("ideal_seconds"));
    return ideal.isNull() ? std::nullopt : std::optional<double>(ideal.toDouble());
}

} // namespace

WorkOrderOperationRepository::WorkOrderOperationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<WorkOrderOperation>> WorkOrderOperationRepository::operations(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, work_order_id, seq, name, standard_seconds, COALESCE(machine_id, ''), "
        "queue_rank, planned_start, planned_end, ideal_seconds, outsourced, "
        "COALESCE(supplier_id, '') AS supplier_id, COALESCE(subcontract_price, 0) AS "
        "subcontract_price FROM work_order_operations "
        "WHERE work_order_id = :id AND deleted = 0 ORDER BY seq"));
    query.bindValue(QStringLiteral(":id"), workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the operations")); !done)
        return done;
    QList<WorkOrderOperation> ops;
    while (query.next()) {
        ops.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                    query.value(3).toString(), query.value(4).toDouble(), query.value(5).toString(),
                    query.value(6).toDouble(), query.value(7).toLongLong(), query.value(8).toLongLong(),
                    idealOf(query), query.value(QStringLiteral("outsourced")).toInt() != 0,
                    query.value(QStringLiteral("supplier_id")).toString(),
                    query.value(QStringLiteral("subcontract_price")).toDouble()});
    }
    return ops;
}

Result<WorkOrderOperation> WorkOrderOperationRepository::operation(const QString &operationId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, work_order_id, seq, name, standard_seconds, COALESCE(machine_id, ''), "
        "queue_rank, planned_start, planned_end, ideal_seconds, outsourced, "
        "COALESCE(supplier_id, '') AS supplier_id, COALESCE(subcontract_price, 0) AS "
        "subcontract_price FROM work_order_operations "
        "WHERE id = ? AND deleted = 0"));
    query.bindValue(0, operationId);
    if (Outcome done = Sql::exec(query, tr("read the operation")); !done)
        return done;
    if (!query.next())
        return Outcome::failure(tr("This operation does not exist (any more): its work order's "
                                   "operations may have been changed."));
    return WorkOrderOperation{query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                              query.value(3).toString(), query.value(4).toDouble(), query.value(5).toString(),
                              query.value(6).toDouble(), query.value(7).toLongLong(), query.value(8).toLongLong(),
                              idealOf(query), query.value(QStringLiteral("outsourced")).toInt() != 0,
                              query.value(QStringLiteral("supplier_id")).toString(),
                              query.value(QStringLiteral("subcontract_price")).toDouble()};
}

Outcome WorkOrderOperationRepository::replaceOperations(const QString &workOrderId,
                                                        const QList<WorkOrderOperation> &ops)
{
    const qint64 now = nowUtcMs();
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("UPDATE work_order_operations SET deleted = 1, updated_at = :now "
                                  "WHERE work_order_id = :id AND deleted = 0"));
    remove.bindValue(QStringLiteral(":now"), now);
    remove.bindValue(QStringLiteral(":id"), workOrderId);
    if (Outcome done = Sql::exec(remove, tr("save the operations")); !done)
        return done;
    QSqlQuery upsert(m_db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO work_order_operations (id, work_order_id, seq, name, standard_seconds, "
        "machine_id, queue_rank, planned_start, planned_end, ideal_seconds, outsourced, "
        "supplier_id, subcontract_price, created_at, updated_at) "
        "VALUES (:id, :wo, :seq, :name, :seconds, :machine, :rank, :start, :end, :ideal, "
        ":outsourced, :supplier, :price, :now, :now) "
        "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, name = excluded.name, "
        "standard_seconds = excluded.standard_seconds, machine_id = excluded.machine_id, "
        "queue_rank = excluded.queue_rank, planned_start = excluded.planned_start, "
        "planned_end = excluded.planned_end, ideal_seconds = excluded.ideal_seconds, "
        "outsourced = excluded.outsourced, supplier_id = excluded.supplier_id, "
        "subcontract_price = excluded.subcontract_price, deleted = 0, "
        "updated_at = excluded.updated_at"));
    for (const WorkOrderOperation &op : ops) {
        upsert.bindValue(QStringLiteral(":id"), op.id);
        upsert.bindValue(QStringLiteral(":wo"), workOrderId);
        upsert.bindValue(QStringLiteral(":seq"), op.seq);
        upsert.bindValue(QStringLiteral(":name"), op.name);
        upsert.bindValue(QStringLiteral(":seconds"), op.standardSeconds);
        upsert.bindValue(QStringLiteral(":machine"), Sql::nullable(op.machineId));
        upsert.bindValue(QStringLiteral(":rank"), op.queueRank);
        upsert.bindValue(QStringLiteral(":start"), op.plannedStartMs);
        upsert.bindValue(QStringLiteral(":end"), op.plannedEndMs);
        upsert.bindValue(QStringLiteral(":ideal"), op.idealSeconds
                                                       ? QVariant(*op.idealSeconds)
                                                       : QVariant(QMetaType(QMetaType::Double)));
        upsert.bindValue(QStringLiteral(":outsourced"), op.outsourced ? 1 : 0);
        upsert.bindValue(QStringLiteral(":supplier"), Sql::nullable(op.outsourced ? op.supplierId : QString()));
        upsert.bindValue(QStringLiteral(":price"), op.outsourced ? QVariant(op.subcontractPrice)
                                                                 : QVariant(QMetaType(QMetaType::Double)));
        upsert.bindValue(QStringLiteral(":now"), now);
        if (Outcome done = Sql::exec(upsert, tr("save the operations")); !done)
            return done;
    }
    return Outcome::success();
}

Result<double> WorkOrderOperationRepository::lastQueueRank(const QString &machineId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COALESCE(max(queue_rank), 0) FROM work_order_operations "
                                 "WHERE machine_id = :machine AND deleted = 0"));
    query.bindValue(QStringLiteral(":machine"), machineId);
    if (Outcome done = Sql::exec(query, tr("read the machine queue")); !done)
        return done;
    query.next();
    return query.value(0).toDouble();
}

} // namespace Taktline
