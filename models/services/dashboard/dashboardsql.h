#pragma once

#include <QString>

namespace Taktline::DashboardSql {

// The reports that count (not a voiding record, not voided), for a production_reports alias R.
inline QString counted(const QString &r = QStringLiteral("r"))
{
    return QStringLiteral("%1.voids_report_id IS NULL AND NOT EXISTS (SELECT 1 FROM "
                          "production_reports v WHERE v.voids_report_id = %1.id)")
        .arg(r);
}

// Operation alias O is the last step of its order: its good pieces are the order's finished ones.
inline QString lastStep(const QString &o = QStringLiteral("o"))
{
    return QStringLiteral("%1.seq = (SELECT max(x.seq) FROM work_order_operations x WHERE "
                          "x.work_order_id = %1.work_order_id AND x.deleted = 0)")
        .arg(o);
}

// The good pieces of work order alias W's last step (its finished pieces), reached through its
// operations so that the reports are read by their operation index.
inline QString finishedOf(const QString &w = QStringLiteral("w"))
{
    return QStringLiteral("(SELECT coalesce(sum(r.good), 0) FROM work_order_operations o JOIN "
                          "production_reports r ON r.operation_id = o.id WHERE o.work_order_id = "
                          "%1.id AND o.deleted = 0 AND %2 AND %3)")
        .arg(w, lastStep(), counted());
}

// When work order alias W's latest counted report was made (NULL without any).
inline QString lastReportOf(const QString &w = QStringLiteral("w"))
{
    return QStringLiteral("(SELECT max(r.reported_at) FROM work_order_operations o JOIN "
                          "production_reports r ON r.operation_id = o.id WHERE o.work_order_id = "
                          "%1.id AND %2)")
        .arg(w, counted());
}

} // namespace Taktline::DashboardSql
