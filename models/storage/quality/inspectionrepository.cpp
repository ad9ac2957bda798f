#include "storage/quality/inspectionrepository.h"

#include "storage/sqlquery.h"
#include "storage/uuid.h"

#include <QSqlQuery>
#include <QVariant>

namespace Taktline {

namespace {

// The order's columns, with the good of its last step (the lot a final inspection samples).
const QString OrderColumns = QStringLiteral(
    "w.id AS wo_id, w.number AS wo_number, w.state AS wo_state, p.id AS product_id, "
    "p.part_no AS part_no, p.name AS product_name, "
    "COALESCE((SELECT max(x.seq) FROM work_order_operations x WHERE x.work_order_id = w.id "
    "AND x.deleted = 0), 0) AS last_seq, "
    "COALESCE((SELECT g.good FROM operation_progress g WHERE g.operation_id = (SELECT y.id FROM "
    "work_order_operations y WHERE y.work_order_id = w.id AND y.deleted = 0 ORDER BY y.seq DESC "
    "LIMIT 1)), 0) AS last_good");

// Inspections that count: not a voiding record, and not voided.
const QString Counts = QStringLiteral(
    "i.voids_inspection_id IS NULL AND NOT EXISTS (SELECT 1 FROM inspections v "
    "WHERE v.voids_inspection_id = i.id)");

void readOrder(const Sql::Row &row, SubjectRow &s)
{
    s.workOrderId = row.value(QStringLiteral("wo_id")).toString();
    s.workOrderNumber = row.value(QStringLiteral("wo_number")).toString();
    s.workOrderState = row.value(QStringLiteral("wo_state")).toString();
    s.productId = row.value(QStringLiteral("product_id")).toString();
    s.partNo = row.value(QStringLiteral("part_no")).toString();
    s.productName = row.value(QStringLiteral("product_name")).toString();
    s.lastSeq = row.value(QStringLiteral("last_seq")).toInt();
    s.lotSize = row.value(QStringLiteral("last_good")).toDouble();
}

} // namespace

InspectionRepository::InspectionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<SubjectRow> InspectionRepository::operationSubject(const QString &operationId) const
{
    QSqlQuery query(m_db);
    if (Outcome ok = Sql::prepare(
            query,
            QStringLiteral("SELECT %1, o.id AS op_id, o.seq AS op_seq, o.name AS op_name, "
                           "COALESCE(o.machine_id, '') AS machine_id, "
                           "COALESCE(m.code, '') AS machine_code "
                           "FROM work_order_operations o JOIN work_orders w ON w.id = "
                           "o.work_order_id JOIN products p ON p.id = w.product_id "
                           "LEFT JOIN machines m ON m.id = o.machine_id "
                           "WHERE o.id = :id AND o.deleted = 0")
                .arg(OrderColumns),
            tr("read the step inspected"));
        !ok)
        return ok;
    query.bindValue(QStringLiteral(":id"), operationId);
    if (Outcome ok = Sql::exec(query, tr("read the step inspected")); !ok)
        return ok;
    if (!query.next())
        return Outcome::failure(tr("The step to inspect does not exist in this factory."));
    const Sql::Row row(query);
    SubjectRow s;
    readOrder(row, s);
    s.operationId = row.value(QStringLiteral("op_id")).toString();
    s.seq = row.value(QStringLiteral("op_seq")).toInt();
    s.operationName = row.value(QStringLiteral("op_name")).toString();
    s.machineId = row.value(QStringLiteral("machine_id")).toString();
    s.machineCode = row.value(QStringLiteral("machine_code")).toString();
    return s;
}

Result<SubjectRow> InspectionRepository::orderSubject(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    if (Outcome ok = Sql::prepare(query,
                                  QStringLiteral("SELECT %1 FROM work_orders w JOIN products p ON "
                                                 "p.id = w.product_id WHERE w.id = :id")
                                      .arg(OrderColumns),
                                  tr("read the order inspected"));
        !ok)
        return ok;
    query.bindValue(QStringLiteral(":id"), workOrderId);
    if (Outcome ok = Sql::exec(query, tr("read the order inspected")); !ok)
        return ok;
    if (!query.next())
        return Outcome::failure(tr("The work order to inspect does not exist in this factory."));
    SubjectRow s;
    readOrder(Sql::Row(query), s);
    return s;
}

Result<SubjectRow> InspectionRepository::lotSubject(const QString &lotNo) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT l.id AS lot_id, l.lot_no AS lot_no, l.supplier AS supplier, "
        "l.received_qty AS received_qty, p.id AS product_id, p.part_no AS part_no, "
        "p.name AS product_name FROM material_lots l JOIN products p ON p.id = l.product_id "
        "WHERE l.lot_no = :lot AND l.deleted = 0"));
    query.bindValue(QStringLiteral(":lot"), lotNo.trimmed().toUpper());
    if (Outcome ok = Sql::exec(query, tr("read the lot inspected")); !ok)
        return ok;
    if (!query.next())
        return Outcome::failure(tr("No material lot %1 exists in this factory.").arg(lotNo));
    const Sql::Row row(query);
    SubjectRow s;
    s.lotId = row.value(QStringLiteral("lot_id")).toString();
    s.lotNo = row.value(QStringLiteral("lot_no")).toString();
    s.supplier = row.value(QStringLiteral("supplier")).toString();
    s.lotSize = row.value(QStringLiteral("received_qty")).toDouble();
    s.productId = row.value(QStringLiteral("product_id")).toString();
    s.partNo = row.value(QStringLiteral("part_no")).toString();
    s.productName = row.value(QStringLiteral("product_name")).toString();
    return s;
}

Result<QString> InspectionRepository::serialId(const QString &serial) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM serials WHERE serial = :serial"));
    query.bindValue(QStringLiteral(":serial"), serial.trimmed());
    if (Outcome ok = Sql::exec(query, tr("read the serial inspected")); !ok)
        return ok;
    return query.next() ? query.value(0).toString() : QString();
}

Result<QString> InspectionRepository::inspectorName(const QString &employeeId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name FROM employees WHERE id = :id AND inspector = 1 "
                                 "AND active = 1 AND deleted = 0"));
    query.bindValue(QStringLiteral(":id"), employeeId);
    if (Outcome ok = Sql::exec(query, tr("read the inspector")); !ok)
        return ok;
    return query.next() ? query.value(0).toString() : QString();
}

bool InspectionRepository::reportedStep(const QString &operationId, const QString &employeeId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM production_reports WHERE operation_id = :op AND "
                                 "employee_id = :employee AND voids_report_id IS NULL LIMIT 1"));
    query.bindValue(QStringLiteral(":op"), operationId);
    query.bindValue(QStringLiteral(":employee"), employeeId);
    return query.exec() && query.next();
}

Result<QString> InspectionRepository::openRequest(const QString &operationId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT r.id FROM inspection_requests r WHERE r.operation_id = :op AND r.kind = "
        "'first_article' AND NOT EXISTS (SELECT 1 FROM inspections i WHERE i.request_id = r.id "
        "AND %1) ORDER BY r.at DESC, r.id DESC LIMIT 1")
                      .arg(Counts));
    query.bindValue(QStringLiteral(":op"), operationId);
    if (Outcome ok = Sql::exec(query, tr("read the open first-article request")); !ok)
        return ok;
    return query.next() ? query.value(0).toString() : QString();
}

Outcome InspectionRepository::insertRequest(const QString &id, const SubjectRow &step,
                                             const QString &machineId, const QString &employeeId,
                                             qint64 atMs, const QString &deviceId,
                                             const QString &userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO inspection_requests (id, kind, work_order_id, operation_id, machine_id, "
        "employee_id, at, device_id, user_id) VALUES (:id, 'first_article', :wo, :op, :machine, "
        ":employee, :at, :device, :user)"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":wo"), step.workOrderId);
    query.bindValue(QStringLiteral(":op"), step.operationId);
    query.bindValue(QStringLiteral(":machine"), Sql::nullable(machineId));
    query.bindValue(QStringLiteral(":employee"), Sql::nullable(employeeId));
    query.bindValue(QStringLiteral(":at"), atMs);
    query.bindValue(QStringLiteral(":device"), deviceId);
    query.bindValue(QStringLiteral(":user"), Sql::text(userId));
    return Sql::exec(query, tr("save the first-article request"));
}

Outcome InspectionRepository::insertInspection(const InspectionFact &f)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO inspections (id, kind, plan_id, work_order_id, operation_id, machine_id, "
        "lot_id, serial_id, supplier, lot_size, sample_size, code_letter, severity, "
        "accept_number, reject_number, nonconforming, result, request_id, voids_inspection_id, "
        "note, employee_id, at, device_id, user_id) VALUES (:id, :kind, :plan, :wo, :op, "
        ":machine, :lot, :serial, :supplier, :lot_size, :sample_size, :code_letter, :severity, "
        ":accept, :reject, :nonconforming, :result, :request, :voids, :note, :employee, :at, "
        ":device, :user)"));
    query.bindValue(QStringLiteral(":id"), f.id);
    query.bindValue(QStringLiteral(":kind"), inspectionKindKey(f.kind));
    query.bindValue(QStringLiteral(":plan"), f.planId);
    query.bindValue(QStringLiteral(":wo"), Sql::nullable(f.workOrderId));
    query.bindValue(QStringLiteral(":op"), Sql::nullable(f.operationId));
    query.bindValue(QStringLiteral(":machine"), Sql::nullable(f.machineId));
    query.bindValue(QStringLiteral(":lot"), Sql::nullable(f.lotId));
    query.bindValue(QStringLiteral(":serial"), Sql::nullable(f.serialId));
    query.bindValue(QStringLiteral(":supplier"), Sql::text(f.supplier));
    query.bindValue(QStringLiteral(":lot_size"), f.lotSize);
    const std::optional<SamplingPlan> &s = f.sampling;
    query.bindValue(QStringLiteral(":sample_size"), s ? s->sampleSize : 0);
    query.bindValue(QStringLiteral(":code_letter"),
                    s ? QString(s->codeLetter) : QStringLiteral(""));
    query.bindValue(QStringLiteral(":severity"), s ? severityKey(f.severity) : QStringLiteral(""));
    query.bindValue(QStringLiteral(":accept"), s ? QVariant(s->accept) : QVariant(QMetaType::fromType<int>()));
    query.bindValue(QStringLiteral(":reject"), s ? QVariant(s->reject) : QVariant(QMetaType::fromType<int>()));
    query.bindValue(QStringLiteral(":nonconforming"), f.nonconforming);
    query.bindValue(QStringLiteral(":result"), f.passed ? QStringLiteral("pass") : QStringLiteral("fail"));
    query.bindValue(QStringLiteral(":request"), Sql::nullable(f.requestId));
    query.bindValue(QStringLiteral(":voids"), Sql::nullable(f.voidsInspectionId));
    query.bindValue(QStringLiteral(":note"), Sql::text(f.note));
    query.bindValue(QStringLiteral(":employee"), Sql::nullable(f.employeeId));
    query.bindValue(QStringLiteral(":at"), f.atMs);
    query.bindValue(QStringLiteral(":device"), f.deviceId);
    query.bindValue(QStringLiteral(":user"), Sql::text(f.userId));
    return Sql::exec(query, tr("save the inspection"));
}

Outcome InspectionRepository::insertValue(const QString &inspectionId, const InspectionEntry &e,
                                          bool ok, qint64 atMs, const QString &deviceId,
                                          const QString &userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO inspection_values (id, inspection_id, characteristic_id, sample_no, value, "
        "text, ok, at, device_id, user_id) VALUES (:id, :inspection, "
        ":characteristic, :sample, :value, :text, :ok, :at, :device, :user)"));
    query.bindValue(QStringLiteral(":id"), newUuidV7());
    query.bindValue(QStringLiteral(":inspection"), inspectionId);
    query.bindValue(QStringLiteral(":characteristic"), e.characteristicId);
    query.bindValue(QStringLiteral(":sample"), e.sampleNo);
    query.bindValue(QStringLiteral(":value"),
                    e.value ? QVariant(*e.value) : QVariant(QMetaType::fromType<double>()));
    query.bindValue(QStringLiteral(":text"), Sql::text(e.text));
    query.bindValue(QStringLiteral(":ok"), ok ? 1 : 0);
    query.bindValue(QStringLiteral(":at"), atMs);
    query.bindValue(QStringLiteral(":device"), deviceId);
    query.bindValue(QStringLiteral(":user"), Sql::text(userId));
    return Sql::exec(query, tr("save the inspection's values"));
}

Outcome InspectionRepository::insertVoid(const QString &id, const QString &originalId,
                                          const QString &reason, qint64 atMs,
                                          const QString &deviceId, const QString &userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO inspections (id, kind, plan_id, work_order_id, operation_id, machine_id, "
        "lot_id, serial_id, supplier, lot_size, sample_size, code_letter, severity, "
        "accept_number, reject_number, nonconforming, result, request_id, voids_inspection_id, "
        "note, employee_id, at, device_id, user_id) SELECT :id, kind, plan_id, work_order_id, "
        "operation_id, machine_id, lot_id, serial_id, supplier, lot_size, sample_size, "
        "code_letter, severity, accept_number, reject_number, nonconforming, result, NULL, id, "
        ":note, NULL, :at, :device, :user FROM inspections WHERE id = :original"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":note"), Sql::text(reason));
    query.bindValue(QStringLiteral(":at"), atMs);
    query.bindValue(QStringLiteral(":device"), deviceId);
    query.bindValue(QStringLiteral(":user"), Sql::text(userId));
    query.bindValue(QStringLiteral(":original"), originalId);
    return Sql::exec(query, tr("void the inspection"));
}

bool InspectionRepository::isVoided(const QString &inspectionId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM inspections WHERE voids_inspection_id = :id"));
    query.bindValue(QStringLiteral(":id"), inspectionId);
    return query.exec() && query.next();
}

Result<QList<InspectionEntry>> InspectionRepository::entries(const QString &inspectionId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT v.characteristic_id AS characteristic_id, v.sample_no AS sample_no, v.value AS "
        "value, v.text AS text FROM inspection_values v LEFT JOIN inspection_characteristics c ON "
        "c.id = v.characteristic_id WHERE v.inspection_id = :id ORDER BY v.sample_no, c.seq"));
    query.bindValue(QStringLiteral(":id"), inspectionId);
    if (Outcome ok = Sql::exec(query, tr("read the inspection's values")); !ok)
        return ok;
    QList<InspectionEntry> found;
    const Sql::Row row(query);
    while (query.next()) {
        InspectionEntry e;
        e.characteristicId = row.value(QStringLiteral("characteristic_id")).toString();
        e.sampleNo = row.value(QStringLiteral("sample_no")).toInt();
        const QVariant value = row.value(QStringLiteral("value"));
        if (!value.isNull())
            e.value = value.toDouble();
        e.text = row.value(QStringLiteral("text")).toString();
        found.append(e);
    }
    return found;
}

Result<QList<SampledLot>> InspectionRepository::sampledLots(InspectionKind kind,
                                                            const QString &productId,
                                                            const QString &supplier) const
{
    QSqlQuery query(m_db);
    const bool bySupplier = kind == InspectionKind::Incoming;
    query.prepare(QStringLiteral(
        "SELECT i.result AS result, i.code_letter AS code_letter, i.sample_size AS sample_size, "
        "COALESCE(i.accept_number, 0) AS accept, COALESCE(i.reject_number, 1) AS reject, "
        "i.nonconforming AS nonconforming FROM inspections i JOIN inspection_plans p ON p.id = "
        "i.plan_id WHERE i.kind = :kind AND i.sample_size > 0 AND %1 AND %2 "
        "ORDER BY i.at, i.id")
                      .arg(Counts, bySupplier ? QStringLiteral("i.supplier = :key")
                                              : QStringLiteral("p.product_id = :key")));
    query.bindValue(QStringLiteral(":kind"), inspectionKindKey(kind));
    query.bindValue(QStringLiteral(":key"), bySupplier ? supplier : productId);
    if (Outcome ok = Sql::exec(query, tr("read the sampling history")); !ok)
        return ok;
    QList<SampledLot> lots;
    const Sql::Row row(query);
    while (query.next()) {
        SampledLot lot;
        lot.accepted = row.value(QStringLiteral("result")).toString() == QLatin1String("pass");
        const QString letter = row.value(QStringLiteral("code_letter")).toString();
        lot.plan.codeLetter = letter.isEmpty() ? QChar() : letter.at(0);
        lot.plan.planLetter = lot.plan.codeLetter;
        lot.plan.sampleSize = row.value(QStringLiteral("sample_size")).toInt();
        lot.plan.accept = row.value(QStringLiteral("accept")).toInt();
        lot.plan.reject = row.value(QStringLiteral("reject")).toInt();
        lot.nonconforming = row.value(QStringLiteral("nonconforming")).toInt();
        lots.append(lot);
    }
    return lots;
}

} // namespace Taktline
