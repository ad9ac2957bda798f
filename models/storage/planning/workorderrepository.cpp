#include "storage/planning/workorderrepository.h"

#include "domain/masterdata/masterrecord.h"

#include "storage/sqlquery.h"
#include "storage/uuid.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Taktline {

namespace {

const QString SelectOrder = QStringLiteral(
    "SELECT id, number, product_id, quantity, due_date, customer, sales_order, priority, lot_no, "
    "notes, state, version, created_at, updated_at FROM work_orders ");

WorkOrder readOrder(const QSqlQuery &q)
{
    WorkOrder o;
    o.id = q.value(0).toString();
    o.number = q.value(1).toString();
    o.productId = q.value(2).toString();
    o.quantity = q.value(3).toDouble();
    o.dueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    o.customer = q.value(5).toString();
    o.salesOrder = q.value(6).toString();
    o.priority = priorityFromKey(q.value(7).toString());
    o.lotNo = q.value(8).toString();
    o.notes = q.value(9).toString();
    o.state = workOrderStateFromKey(q.value(10).toString()).value_or(WorkOrderState::Draft);
    o.version = q.value(11).toInt();
    o.createdAtMs = q.value(12).toLongLong();
    o.updatedAtMs = q.value(13).toLongLong();
    return o;
}

QString sortColumn(WorkOrderFilter::Sort sort)
{
    switch (sort) {
    case WorkOrderFilter::Sort::Number: return QStringLiteral("w.number");
    case WorkOrderFilter::Sort::DueDate: return QStringLiteral("w.due_date");
    case WorkOrderFilter::Sort::Product: return QStringLiteral("p.part_no");
    case WorkOrderFilter::Sort::Customer: return QStringLiteral("w.customer");
    case WorkOrderFilter::Sort::Quantity: return QStringLiteral("w.quantity");
    case WorkOrderFilter::Sort::State: return QStringLiteral("w.state");
    case WorkOrderFilter::Sort::Priority: return QStringLiteral("w.priority");
    }
    return QStringLiteral("w.due_date");
}

} // namespace

WorkOrderRepository::WorkOrderRepository(QSqlDatabase db)
    : m_db(db)
    // An imported or restored order may already hold the next value: skipped.
    , m_numbers(db, {{QStringLiteral("work_orders"), QStringLiteral("number")}})
    , m_insert(
          std::move(db),
          QStringLiteral("INSERT INTO work_orders (id, number, product_id, quantity, due_date, "
                         "customer, sales_order, priority, lot_no, notes, state, version, "
                         "created_at, updated_at) VALUES (:id, :number, :product, :quantity, "
                         ":due, :customer, :salesOrder, :priority, :lot, :notes, :state, 1, "
                         ":now, :now)"))
    , m_operations(m_db)
{}

Result<WorkOrder> WorkOrderRepository::find(const QString &id, bool removed) const
{
    QSqlQuery query(m_db);
    query.prepare(SelectOrder + QStringLiteral("WHERE id = :id AND deleted = :removed"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":removed"), removed ? 1 : 0);
    if (Outcome done = Sql::exec(query, tr("read the work order")); !done)
        return done;
    if (!query.next())
        return Outcome::failure(tr("The work order no longer exists."));
    return readOrder(query);
}

Result<QString> WorkOrderRepository::idForNumber(const QString &number) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM work_orders WHERE number = :number AND deleted = 0"));
    query.bindValue(QStringLiteral(":number"), number.trimmed());
    if (Outcome done = Sql::exec(query, tr("look up the work order")); !done)
        return done;
    return query.next() ? query.value(0).toString() : QString();
}

QString WorkOrderRepository::whereClause(const WorkOrderFilter &filter) const
{
    QStringList where = {QStringLiteral("w.deleted = 0")};
    if (!filter.states.isEmpty()) {
        QStringList keys;
        for (int i = 0; i < filter.states.size(); ++i)
            keys << QStringLiteral(":state%1").arg(i);
        where << QStringLiteral("w.state IN (%1)").arg(keys.join(QStringLiteral(", ")));
    }
    if (!filter.productId.isEmpty())
        where << QStringLiteral("w.product_id = :product");
    if (!filter.customer.trimmed().isEmpty())
        where << QStringLiteral("w.customer LIKE :customer ESCAPE '\\'");
    if (!filter.numberSearch.trimmed().isEmpty())
        where << QStringLiteral("(w.number LIKE :search ESCAPE '\\' OR w.lot_no LIKE :search "
                                "ESCAPE '\\' OR w.sales_order LIKE :search ESCAPE '\\')");
    if (filter.dueFrom)
        where << QStringLiteral("w.due_date >= :dueFrom");
    if (filter.dueTo)
        where << QStringLiteral("w.due_date <= :dueTo");
    if (filter.overdueOnly)
        where << QStringLiteral("w.due_date < :today AND w.state IN ('draft', 'released', "
                                "'in_progress', 'on_hold')");
    if (filter.urgentOnly)
        where << QStringLiteral("w.priority = 'urgent'");
    return QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

void WorkOrderRepository::bindFilter(QSqlQuery &query, const WorkOrderFilter &filter) const
{
    auto like = [](const QString &text) {
        QString escaped = text.trimmed();
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        return QString(QLatin1Char('%') + escaped + QLatin1Char('%'));
    };
    for (int i = 0; i < filter.states.size(); ++i)
        query.bindValue(QStringLiteral(":state%1").arg(i), workOrderStateKey(filter.states.at(i)));
    if (!filter.productId.isEmpty())
        query.bindValue(QStringLiteral(":product"), filter.productId);
    if (!filter.customer.trimmed().isEmpty())
        query.bindValue(QStringLiteral(":customer"), like(filter.customer));
    if (!filter.numberSearch.trimmed().isEmpty())
        query.bindValue(QStringLiteral(":search"), like(filter.numberSearch));
    if (filter.dueFrom)
        query.bindValue(QStringLiteral(":dueFrom"), filter.dueFrom->toString(Qt::ISODate));
    if (filter.dueTo)
        query.bindValue(QStringLiteral(":dueTo"), filter.dueTo->toString(Qt::ISODate));
    if (filter.overdueOnly)
        query.bindValue(QStringLiteral(":today"), filter.today.toString(Qt::ISODate));
}

Result<QList<WorkOrderListRow>> WorkOrderRepository::page(const WorkOrderFilter &filter, int offset,
                                                          int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Numbers sort by series and value, so WO-20261122-10000 follows WO-20261122-9999.
    const QString order =
        filter.sort == WorkOrderFilter::Sort::Number
            ? NumberSeries::sqlOrder(QStringLiteral("w.number"), filter.descending)
            : sortColumn(filter.sort) + (filter.descending ? QStringLiteral(" DESC") : QString());
    query.prepare(QStringLiteral("SELECT w.id AS id, w.number AS number, p.part_no AS part_no, "
                                 "p.name AS product_name, p.name_en AS product_name_en, w.quantity AS quantity, "
                                 "w.due_date AS due_date, w.customer AS customer, "
                                 "w.priority AS priority, w.state AS state "
                                 "FROM work_orders w JOIN products p ON p.id = w.product_id") +
                  whereClause(filter) + QStringLiteral(" ORDER BY ") + order +
                  QStringLiteral(", w.number LIMIT :limit OFFSET :offset"));
    bindFilter(query, filter);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    if (Outcome done = Sql::exec(query, tr("read the work-order list")); !done)
        return done;
    const QSqlRecord columns = query.record();
    const int id = columns.indexOf(QStringLiteral("id"));
    const int number = columns.indexOf(QStringLiteral("number"));
    const int partNo = columns.indexOf(QStringLiteral("part_no"));
    const int productName = columns.indexOf(QStringLiteral("product_name"));
    const int productNameEn = columns.indexOf(QStringLiteral("product_name_en"));
    const int quantity = columns.indexOf(QStringLiteral("quantity"));
    const int dueDate = columns.indexOf(QStringLiteral("due_date"));
    const int customer = columns.indexOf(QStringLiteral("customer"));
    const int priority = columns.indexOf(QStringLiteral("priority"));
    const int state = columns.indexOf(QStringLiteral("state"));
    QList<WorkOrderListRow> rows;
    while (query.next()) {
        rows.append(
            {query.value(id).toString(), query.value(number).toString(),
             query.value(partNo).toString(),
             // The English name in an English UI where the product has one.
             localizedName(query.value(productName).toString(), query.value(productNameEn).toString()),
             query.value(quantity).toDouble(),
             QDate::fromString(query.value(dueDate).toString(), Qt::ISODate),
             query.value(customer).toString(), priorityFromKey(query.value(priority).toString()),
             workOrderStateFromKey(query.value(state).toString()).value_or(WorkOrderState::Draft)});
    }
    if (Outcome done = fillDone(rows); !done)
        return done;
    return rows;
}

// Progress for one page only, after the sorted query, so sorting 100,000 orders never waits
// for it: the good pieces of each order's last step. The page's ids go in as one JSON array
// bound to one placeholder, so any page size works, whatever limit on bound variables the
// SQLite build has (250,000 on Debian, 32,766 in a standard build).
Outcome WorkOrderRepository::fillDone(QList<WorkOrderListRow> &rows) const
{
    if (rows.isEmpty())
        return Outcome::success();
    QJsonArray ids;
    for (const WorkOrderListRow &row : std::as_const(rows))
        ids.append(row.id);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT o.work_order_id AS work_order_id, sum(r.good) AS good "
        "FROM json_each(:ids) j JOIN work_order_operations o ON o.work_order_id = j.value "
        "AND o.deleted = 0 AND o.seq = (SELECT max(x.seq) FROM work_order_operations x "
        "WHERE x.work_order_id = j.value AND x.deleted = 0) "
        "JOIN production_reports r ON r.operation_id = o.id AND r.voids_report_id IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM production_reports v WHERE v.voids_report_id = r.id) "
        "GROUP BY o.work_order_id"));
    query.bindValue(QStringLiteral(":ids"),
                    QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    if (Outcome done = Sql::exec(query, tr("read the progress")); !done)
        return done;
    QHash<QString, double> done;
    done.reserve(rows.size());
    while (query.next())
        done.insert(query.value(QStringLiteral("work_order_id")).toString(),
                    query.value(QStringLiteral("good")).toDouble());
    for (WorkOrderListRow &row : rows)
        row.done = done.value(row.id);
    return Outcome::success();
}

Result<int> WorkOrderRepository::count(const WorkOrderFilter &filter) const
{
    QSqlQuery query(m_db);
    const bool needsProduct = filter.sort == WorkOrderFilter::Sort::Product;
    query.prepare(QStringLiteral("SELECT count(*) FROM work_orders w")
                  + (needsProduct ? QStringLiteral(" JOIN products p ON p.id = w.product_id") : QString())
                  + whereClause(filter));
    bindFilter(query, filter);
    if (Outcome done = Sql::exec(query, tr("count the work orders")); !done)
        return done;
    query.next();
    return query.value(0).toInt();
}

namespace {

// The fields a planner edits, bound by name for INSERT and UPDATE alike.
void bindEditableFields(QSqlQuery &query, const WorkOrder &o)
{
    query.bindValue(QStringLiteral(":product"), o.productId);
    query.bindValue(QStringLiteral(":quantity"), o.quantity);
    query.bindValue(QStringLiteral(":due"), o.dueDate.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":customer"), Sql::text(o.customer));
    query.bindValue(QStringLiteral(":salesOrder"), Sql::text(o.salesOrder));
    query.bindValue(QStringLiteral(":priority"), priorityKey(o.priority));
    query.bindValue(QStringLiteral(":lot"), Sql::text(o.lotNo));
    query.bindValue(QStringLiteral(":notes"), Sql::text(o.notes));
    query.bindValue(QStringLiteral(":state"), workOrderStateKey(o.state));
}

} // namespace

Outcome WorkOrderRepository::insert(const WorkOrder &o)
{
    const QString purpose = tr("save the work order");
    const Result<QSqlQuery *> prepared = m_insert.query(purpose);
    if (!prepared)
        return prepared.outcome();
    QSqlQuery &query = *prepared.value();
    query.bindValue(QStringLiteral(":id"), o.id);
    query.bindValue(QStringLiteral(":number"), o.number);
    bindEditableFields(query, o);
    query.bindValue(QStringLiteral(":now"), o.createdAtMs ? o.createdAtMs : nowUtcMs());
    const Outcome done = Sql::exec(query, purpose);
    query.finish();
    return done;
}

Outcome WorkOrderRepository::update(const WorkOrder &o, int expectedVersion)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE work_orders SET product_id = :product, quantity = :quantity, due_date = :due, "
        "customer = :customer, sales_order = :salesOrder, priority = :priority, lot_no = :lot, "
        "notes = :notes, state = :state, version = version + 1, updated_at = :now "
        "WHERE id = :id AND version = :version AND deleted = 0"));
    bindEditableFields(query, o);
    query.bindValue(QStringLiteral(":now"), nowUtcMs());
    query.bindValue(QStringLiteral(":id"), o.id);
    query.bindValue(QStringLiteral(":version"), expectedVersion);
    if (Outcome done = Sql::exec(query, tr("save the work order")); !done)
        return done;
    if (query.numRowsAffected() != 1) {
        return Outcome::failure(tr("Work order %1 was changed in another window or by another "
                                   "user while you edited it. Your change was not saved; the "
                                   "latest version is shown now.")
                                    .arg(o.number));
    }
    return Outcome::success();
}

Outcome WorkOrderRepository::setRemoved(const QString &id, bool removed)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE work_orders SET deleted = :removed, version = version + 1, "
                       "updated_at = :now WHERE id = :id"));
    query.bindValue(QStringLiteral(":removed"), removed ? 1 : 0);
    query.bindValue(QStringLiteral(":now"), nowUtcMs());
    query.bindValue(QStringLiteral(":id"), id);
    return Sql::exec(query, tr("remove the work order"));
}

Result<QList<WorkOrderOperation>> WorkOrderRepository::operations(const QString &workOrderId) const
{
    return m_operations.operations(workOrderId);
}

Result<WorkOrderOperation> WorkOrderRepository::operation(const QString &operationId) const
{
    return m_operations.operation(operationId);
}

Outcome WorkOrderRepository::replaceOperations(const QString &workOrderId,
                                               const QList<WorkOrderOperation> &ops)
{
    return m_operations.replaceOperations(workOrderId, ops);
}

Result<double> WorkOrderRepository::lastQueueRank(const QString &machineId) const
{
    return m_operations.lastQueueRank(machineId);
}

Result<QString> WorkOrderRepository::nextNumber(const QDate &day, const QString &deviceCode)
{
    const QString code = deviceCode == QLatin1String("A") ? QString() : deviceCode;
    return m_numbers.next(QStringLiteral("WO-") + day.toString(QStringLiteral("yyyyMMdd")) +
                              QLatin1Char('-') + code,
                          tr("number the work order"));
}

} // namespace Taktline
