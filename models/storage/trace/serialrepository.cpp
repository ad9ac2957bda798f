#include "storage/trace/serialrepository.h"

#include "storage/sqlquery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Taktline {

QString SerialNumber::sqlColumns()
{
    return QStringLiteral("s.id AS serial_id, s.serial AS serial_number, "
                          "s.work_order_id AS serial_work_order_id, "
                          "s.product_id AS serial_product_id, s.created_at AS serial_created_at, "
                          "s.device_id AS serial_device_id, s.user_id AS serial_user_id");
}

SerialNumber SerialNumber::read(const Sql::Row &row)
{
    return {row.value(QStringLiteral("serial_id")).toString(),
            row.value(QStringLiteral("serial_number")).toString(),
            row.value(QStringLiteral("serial_work_order_id")).toString(),
            row.value(QStringLiteral("serial_product_id")).toString(),
            row.value(QStringLiteral("serial_created_at")).toLongLong(),
            row.value(QStringLiteral("serial_device_id")).toString(),
            row.value(QStringLiteral("serial_user_id")).toString()};
}

SerialRepository::SerialRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<std::optional<SerialNumber>> SerialRepository::findBySerial(const QString &serial) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM serials s WHERE s.serial = :serial")
                      .arg(SerialNumber::sqlColumns()));
    query.bindValue(QStringLiteral(":serial"), serial);
    if (Outcome done = Sql::exec(query, tr("read the serial number")); !done)
        return done;
    if (!query.next())
        return std::optional<SerialNumber>();
    return std::optional<SerialNumber>(SerialNumber::read(Sql::Row(query)));
}

Result<int> SerialRepository::countOfOrder(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) AS n FROM serials WHERE work_order_id = :order"));
    query.bindValue(QStringLiteral(":order"), workOrderId);
    if (Outcome done = Sql::exec(query, tr("count the serial numbers of the work order")); !done)
        return done;
    query.next();
    return Sql::column(query, QStringLiteral("n")).toInt();
}

Outcome SerialRepository::insertSerials(const QList<SerialNumber> &serials)
{
    QSqlQuery query(m_db);
    if (Outcome done =
            Sql::prepare(query,
                         QStringLiteral("INSERT INTO serials (id, serial, work_order_id, "
                                        "product_id, created_at, device_id, user_id) "
                                        "VALUES (:id, :serial, :work_order_id, :product_id, "
                                        ":created_at, :device_id, :user_id)"),
                         tr("save the serial numbers"));
        !done)
        return done;
    for (const SerialNumber &s : serials) {
        query.bindValue(QStringLiteral(":id"), s.id);
        query.bindValue(QStringLiteral(":serial"), s.serial);
        query.bindValue(QStringLiteral(":work_order_id"), s.workOrderId);
        query.bindValue(QStringLiteral(":product_id"), s.productId);
        query.bindValue(QStringLiteral(":created_at"), s.createdAtMs);
        query.bindValue(QStringLiteral(":device_id"), Sql::text(s.deviceId));
        query.bindValue(QStringLiteral(":user_id"), Sql::text(s.userId));
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
        "VALUES (:id, :serial_id, :kind, :operation_id, :component_serial_id, :employee_id, "
        ":machine_id, :result, :at, :device_id, :user_id)"));
    const bool step = e.kind == SerialEvent::Kind::Step;
    query.bindValue(QStringLiteral(":id"), e.id);
    query.bindValue(QStringLiteral(":serial_id"), e.serialId);
    query.bindValue(QStringLiteral(":kind"),
                    step ? QStringLiteral("step") : QStringLiteral("component"));
    query.bindValue(QStringLiteral(":operation_id"),
                    step ? Sql::nullable(e.operationId) : Sql::nullable({}));
    query.bindValue(QStringLiteral(":component_serial_id"),
                    step ? Sql::nullable({}) : Sql::nullable(e.componentSerialId));
    query.bindValue(QStringLiteral(":employee_id"), Sql::nullable(e.employeeId));
    query.bindValue(QStringLiteral(":machine_id"), Sql::nullable(e.machineId));
    query.bindValue(QStringLiteral(":result"),
                    step ? QVariant(e.pass ? QStringLiteral("pass") : QStringLiteral("fail"))
                         : Sql::nullable({}));
    query.bindValue(QStringLiteral(":at"), e.atMs);
    query.bindValue(QStringLiteral(":device_id"), Sql::text(e.deviceId));
    query.bindValue(QStringLiteral(":user_id"), Sql::text(e.userId));
    return Sql::exec(query, step ? tr("save the step of the serial number")
                                 : tr("save the component of the serial number"));
}

Result<std::optional<TraceOrderRow>> SerialRepository::order(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM work_orders w JOIN products p ON p.id = "
                                 "w.product_id WHERE w.id = :id")
                      .arg(TraceOrderRow::sqlColumns()));
    query.bindValue(QStringLiteral(":id"), workOrderId);
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
        "SELECT ev.operation_id AS operation_id, o.seq AS seq, o.name AS operation_name, "
        "COALESCE(e.name, '') AS employee_name, COALESCE(e.badge, '') AS badge, "
        "COALESCE(m.code, '') AS machine_code, ev.result = 'pass' AS pass, ev.at AS at "
        "FROM serial_events ev JOIN work_order_operations o ON o.id = ev.operation_id "
        "LEFT JOIN employees e ON e.id = ev.employee_id "
        "LEFT JOIN machines m ON m.id = ev.machine_id "
        "WHERE ev.serial_id = :serial AND ev.kind = 'step' ORDER BY ev.at, ev.id"));
    query.bindValue(QStringLiteral(":serial"), serialId);
    if (Outcome done = Sql::exec(query, tr("read the steps of the serial number")); !done)
        return done;
    QList<SerialStepRow> rows;
    const Sql::Row row(query);
    while (query.next()) {
        rows.append({row.value(QStringLiteral("operation_id")).toString(),
                     row.value(QStringLiteral("seq")).toInt(),
                     row.value(QStringLiteral("operation_name")).toString(),
                     row.value(QStringLiteral("employee_name")).toString(),
                     row.value(QStringLiteral("badge")).toString(),
                     row.value(QStringLiteral("machine_code")).toString(),
                     row.value(QStringLiteral("pass")).toBool(),
                     row.value(QStringLiteral("at")).toLongLong()});
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
    query.prepare(QStringLiteral("SELECT %1, COALESCE(e.name, '') AS employee_name, "
                                 "COALESCE(e.badge, '') AS badge, ev.at AS fitted_at "
                                 "FROM serial_events ev JOIN serials s ON s.id = %2 "
                                 "LEFT JOIN employees e ON e.id = ev.employee_id "
                                 "WHERE %3 = :id AND ev.kind = 'component' ORDER BY ev.at, ev.id")
                      .arg(SerialNumber::sqlColumns(), joinOn, where));
    query.bindValue(QStringLiteral(":id"), id);
    if (Outcome done = Sql::exec(query, tr("read the components of the serial number")); !done)
        return done;
    QList<SerialLinkRow> rows;
    const Sql::Row row(query);
    while (query.next()) {
        rows.append({SerialNumber::read(row), row.value(QStringLiteral("employee_name")).toString(),
                     row.value(QStringLiteral("badge")).toString(),
                     row.value(QStringLiteral("fitted_at")).toLongLong()});
    }
    return rows;
}

} // namespace Taktline
