#include "sync/syncallowlist.h"

namespace Taktline {

namespace {

QStringList split(const char *columns)
{
    return QString::fromLatin1(columns).split(QLatin1Char(' '));
}

// The columns every mutable table ends with (Schema::mutableColumns()).
QStringList withMutable(const char *columns)
{
    return split(columns) + split("active deleted created_at updated_at");
}

SyncAllowList::Table mutableTable(const char *name, QStringList columns, const char *key = "id")
{
    return {QString::fromLatin1(name), QString::fromLatin1(key), false, std::move(columns)};
}

SyncAllowList::Table factTable(const char *name, const char *columns)
{
    return {QString::fromLatin1(name), QStringLiteral("id"), true, split(columns)};
}

const QStringList PerDevicePrefixes = {QStringLiteral("backup."), QStringLiteral("sync."),
                                       QStringLiteral("device.")};

} // namespace

const QList<SyncAllowList::Table> &SyncAllowList::tables()
{
    // Parents before children, so that a first upload and a new device's pull meet every
    // reference after the row it points to.
    static const QList<Table> all = {
        mutableTable("units", withMutable("id code name name_en")),
        mutableTable("products",
                     withMutable("id part_no name name_en unit spec") + split("unit_id")),
        mutableTable("machines", withMutable("id code name name_en workshop line capacity")),
        mutableTable("suppliers", withMutable("id code name name_en contact phone lead_days")),
        mutableTable("places", withMutable("id code name name_en kind machine_id workshop")),
        mutableTable("employees", withMutable("id badge name team") + split("inspector")),
        mutableTable("downtime_reasons", withMutable("id code name name_en planned") +
                                             split("oee_class")),
        mutableTable("defect_reasons", withMutable("id code name name_en")),
        mutableTable("routing_operations",
                     withMutable("id product_id seq name standard_seconds machine_id") +
                         split("ideal_seconds outsourced supplier_id subcontract_price")),
        mutableTable(
            "bom_lines",
            withMutable("id product_id component_id quantity_per_unit operation_seq note")),
        mutableTable("piece_rates", withMutable("id product_id operation_name rate valid_from")),
        mutableTable("inspection_plans",
                     withMutable("id product_id operation_seq name first_article "
                                 "first_article_gate patrol_pieces patrol_minutes final incoming "
                                 "aql inspection_level allow_reduced note")),
        mutableTable("inspection_characteristics",
                     withMutable("id plan_id seq name kind nominal lower_limit upper_limit unit "
                                 "choices pass_choices gauge method required")),
        mutableTable("users",
                     withMutable("id username display_name role password_hash employee_id")),
        mutableTable("employee_pins", split("employee_id pin_hash updated_at"), "employee_id"),
        mutableTable("settings", split("key value updated_at"), "key"),
        mutableTable("material_lots",
                     withMutable("id lot_no product_id supplier supplier_lot received_qty "
                                 "received_at expiry blocked block_reason")),
        mutableTable("work_orders",
                     withMutable("id number product_id quantity due_date customer sales_order "
                                 "priority lot_no notes state version")),
        mutableTable("work_order_operations",
                     withMutable("id work_order_id seq name standard_seconds machine_id "
                                 "queue_rank planned_start planned_end") +
                         split("ideal_seconds outsourced supplier_id subcontract_price")),
        mutableTable("sync_conflicts",
                     split("id kind tbl row_id subject details found_at resolved_at resolution "
                           "resolved_by updated_at")),
        factTable("production_reports",
                  "id work_order_id operation_id machine_id employee_id good defective rework "
                  "defect_reason_id material_lot voids_report_id reason reported_at device_id "
                  "user_id"),
        factTable("report_approvals", "id report_id approved_at device_id user_id"),
        factTable("machine_status_events",
                  "id machine_id status downtime_reason_id operation_id employee_id at device_id "
                  "user_id"),
        factTable("lot_movements",
                  "id lot_id kind quantity work_order_id operation_id report_id employee_id "
                  "machine_id at device_id user_id"),
        factTable("serials", "id serial work_order_id product_id created_at device_id user_id"),
        factTable("serial_events",
                  "id serial_id kind operation_id component_serial_id employee_id machine_id "
                  "result at device_id user_id"),
        factTable("finished_goods_receipts",
                  "id work_order_id quantity location employee_id at device_id user_id"),
        factTable("shipments",
                  "id shipment_no customer customer_order shipped_on note at device_id user_id"),
        factTable("shipment_lines",
                  "id shipment_id work_order_id serial_id quantity at device_id user_id"),
        factTable("audit_log", "id at_ms device_id user_id entity entity_id action detail"),
        factTable("andon_calls",
                  "id machine_id kind note employee_id called_at device_id user_id"),
        factTable("andon_responses", "id call_id action note employee_id at device_id user_id"),
        factTable("status_event_reasons",
                  "id event_id downtime_reason_id note at device_id user_id"),
        factTable("inspection_requests",
                  "id kind work_order_id operation_id machine_id employee_id at device_id user_id"),
        factTable("inspections",
                  "id kind plan_id work_order_id operation_id machine_id lot_id serial_id supplier "
                  "lot_size sample_size code_letter severity accept_number reject_number "
                  "nonconforming result request_id voids_inspection_id note employee_id at "
                  "device_id user_id"),
        factTable("inspection_values",
                  "id inspection_id characteristic_id sample_no value text ok at device_id user_id"),
        factTable("nonconformances",
                  "id number product_id inspection_id work_order_id operation_id machine_id lot_id "
                  "serial_id quantity defect_reason_id description employee_id at device_id user_id"),
        factTable("nc_dispositions",
                  "id nonconformance_id disposition quantity rework_work_order_id approver_user_id "
                  "deduct_wages note at device_id user_id"),
        factTable("piece_moves",
                  "id to_place_id from_place_id work_order_id operation_id lot_id serial_id "
                  "quantity employee_id at device_id user_id"),
        factTable("subcontract_orders",
                  "id number work_order_id operation_id supplier_id quantity unit_price due_date "
                  "note employee_id at device_id user_id"),
        factTable("subcontract_receipts",
                  "id subcontract_order_id good defective short report_id note employee_id at "
                  "device_id user_id"),
    };
    return all;
}

QList<SyncAllowList::Table> SyncAllowList::asOf(int version)
{
    // What each step after v10 added: a whole table (no column) or one column of a table.
    static const struct
    {
        const char *table;
        const char *column;
        int since;
    } later[] = {
        {"downtime_reasons", "oee_class", 11},
        {"routing_operations", "ideal_seconds", 11},
        {"work_order_operations", "ideal_seconds", 11},
        {"andon_calls", nullptr, 11},
        {"andon_responses", nullptr, 11},
        {"status_event_reasons", nullptr, 11},
        {"employees", "inspector", 12},
        {"inspection_plans", nullptr, 12},
        {"inspection_characteristics", nullptr, 12},
        {"inspection_requests", nullptr, 12},
        {"inspections", nullptr, 12},
        {"inspection_values", nullptr, 12},
        {"nonconformances", nullptr, 12},
        {"nc_dispositions", nullptr, 12},
        {"suppliers", nullptr, 13},
        {"places", nullptr, 13},
        {"routing_operations", "outsourced", 13},
        {"routing_operations", "supplier_id", 13},
        {"routing_operations", "subcontract_price", 13},
        {"work_order_operations", "outsourced", 13},
        {"work_order_operations", "supplier_id", 13},
        {"work_order_operations", "subcontract_price", 13},
        {"piece_moves", nullptr, 13},
        {"subcontract_orders", nullptr, 13},
        {"subcontract_receipts", nullptr, 13},
    };
    QList<Table> known;
    for (Table table : tables()) {
        bool keep = true;
        for (const auto &entry : later) {
            if (entry.since <= version || table.name != QLatin1String(entry.table))
                continue;
            if (entry.column)
                table.columns.removeAll(QLatin1String(entry.column));
            else
                keep = false;
        }
        if (keep)
            known.append(table);
    }
    return known;
}

const SyncAllowList::Table *SyncAllowList::find(const QString &name)
{
    for (const Table &table : tables()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

const QStringList &SyncAllowList::localOnly()
{
    static const QStringList tables =
        split("meta number_series fact_chain sync_outbox sync_clock sync_state sqlite_sequence");
    return tables;
}

bool SyncAllowList::isPerDeviceSetting(const QString &key)
{
    for (const QString &prefix : PerDevicePrefixes) {
        if (key.startsWith(prefix))
            return true;
    }
    return false;
}

QString SyncAllowList::perDeviceSettingSql(const QString &expr)
{
    QStringList tests;
    for (const QString &prefix : PerDevicePrefixes) {
        // substr, not LIKE: LIKE ignores case and treats '_' as a wildcard.
        tests
            << QStringLiteral("substr(%1, 1, %2) = '%3'").arg(expr).arg(prefix.size()).arg(prefix);
    }
    return QLatin1Char('(') + tests.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace Taktline
