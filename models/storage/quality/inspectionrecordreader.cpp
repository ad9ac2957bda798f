#include "storage/quality/inspectionrecordreader.h"

#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace Taktline {

namespace {

const QString Select = QStringLiteral(
    "SELECT i.id AS id, i.kind AS kind, i.plan_id AS plan_id, "
    "COALESCE(i.work_order_id, '') AS wo_id, COALESCE(w.number, '') AS wo_number, "
    "COALESCE(i.operation_id, '') AS op_id, COALESCE(o.seq, 0) AS seq, "
    "COALESCE(o.name, '') AS op_name, COALESCE(i.machine_id, '') AS machine_id, "
    "COALESCE(m.code, '') AS machine_code, COALESCE(i.lot_id, '') AS lot_id, "
    "COALESCE(l.lot_no, '') AS lot_no, i.supplier AS supplier, COALESCE(s.serial, '') AS serial, "
    "p.id AS product_id, p.part_no AS part_no, p.name AS product_name, i.lot_size AS lot_size, "
    "i.sample_size AS sample_size, i.code_letter AS code_letter, i.severity AS severity, "
    "i.accept_number AS accept_number, i.reject_number AS reject_number, "
    "i.nonconforming AS nonconforming, i.result AS result, "
    "EXISTS (SELECT 1 FROM inspections v WHERE v.voids_inspection_id = i.id) AS voided, "
    "COALESCE(e.name, NULLIF(u.display_name, ''), u.username, '') AS inspector, i.at AS at, "
    "i.note AS note "
    "FROM inspections i JOIN inspection_plans pl ON pl.id = i.plan_id "
    "JOIN products p ON p.id = pl.product_id "
    "LEFT JOIN work_orders w ON w.id = i.work_order_id "
    "LEFT JOIN work_order_operations o ON o.id = i.operation_id "
    "LEFT JOIN machines m ON m.id = i.machine_id "
    "LEFT JOIN material_lots l ON l.id = i.lot_id "
    "LEFT JOIN serials s ON s.id = i.serial_id "
    "LEFT JOIN employees e ON e.id = i.employee_id "
    "LEFT JOIN users u ON u.id = i.user_id "
    "WHERE i.voids_inspection_id IS NULL");

InspectionRecord recordFrom(const Sql::Row &row)
{
    InspectionRecord r;
    r.id = row.value(QStringLiteral("id")).toString();
    r.kind = inspectionKindFromKey(row.value(QStringLiteral("kind")).toString())
                 .value_or(InspectionKind::FirstArticle);
    r.planId = row.value(QStringLiteral("plan_id")).toString();
    r.workOrderId = row.value(QStringLiteral("wo_id")).toString();
    r.workOrderNumber = row.value(QStringLiteral("wo_number")).toString();
    r.operationId = row.value(QStringLiteral("op_id")).toString();
    r.seq = row.value(QStringLiteral("seq")).toInt();
    r.operationName = row.value(QStringLiteral("op_name")).toString();
    r.machineId = row.value(QStringLiteral("machine_id")).toString();
    r.machineCode = row.value(QStringLiteral("machine_code")).toString();
    r.lotId = row.value(QStringLiteral("lot_id")).toString();
    r.lotNo = row.value(QStringLiteral("lot_no")).toString();
    r.supplier = row.value(QStringLiteral("supplier")).toString();
    r.serial = row.value(QStringLiteral("serial")).toString();
    r.productId = row.value(QStringLiteral("product_id")).toString();
    r.partNo = row.value(QStringLiteral("part_no")).toString();
    r.productName = row.value(QStringLiteral("product_name")).toString();
    r.lotSize = row.value(QStringLiteral("lot_size")).toDouble();
    r.sampleSize = row.value(QStringLiteral("sample_size")).toInt();
    r.codeLetter = row.value(QStringLiteral("code_letter")).toString();
    r.severity = row.value(QStringLiteral("severity")).toString();
    const QVariant accept = row.value(QStringLiteral("accept_number"));
    if (!accept.isNull())
        r.accept = accept.toInt();
    const QVariant reject = row.value(QStringLiteral("reject_number"));
    if (!reject.isNull())
        r.reject = reject.toInt();
    r.nonconforming = row.value(QStringLiteral("nonconforming")).toInt();
    r.passed = row.value(QStringLiteral("result")).toString() == QLatin1String("pass");
    r.voided = row.value(QStringLiteral("voided")).toBool();
    r.inspector = row.value(QStringLiteral("inspector")).toString();
    r.atMs = row.value(QStringLiteral("at")).toLongLong();
    r.note = row.value(QStringLiteral("note")).toString();
    return r;
}

} // namespace

InspectionRecordReader::InspectionRecordReader(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<InspectionRecord>> InspectionRecordReader::records(
    const InspectionService::Filter &filter, const QString &inspectionId) const
{
    QString sql = Select;
    if (!inspectionId.isEmpty())
        sql += QStringLiteral(" AND i.id = :id");
    if (filter.fromMs > 0 || filter.toMs > 0)
        sql += QStringLiteral(" AND i.at >= :from AND i.at < :to");
    if (!filter.workOrderId.isEmpty())
        sql += QStringLiteral(" AND i.work_order_id = :wo");
    if (!filter.lotId.isEmpty())
        sql += QStringLiteral(" AND i.lot_id = :lot");
    if (!filter.serial.isEmpty())
        sql += QStringLiteral(" AND s.serial = :serial");
    if (!filter.productId.isEmpty())
        sql += QStringLiteral(" AND pl.product_id = :product");
    if (filter.kind)
        sql += QStringLiteral(" AND i.kind = :kind");
    sql += QStringLiteral(" ORDER BY i.at DESC, i.id DESC");
    QSqlQuery query(m_db);
    if (Outcome ok = Sql::prepare(query, sql, tr("read the inspections")); !ok)
        return ok;
    if (!inspectionId.isEmpty())
        query.bindValue(QStringLiteral(":id"), inspectionId);
    if (filter.fromMs > 0 || filter.toMs > 0) {
        query.bindValue(QStringLiteral(":from"), filter.fromMs);
        query.bindValue(QStringLiteral(":to"), filter.toMs > 0 ? filter.toMs
                                                               : std::numeric_limits<qint64>::max());
    }
    if (!filter.workOrderId.isEmpty())
        query.bindValue(QStringLiteral(":wo"), filter.workOrderId);
    if (!filter.lotId.isEmpty())
        query.bindValue(QStringLiteral(":lot"), filter.lotId);
    if (!filter.serial.isEmpty())
        query.bindValue(QStringLiteral(":serial"), filter.serial);
    if (!filter.productId.isEmpty())
        query.bindValue(QStringLiteral(":product"), filter.productId);
    if (filter.kind)
        query.bindValue(QStringLiteral(":kind"), inspectionKindKey(*filter.kind));
    if (Outcome ok = Sql::exec(query, tr("read the inspections")); !ok)
        return ok;
    QList<InspectionRecord> found;
    const Sql::Row row(query);
    while (query.next())
        found.append(recordFrom(row));
    return found;
}

} // namespace Taktline
