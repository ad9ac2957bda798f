#include "services/quality/nonconformancesubjects.h"

#include "services/quality/nonconformanceservice.h"
#include "storage/sqlquery.h"

#include <QSqlQuery>

namespace Taktline {

namespace {

// Good pieces of the counting reports (neither voiding nor voided) of step :op.
const QString GoodOnStep = QStringLiteral(
    "SELECT coalesce(sum(r.good), 0) FROM production_reports r WHERE r.operation_id = :op AND "
    "r.voids_report_id IS NULL AND NOT EXISTS (SELECT 1 FROM production_reports v "
    "WHERE v.voids_report_id = r.id)");

} // namespace

NonconformanceSubjects::NonconformanceSubjects(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<NonconformanceSubject> NonconformanceSubjects::resolve(const NonconformanceInput &input) const
{
    NonconformanceSubject subject;
    subject.workOrderId = input.workOrderId.trimmed();
    subject.operationId = input.operationId.trimmed();
    subject.machineId = input.machineId.trimmed();
    if (!input.inspectionId.isEmpty()) {
        if (Outcome done = fromInspection(subject, input.inspectionId); !done)
            return done;
    }
    const bool any = !subject.operationId.isEmpty() || !subject.workOrderId.isEmpty() ||
                     !subject.lotId.isEmpty() || !subject.serialId.isEmpty() ||
                     !input.lotCode.trimmed().isEmpty() || !input.serial.trimmed().isEmpty();
    if (!any)
        return Outcome::failure(tr("Say what is nonconforming: a step of a work order, a work "
                                   "order, a lot or a serial number."));
    if (!subject.operationId.isEmpty()) {
        if (Outcome done = fromOperation(subject); !done)
            return done;
    } else if (!subject.workOrderId.isEmpty()) {
        if (Outcome done = fromWorkOrder(subject); !done)
            return done;
    }
    if (subject.lotId.isEmpty() && !input.lotCode.trimmed().isEmpty()) {
        if (Outcome done = fromLot(subject, input.lotCode); !done)
            return done;
    }
    if (subject.serialId.isEmpty() && !input.serial.trimmed().isEmpty()) {
        if (Outcome done = fromSerial(subject, input.serial); !done)
            return done;
    } else if (!subject.serialId.isEmpty()) {
        subject.most = std::min(subject.most > 0 ? subject.most : 1.0, 1.0);
    }
    if (!input.defectReasonId.isEmpty()) {
        if (Outcome done = exists(QStringLiteral("defect_reasons"), input.defectReasonId,
                                  tr("The defect reason does not exist. Choose one of the list."));
            !done)
            return done;
    }
    if (!input.employeeId.isEmpty()) {
        if (Outcome done = exists(QStringLiteral("employees"), input.employeeId,
                                  tr("The employee does not exist. Choose one of the list."));
            !done)
            return done;
    }
    if (!subject.machineId.isEmpty()) {
        if (Outcome done = exists(QStringLiteral("machines"), subject.machineId,
                                  tr("The machine does not exist. Choose one of the list."));
            !done)
            return done;
    }
    return subject;
}

Outcome NonconformanceSubjects::fromInspection(NonconformanceSubject &subject,
                                               const QString &inspectionId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT i.kind, p.product_id, coalesce(i.work_order_id, '') AS work_order_id, "
        "coalesce(i.operation_id, '') AS operation_id, coalesce(i.machine_id, '') AS machine_id, "
        "coalesce(i.lot_id, '') AS lot_id, coalesce(i.serial_id, '') AS serial_id, i.lot_size "
        "FROM inspections i JOIN inspection_plans p ON p.id = i.plan_id WHERE i.id = :id"));
    query.bindValue(QStringLiteral(":id"), inspectionId);
    if (Outcome done = Sql::exec(query, tr("read the inspection")); !done)
        return done;
    if (!query.next())
        return Outcome::failure(tr("The inspection does not exist."));
    const Sql::Row row(query);
    subject.inspectionId = inspectionId;
    subject.inspectionKind = row.value(QStringLiteral("kind")).toString();
    subject.productId = row.value(QStringLiteral("product_id")).toString();
    for (const auto &[field, column] :
         {std::pair{&subject.workOrderId, "work_order_id"}, {&subject.operationId, "operation_id"},
          {&subject.machineId, "machine_id"}, {&subject.lotId, "lot_id"},
          {&subject.serialId, "serial_id"}}) {
        const QString value = row.value(QLatin1String(column)).toString();
        if (field->isEmpty())
            *field = value;
    }
    if (!subject.lotId.isEmpty() && subject.operationId.isEmpty()) {
        // An incoming or final inspection of a lot: the pieces are the lot's.
        QSqlQuery lot(m_db);
        lot.prepare(QStringLiteral("SELECT lot_no, received_qty FROM material_lots WHERE id = :id"));
        lot.bindValue(QStringLiteral(":id"), subject.lotId);
        if (Outcome done = Sql::exec(lot, tr("read the lot")); !done)
            return done;
        if (lot.next()) {
            subject.what = Sql::column(lot, QStringLiteral("lot_no")).toString();
            const double size = row.value(QStringLiteral("lot_size")).toDouble();
            subject.most = size > 0 ? size : Sql::column(lot, QStringLiteral("received_qty")).toDouble();
        }
    }
    return Outcome::success();
}

Outcome NonconformanceSubjects::fromOperation(NonconformanceSubject &subject) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT o.work_order_id, o.machine_id, o.seq, w.number, w.product_id, (") + GoodOnStep +
                  QStringLiteral(") AS good, (SELECT coalesce(sum(n.quantity), 0) FROM "
                                 "nonconformances n WHERE n.operation_id = :op) AS taken "
                                 "FROM work_order_operations o JOIN work_orders w ON "
                                 "w.id = o.work_order_id WHERE o.id = :op"));
    query.bindValue(QStringLiteral(":op"), subject.operationId);
    if (Outcome done = Sql::exec(query, tr("read the operation")); !done)
        return done;
    if (!query.next())
        return Outcome::failure(tr("The operation does not exist."));
    const Sql::Row row(query);
    const QString order = row.value(QStringLiteral("work_order_id")).toString();
    if (!subject.workOrderId.isEmpty() && subject.workOrderId != order)
        return Outcome::failure(tr("The operation belongs to another work order."));
    subject.workOrderId = order;
    if (subject.machineId.isEmpty())
        subject.machineId = row.value(QStringLiteral("machine_id")).toString();
    if (subject.productId.isEmpty())
        subject.productId = row.value(QStringLiteral("product_id")).toString();
    subject.what = row.value(QStringLiteral("number")).toString() + QLatin1Char('/') +
                   row.value(QStringLiteral("seq")).toString();
    // The pieces of an NC on a step are of its good pieces: what the station reported defective
    // is a loss already, and OEE must not count it twice (docs/quality.md).
    subject.most = row.value(QStringLiteral("good")).toDouble() -
                   row.value(QStringLiteral("taken")).toDouble();
    if (subject.most <= 0)
        return Outcome::failure(tr("Step %1 has no good pieces left that are not in a "
                                   "nonconformance already.")
                                    .arg(subject.what));
    return Outcome::success();
}

Outcome NonconformanceSubjects::fromWorkOrder(NonconformanceSubject &subject) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT number, product_id, quantity FROM work_orders "
                                 "WHERE id = :id AND deleted = 0"));
    query.bindValue(QStringLiteral(":id"), subject.workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the work order")); !done)
        return done;
    if (!query.next())
        return Outcome::failure(tr("The work order does not exist."));
    if (subject.productId.isEmpty())
        subject.productId = Sql::column(query, QStringLiteral("product_id")).toString();
    subject.what = Sql::column(query, QStringLiteral("number")).toString();
    subject.most = Sql::column(query, QStringLiteral("quantity")).toDouble();
    return Outcome::success();
}

Outcome NonconformanceSubjects::fromLot(NonconformanceSubject &subject, const QString &lotCode) const
{
    QString code = lotCode.trimmed();
    if (code.startsWith(QLatin1String("LOT:"), Qt::CaseInsensitive))
        code = code.mid(4);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, lot_no, product_id, received_qty FROM material_lots "
                                 "WHERE lot_no = :code AND deleted = 0"));
    query.bindValue(QStringLiteral(":code"), code.toUpper());
    if (Outcome done = Sql::exec(query, tr("read the lot")); !done)
        return done;
    if (query.next()) {
        subject.lotId = Sql::column(query, QStringLiteral("id")).toString();
        if (subject.productId.isEmpty())
            subject.productId = Sql::column(query, QStringLiteral("product_id")).toString();
        subject.what = Sql::column(query, QStringLiteral("lot_no")).toString();
        if (subject.most <= 0)
            subject.most = Sql::column(query, QStringLiteral("received_qty")).toDouble();
        return Outcome::success();
    }
    // A production lot: the work order that made it.
    QSqlQuery order(m_db);
    order.prepare(QStringLiteral("SELECT id FROM work_orders WHERE lot_no = :code AND deleted = 0"));
    order.bindValue(QStringLiteral(":code"), code);
    if (Outcome done = Sql::exec(order, tr("read the work order")); !done)
        return done;
    if (!order.next())
        return Outcome::failure(tr("No material lot or production lot has the number %1.").arg(code));
    const QString orderId = Sql::column(order, QStringLiteral("id")).toString();
    if (!subject.workOrderId.isEmpty() && subject.workOrderId != orderId)
        return Outcome::failure(tr("Lot %1 belongs to another work order.").arg(code));
    if (subject.workOrderId.isEmpty()) {
        subject.workOrderId = orderId;
        return fromWorkOrder(subject);
    }
    return Outcome::success();
}

Outcome NonconformanceSubjects::fromSerial(NonconformanceSubject &subject, const QString &serial) const
{
    QString code = serial.trimmed();
    if (code.startsWith(QLatin1String("SN:"), Qt::CaseInsensitive))
        code = code.mid(3);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, work_order_id, product_id FROM serials WHERE serial = :s"));
    query.bindValue(QStringLiteral(":s"), code);
    if (Outcome done = Sql::exec(query, tr("read the serial number")); !done)
        return done;
    if (!query.next())
        return Outcome::failure(tr("Serial number %1 does not exist.").arg(code));
    subject.serialId = Sql::column(query, QStringLiteral("id")).toString();
    if (subject.workOrderId.isEmpty())
        subject.workOrderId = Sql::column(query, QStringLiteral("work_order_id")).toString();
    if (subject.productId.isEmpty())
        subject.productId = Sql::column(query, QStringLiteral("product_id")).toString();
    if (subject.what.isEmpty())
        subject.what = code;
    subject.most = 1; // one serial is one piece
    return Outcome::success();
}

Outcome NonconformanceSubjects::exists(const QString &table, const QString &id,
                                       const QString &message) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = :id AND deleted = 0").arg(table));
    query.bindValue(QStringLiteral(":id"), id);
    if (Outcome done = Sql::exec(query, tr("check the reference")); !done)
        return done;
    return query.next() ? Outcome::success() : Outcome::failure(message);
}

Result<QString> NonconformanceSubjects::responsibleEmployee(const QString &nonconformanceId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT coalesce(n.employee_id, (SELECT r.employee_id FROM production_reports r "
        "WHERE r.operation_id = n.operation_id AND r.good > 0 AND r.employee_id IS NOT NULL "
        "AND r.voids_report_id IS NULL AND NOT EXISTS (SELECT 1 FROM production_reports v "
        "WHERE v.voids_report_id = r.id) ORDER BY r.reported_at DESC LIMIT 1), '') AS employee "
        "FROM nonconformances n WHERE n.id = :id"));
    query.bindValue(QStringLiteral(":id"), nonconformanceId);
    if (Outcome done = Sql::exec(query, tr("read who answers for the pieces")); !done)
        return done;
    return query.next() ? Sql::column(query, QStringLiteral("employee")).toString() : QString();
}

Result<QString> NonconformanceSubjects::inspectionKind(const QString &inspectionId) const
{
    if (inspectionId.isEmpty())
        return QString();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT kind FROM inspections WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), inspectionId);
    if (Outcome done = Sql::exec(query, tr("read the inspection")); !done)
        return done;
    return query.next() ? Sql::column(query, QStringLiteral("kind")).toString() : QString();
}

Result<bool> NonconformanceSubjects::lotBlocked(const QString &lotId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT blocked FROM material_lots WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), lotId);
    if (Outcome done = Sql::exec(query, tr("read the lot")); !done)
        return done;
    return query.next() && Sql::column(query, QStringLiteral("blocked")).toBool();
}

Result<bool> NonconformanceSubjects::lotReturned(const QString &lotId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM nc_dispositions d JOIN nonconformances n ON "
        "n.id = d.nonconformance_id WHERE n.lot_id = :lot AND d.disposition = "
        "'return_to_supplier') AS returned"));
    query.bindValue(QStringLiteral(":lot"), lotId);
    if (Outcome done = Sql::exec(query, tr("read the dispositions")); !done)
        return done;
    return query.next() && Sql::column(query, QStringLiteral("returned")).toBool();
}

Result<QString> NonconformanceSubjects::userRole(const QString &userId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT role FROM users WHERE id = :id AND active = 1 AND deleted = 0"));
    query.bindValue(QStringLiteral(":id"), userId);
    if (Outcome done = Sql::exec(query, tr("read the user account")); !done)
        return done;
    return query.next() ? Sql::column(query, QStringLiteral("role")).toString() : QString();
}

} // namespace Taktline
