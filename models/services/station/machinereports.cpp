#include "services/station/machinereports.h"

#include "services/workspace.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Taktline {

MachineReports::MachineReports(const Workspace *workspace)
    : m_workspace(workspace)
{
}

Result<QList<MachineReportMark>> MachineReports::between(const QString &machineId, qint64 fromMs,
                                                         qint64 toMs) const
{
    QSqlQuery query(m_workspace->database().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT r.id, r.reported_at, r.good, r.defective, r.rework, "
        "coalesce(w.number, '') AS work_order_no, coalesce(e.name, '') AS employee_name "
        "FROM production_reports r "
        "LEFT JOIN work_order_operations o ON o.id = r.operation_id "
        "LEFT JOIN work_orders w ON w.id = r.work_order_id "
        "LEFT JOIN employees e ON e.id = r.employee_id "
        "WHERE r.reported_at >= :from AND r.reported_at < :to "
        "AND coalesce(r.machine_id, o.machine_id) = :machine AND r.voids_report_id IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM production_reports v WHERE v.voids_report_id = r.id) "
        "ORDER BY r.reported_at, r.id"));
    query.bindValue(QStringLiteral(":from"), fromMs);
    query.bindValue(QStringLiteral(":to"), toMs);
    query.bindValue(QStringLiteral(":machine"), machineId);
    if (Outcome read = Sql::exec(query, tr("read the machine's reports")); !read)
        return read;
    QList<MachineReportMark> marks;
    while (query.next()) {
        MachineReportMark mark;
        mark.reportId = query.value(QStringLiteral("id")).toString();
        mark.atMs = query.value(QStringLiteral("reported_at")).toLongLong();
        mark.good = query.value(QStringLiteral("good")).toDouble();
        mark.defective = query.value(QStringLiteral("defective")).toDouble();
        mark.rework = query.value(QStringLiteral("rework")).toDouble();
        mark.workOrderNo = query.value(QStringLiteral("work_order_no")).toString();
        mark.employeeName = query.value(QStringLiteral("employee_name")).toString();
        marks.append(mark);
    }
    return marks;
}

} // namespace Taktline
