#include "storage/masterdata/bomrepository.h"

#include "domain/masterdata/masterrecord.h"
#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QVariant>

namespace Taktline {

namespace {

const QString LineColumns = QStringLiteral(
    "b.id, b.product_id, b.component_id, b.quantity_per_unit, b.operation_seq, b.note");

BomLine lineFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toDouble(), query.value(4).toInt(),    query.value(5).toString()};
}

} // namespace

BomRepository::BomRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<BomLine>> BomRepository::lines(const QString &productId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM bom_lines b JOIN products c ON c.id = "
                                 "b.component_id WHERE b.product_id = ? AND b.deleted = 0 "
                                 "ORDER BY b.operation_seq, c.part_no")
                      .arg(LineColumns));
    query.bindValue(0, productId);
    if (Outcome done = Sql::exec(query, tr("read the bill of materials")); !done)
        return done;
    QList<BomLine> lines;
    while (query.next())
        lines.append(lineFrom(query));
    return lines;
}

Result<std::optional<BomLine>> BomRepository::find(const QString &lineId) const
{
    return findWhere(lineId, false);
}

Result<std::optional<BomLine>> BomRepository::findRemoved(const QString &lineId) const
{
    return findWhere(lineId, true);
}

Result<std::optional<BomLine>> BomRepository::findWhere(const QString &lineId, bool deleted) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM bom_lines b WHERE b.id = ? AND b.deleted = ?")
                      .arg(LineColumns));
    query.bindValue(0, lineId);
    query.bindValue(1, deleted ? 1 : 0);
    if (Outcome done = Sql::exec(query, tr("read the bill-of-materials line")); !done)
        return done;
    if (!query.next())
        return std::optional<BomLine>();
    return std::optional<BomLine>(lineFrom(query));
}

Result<std::optional<BomProduct>> BomRepository::product(const QString &productId) const
{
    QSqlQuery query(m_db);
    // The unit as the user reads it: its name in the UI language (件 or pcs).
    query.prepare(QStringLiteral("SELECT p.id, p.part_no, p.name, p.name_en, u.name AS unit_name, "
                                 "u.name_en AS unit_name_en, p.active FROM products p "
                                 "LEFT JOIN units u ON u.id = p.unit_id "
                                 "WHERE p.id = ? AND p.deleted = 0"));
    query.bindValue(0, productId);
    if (Outcome done = Sql::exec(query, tr("read the product")); !done)
        return done;
    if (!query.next())
        return std::optional<BomProduct>();
    return std::optional<BomProduct>(
        BomProduct{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                   query.value(3).toString(),
                   localizedName(query.value(4).toString(), query.value(5).toString()),
                   query.value(6).toBool()});
}

Result<QMultiHash<QString, QString>>
BomRepository::componentGraph(const QString &exceptLineId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT product_id, component_id FROM bom_lines WHERE deleted = 0 AND id <> ?"));
    query.bindValue(0, Sql::text(exceptLineId)); // a null string would match no row
    if (Outcome done = Sql::exec(query, tr("read the bills of materials")); !done)
        return done;
    QMultiHash<QString, QString> graph;
    while (query.next())
        graph.insert(query.value(0).toString(), query.value(1).toString());
    return graph;
}

Outcome BomRepository::insert(const BomLine &line, qint64 atMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO bom_lines (id, product_id, component_id, quantity_per_unit, operation_seq, "
        "note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values = {line.id,
                                 line.productId,
                                 line.componentId,
                                 line.quantityPerUnit,
                                 line.operationSeq,
                                 Sql::text(line.note),
                                 atMs,
                                 atMs};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return Outcome::success();
    if (Sql::isUniqueViolation(query.lastError()))
        return Outcome::failure(tr("That component is already on this bill of materials."));
    return Outcome::failure(
        Sql::failureMessage(tr("save the bill-of-materials line"), query.lastError()));
}

Outcome BomRepository::update(const BomLine &line, qint64 atMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE bom_lines SET component_id = ?, quantity_per_unit = ?, operation_seq = ?, "
        "note = ?, updated_at = ? WHERE id = ? AND deleted = 0"));
    const QVariantList values = {
        line.componentId, line.quantityPerUnit, line.operationSeq, Sql::text(line.note), atMs,
        line.id};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        if (Sql::isUniqueViolation(query.lastError()))
            return Outcome::failure(tr("That component is already on this bill of materials."));
        return Outcome::failure(
            Sql::failureMessage(tr("save the bill-of-materials line"), query.lastError()));
    }
    if (query.numRowsAffected() != 1)
        return Outcome::failure(tr("The bill-of-materials line no longer exists."));
    return Outcome::success();
}

Outcome BomRepository::setDeleted(const QString &lineId, bool deleted, qint64 atMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE bom_lines SET deleted = ?, updated_at = ? WHERE id = ? AND deleted = ?"));
    query.bindValue(0, deleted ? 1 : 0);
    query.bindValue(1, atMs);
    query.bindValue(2, lineId);
    query.bindValue(3, deleted ? 0 : 1);
    if (!query.exec()) {
        if (Sql::isUniqueViolation(query.lastError()))
            return Outcome::failure(tr("That component is already on this bill of materials."));
        return Outcome::failure(
            Sql::failureMessage(tr("save the bill-of-materials line"), query.lastError()));
    }
    if (query.numRowsAffected() != 1)
        return Outcome::failure(tr("The bill-of-materials line no longer exists."));
    return Outcome::success();
}

Result<QHash<QString, double>> BomRepository::fedByMaterial(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT l.product_id, -sum(mv.quantity) FROM lot_movements mv "
        "JOIN material_lots l ON l.id = mv.lot_id "
        "WHERE mv.work_order_id = ? AND mv.kind = 'consumption' GROUP BY l.product_id"));
    query.bindValue(0, workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the material fed")); !done)
        return done;
    QHash<QString, double> fed;
    while (query.next())
        fed.insert(query.value(0).toString(), query.value(1).toDouble());
    return fed;
}

Result<QHash<QString, double>> BomRepository::usableStockOfComponents(const QString &productId,
                                                                      const QDate &today) const
{
    // Per lot first, so a lot overdrawn by a correction does not eat another lot's stock.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT product_id, sum(max(remaining, 0)) FROM (SELECT l.product_id AS product_id, "
        "(SELECT COALESCE(sum(mv.quantity), 0) FROM lot_movements mv WHERE mv.lot_id = l.id) "
        "AS remaining FROM material_lots l WHERE l.deleted = 0 AND l.blocked = 0 "
        "AND (l.expiry IS NULL OR l.expiry >= ?) AND l.product_id IN "
        "(SELECT component_id FROM bom_lines WHERE product_id = ? AND deleted = 0)) "
        "GROUP BY product_id"));
    query.bindValue(0, today.toString(Qt::ISODate));
    query.bindValue(1, productId);
    if (Outcome done = Sql::exec(query, tr("read the stock of the components")); !done)
        return done;
    QHash<QString, double> stock;
    while (query.next())
        stock.insert(query.value(0).toString(), query.value(1).toDouble());
    return stock;
}

} // namespace Taktline
