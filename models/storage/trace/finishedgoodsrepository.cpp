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

LastStepOutput lastStepFrom(const Sql::Row &row)
{
    return {true, row.value(QStringLiteral("step_seq")).toInt(),
            row.value(QStringLiteral("step_name")).toString(),
            row.value(QStringLiteral("step_good")).toDouble()};
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
        "WHERE f.work_order_id = :order ORDER BY f.at, f.id"));
    query.bindValue(QStringLiteral(":order"), workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the finished-goods receipts")); !done)
        return done;
    QList<ReceiptRow> rows;
    const Sql::Row row(query);
    while (query.next()) {
        ReceiptRow receipt;
        FinishedGoodsReceipt &r = receipt.receipt;
        r.id = row.value(QStringLiteral("id")).toString();
        r.workOrderId = row.value(QStringLiteral("work_order_id")).toString();
        r.quantity = row.value(QStringLiteral("quantity")).toDouble();
        r.location = row.value(QStringLiteral("location")).toString();
        r.employeeId = row.value(QStringLiteral("employee_id")).toString();
        r.atMs = row.value(QStringLiteral("at")).toLongLong();
        r.deviceId = row.value(QStringLiteral("device_id")).toString();
        r.userId = row.value(QStringLiteral("user_id")).toString();
        receipt.employeeName = row.value(QStringLiteral("employee_name")).toString();
        receipt.badge = row.value(QStringLiteral("badge")).toString();
        rows.append(receipt);
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
    const Sql::Row row(query);
    return FinishedStock{row.value(QStringLiteral("received")).toDouble(),
                         row.value(QStringLiteral("shipped")).toDouble()};
}

Result<LastStepOutput> FinishedGoodsRepository::lastStepOutput(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM work_order_operations o "
                                 "JOIN work_orders w ON w.id = o.work_order_id "
                                 "WHERE w.id = :order AND %2")
                      .arg(LastStepColumns, IsLastStep));
    query.bindValue(QStringLiteral(":order"), workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the output of the last step")); !done)
        return done;
    if (!query.next())
        return LastStepOutput();
    return lastStepFrom(Sql::Row(query));
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
    const Sql::Row row(query);
    while (query.next()) {
        rows.append({TraceOrderRow::read(row), lastStepFrom(row),
                     row.value(QStringLiteral("received")).toDouble()});
    }
    return rows;
}

} // namespace Taktline
