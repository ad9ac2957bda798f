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

} // namespace Taktline::DashboardSql
