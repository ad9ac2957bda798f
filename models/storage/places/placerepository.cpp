#include "storage/places/placerepository.h"

#include "domain/masterdata/masterrecord.h"
#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QVariant>

namespace Taktline {

namespace {

const QString PlaceColumns =
    QStringLiteral("pl.id AS place_id, pl.code AS place_code, pl.name AS place_name, "
                   "pl.name_en AS place_name_en, pl.kind AS place_kind, "
                   "COALESCE(pl.machine_id, '') AS place_machine, pl.active AS place_active, "
                   "pl.deleted AS place_deleted");

PlaceRow placeFrom(const Sql::Row &row)
{
    PlaceRow place;
    place.id = row.value(QStringLiteral("place_id")).toString();
    place.code = row.value(QStringLiteral("place_code")).toString();
    place.name = row.value(QStringLiteral("place_name")).toString();
    place.nameEn = row.value(QStringLiteral("place_name_en")).toString();
    place.kind = row.value(QStringLiteral("place_kind")).toString();
    place.machineId = row.value(QStringLiteral("place_machine")).toString();
    place.active = row.value(QStringLiteral("place_active")).toBool();
    place.deleted = row.value(QStringLiteral("place_deleted")).toBool();
    return place;
}

// The reports that count: not a voiding record and not voided.
const QString Counts =
    QStringLiteral("r.operation_id = o.id AND r.voids_report_id IS NULL AND NOT EXISTS "
                   "(SELECT 1 FROM production_reports v WHERE v.voids_report_id = r.id)");

// Orders whose pieces may still lie about: released, started, held or just completed.
const QString OpenOrders =
    QStringLiteral("w.deleted = 0 AND w.state IN ('released', 'in_progress', 'on_hold', "
                   "'completed')");

QString scopeWhere(StepScope scope)
{
    return scope == StepScope::OneOrder ? QStringLiteral("w.id = :order") : OpenOrders;
}

MoveSum moveFrom(const Sql::Row &row)
{
    MoveSum sum;
    sum.operationId = row.value(QStringLiteral("operation_id")).toString();
    sum.fromPlaceId = row.value(QStringLiteral("from_place_id")).toString();
    sum.toPlaceId = row.value(QStringLiteral("to_place_id")).toString();
    sum.quantity = row.value(QStringLiteral("quantity")).toDouble();
    sum.firstAtMs = row.value(QStringLiteral("first_at")).toLongLong();
    sum.lastAtMs = row.value(QStringLiteral("last_at")).toLongLong();
    return sum;
}

Result<QList<MoveSum>> readMoves(QSqlQuery &query, const QString &purpose)
{
    if (Outcome done = Sql::exec(query, purpose); !done)
        return done;
    QList<MoveSum> moves;
    const Sql::Row row(query);
    while (query.next())
        moves.append(moveFrom(row));
    return moves;
}

} // namespace

QString PlaceRow::displayName() const
{
    return localizedName(name, nameEn);
}

PlaceRepository::PlaceRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<std::optional<PlaceRow>> PlaceRepository::placeByCode(const QString &code) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM places pl WHERE pl.code = :code COLLATE NOCASE "
                                 "AND pl.deleted = 0")
                      .arg(PlaceColumns));
    query.bindValue(QStringLiteral(":code"), code.trimmed());
    if (Outcome done = Sql::exec(query, tr("read the place")); !done)
        return done;
    if (!query.next())
        return std::optional<PlaceRow>();
    return std::optional<PlaceRow>(placeFrom(Sql::Row(query)));
}

Result<QHash<QString, PlaceRow>> PlaceRepository::places() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM places pl").arg(PlaceColumns));
    if (Outcome done = Sql::exec(query, tr("read the places")); !done)
        return done;
    QHash<QString, PlaceRow> places;
    const Sql::Row row(query);
    while (query.next()) {
        PlaceRow place = placeFrom(row);
        places.insert(place.id, place);
    }
    return places;
}

Result<QList<StepRow>> PlaceRepository::steps(StepScope scope, const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Summed per step with the report index, as the machine queues sum them.
    query.prepare(
        QStringLiteral(
            "SELECT o.id AS operation_id, o.work_order_id AS work_order_id, w.number AS number, "
            "w.state AS state, w.quantity AS order_quantity, p.part_no AS part_no, "
            "p.name AS product_name, p.name_en AS product_name_en, o.seq AS seq, o.name AS name, "
            "COALESCE(o.machine_id, '') AS machine_id, "
            "(SELECT COALESCE(sum(r.good), 0) FROM production_reports r WHERE %1) AS good, "
            "(SELECT COALESCE(sum(r.good + r.defective + r.rework), 0) FROM production_reports r "
            "WHERE %1) AS reported, "
            "(SELECT COALESCE(sum(f.quantity), 0) FROM finished_goods_receipts f "
            "WHERE f.work_order_id = w.id) AS finished "
            "FROM work_orders w JOIN work_order_operations o ON o.work_order_id = w.id "
            "AND o.deleted = 0 JOIN products p ON p.id = w.product_id WHERE %2 "
            "ORDER BY w.id, o.seq")
            .arg(Counts, scopeWhere(scope)));
    if (scope == StepScope::OneOrder)
        query.bindValue(QStringLiteral(":order"), workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the steps' finished pieces")); !done)
        return done;
    QList<StepRow> steps;
    const Sql::Row row(query);
    while (query.next()) {
        StepRow step;
        step.operationId = row.value(QStringLiteral("operation_id")).toString();
        step.workOrderId = row.value(QStringLiteral("work_order_id")).toString();
        step.workOrderNumber = row.value(QStringLiteral("number")).toString();
        step.state = row.value(QStringLiteral("state")).toString();
        step.orderQuantity = row.value(QStringLiteral("order_quantity")).toDouble();
        step.partNo = row.value(QStringLiteral("part_no")).toString();
        step.productName = localizedName(row.value(QStringLiteral("product_name")).toString(),
                                         row.value(QStringLiteral("product_name_en")).toString());
        step.seq = row.value(QStringLiteral("seq")).toInt();
        step.name = row.value(QStringLiteral("name")).toString();
        step.machineId = row.value(QStringLiteral("machine_id")).toString();
        step.good = row.value(QStringLiteral("good")).toDouble();
        step.reported = row.value(QStringLiteral("reported")).toDouble();
        step.finished = row.value(QStringLiteral("finished")).toDouble();
        steps.append(std::move(step));
    }
    return steps;
}

Result<QList<MoveSum>> PlaceRepository::stepMoves(StepScope scope, const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // A serial's moves name its order but no step: they move the one piece, not a step's count.
    query.prepare(
        QStringLiteral(
            "SELECT m.operation_id AS operation_id, "
            "COALESCE(m.from_place_id, '') AS from_place_id, m.to_place_id AS to_place_id, "
            "sum(m.quantity) AS quantity, min(m.at) AS first_at, max(m.at) AS last_at "
            "FROM work_orders w JOIN piece_moves m ON m.work_order_id = w.id "
            "WHERE %1 AND m.operation_id IS NOT NULL AND m.serial_id IS NULL "
            "GROUP BY m.operation_id, m.from_place_id, m.to_place_id")
            .arg(scopeWhere(scope)));
    if (scope == StepScope::OneOrder)
        query.bindValue(QStringLiteral(":order"), workOrderId);
    return readMoves(query, tr("read the moves of the steps' pieces"));
}

Result<QList<MoveSum>> PlaceRepository::lotMoves(const QString &lotId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT '' AS operation_id, COALESCE(m.from_place_id, '') AS from_place_id, "
        "m.to_place_id AS to_place_id, sum(m.quantity) AS quantity, min(m.at) AS first_at, "
        "max(m.at) AS last_at FROM piece_moves m WHERE m.lot_id = :lot "
        "GROUP BY m.from_place_id, m.to_place_id"));
    query.bindValue(QStringLiteral(":lot"), lotId);
    return readMoves(query, tr("read the moves of the lot"));
}

Result<LotUse> PlaceRepository::lotUse(const QString &lotId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT kind, COALESCE(machine_id, '') AS machine_id, sum(quantity) AS quantity "
        "FROM lot_movements WHERE lot_id = :lot GROUP BY kind, machine_id"));
    query.bindValue(QStringLiteral(":lot"), lotId);
    if (Outcome done = Sql::exec(query, tr("read the lot's stock")); !done)
        return done;
    LotUse use;
    const Sql::Row row(query);
    while (query.next()) {
        const QString kind = row.value(QStringLiteral("kind")).toString();
        const double quantity = row.value(QStringLiteral("quantity")).toDouble();
        if (kind == QLatin1String("receipt"))
            use.received += quantity;
        else if (kind == QLatin1String("adjustment"))
            use.adjusted += quantity;
        else
            use.fedByMachine[row.value(QStringLiteral("machine_id")).toString()] -= quantity;
    }
    return use;
}

Result<QList<SerialMoveRow>> PlaceRepository::serialMoves(const QString &serialId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT m.at AS at, COALESCE(m.from_place_id, '') AS from_place_id, "
        "COALESCE(f.code, '') AS from_code, m.to_place_id AS to_place_id, t.code AS to_code, "
        "t.name AS to_name, t.name_en AS to_name_en, COALESCE(e.name, '') AS employee_name "
        "FROM piece_moves m JOIN places t ON t.id = m.to_place_id "
        "LEFT JOIN places f ON f.id = m.from_place_id "
        "LEFT JOIN employees e ON e.id = m.employee_id "
        "WHERE m.serial_id = :serial ORDER BY m.at, m.id"));
    query.bindValue(QStringLiteral(":serial"), serialId);
    if (Outcome done = Sql::exec(query, tr("read the moves of the serial")); !done)
        return done;
    QList<SerialMoveRow> moves;
    const Sql::Row row(query);
    while (query.next()) {
        SerialMoveRow move;
        move.atMs = row.value(QStringLiteral("at")).toLongLong();
        move.fromPlaceId = row.value(QStringLiteral("from_place_id")).toString();
        move.fromPlaceCode = row.value(QStringLiteral("from_code")).toString();
        move.toPlaceId = row.value(QStringLiteral("to_place_id")).toString();
        move.toPlaceCode = row.value(QStringLiteral("to_code")).toString();
        move.toPlaceName = localizedName(row.value(QStringLiteral("to_name")).toString(),
                                         row.value(QStringLiteral("to_name_en")).toString());
        move.employeeName = row.value(QStringLiteral("employee_name")).toString();
        moves.append(move);
    }
    return moves;
}

Result<bool> PlaceRepository::serialShipped(const QString &serialId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM shipment_lines WHERE serial_id = :serial"));
    query.bindValue(QStringLiteral(":serial"), serialId);
    if (Outcome done = Sql::exec(query, tr("read the serial's shipment")); !done)
        return done;
    return query.next();
}

Outcome PlaceRepository::insert(const PieceMove &m)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO piece_moves (id, to_place_id, from_place_id, work_order_id, operation_id, "
        "lot_id, serial_id, quantity, employee_id, at, device_id, user_id) VALUES (:id, :to, "
        ":from, :order, :operation, :lot, :serial, :quantity, :employee, :at, :device, :user)"));
    query.bindValue(QStringLiteral(":id"), m.id);
    query.bindValue(QStringLiteral(":to"), m.toPlaceId);
    query.bindValue(QStringLiteral(":from"), Sql::nullable(m.fromPlaceId));
    query.bindValue(QStringLiteral(":order"), Sql::nullable(m.workOrderId));
    query.bindValue(QStringLiteral(":operation"), Sql::nullable(m.operationId));
    query.bindValue(QStringLiteral(":lot"), Sql::nullable(m.lotId));
    query.bindValue(QStringLiteral(":serial"), Sql::nullable(m.serialId));
    query.bindValue(QStringLiteral(":quantity"), m.quantity);
    query.bindValue(QStringLiteral(":employee"), Sql::nullable(m.employeeId));
    query.bindValue(QStringLiteral(":at"), m.atMs);
    query.bindValue(QStringLiteral(":device"), Sql::text(m.deviceId));
    query.bindValue(QStringLiteral(":user"), Sql::text(m.userId));
    return Sql::exec(query, tr("save the move"));
}

} // namespace Taktline
