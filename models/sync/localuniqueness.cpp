#include "sync/localuniqueness.h"

#include "sync/syncfunctions.h"

namespace Taktline {

namespace {

LocalUniqueness::Key key(const char *index, const char *table, const char *columns,
                         bool noCase = false, const char *where = "", int since = 10)
{
    return {QString::fromLatin1(index), QString::fromLatin1(table),
            QString::fromLatin1(columns).split(QLatin1Char(' ')), noCase,
            QString::fromLatin1(where), since};
}

QString trigger(const LocalUniqueness::Key &k, bool update)
{
    QStringList same;
    QStringList failed;
    for (const QString &column : k.columns) {
        same << QStringLiteral("o.%1 = NEW.%1%2")
                    .arg(column, k.noCase ? QStringLiteral(" COLLATE NOCASE") : QString());
        failed << k.table + QLatin1Char('.') + column;
    }
    QString when = QStringLiteral("%1() = 0").arg(QString::fromLatin1(SyncFunctions::ApplyingName));
    QString others = QStringLiteral("SELECT 1 FROM %1 o WHERE %2")
                         .arg(k.table, same.join(QStringLiteral(" AND ")));
    if (!k.where.isEmpty()) {
        when += QStringLiteral(" AND ") + k.where.arg(QStringLiteral("NEW"));
        others += QStringLiteral(" AND ") + k.where.arg(QStringLiteral("o"));
    }
    if (update) {
        others += QStringLiteral(" AND o.rowid <> NEW.rowid");
        // Only when the key changes or the row comes back (an accepted duplicate stays editable).
        QStringList changes;
        for (const QString &column : k.columns)
            changes << QStringLiteral("NEW.%1 IS NOT OLD.%1").arg(column);
        if (!k.where.isEmpty())
            changes << QStringLiteral("NOT (%1)").arg(k.where.arg(QStringLiteral("OLD")));
        when += QStringLiteral(" AND (") + changes.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return QStringLiteral(
               "CREATE TRIGGER IF NOT EXISTS %1_%2 BEFORE %3 ON %4 WHEN %5 AND EXISTS (%6) "
               "BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: %7'); END")
        .arg(k.index, update ? QStringLiteral("unique_update") : QStringLiteral("unique_insert"),
             update ? QStringLiteral("UPDATE") : QStringLiteral("INSERT"), k.table, when, others,
             failed.join(QStringLiteral(", ")));
}

} // namespace

const QList<LocalUniqueness::Key> &LocalUniqueness::keys()
{
    static const QList<Key> all = {
        key("users_username", "users", "username", true, "%1.deleted = 0"),
        key("work_orders_number", "work_orders", "number"),
        key("material_lots_lot_no", "material_lots", "lot_no"),
        key("serials_serial", "serials", "serial"),
        key("shipments_shipment_no", "shipments", "shipment_no"),
        key("shipment_lines_serial", "shipment_lines", "serial_id", false,
            "%1.serial_id IS NOT NULL"),
        key("products_part_no_nocase", "products", "part_no", true, "%1.deleted = 0"),
        key("machines_code_nocase", "machines", "code", true, "%1.deleted = 0"),
        key("employees_badge_nocase", "employees", "badge", true, "%1.deleted = 0"),
        key("downtime_reasons_code_nocase", "downtime_reasons", "code", true, "%1.deleted = 0"),
        key("defect_reasons_code_nocase", "defect_reasons", "code", true, "%1.deleted = 0"),
        key("units_code_nocase", "units", "code", true, "%1.deleted = 0"),
        key("piece_rates_key", "piece_rates", "product_id operation_name valid_from", false,
            "%1.deleted = 0"),
        key("bom_lines_component", "bom_lines", "product_id component_id", false, "%1.deleted = 0"),
        key("production_reports_voids", "production_reports", "voids_report_id", false,
            "%1.voids_report_id IS NOT NULL"),
        key("serial_events_component", "serial_events", "component_serial_id", false,
            "%1.kind = 'component'"),
        key("report_approvals_report", "report_approvals", "report_id"),
        // Step 13 (suppliers and places): the plain indexes take the UNIQUE ones' names.
        key("suppliers_code", "suppliers", "code", true, "%1.deleted = 0", 13),
        key("places_code", "places", "code", true, "%1.deleted = 0", 13),
    };
    return all;
}

QStringList LocalUniqueness::statements(int since)
{
    QStringList sql;
    for (const Key &k : keys()) {
        if (k.since != since)
            continue;
        QStringList columns;
        for (const QString &column : k.columns)
            columns << column + (k.noCase ? QStringLiteral(" COLLATE NOCASE") : QString());
        sql << QStringLiteral("DROP INDEX IF EXISTS %1").arg(k.index);
        QString index = QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2(%3)")
                            .arg(k.index, k.table, columns.join(QStringLiteral(", ")));
        if (!k.where.isEmpty())
            index += QStringLiteral(" WHERE ") +
                     QString(k.where).replace(QStringLiteral("%1."), QString());
        sql << index << trigger(k, false) << trigger(k, true);
    }
    return sql;
}

} // namespace Taktline
