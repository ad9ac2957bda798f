#include "storage/quality/nonconformancerepository.h"

#include "domain/masterdata/masterrecord.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QSqlQuery>

namespace Taktline {

NonconformanceRepository::NonconformanceRepository(QSqlDatabase db)
    : m_db(db)
    , m_numbers(db, {{QStringLiteral("nonconformances"), QStringLiteral("number")}})
{}

Result<QString> NonconformanceRepository::nextNumber(const QDate &day, const QString &deviceCode)
{
    // Like the work orders' series: the first device's numbers carry no code, every other
    // device's its own letter, so numbers made offline on two devices never collide.
    const QString code = deviceCode == QLatin1String("A") ? QString() : deviceCode;
    return m_numbers.next(QStringLiteral("NC-") + day.toString(QStringLiteral("yyyyMMdd")) +
                              QLatin1Char('-') + code,
                          tr("number the nonconformance"));
}

Outcome NonconformanceRepository::insert(const NonconformanceRow &row)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO nonconformances (id, number, product_id, inspection_id, work_order_id, "
        "operation_id, machine_id, lot_id, serial_id, quantity, defect_reason_id, description, "
        "employee_id, at, device_id, user_id) VALUES (:id, :number, :product, :inspection, "
        ":order, :operation, :machine, :lot, :serial, :quantity, :reason, :description, "
        ":employee, :at, :device, :user)"));
    query.bindValue(QStringLiteral(":id"), row.id);
    query.bindValue(QStringLiteral(":number"), row.number);
    query.bindValue(QStringLiteral(":product"), row.productId);
    query.bindValue(QStringLiteral(":inspection"), Sql::nullable(row.inspectionId));
    query.bindValue(QStringLiteral(":order"), Sql::nullable(row.workOrderId));
    query.bindValue(QStringLiteral(":operation"), Sql::nullable(row.operationId));
    query.bindValue(QStringLiteral(":machine"), Sql::nullable(row.machineId));
    query.bindValue(QStringLiteral(":lot"), Sql::nullable(row.lotId));
    query.bindValue(QStringLiteral(":serial"), Sql::nullable(row.serialId));
    query.bindValue(QStringLiteral(":quantity"), row.quantity);
    query.bindValue(QStringLiteral(":reason"), Sql::nullable(row.defectReasonId));
    query.bindValue(QStringLiteral(":description"), Sql::text(row.description));
    query.bindValue(QStringLiteral(":employee"), Sql::nullable(row.employeeId));
    query.bindValue(QStringLiteral(":at"), row.atMs);
    query.bindValue(QStringLiteral(":device"), row.deviceId);
    query.bindValue(QStringLiteral(":user"), Sql::text(row.userId));
    return Sql::exec(query, tr("save the nonconformance"));
}

Outcome NonconformanceRepository::insertDisposition(const DispositionRow &row)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO nc_dispositions (id, nonconformance_id, disposition, quantity, "
        "rework_work_order_id, approver_user_id, deduct_wages, note, at, device_id, user_id) "
        "VALUES (:id, :nc, :disposition, :quantity, :rework, :approver, :deduct, :note, :at, "
        ":device, :user)"));
    query.bindValue(QStringLiteral(":id"), row.id);
    query.bindValue(QStringLiteral(":nc"), row.nonconformanceId);
    query.bindValue(QStringLiteral(":disposition"), dispositionKey(row.disposition));
    query.bindValue(QStringLiteral(":quantity"), row.quantity);
    query.bindValue(QStringLiteral(":rework"), Sql::nullable(row.reworkWorkOrderId));
    query.bindValue(QStringLiteral(":approver"), Sql::text(row.approverUserId));
    query.bindValue(QStringLiteral(":deduct"), row.deductWages ? 1 : 0);
    query.bindValue(QStringLiteral(":note"), Sql::text(row.note));
    query.bindValue(QStringLiteral(":at"), row.atMs);
    query.bindValue(QStringLiteral(":device"), row.deviceId);
    query.bindValue(QStringLiteral(":user"), Sql::text(row.userId));
    return Sql::exec(query, tr("save the disposition"));
}

Result<QList<NonconformanceRecord>> NonconformanceRepository::list(
    const NonconformanceFilter &filter) const
{
    QStringList where;
    QList<std::pair<QString, QVariant>> binds;
    if (filter.toMs > 0) {
        where << QStringLiteral("n.at >= :from AND n.at < :to");
        binds << std::pair{QStringLiteral(":from"), QVariant(filter.fromMs)}
              << std::pair{QStringLiteral(":to"), QVariant(filter.toMs)};
    }
    if (filter.openOnly)
        where << QStringLiteral("n.quantity > coalesce((SELECT sum(d.quantity) FROM nc_dispositions "
                                "d WHERE d.nonconformance_id = n.id), 0) + 1e-9");
    if (!filter.workOrderId.isEmpty()) {
        where << QStringLiteral("n.work_order_id = :order");
        binds << std::pair{QStringLiteral(":order"), QVariant(filter.workOrderId)};
    }
    if (!filter.lotId.isEmpty()) {
        where << QStringLiteral("n.lot_id = :lot");
        binds << std::pair{QStringLiteral(":lot"), QVariant(filter.lotId)};
    }
    if (!filter.serial.isEmpty()) {
        where << QStringLiteral("s.serial = :serial");
        binds << std::pair{QStringLiteral(":serial"), QVariant(filter.serial)};
    }
    return select(where.isEmpty() ? QString() : QStringLiteral("WHERE ") +
                                                    where.join(QStringLiteral(" AND ")),
                  binds);
}

Result<std::optional<NonconformanceRecord>> NonconformanceRepository::find(
    const QString &idOrNumber) const
{
    // Numbers are typed in any case; ids are lower-case UUIDs.
    const Result<QList<NonconformanceRecord>> found =
        select(QStringLiteral("WHERE n.id = :id OR n.number = :number"),
               {{QStringLiteral(":id"), idOrNumber.trimmed()},
                {QStringLiteral(":number"), idOrNumber.trimmed().toUpper()}});
    if (!found)
        return found.outcome();
    if (found.value().isEmpty())
        return std::optional<NonconformanceRecord>();
    return std::optional<NonconformanceRecord>(found.value().constFirst());
}

Result<double> NonconformanceRepository::quantityOnOperation(const QString &operationId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT coalesce(sum(quantity), 0) AS quantity FROM nonconformances WHERE operation_id = :op"));
    query.bindValue(QStringLiteral(":op"), operationId);
    if (Outcome done = Sql::exec(query, tr("read the nonconformances")); !done)
        return done;
    return query.next() ? Sql::column(query, QStringLiteral("quantity")).toDouble() : 0.0;
}

Result<QList<NonconformanceRecord>> NonconformanceRepository::select(
    const QString &where, const QList<std::pair<QString, QVariant>> &binds) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT n.id, n.number, n.product_id, p.part_no, p.name AS product_name, "
        "p.name_en AS product_name_en, coalesce(n.inspection_id, '') AS inspection_id, "
        "coalesce(n.work_order_id, '') AS work_order_id, coalesce(w.number, '') AS order_number, "
        "coalesce(n.operation_id, '') AS operation_id, coalesce(o.seq, 0) AS seq, "
        "coalesce(m.code, '') AS machine_code, coalesce(n.lot_id, '') AS lot_id, "
        "coalesce(l.lot_no, '') AS lot_no, coalesce(s.serial, '') AS serial, n.quantity, "
        "n.quantity - coalesce((SELECT sum(d.quantity) FROM nc_dispositions d "
        "WHERE d.nonconformance_id = n.id), 0) AS open_quantity, "
        "coalesce(r.name, '') AS reason, coalesce(r.name_en, '') AS reason_en, n.description, "
        "coalesce(nullif(u.display_name, ''), u.username, n.user_id) AS by_name, n.at "
        "FROM nonconformances n JOIN products p ON p.id = n.product_id "
        "LEFT JOIN work_orders w ON w.id = n.work_order_id "
        "LEFT JOIN work_order_operations o ON o.id = n.operation_id "
        "LEFT JOIN machines m ON m.id = coalesce(n.machine_id, o.machine_id) "
        "LEFT JOIN material_lots l ON l.id = n.lot_id "
        "LEFT JOIN serials s ON s.id = n.serial_id "
        "LEFT JOIN defect_reasons r ON r.id = n.defect_reason_id "
        "LEFT JOIN users u ON u.id = n.user_id ") +
                  where + QStringLiteral(" ORDER BY n.at DESC, n.number DESC"));
    for (const auto &[name, value] : binds)
        query.bindValue(name, value);
    if (Outcome done = Sql::exec(query, tr("read the nonconformances")); !done)
        return done;
    QList<NonconformanceRecord> records;
    const Sql::Row row(query);
    while (query.next()) {
        NonconformanceRecord r;
        r.id = row.value(QStringLiteral("id")).toString();
        r.number = row.value(QStringLiteral("number")).toString();
        r.productId = row.value(QStringLiteral("product_id")).toString();
        r.partNo = row.value(QStringLiteral("part_no")).toString();
        r.productName = localizedName(row.value(QStringLiteral("product_name")).toString(),
                                      row.value(QStringLiteral("product_name_en")).toString());
        r.inspectionId = row.value(QStringLiteral("inspection_id")).toString();
        r.workOrderId = row.value(QStringLiteral("work_order_id")).toString();
        r.workOrderNumber = row.value(QStringLiteral("order_number")).toString();
        r.operationId = row.value(QStringLiteral("operation_id")).toString();
        r.seq = row.value(QStringLiteral("seq")).toInt();
        r.machineCode = row.value(QStringLiteral("machine_code")).toString();
        r.lotId = row.value(QStringLiteral("lot_id")).toString();
        r.lotNo = row.value(QStringLiteral("lot_no")).toString();
        r.serial = row.value(QStringLiteral("serial")).toString();
        r.quantity = row.value(QStringLiteral("quantity")).toDouble();
        r.openQuantity = std::max(0.0, row.value(QStringLiteral("open_quantity")).toDouble());
        r.defectReason = localizedName(row.value(QStringLiteral("reason")).toString(),
                                       row.value(QStringLiteral("reason_en")).toString());
        r.description = row.value(QStringLiteral("description")).toString();
        r.by = row.value(QStringLiteral("by_name")).toString();
        r.atMs = row.value(QStringLiteral("at")).toLongLong();
        records.append(r);
    }
    if (Outcome done = fillDispositions(records); !done)
        return done;
    return records;
}

Outcome NonconformanceRepository::fillDispositions(QList<NonconformanceRecord> &records) const
{
    if (records.isEmpty())
        return Outcome::success();
    QHash<QString, qsizetype> index;
    QStringList marks;
    for (qsizetype i = 0; i < records.size(); ++i) {
        index.insert(records.at(i).id, i);
        marks << QStringLiteral("?");
    }
    // One query for the whole page: a list of a month's NCs is a few hundred ids at most.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT d.id, d.nonconformance_id, d.disposition, d.quantity, "
        "coalesce(d.rework_work_order_id, '') AS rework_id, coalesce(w.number, '') AS rework_number, "
        "coalesce(nullif(a.display_name, ''), a.username, d.approver_user_id) AS approver, "
        "d.deduct_wages, d.note, coalesce(nullif(u.display_name, ''), u.username, d.user_id) "
        "AS by_name, d.at FROM nc_dispositions d "
        "LEFT JOIN work_orders w ON w.id = d.rework_work_order_id "
        "LEFT JOIN users a ON a.id = d.approver_user_id "
        "LEFT JOIN users u ON u.id = d.user_id "
        "WHERE d.nonconformance_id IN (%1) ORDER BY d.at, d.id")
                      .arg(marks.join(QLatin1Char(','))));
    for (const NonconformanceRecord &r : std::as_const(records))
        query.addBindValue(r.id);
    if (Outcome done = Sql::exec(query, tr("read the dispositions")); !done)
        return done;
    const Sql::Row row(query);
    while (query.next()) {
        DispositionRecord d;
        d.id = row.value(QStringLiteral("id")).toString();
        d.disposition = dispositionFromKey(row.value(QStringLiteral("disposition")).toString())
                            .value_or(Disposition::Scrap);
        d.quantity = row.value(QStringLiteral("quantity")).toDouble();
        d.reworkWorkOrderId = row.value(QStringLiteral("rework_id")).toString();
        d.reworkWorkOrderNumber = row.value(QStringLiteral("rework_number")).toString();
        d.approver = row.value(QStringLiteral("approver")).toString();
        d.deductWages = row.value(QStringLiteral("deduct_wages")).toBool();
        d.note = row.value(QStringLiteral("note")).toString();
        d.by = row.value(QStringLiteral("by_name")).toString();
        d.atMs = row.value(QStringLiteral("at")).toLongLong();
        const QString nc = row.value(QStringLiteral("nonconformance_id")).toString();
        records[index.value(nc)].dispositions.append(d);
    }
    return Outcome::success();
}

} // namespace Taktline
