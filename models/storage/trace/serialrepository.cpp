#include "storage/trace/serialrepository.h"

#include "storage/sqlquery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Taktline {

QString SerialNumber::sqlColumns()
{
    return QStringLiteral(
        "s.id, s.serial, s.work_order_id, s.product_id, s.created_at, s.device_id, s.user_id");
}

SerialNumber SerialNumber::read(const QSqlQuery &query, int first)
{
    return {query.value(first).toString(),         query.value(first + 1).toString(),
            query.value(first + 2).toString(),     query.value(first + 3).toString(),
            query.value(first + 4).toLongLong(),   query.value(first + 5).toString(),
            query.value(first + 6).toString()};
}

SerialRepository::SerialRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<std::optional<SerialNumber>> SerialRepository::findBySerial(const QString &serial) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM serials s WHERE s.serial = ?").arg(SerialNumber::sqlColumns()));
    query.bindValue(0, serial);
    if (Outcome done = Sql::exec(query, tr("read the serial number")); !done)
        return done;
    if (!query.next())
        return std::optional<SerialNumber>();
    return std::optional<SerialNumber>(SerialNumber::read(query));
}

Result<int> SerialRepository::countOfOrder(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM serials WHERE work_order_id = ?"));
    query.bindValue(0, workOrderId);
    if (Outcome done = Sql::exec(query, tr("count the serial numbers of the work order")); !done)
        return done;
    query.next();
    return query.value(0).toInt();
}

Outcome SerialRepository::insertSerials(const QList<SerialNumber> &serials)
{
    QSqlQuery query(m_db);
    if (Outcome done =
            Sql::prepare(query,
                         QStringLiteral("INSERT INTO serials (id, serial, work_order_id, "
                                        "product_id, created_at, device_id, user_id) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         tr("save the serial numbers"));
        !done)
        return done;
    for (const SerialNumber &s : serials) {
        query.bindValue(0, s.id);
        query.bindValue(1, s.serial);
        query.bindValue(2, s.workOrderId);
        query.bindValue(3, s.productId);
        query.bindValue(4, s.createdAtMs);
        query.bindValue(5, Sql::text(s.deviceId));
        query.bindValue(6, Sql::text(s.userId));
        if (query.exec())
            continue;
        if (Sql::isUniqueViolation(query.lastError()))
            return Outcome::failure(
                tr("Serial number %1 already exists: a serial number is never used twice.")
                    .arg(s.serial));
        return Outcome::failure(
            Sql::failureMessage(tr("save the serial numbers"), query.lastError()));
    }
    return Outcome::success();
}

Outcome SerialRepository::insertEvent(const SerialEvent &e)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO serial_events (id, serial_id, kind, operation_id, component_serial_id, "
        "employee_id, machine_id, result, at, device_id, user_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool step = e.kind == SerialEvent::Kind::Step;
    const QVariantList values = {
        e.id,
        e.serialId,
        step ? QStringLiteral("step") : QStringLiteral("component"),
        step ? Sql::nullable(e.operationId) : Sql::nullable({}),
        step ? Sql::nullable({}) : Sql::nullable(e.componentSerialId),
        Sql::nullable(e.employeeId),
        Sql::nullable(e.machineId),
        step ? QVariant(e.pass ? QStringLiteral("pass") : QStringLiteral("fail")) : Sql::nullable({}),
        e.atMs,
        Sql::text(e.deviceId),
        Sql::text(e.userId)};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return Sql::exec(query, step ? tr("save the step of the serial number")
                                 : tr("save the component of the serial number"));
}

Result<std::optional<TraceOrderRow>> SerialRepository::order(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM work_orders w JOIN products p ON p.id = "
                                 "w.product_id WHERE w.id = ?")
                      .arg(TraceOrderRow::sqlColumns()));
    query.bindValue(0, workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the work order")); !done)
        return done;
    if (!query.next())
        return std::optional<TraceOrderRow>();
    return std::optional<TraceOrderRow>(TraceOrderRow::read(Sql::Row(query)));
}

Result<QList<SerialStepRow>> SerialRepository::steps(const QString &serialId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT ev.operation_id, o.seq, o.name, COALESCE(e.name, ''), COALESCE(e.badge, ''), "
        "COALESCE(m.code, ''), ev.result = 'pass', ev.at FROM serial_events ev "
        "JOIN work_order_operations o ON o.id = ev.operation_id "
        "LEFT JOIN employees e ON e.id = ev.employee_id "
        "LEFT JOIN machines m ON m.id = ev.machine_id "
        "WHERE ev.serial_id = ? AND ev.kind = 'step' ORDER BY ev.at, ev.id"));
    query.bindValue(0, serialId);
    if (Outcome done = Sql::exec(query, tr("read the steps of the serial number")); !done)
        return done;
    QList<SerialStepRow> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(),
                     query.value(5).toString(), query.value(6).toBool(),
                     query.value(7).toLongLong()});
    }
    return rows;
}

Result<QList<SerialLinkRow>> SerialRepository::components(const QString &serialId) const
{
    return links(QStringLiteral("ev.component_serial_id"), QStringLiteral("ev.serial_id"),
                 serialId);
}

Result<std::optional<SerialLinkRow>> SerialRepository::parentOf(const QString &serialId) const
{
    const Result<QList<SerialLinkRow>> found =
        links(QStringLiteral("ev.serial_id"), QStringLiteral("ev.component_serial_id"), serialId);
    if (!found)
        return found.outcome();
    if (found.value().isEmpty())
        return std::optional<SerialLinkRow>();
    return std::optional<SerialLinkRow>(found.value().constFirst());
}

Result<QList<SerialLinkRow>> SerialRepository::links(const QString &joinOn, const QString &where,
                                                     const QString &id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, COALESCE(e.name, ''), COALESCE(e.badge, ''), ev.at "
                                 "FROM serial_events ev JOIN serials s ON s.id = %2 "
                                 "LEFT JOIN employees e ON e.id = ev.employee_id "
                                 "WHERE %3 = ? AND ev.kind = 'component' ORDER BY ev.at, ev.id")
                      .arg(SerialNumber::sqlColumns(), joinOn, where));
    query.bindValue(0, id);
    if (Outcome done = Sql::exec(query, tr("read the components of the serial number")); !done)
        return done;
    QList<SerialLinkRow> rows;
    while (query.next()) {
        rows.append({SerialNumber::read(query), query.value(7).toString(), query.value(8).toString(),
                     query.value(9).toLongLong()});
    }
    return rows;
}

} // namespace Taktline
