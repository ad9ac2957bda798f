#include "storage/planning/promiserepository.h"

#include "domain/masterdata/masterrecord.h"
#include "storage/masterdata/bomrepository.h"
#include "storage/sqlquery.h"

#include <QSqlQuery>

namespace Taktline {

PromiseRepository::PromiseRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<std::optional<PromiseProduct>> PromiseRepository::product(const QString &partNoOrId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // An exact part number first, then the id, then the part number in any case.
    query.prepare(QStringLiteral(
        "SELECT id, part_no, name, name_en, unit, active FROM products WHERE deleted = 0 AND "
        "(part_no = :key OR id = :key OR lower(part_no) = lower(:key)) "
        "ORDER BY part_no = :key DESC, id = :key DESC LIMIT 1"));
    query.bindValue(QStringLiteral(":key"), partNoOrId);
    if (Outcome done = Sql::exec(query, tr("read the product")); !done)
        return done;
    if (!query.next())
        return std::optional<PromiseProduct>();
    return std::optional<PromiseProduct>(PromiseProduct{
        query.value(QStringLiteral("id")).toString(),
        query.value(QStringLiteral("part_no")).toString(),
        query.value(QStringLiteral("name")).toString(),
        query.value(QStringLiteral("name_en")).toString(),
        query.value(QStringLiteral("unit")).toString(),
        query.value(QStringLiteral("active")).toInt() != 0});
}

Result<QList<PromiseRoutingStep>> PromiseRepository::routing(const QString &productId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT r.name, r.standard_seconds, COALESCE(r.machine_id, '') AS machine_id, "
        "r.outsourced, COALESCE(r.supplier_id, '') AS supplier_id, s.lead_days, s.name AS supplier_name, "
        "s.name_en AS supplier_name_en, s.active AS supplier_active "
        "FROM routing_operations r LEFT JOIN suppliers s ON s.id = r.supplier_id AND s.deleted = 0 "
        "WHERE r.product_id = ? AND r.deleted = 0 ORDER BY r.seq"));
    query.addBindValue(productId);
    if (Outcome done = Sql::exec(query, tr("read the routing")); !done)
        return done;
    QList<PromiseRoutingStep> steps;
    while (query.next()) {
        PromiseRoutingStep step;
        // Numbered like a work order numbers the steps it copies.
        step.seq = int(steps.size() + 1) * 10;
        step.name = query.value(QStringLiteral("name")).toString();
        step.standardSeconds = query.value(QStringLiteral("standard_seconds")).toDouble();
        step.machineId = query.value(QStringLiteral("machine_id")).toString();
        step.outsourced = query.value(QStringLiteral("outsourced")).toInt() != 0;
        step.supplierId = query.value(QStringLiteral("supplier_id")).toString();
        step.supplierName = localizedName(query.value(QStringLiteral("supplier_name")).toString(),
                                          query.value(QStringLiteral("supplier_name_en")).toString());
        step.supplierActive = query.value(QStringLiteral("supplier_active")).toInt() != 0;
        const QVariant lead = query.value(QStringLiteral("lead_days"));
        step.supplierLeadDays = lead.isNull() ? -1 : lead.toInt();
        steps.append(step);
    }
    return steps;
}

Result<QList<PromiseComponent>> PromiseRepository::components(const QString &productId,
                                                              const QDate &today) const
{
    QSqlQuery lines(m_db);
    lines.setForwardOnly(true);
    lines.prepare(QStringLiteral(
        "SELECT b.component_id, b.quantity_per_unit, p.part_no, p.name, p.name_en, p.unit "
        "FROM bom_lines b JOIN products p ON p.id = b.component_id "
        "WHERE b.product_id = ? AND b.deleted = 0 ORDER BY p.part_no"));
    lines.addBindValue(productId);
    if (Outcome done = Sql::exec(lines, tr("read the bill of materials")); !done)
        return done;
    QList<PromiseComponent> components;
    while (lines.next()) {
        PromiseComponent component;
        component.componentId = lines.value(QStringLiteral("component_id")).toString();
        component.perUnit = lines.value(QStringLiteral("quantity_per_unit")).toDouble();
        component.partNo = lines.value(QStringLiteral("part_no")).toString();
        component.name = lines.value(QStringLiteral("name")).toString();
        component.nameEn = lines.value(QStringLiteral("name_en")).toString();
        component.unit = lines.value(QStringLiteral("unit")).toString();
        components.append(component);
    }
    if (components.isEmpty())
        return components;

    const Result<QHash<QString, double>> stock =
        BomRepository(m_db).usableStockOfComponents(productId, today);
    if (!stock)
        return stock.outcome();
    // What every open order still needs of each component: its BOM's need less what was fed
    // into it (consumptions are negative movements), never below zero per order.
    QSqlQuery demand(m_db);
    demand.setForwardOnly(true);
    demand.prepare(QStringLiteral(
        "SELECT component_id, sum(max(need, 0)) AS demand FROM (SELECT ob.component_id AS "
        "component_id, ob.quantity_per_unit * w.quantity + (SELECT COALESCE(sum(mv.quantity), 0) "
        "FROM lot_movements mv JOIN material_lots ml ON ml.id = mv.lot_id "
        "WHERE mv.work_order_id = w.id AND mv.kind = 'consumption' "
        "AND ml.product_id = ob.component_id) AS need "
        "FROM bom_lines ob JOIN work_orders w ON w.product_id = ob.product_id "
        "WHERE ob.deleted = 0 AND w.deleted = 0 AND w.state IN ('released', 'in_progress', "
        "'on_hold') AND ob.component_id IN (SELECT component_id FROM bom_lines "
        "WHERE product_id = ? AND deleted = 0)) GROUP BY component_id"));
    demand.addBindValue(productId);
    if (Outcome done = Sql::exec(demand, tr("read what open work orders still need")); !done)
        return done;
    QHash<QString, double> open;
    while (demand.next())
        open.insert(demand.value(QStringLiteral("component_id")).toString(),
                    demand.value(QStringLiteral("demand")).toDouble());
    for (PromiseComponent &component : components) {
        component.usableStock = stock.value().value(component.componentId);
        component.openDemand = open.value(component.componentId);
    }
    return components;
}

} // namespace Taktline
