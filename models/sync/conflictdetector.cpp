#include "sync/conflictdetector.h"

#include "storage/sqlquery.h"
#include "sync/localuniqueness.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Taktline {

namespace {

struct KindName
{
    SyncConflict::Kind kind;
    const char *key;
};

constexpr KindName KindNames[] = {
    {SyncConflict::Kind::DuplicateCode, "duplicate_code"},
    {SyncConflict::Kind::OverReported, "over_reported"},
    {SyncConflict::Kind::LotOverFed, "lot_over_fed"},
    {SyncConflict::Kind::SerialShippedTwice, "serial_shipped_twice"},
    {SyncConflict::Kind::CancelledWhileReported, "cancelled_while_reported"},
    {SyncConflict::Kind::ChainMismatch, "chain_mismatch"},
};

// The device that last set a field of a mutable row: the node of its clock ("" before sync).
QString fieldDevice(const QString &table, const QString &rowExpr, const QString &column)
{
    return QStringLiteral("coalesce((SELECT substr(k.hlc, 20) FROM sync_clock k WHERE k.tbl = '%1' "
                          "AND k.row_id = %2 AND k.col IN ('%3', '*') ORDER BY k.col = '*' LIMIT 1), '')")
        .arg(table, rowExpr, column);
}

QString purpose()
{
    return QCoreApplication::translate("Taktline::SyncApplier", "look for conflicts between devices");
}

// Runs SQL and hands each row to READ.
Outcome eachRow(const QSqlDatabase &db, const QString &sql,
                const std::function<void(const Sql::Row &)> &read)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Outcome::failure(Sql::failureMessage(purpose(), query.lastError()));
    const Sql::Row row(query);
    while (query.next())
        read(row);
    return Outcome::success();
}

// The ids of TABLE's rows the batch changed, as a subquery.
QString touched(const QString &table)
{
    return QStringLiteral("(SELECT row_id FROM temp.sync_touched WHERE tbl = '%1')").arg(table);
}

QString compact(const QString &jsonArray)
{
    return QString::fromUtf8(QJsonDocument::fromJson(jsonArray.toUtf8()).toJson(QJsonDocument::Compact));
}

} // namespace

ConflictDetector::ConflictDetector(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString ConflictDetector::kindKey(SyncConflict::Kind kind)
{
    for (const KindName &name : KindNames) {
        if (name.kind == kind)
            return QString::fromLatin1(name.key);
    }
    return {};
}

std::optional<SyncConflict::Kind> ConflictDetector::kindFromKey(const QString &key)
{
    for (const KindName &name : KindNames) {
        if (key == QLatin1String(name.key))
            return name.kind;
    }
    return std::nullopt;
}

QString ConflictDetector::conflictId(SyncConflict::Kind kind, const QString &subjectKey)
{
    return kindKey(kind) + QLatin1Char('/') + subjectKey;
}

Outcome ConflictDetector::prepareScope(const QSqlDatabase &db)
{
    const QString purpose = QCoreApplication::translate("Taktline::SyncApplier",
                                                        "look for conflicts between devices");
    if (Outcome made = Sql::exec(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_touched (tbl TEXT "
                                                    "NOT NULL, row_id TEXT NOT NULL, PRIMARY KEY (tbl, "
                                                    "row_id)) WITHOUT ROWID"),
                                 purpose);
        !made) {
        return made;
    }
    return Sql::exec(db, QStringLiteral("DELETE FROM temp.sync_touched"), purpose);
}

Outcome ConflictDetector::detect(const QList<ChainMismatch> &mismatches, Scope scope)
{
    m_scoped = scope == Scope::Touched;
    if (!m_scoped) {
        // Every record counts as changed.
        if (Outcome ready = prepareScope(m_db); !ready)
            return ready;
    }
    QList<Found> found;
    for (auto query : {&ConflictDetector::duplicateCodes, &ConflictDetector::overReported,
                       &ConflictDetector::lotsOverFed, &ConflictDetector::serialsShippedTwice,
                       &ConflictDetector::cancelledWhileReported}) {
        if (Outcome done = (this->*query)(found); !done)
            return done;
    }
    for (const ChainMismatch &m : mismatches) {
        const QJsonArray details{QJsonObject{{QStringLiteral("device"), m.device},
                                             {QStringLiteral("record"), m.rowId},
                                             {QStringLiteral("sent"), m.sentHash},
                                             {QStringLiteral("rebuilt"), m.rebuiltHash}}};
        found.append({SyncConflict::Kind::ChainMismatch, m.table + QLatin1Char('/') + m.rowId,
                      m.table, m.rowId, m.table + QLatin1Char(' ') + m.rowId,
                      QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), m.atMs});
    }
    for (const Found &f : found) {
        if (Outcome recorded = record(f); !recorded)
            return recorded;
    }
    return Outcome::success();
}

// Two live records with one code (the local uniqueness triggers' keys over master data and
// documents). The newest is the record marked; the details list every record, oldest first.
Outcome ConflictDetector::duplicateCodes(QList<Found> &found) const
{
    for (const LocalUniqueness::Key &key : LocalUniqueness::keys()) {
        // Not codes: a report voided or approved twice, a component fitted twice, a serial
        // shipped twice (its own kind); rates and BOM lines merge as records.
        if (key.columns.size() != 1 || key.table == QLatin1String("production_reports")
            || key.table == QLatin1String("serial_events") || key.table == QLatin1String("shipment_lines")
            || key.table == QLatin1String("report_approvals"))
            continue;
        const QString column = key.columns.first();
        const QString collate = key.noCase ? QStringLiteral(" COLLATE NOCASE") : QString();
        const QString where = key.where.isEmpty() ? QStringLiteral("1") : QString(key.where).arg(QStringLiteral("t"));
        const bool fact = key.table == QLatin1String("serials") || key.table == QLatin1String("shipments");
        const QString created = key.table == QLatin1String("shipments") ? QStringLiteral("t.at")
                                                                         : QStringLiteral("t.created_at");
        // Who made each: a fact says; a mutable record's code field has the clock of its device.
        const QString device = fact ? QStringLiteral("t.device_id")
                                    : fieldDevice(key.table, QStringLiteral("t.id"), column);
        const QString sql = QStringLiteral(
            "SELECT lower(g.code) AS code_key, (SELECT t.%2 FROM %1 t WHERE %3 AND t.%2 = g.code%6 "
            "ORDER BY %4, t.id LIMIT 1) AS code, "
            "(SELECT json_group_array(json_object('record', id, 'device', device, 'at', at)) FROM "
            "(SELECT t.id AS id, %5 AS device, %4 AS at FROM %1 t WHERE %3 AND t.%2 = g.code%6 "
            "ORDER BY %4, t.id)) AS details, "
            "(SELECT t.id FROM %1 t WHERE %3 AND t.%2 = g.code%6 ORDER BY %4 DESC, t.id DESC LIMIT 1) AS newest, "
            "(SELECT max(%4) FROM %1 t WHERE %3 AND t.%2 = g.code%6) AS at "
            "FROM (SELECT t.%2 AS code FROM %1 t WHERE %3%7 GROUP BY t.%2%6 HAVING count(*) > 1) g")
                                .arg(key.table, column, where, created, device, collate,
                                     m_scoped ? QStringLiteral(" AND t.%1%2 IN (SELECT x.%1 FROM %3 x WHERE x.id IN %4)")
                                                    .arg(column, collate, key.table, touched(key.table))
                                              : QString());
        if (Outcome done = eachRow(m_db, sql, [&](const Sql::Row &row) {
                found.append({SyncConflict::Kind::DuplicateCode,
                              key.table + QLatin1Char('/') + row.value(QStringLiteral("code_key")).toString(),
                              key.table, row.value(QStringLiteral("newest")).toString(),
                              row.value(QStringLiteral("code")).toString(),
                              compact(row.value(QStringLiteral("details")).toString()),
                              row.value(QStringLiteral("at")).toLongLong()});
            });
            !done) {
            return done;
        }
    }
    return Outcome::success();
}

// A step whose counted good exceeds the order's quantity (with the factory's tolerance),
// reported by more than one device.
Outcome ConflictDetector::overReported(QList<Found> &found) const
{
    // Counted reports: not a voiding record, not voided.
    const QString counted = QStringLiteral(
        "r.voids_report_id IS NULL AND NOT EXISTS (SELECT 1 FROM production_reports v WHERE "
        "v.voids_report_id = r.id)");
    const QString scope = m_scoped ? QStringLiteral(
        " WHERE o.id IN (SELECT r.operation_id FROM production_reports r WHERE r.id IN %1 UNION "
        "SELECT o2.id FROM work_order_operations o2 WHERE o2.work_order_id IN %2 UNION SELECT * FROM %3)")
                                         .arg(touched(QStringLiteral("production_reports")),
                                              touched(QStringLiteral("work_orders")),
                                              touched(QStringLiteral("work_order_operations")))
                                   : QString();
    const QString sql = QStringLiteral(
        "SELECT op_id, wo_id, subject, at, (SELECT json_group_array(json_object('device', device, "
        "'good', good, 'record', last)) FROM (SELECT r.device_id AS device, sum(r.good) AS good, "
        "max(r.id) AS last FROM production_reports r WHERE r.operation_id = op_id AND %1 GROUP BY "
        "r.device_id ORDER BY r.device_id)) AS details FROM (SELECT o.id AS op_id, w.id AS wo_id, "
        "w.number || ' / ' || o.seq || ' ' || o.name AS subject, w.quantity AS quantity, "
        "(SELECT sum(r.good) FROM production_reports r WHERE r.operation_id = o.id AND %1) AS good, "
        "(SELECT count(DISTINCT r.device_id) FROM production_reports r WHERE r.operation_id = o.id "
        "AND %1) AS devices, (SELECT max(r.reported_at) FROM production_reports r WHERE "
        "r.operation_id = o.id) AS at FROM work_order_operations o JOIN work_orders w ON w.id = "
        "o.work_order_id%2) WHERE devices > 1 AND good > quantity * (1.0 + coalesce((SELECT "
        "json_extract(s.value, '$.tolerancePercent') FROM settings s WHERE s.key = 'station_rules'), "
        "0) / 100.0) + 1e-9")
                            .arg(counted, scope);
    return eachRow(m_db, sql, [&](const Sql::Row &row) {
        found.append({SyncConflict::Kind::OverReported, row.value(QStringLiteral("op_id")).toString(),
                      QStringLiteral("work_orders"), row.value(QStringLiteral("wo_id")).toString(),
                      row.value(QStringLiteral("subject")).toString(),
                      compact(row.value(QStringLiteral("details")).toString()),
                      row.value(QStringLiteral("at")).toLongLong()});
    });
}

// A lot whose movements add up below zero, consumed by more than one device.
Outcome ConflictDetector::lotsOverFed(QList<Found> &found) const
{
    const QString sql = QStringLiteral(
        "SELECT l.id AS lot_id, l.lot_no AS subject, m.at AS at, "
        "(SELECT json_group_array(json_object('device', device, 'fed', fed)) FROM (SELECT "
        "x.device_id AS device, -sum(x.quantity) AS fed FROM lot_movements x WHERE x.lot_id = l.id "
        "AND x.kind = 'consumption' GROUP BY x.device_id ORDER BY x.device_id)) AS details "
        "FROM (SELECT lot_id, sum(quantity) AS stock, max(at) AS at, count(DISTINCT CASE WHEN kind = "
        "'consumption' THEN device_id END) AS feeders FROM lot_movements%1 GROUP BY lot_id) m "
        "JOIN material_lots l ON l.id = m.lot_id WHERE m.stock < -1e-9 AND m.feeders > 1")
                            .arg(m_scoped ? QStringLiteral(" WHERE lot_id IN (SELECT x.lot_id FROM lot_movements x "
                                                           "WHERE x.id IN %1 UNION SELECT * FROM %2)")
                                                .arg(touched(QStringLiteral("lot_movements")),
                                                     touched(QStringLiteral("material_lots")))
                                          : QString());
    return eachRow(m_db, sql, [&](const Sql::Row &row) {
        found.append({SyncConflict::Kind::LotOverFed, row.value(QStringLiteral("lot_id")).toString(),
                      QStringLiteral("material_lots"), row.value(QStringLiteral("lot_id")).toString(),
                      row.value(QStringLiteral("subject")).toString(),
                      compact(row.value(QStringLiteral("details")).toString()),
                      row.value(QStringLiteral("at")).toLongLong()});
    });
}

// One serial on two shipment lines.
Outcome ConflictDetector::serialsShippedTwice(QList<Found> &found) const
{
    const QString sql = QStringLiteral(
        "SELECT s.id AS serial_id, s.serial AS subject, g.at AS at, "
        "(SELECT json_group_array(json_object('device', device, 'shipment', shipment, 'record', id)) "
        "FROM (SELECT l.device_id AS device, h.shipment_no AS shipment, l.id AS id FROM "
        "shipment_lines l JOIN shipments h ON h.id = l.shipment_id WHERE l.serial_id = s.id "
        "ORDER BY l.at, l.id)) AS details "
        "FROM (SELECT serial_id, max(at) AS at FROM shipment_lines WHERE serial_id IS NOT NULL%1 "
        "GROUP BY serial_id HAVING count(*) > 1) g JOIN serials s ON s.id = g.serial_id")
                            .arg(m_scoped ? QStringLiteral(" AND serial_id IN (SELECT x.serial_id FROM shipment_lines x "
                                                           "WHERE x.id IN %1)")
                                                .arg(touched(QStringLiteral("shipment_lines")))
                                          : QString());
    return eachRow(m_db, sql, [&](const Sql::Row &row) {
        found.append({SyncConflict::Kind::SerialShippedTwice, row.value(QStringLiteral("serial_id")).toString(),
                      QStringLiteral("serials"), row.value(QStringLiteral("serial_id")).toString(),
                      row.value(QStringLiteral("subject")).toString(),
                      compact(row.value(QStringLiteral("details")).toString()),
                      row.value(QStringLiteral("at")).toLongLong()});
    });
}

// An order cancelled by one device while another reported on it: counted reports by a device
// other than the one whose decision the state is (by the state field's clock). A device that
// saw the reports could only cancel after putting the order on hold, a deliberate step; the
// conflict's "accept" settles that case.
Outcome ConflictDetector::cancelledWhileReported(QList<Found> &found) const
{
    // The cancel is the audit fact the cancelling device recorded (it syncs like every fact): the
    // order may show it (cancelled), or not, when a report made elsewhere later by clock moved
    // the state on; either way the clash is listed.
    const QString sql = QStringLiteral(
        "SELECT w.id AS wo_id, w.number AS subject, c.device AS canceller, c.at AS cancelled_at, "
        "(SELECT max(r.reported_at) FROM production_reports r WHERE r.work_order_id = w.id) AS at, "
        "(SELECT json_group_array(json_object('device', device, 'good', good, 'record', last)) FROM "
        "(SELECT r.device_id AS device, sum(r.good) AS good, max(r.id) AS last FROM production_reports r "
        "WHERE r.work_order_id = w.id AND r.device_id <> c.device AND %2 "
        "GROUP BY r.device_id ORDER BY r.device_id)) AS details "
        "FROM work_orders w JOIN (SELECT a.entity_id AS order_id, a.device_id AS device, max(a.at_ms) "
        "AS at FROM audit_log a WHERE a.entity = 'work_order' AND a.action = 'cancelled'%1 GROUP BY "
        "a.entity_id) c ON c.order_id = w.id WHERE EXISTS (SELECT 1 FROM production_reports r WHERE "
        "r.work_order_id = w.id AND r.device_id <> c.device AND %2)")
                            .arg(m_scoped ? QStringLiteral(" AND a.entity_id IN (SELECT * FROM %1 UNION SELECT "
                                                           "r.work_order_id FROM production_reports r WHERE r.id IN %2 "
                                                           "UNION SELECT x.entity_id FROM audit_log x WHERE x.id IN %3)")
                                                .arg(touched(QStringLiteral("work_orders")),
                                                     touched(QStringLiteral("production_reports")),
                                                     touched(QStringLiteral("audit_log")))
                                          : QString(),
                                 QStringLiteral("r.voids_report_id IS NULL AND NOT EXISTS (SELECT 1 FROM "
                                                "production_reports v WHERE v.voids_report_id = r.id)"));
    return eachRow(m_db, sql, [&](const Sql::Row &row) {
        QJsonArray details = QJsonDocument::fromJson(row.value(QStringLiteral("details")).toString().toUtf8()).array();
        details.prepend(QJsonObject{{QStringLiteral("device"), row.value(QStringLiteral("canceller")).toString()},
                                    {QStringLiteral("cancelled"), row.value(QStringLiteral("cancelled_at")).toLongLong()}});
        found.append({SyncConflict::Kind::CancelledWhileReported, row.value(QStringLiteral("wo_id")).toString(),
                      QStringLiteral("work_orders"), row.value(QStringLiteral("wo_id")).toString(),
                      row.value(QStringLiteral("subject")).toString(),
                      QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)),
                      row.value(QStringLiteral("at")).toLongLong()});
    });
}

// Upserts the description; a resolution already recorded (here or on another device) stays.
Outcome ConflictDetector::record(const Found &f) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO sync_conflicts (id, kind, tbl, row_id, subject, details, found_at, updated_at) "
        "VALUES (:id, :kind, :tbl, :row, :subject, :details, :at, :at) ON CONFLICT(id) DO UPDATE SET "
        "kind = excluded.kind, tbl = excluded.tbl, row_id = excluded.row_id, subject = "
        "excluded.subject, details = excluded.details, found_at = excluded.found_at WHERE "
        "sync_conflicts.details IS NOT excluded.details OR sync_conflicts.kind IS NOT excluded.kind "
        "OR sync_conflicts.row_id IS NOT excluded.row_id OR sync_conflicts.subject IS NOT "
        "excluded.subject OR sync_conflicts.found_at IS NOT excluded.found_at"));
    query.bindValue(QStringLiteral(":id"), conflictId(f.kind, f.subjectKey));
    query.bindValue(QStringLiteral(":kind"), kindKey(f.kind));
    query.bindValue(QStringLiteral(":tbl"), f.table);
    query.bindValue(QStringLiteral(":row"), f.rowId);
    query.bindValue(QStringLiteral(":subject"), f.subject);
    query.bindValue(QStringLiteral(":details"), f.details);
    query.bindValue(QStringLiteral(":at"), f.atMs);
    return Sql::exec(query, purpose());
}

} // namespace Taktline
