#include "storage/subcontract/subcontractrepository.h"

#include "domain/masterdata/masterrecord.h"
#include "storage/sqlquery.h"

#include <QSqlQuery>

namespace Taktline {

namespace {

// Good pieces of an operation, voided reports and their voids left out.
const char *const GoodOf =
    "(SELECT COALESCE(sum(r.good), 0) FROM production_reports r WHERE r.operation_id = %1 "
    "AND r.voids_report_id IS NULL AND NOT EXISTS (SELECT 1 FROM production_reports v "
    "WHERE v.voids_report_id = r.id))";

} // namespace

SubcontractRepository::SubcontractRepository(QSqlDatabase db)
    : m_db(db)
    , m_numbers(db, {{QStringLiteral("subcontract_orders"), QStringLiteral("number")}})
{
}

Result<std::optional<SubcontractStep>> SubcontractRepository::step(const QString &operationId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT o.id, o.work_order_id, w.number, w.state, o.seq, o.name, o.outsourced, "
        "COALESCE(o.supplier_id, '') AS supplier_id, COALESCE(o.subcontract_price, 0) AS price, "
        "COALESCE(s.lead_days, 0) AS lead_days, "
        "(s.id IS NOT NULL AND s.deleted = 0 AND s.active = 1) AS supplier_usable, "
        "CASE WHEN p.id IS NULL THEN w.quantity ELSE %1 END AS available, "
        "(SELECT COALESCE(sum(so.quantity), 0) FROM subcontract_orders so "
        "WHERE so.operation_id = o.id) AS sent, "
        "(SELECT COALESCE(sum(c.short), 0) FROM subcontract_receipts c JOIN subcontract_orders so "
        "ON so.id = c.subcontract_order_id WHERE so.operation_id = o.id) AS written_off "
        "FROM work_order_operations o JOIN work_orders w ON w.id = o.work_order_id "
        "LEFT JOIN suppliers s ON s.id = o.supplier_id "
        "LEFT JOIN work_order_operations p ON p.id = (SELECT q.id FROM work_order_operations q "
        "WHERE q.work_order_id = o.work_order_id AND q.deleted = 0 AND q.seq < o.seq "
        "ORDER BY q.seq DESC LIMIT 1) "
        "WHERE o.id = :id AND o.deleted = 0")
                      .arg(QString::fromLatin1(GoodOf).arg(QStringLiteral("p.id"))));
    query.bindValue(QStringLiteral(":id"), operationId);
    if (Outcome done = Sql::exec(query, tr("read the subcontracted step")); !done)
        return done;
    if (!query.next())
        return std::optional<SubcontractStep>();
    SubcontractStep step;
    step.operationId = query.value(QStringLiteral("id")).toString();
    step.workOrderId = query.value(QStringLiteral("work_order_id")).toString();
    step.workOrderNumber = query.value(QStringLiteral("number")).toString();
    step.workOrderState = query.value(QStringLiteral("state")).toString();
    step.seq = query.value(QStringLiteral("seq")).toInt();
    step.name = query.value(QStringLiteral("name")).toString();
    step.outsourced = query.value(QStringLiteral("outsourced")).toInt() != 0;
    step.supplierId = query.value(QStringLiteral("supplier_id")).toString();
    step.supplierUsable = query.value(QStringLiteral("supplier_usable")).toInt() != 0;
    step.leadDays = query.value(QStringLiteral("lead_days")).toInt();
    step.unitPrice = query.value(QStringLiteral("price")).toDouble();
    step.available = query.value(QStringLiteral("available")).toDouble();
    step.sent = query.value(QStringLiteral("sent")).toDouble();
    step.writtenOff = query.value(QStringLiteral("written_off")).toDouble();
    return std::optional<SubcontractStep>(step);
}

Result<QList<SubcontractOrder>> SubcontractRepository::orders(const QString &operationId,
                                                              const QString &idOrNumber) const
{
    QString where;
    if (!operationId.isEmpty())
        where = QStringLiteral("WHERE so.operation_id = :operation ");
    else if (!idOrNumber.isEmpty())
        where = QStringLiteral("WHERE so.id = :key OR so.number = upper(:key) ");
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT so.id, so.number, so.work_order_id, w.number AS work_order_number, p.part_no, "
        "p.name AS product_name, p.name_en AS product_name_en, so.operation_id, o.seq, "
        "o.name AS step_name, so.supplier_id, s.code AS supplier_code, "
        "s.name AS supplier_name, s.name_en AS supplier_name_en, so.quantity, so.unit_price, "
        "so.due_date, so.at, COALESCE(c.good, 0) AS good, COALESCE(c.defective, 0) AS defective, "
        "COALESCE(c.short, 0) AS short, COALESCE(c.last_at, 0) AS last_at "
        "FROM subcontract_orders so "
        "JOIN work_orders w ON w.id = so.work_order_id "
        "JOIN products p ON p.id = w.product_id "
        "JOIN work_order_operations o ON o.id = so.operation_id "
        "JOIN suppliers s ON s.id = so.supplier_id "
        "LEFT JOIN (SELECT subcontract_order_id, sum(good) AS good, sum(defective) AS defective, "
        "sum(short) AS short, max(at) AS last_at FROM subcontract_receipts "
        "GROUP BY subcontract_order_id) c ON c.subcontract_order_id = so.id "
        "%1ORDER BY so.at DESC, so.number DESC")
                      .arg(where));
    if (!operationId.isEmpty())
        query.bindValue(QStringLiteral(":operation"), operationId);
    else if (!idOrNumber.isEmpty())
        query.bindValue(QStringLiteral(":key"), idOrNumber.trimmed());
    if (Outcome done = Sql::exec(query, tr("read the subcontract orders")); !done)
        return done;
    QList<SubcontractOrder> orders;
    while (query.next()) {
        SubcontractOrder order;
        order.id = query.value(QStringLiteral("id")).toString();
        order.number = query.value(QStringLiteral("number")).toString();
        order.workOrderId = query.value(QStringLiteral("work_order_id")).toString();
        order.workOrderNumber = query.value(QStringLiteral("work_order_number")).toString();
        order.partNo = query.value(QStringLiteral("part_no")).toString();
        order.productName = localizedName(query.value(QStringLiteral("product_name")).toString(),
                                          query.value(QStringLiteral("product_name_en")).toString());
        order.operationId = query.value(QStringLiteral("operation_id")).toString();
        order.seq = query.value(QStringLiteral("seq")).toInt();
        order.stepName = query.value(QStringLiteral("step_name")).toString();
        order.supplierId = query.value(QStringLiteral("supplier_id")).toString();
        order.supplierCode = query.value(QStringLiteral("supplier_code")).toString();
        order.supplierName = localizedName(query.value(QStringLiteral("supplier_name")).toString(),
                                           query.value(QStringLiteral("supplier_name_en")).toString());
        order.quantity = query.value(QStringLiteral("quantity")).toDouble();
        order.good = query.value(QStringLiteral("good")).toDouble();
        order.defective = query.value(QStringLiteral("defective")).toDouble();
        order.shortQuantity = query.value(QStringLiteral("short")).toDouble();
        order.unitPrice = query.value(QStringLiteral("unit_price")).toDouble();
        order.dueDate = QDate::fromString(query.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
        order.sentAtMs = query.value(QStringLiteral("at")).toLongLong();
        order.lastReceiptAtMs = query.value(QStringLiteral("last_at")).toLongLong();
        orders.append(order);
    }
    return orders;
}

Result<QString> SubcontractRepository::nextNumber(const QDate &day, const QString &deviceCode)
{
    // Like the nonconformances' series: the first device's numbers carry no code, every other
    // device's its own letter, so numbers made offline on two devices never collide.
    const QString code = deviceCode == QLatin1String("A") ? QString() : deviceCode;
    return m_numbers.next(QStringLiteral("OUT-") + day.toString(QStringLiteral("yyyyMMdd")) +
                              QLatin1Char('-') + code,
                          tr("number the subcontract order"));
}

Outcome SubcontractRepository::insertOrder(const SubcontractOrderRow &row)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO subcontract_orders (id, number, work_order_id, operation_id, supplier_id, "
        "quantity, unit_price, due_date, note, employee_id, at, device_id, user_id) VALUES (:id, "
        ":number, :order, :operation, :supplier, :quantity, :price, :due, :note, :employee, :at, "
        ":device, :user)"));
    query.bindValue(QStringLiteral(":id"), row.id);
    query.bindValue(QStringLiteral(":number"), row.number);
    query.bindValue(QStringLiteral(":order"), row.workOrderId);
    query.bindValue(QStringLiteral(":operation"), row.operationId);
    query.bindValue(QStringLiteral(":supplier"), row.supplierId);
    query.bindValue(QStringLiteral(":quantity"), row.quantity);
    query.bindValue(QStringLiteral(":price"), row.unitPrice);
    query.bindValue(QStringLiteral(":due"), row.dueDate.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":note"), Sql::text(row.note));
    query.bindValue(QStringLiteral(":employee"), Sql::nullable(row.employeeId));
    query.bindValue(QStringLiteral(":at"), row.atMs);
    query.bindValue(QStringLiteral(":device"), row.deviceId);
    query.bindValue(QStringLiteral(":user"), Sql::text(row.userId));
    return Sql::exec(query, tr("save the subcontract order"));
}

Outcome SubcontractRepository::insertReceipt(const SubcontractReceiptRow &row)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO subcontract_receipts (id, subcontract_order_id, good, defective, short, "
        "report_id, note, employee_id, at, device_id, user_id) VALUES (:id, :order, :good, "
        ":defective, :short, :report, :note, :employee, :at, :device, :user)"));
    query.bindValue(QStringLiteral(":id"), row.id);
    query.bindValue(QStringLiteral(":order"), row.orderId);
    query.bindValue(QStringLiteral(":good"), row.good);
    query.bindValue(QStringLiteral(":defective"), row.defective);
    query.bindValue(QStringLiteral(":short"), row.shortQuantity);
    query.bindValue(QStringLiteral(":report"), Sql::nullable(row.reportId));
    query.bindValue(QStringLiteral(":note"), Sql::text(row.note));
    query.bindValue(QStringLiteral(":employee"), Sql::nullable(row.employeeId));
    query.bindValue(QStringLiteral(":at"), row.atMs);
    query.bindValue(QStringLiteral(":device"), row.deviceId);
    query.bindValue(QStringLiteral(":user"), Sql::text(row.userId));
    return Sql::exec(query, tr("save the receipt"));
}

} // namespace Taktline
