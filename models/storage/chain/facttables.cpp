#include "storage/chain/facttables.h"

#include "storage/chain/chainhash.h"

namespace Taktline {

namespace {

QStringList split(const char *columns)
{
    return QString::fromLatin1(columns).split(QLatin1Char(' '));
}

} // namespace

const QList<FactTables::Table> &FactTables::all()
{
    static const QList<Table> tables = {
        {QStringLiteral("production_reports"), QStringLiteral("reported_at"),
         split("id work_order_id operation_id machine_id employee_id good defective rework "
               "defect_reason_id material_lot voids_report_id reason reported_at device_id "
               "user_id")},
        {QStringLiteral("report_approvals"), QStringLiteral("approved_at"),
         split("id report_id approved_at device_id user_id")},
        {QStringLiteral("machine_status_events"), QStringLiteral("at"),
         split("id machine_id status downtime_reason_id operation_id employee_id at device_id "
               "user_id")},
        {QStringLiteral("lot_movements"), QStringLiteral("at"),
         split("id lot_id kind quantity work_order_id operation_id report_id employee_id "
               "machine_id at device_id user_id")},
        {QStringLiteral("serials"), QStringLiteral("created_at"),
         split("id serial work_order_id product_id created_at device_id user_id")},
        {QStringLiteral("serial_events"), QStringLiteral("at"),
         split("id serial_id kind operation_id component_serial_id employee_id machine_id result "
               "at device_id user_id")},
        {QStringLiteral("finished_goods_receipts"), QStringLiteral("at"),
         split("id work_order_id quantity location employee_id at device_id user_id")},
        {QStringLiteral("shipments"), QStringLiteral("at"),
         split("id shipment_no customer customer_order shipped_on note at device_id user_id")},
        {QStringLiteral("shipment_lines"), QStringLiteral("at"),
         split("id shipment_id work_order_id serial_id quantity at device_id user_id")},
        {QStringLiteral("audit_log"), QStringLiteral("at_ms"),
         split("id at_ms device_id user_id entity entity_id action detail")},
        {QStringLiteral("andon_calls"), QStringLiteral("called_at"),
         split("id machine_id kind note employee_id called_at device_id user_id"), 11},
        {QStringLiteral("andon_responses"), QStringLiteral("at"),
         split("id call_id action note employee_id at device_id user_id"), 11},
        {QStringLiteral("status_event_reasons"), QStringLiteral("at"),
         split("id event_id downtime_reason_id note at device_id user_id"), 11},
        {QStringLiteral("inspection_requests"), QStringLiteral("at"),
         split("id kind work_order_id operation_id machine_id employee_id at device_id user_id"),
         12},
        {QStringLiteral("inspections"), QStringLiteral("at"),
         split("id kind plan_id work_order_id operation_id machine_id lot_id serial_id supplier "
               "lot_size sample_size code_letter severity accept_number reject_number "
               "nonconforming result request_id voids_inspection_id note employee_id at "
               "device_id user_id"),
         12},
        {QStringLiteral("inspection_values"), QStringLiteral("at"),
         split("id inspection_id characteristic_id sample_no value text ok at device_id user_id"),
         12},
        {QStringLiteral("nonconformances"), QStringLiteral("at"),
         split("id number product_id inspection_id work_order_id operation_id machine_id lot_id "
               "serial_id quantity defect_reason_id description employee_id at device_id user_id"),
         12},
        {QStringLiteral("nc_dispositions"), QStringLiteral("at"),
         split("id nonconformance_id disposition quantity rework_work_order_id approver_user_id "
               "deduct_wages note at device_id user_id"),
         12},
        {QStringLiteral("piece_moves"), QStringLiteral("at"),
         split("id to_place_id from_place_id work_order_id operation_id lot_id serial_id "
               "quantity employee_id at device_id user_id"),
         13},
        {QStringLiteral("subcontract_orders"), QStringLiteral("at"),
         split("id number work_order_id operation_id supplier_id quantity unit_price due_date "
               "note employee_id at device_id user_id"),
         13},
        {QStringLiteral("subcontract_receipts"), QStringLiteral("at"),
         split("id subcontract_order_id good defective short report_id note employee_id at "
               "device_id user_id"),
         13},
    };
    return tables;
}

QList<FactTables::Table> FactTables::asOf(int version)
{
    QList<Table> tables;
    for (const Table &table : all()) {
        if (table.since <= version)
            tables.append(table);
    }
    return tables;
}

const FactTables::Table *FactTables::find(const QString &name)
{
    for (const Table &table : all()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

QString FactTables::contentHash(const Table &table, const QString &prefix)
{
    QStringList arguments{QLatin1Char('\'') + table.name + QLatin1Char('\'')};
    for (const QString &column : table.columns)
        arguments << prefix + QLatin1Char('.') + column;
    return QString::fromLatin1(ChainHash::FunctionName) + QLatin1Char('(') +
           arguments.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace Taktline
