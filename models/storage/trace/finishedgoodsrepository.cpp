#include "storage/trace/finishedgoodsrepository.h"

#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QVariant>

namespace Taktline {

namespace {

// Good pieces of operation o, from the reports that count (as the operation_progress view
// counts them). Summed here, not read from the view: SQLite cannot push a correlated
// "operation_id = o.id" into the view's GROUP BY, so each row would aggregate every report.
const QString GoodOfStep = QStringLiteral(
    "COALESCE((SELECT sum(r.good) FROM production_reports r WHERE r.operation_id = o.id "
    "AND r.voids_report_id IS NULL AND NOT EXISTS (SELECT 1 FROM production_reports v "
    "WHERE v.voids_report_id = r.id)), 0)");

// The last step of work order w.
const QString IsLastStep =
    QStringLiteral("o.work_order_id = w.id AND o.deleted = 0 AND o.seq = (SELECT max(x.seq) FROM "
                   "work_order_operations x WHERE x.work_order_id = w.id AND x.deleted = 0)");

// The last step's columns, as both queries over it name them.
const QString LastStepColumns =
    QStringLiteral("o.seq AS step_seq, o.name AS step_name, %1 AS step_good").arg(GoodOfStep);

LastStepOutput lastStepFrom(const QSqlQuery &query)
{
    return {true, query.value(QStringLiteral("step_seq")).toInt(),
            query.value(QStringLiteral("step_name")).toString(),
            query.value(QStringLiteral("step_good")).toDouble()};
}

} // namespace

FinishedGoodsRepository::FinishedGoodsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Outcome FinishedGoodsRepository::insertReceipt(const FinishedGoodsReceipt &r)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO finished_goods_receipts (id, work_order_id, quantity, location, employee_id, "
        "at, device_id, user_id) VALUES (:id, :work_order_id, :quantity, :location, "
        ":employee_id, :at, :device_id, :user_id)"));
    query.bindValue(QStringLiteral(":id"), r.id);
    query.bindValue(QStringLiteral(":work_order_id"), r.workOrderId);
    query.bindValue(QStringLiteral(":quantity"), r.quantity);
    query.bindValue(QStringLiteral(":location"), Sql::text(r.location));
    query.bindValue(QStringLiteral(":employee_id"), Sql::nullable(r.employeeId));
    query.bindValue(QStringLiteral(":at"), r.atMs);
    query.bindValue(QStringLiteral(":device_id"), Sql::text(r.deviceId));
    query.bindValue(QStringLiteral(":user_id"), Sql::text(r.userId));
    return Sql::exec(query, tr("save the finished-goods receipt"));
}

Result<QList<ReceiptRow>> FinishedGoodsRepository::receipts(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT f.id AS id, f.work_order_id AS work_order_id, f.quantity AS quantity, "
        "f.location AS location, COALESCE(f.employee_id, '') AS employee_id, f.at AS at, "
        "f.device_id AS device_id, f.user_id AS user_id, COALESCE(e.name, '') AS employee_name, "
        "COALESCE(e.badge, '') AS badge "
        "FROM finished_goods_receipts f LEFT JOIN employees e ON e.id = f.employee_id "
        "WHERE f.work_order_id = ? ORDER BY f.at, f.id"));
    query.bindValue(0, workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the finished-goods receipts")); !done)
        return done;
    QList<ReceiptRow> rows;
    while (query.next()) {
        ReceiptRow row;
        FinishedGoodsReceipt &r = row.receipt;
        r.id = query.value(QStringLiteral("id")).toString();
        r.workOrderId = query.value(QStringLiteral("work_order_id")).toString();
        r.quantity = query.value(QStringLiteral("quantity")).toDouble();
        r.location = query.value(QStringLiteral("location")).toString();
        r.employeeId = query.value(QStringLiteral("employee_id")).toString();
        r.atMs = query.value(QStringLiteral("at")).toLongLong();
        r.deviceId = query.value(QStringLiteral("device_id")).toString();
        r.userId = query.value(QStringLiteral("user_id")).toString();
        row.employeeName = query.value(QStringLiteral("employee_name")).toString();
        row.badge = query.value(QStringLiteral("badge")).toString();
        rows.append(row);
    }
    return rows;
}

Result<FinishedStock> FinishedGoodsRepository::stock(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT (SELECT COALESCE(sum(quantity), 0) FROM finished_goods_receipts "
                       "WHERE work_order_id = :id) AS received, (SELECT COALESCE(sum(quantity), 0) "
                       "FROM shipment_lines WHERE work_order_id = :id) AS shipped"));
    query.bindValue(QStringLiteral(":id"), workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the finished stock")); !done)
        return done;
    query.next();
    return FinishedStock{query.value(QStringLiteral("received")).toDouble(),
                         query.value(QStringLiteral("shipped")).toDouble()};
}

Result<LastStepOutput> FinishedGoodsRepository::lastStepOutput(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM work_order_operations o "
                                 "JOIN work_orders w ON w.id = o.work_order_id "
                                 "WHERE w.id = ? AND %2")
                      .arg(LastStepColumns, IsLastStep));
    query.bindValue(0, workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the output of the last step")); !done)
        return done;
    if (!query.next())
        return LastStepOutput();
    return lastStepFrom(query);
}

Result<QList<ReceivableOrderRow>> FinishedGoodsRepository::receivableOrders() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT * FROM (SELECT %1, %2, (SELECT COALESCE(sum(f.quantity), 0) "
                       "FROM finished_goods_receipts f WHERE f.work_order_id = w.id) AS received "
                       "FROM work_orders w JOIN products p ON p.id = w.product_id "
                       "JOIN work_order_operations o ON %3 "
                       "WHERE w.deleted = 0 AND w.state NOT IN ('draft', 'released')) "
                       "WHERE step_good > received "
                       "ORDER BY order_created_at DESC, order_number DESC")
            .arg(TraceOrderRow::sqlColumns(), LastStepColumns, IsLastStep));
    if (Outcome done = Sql::exec(query, tr("read the work orders with finished output")); !done)
        return done;
    QList<ReceivableOrderRow> rows;
    while (query.next()) {
        rows.append({TraceOrderRow::read(Sql::Row(query)), lastStepFrom(query),
                     query.value(QStringLiteral("received")).toDouble()});
    }
    return rows;
}

} // namespace Taktline
