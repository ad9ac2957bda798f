#include "storage/masterdata/routingrepository.h"

#include "storage/sqlquery.h"
#include "storage/uuid.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace Taktline {

RoutingRepository::RoutingRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<Routing> RoutingRepository::operations(const QString &productId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, name, standard_seconds, COALESCE(machine_id, '') AS machine_id, ideal_seconds, "
        "outsourced, COALESCE(supplier_id, '') AS supplier_id, "
        "COALESCE(subcontract_price, 0) AS subcontract_price FROM routing_operations "
        "WHERE product_id = :product AND deleted = 0 ORDER BY seq"));
    query.bindValue(QStringLiteral(":product"), productId);
    if (Outcome done = Sql::exec(query, tr("read the routing")); !done)
        return done;
    Routing routing;
    while (query.next()) {
        RoutingOperation op{query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toDouble(), query.value(3).toString()};
        const QVariant ideal = query.value(QStringLiteral("ideal_seconds"));
        if (!ideal.isNull())
            op.idealSeconds = ideal.toDouble();
        op.outsourced = query.value(QStringLiteral("outsourced")).toInt() != 0;
        op.supplierId = query.value(QStringLiteral("supplier_id")).toString();
        op.subcontractPrice = query.value(QStringLiteral("subcontract_price")).toDouble();
        routing.append(op);
    }
    return routing;
}

Outcome RoutingRepository::replace(const QString &productId, const Routing &routing)
{
    const Result<Routing> current = operations(productId);
    if (!current)
        return current.outcome();
    QSet<QString> existing;
    for (const RoutingOperation &op : current.value())
        existing.insert(op.id);

    const qint64 now = nowUtcMs();
    QSqlQuery upsert(m_db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO routing_operations (id, product_id, seq, name, standard_seconds, machine_id, "
        "ideal_seconds, outsourced, supplier_id, subcontract_price, created_at, updated_at) "
        "VALUES (:id, :product, :seq, :name, :seconds, :machine, :ideal, :outsourced, :supplier, "
        ":price, :now, :now) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, "
        "name = excluded.name, standard_seconds = excluded.standard_seconds, "
        "machine_id = excluded.machine_id, ideal_seconds = excluded.ideal_seconds, "
        "outsourced = excluded.outsourced, supplier_id = excluded.supplier_id, "
        "subcontract_price = excluded.subcontract_price, deleted = 0, updated_at = excluded.updated_at"));
    for (int i = 0; i < routing.size(); ++i) {
        const RoutingOperation &op = routing.at(i);
        upsert.bindValue(QStringLiteral(":id"), op.id);
        upsert.bindValue(QStringLiteral(":product"), productId);
        upsert.bindValue(QStringLiteral(":seq"), (i + 1) * 10);
        upsert.bindValue(QStringLiteral(":name"), op.name.simplified());
        upsert.bindValue(QStringLiteral(":seconds"), op.standardSeconds);
        upsert.bindValue(QStringLiteral(":machine"),
                         op.machineId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : op.machineId);
        upsert.bindValue(QStringLiteral(":ideal"), op.idealSeconds
                                                       ? QVariant(*op.idealSeconds)
                                                       : QVariant(QMetaType(QMetaType::Double)));
        upsert.bindValue(QStringLiteral(":outsourced"), op.outsourced ? 1 : 0);
        upsert.bindValue(QStringLiteral(":supplier"), op.outsourced && !op.supplierId.isEmpty()
                                                          ? QVariant(op.supplierId)
                                                          : QVariant(QMetaType(QMetaType::QString)));
        upsert.bindValue(QStringLiteral(":price"), op.outsourced ? QVariant(op.subcontractPrice)
                                                                 : QVariant(QMetaType(QMetaType::Double)));
        upsert.bindValue(QStringLiteral(":now"), now);
        if (Outcome done = Sql::exec(upsert, tr("save the routing")); !done)
            return done;
        existing.remove(op.id);
    }
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral(
        "UPDATE routing_operations SET deleted = 1, updated_at = :now WHERE id = :id"));
    for (const QString &id : std::as_const(existing)) {
        remove.bindValue(QStringLiteral(":now"), now);
        remove.bindValue(QStringLiteral(":id"), id);
        if (Outcome done = Sql::exec(remove, tr("save the routing")); !done)
            return done;
    }
    return Outcome::success();
}

Result<int> RoutingRepository::countProductsWithRouting() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT count(DISTINCT product_id) FROM routing_operations WHERE deleted = 0"))
        || !query.next()) {
        return Outcome::failure(Sql::failureMessage(tr("count routings"), query.lastError()));
    }
    return query.value(0).toInt();
}

Result<bool> RoutingRepository::isUsableSupplier(const QString &supplierId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT 1 FROM suppliers WHERE id = :id AND deleted = 0 AND active = 1"));
    query.bindValue(QStringLiteral(":id"), supplierId);
    if (Outcome done = Sql::exec(query, tr("read the supplier")); !done)
        return done;
    return query.next();
}

} // namespace Taktline
