#include "storage/oee/oeerepository.h"

#include "domain/masterdata/masterrecord.h"
#include "storage/sqlquery.h"

namespace Taktline {

OeeRepository::OeeRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<OeeMachine>> OeeRepository::machines(const QStringList &ids,
                                                  const QString &workshop) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, code, name, name_en, line, workshop, capacity FROM "
                                 "machines WHERE deleted = 0 AND active = 1 AND (coalesce(:workshop, '') = '' "
                                 "OR workshop = :workshop) ORDER BY workshop, code"));
    query.bindValue(QStringLiteral(":workshop"), workshop);
    if (Outcome read = Sql::exec(query, tr("read the machines")); !read)
        return read;
    QList<OeeMachine> machines;
    while (query.next()) {
        OeeMachine machine;
        machine.id = query.value(0).toString();
        if (!ids.isEmpty() && !ids.contains(machine.id))
            continue;
        machine.code = query.value(1).toString();
        machine.name = localizedName(query.value(2).toString(), query.value(3).toString());
        machine.line = query.value(4).toString();
        machine.workshop = query.value(5).toString();
        machine.capacity = std::max(1, query.value(6).toInt());
        machines.append(machine);
    }
    return machines;
}

Result<QHash<QString, ReasonInfo>> OeeRepository::reasons() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, name, name_en, oee_class FROM downtime_reasons"));
    if (Outcome read = Sql::exec(query, tr("read the downtime reasons")); !read)
        return read;
    QHash<QString, ReasonInfo> reasons;
    while (query.next()) {
        ReasonInfo info;
        info.name = localizedName(query.value(1).toString(), query.value(2).toString());
        info.oeeClass = oeeClassFromKey(query.value(3).toString()).value_or(OeeClass::Unset);
        reasons.insert(query.value(0).toString(), info);
    }
    return reasons;
}

Result<QHash<QString, QList<StatusPoint>>> OeeRepository::events(qint64 fromMs, qint64 toMs,
                                                                const QString &machineId) const
{
    // The newest reason given later for an event wins over the event's own.
    const QString columns = QStringLiteral(
        "e.machine_id, e.id, e.status, e.at, coalesce(e.operation_id, ''), "
        "coalesce(e.downtime_reason_id, ''), (SELECT g.downtime_reason_id FROM "
        "status_event_reasons g WHERE g.event_id = e.id ORDER BY g.at DESC, g.id DESC LIMIT 1)");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM machines m JOIN machine_status_events e ON e.id = "
                       "(SELECT p.id FROM machine_status_events p WHERE p.machine_id = m.id AND "
                       "p.at <= :from ORDER BY p.at DESC, p.id DESC LIMIT 1) "
                       "WHERE (coalesce(:machine, '') = '' OR m.id = :machine) "
                       "UNION ALL SELECT %1 FROM machine_status_events e WHERE e.at > :from AND "
                       "e.at < :to AND (coalesce(:machine, '') = '' OR e.machine_id = :machine) "
                       "ORDER BY 1, 4, 2")
            .arg(columns));
    query.bindValue(QStringLiteral(":from"), fromMs);
    query.bindValue(QStringLiteral(":to"), toMs);
    query.bindValue(QStringLiteral(":machine"), machineId);
    if (Outcome read = Sql::exec(query, tr("read the machine status events")); !read)
        return read;
    QHash<QString, QList<StatusPoint>> events;
    QString current;
    QList<StatusPoint> *list = nullptr;
    while (query.next()) {
        const QString machine = query.value(0).toString();
        if (!list || machine != current) {
            current = machine;
            list = &events[machine];
        }
        StatusPoint point;
        point.eventId = query.value(1).toString();
        point.status = machineStatusFromKey(query.value(2).toString()).value_or(MachineStatus::Idle);
        point.atMs = query.value(3).toLongLong();
        point.operationId = query.value(4).toString();
        const QString later = query.value(6).toString();
        point.reasonGivenLater = !later.isEmpty();
        point.reasonId = later.isEmpty() ? query.value(5).toString() : later;
        list->append(point);
    }
    return events;
}

Result<QList<ReportedPieces>> OeeRepository::reports(qint64 fromMs, qint64 toMs, bool byMinute,
                                                    const QString &machineId) const
{
    // Summed over the reports alone first (one pass over the window by reported_at; named, as
    // with statistics SQLite would rather skip-scan the operation index, 8× slower), then the
    // few sums joined to their operations; voided reports (rare, found through the index of
    // voiding records, each once) are taken back out instead of a look-up for every report. By
    // minute when the caller splits by shift or day: shifts start on whole minutes.
    const QString when = byMinute ? QStringLiteral("r.reported_at / 60000 * 60000")
                                  : QStringLiteral("0");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "WITH counted (op, mc, at, good, defective, rework) AS ("
            "SELECT r.operation_id, r.machine_id, %1, sum(r.good), sum(r.defective), "
            "sum(r.rework) FROM production_reports r INDEXED BY production_reports_at "
            "WHERE r.reported_at >= :from AND "
            "r.reported_at < :to AND r.voids_report_id IS NULL GROUP BY 1, 2, 3 "
            "UNION ALL "
            "SELECT r.operation_id, r.machine_id, %1, -sum(r.good), -sum(r.defective), "
            "-sum(r.rework) FROM (SELECT DISTINCT v.voids_report_id AS id FROM "
            "production_reports v WHERE v.voids_report_id IS NOT NULL) x CROSS JOIN "
            "production_reports r ON r.id = x.id WHERE r.reported_at >= :from AND "
            "r.reported_at < :to AND r.voids_report_id IS NULL "
            "GROUP BY 1, 2, 3 "
            // Scrap and rework decided on pieces a step reported good (nonconformances):
            // moved from good to scrap or rework when decided (docs/quality.md).
            "UNION ALL "
            "SELECT n.operation_id, n.machine_id, %2, -sum(d.quantity), "
            "sum(CASE WHEN d.disposition = 'scrap' THEN d.quantity ELSE 0 END), "
            "sum(CASE WHEN d.disposition = 'rework' THEN d.quantity ELSE 0 END) "
            "FROM nc_dispositions d JOIN nonconformances n ON n.id = d.nonconformance_id "
            "WHERE d.at >= :from AND d.at < :to AND d.disposition IN ('scrap', 'rework') AND "
            "n.operation_id IS NOT NULL GROUP BY 1, 2, 3) "
            "SELECT coalesce(c.mc, o.machine_id) AS m, c.op, w.product_id, c.at, sum(c.good), "
            "sum(c.defective), sum(c.rework), coalesce(o.ideal_seconds, 0), o.standard_seconds "
            "FROM counted c JOIN work_order_operations o ON o.id = c.op "
            "JOIN work_orders w ON w.id = o.work_order_id "
            "WHERE coalesce(:machine, '') = '' OR coalesce(c.mc, o.machine_id) = :machine "
            "GROUP BY m, c.op, c.at")
            .arg(when, byMinute ? QStringLiteral("d.at / 60000 * 60000") : QStringLiteral("0")));
    query.bindValue(QStringLiteral(":from"), fromMs);
    query.bindValue(QStringLiteral(":to"), toMs);
    query.bindValue(QStringLiteral(":machine"), machineId);
    if (Outcome read = Sql::exec(query, tr("read the production reports")); !read)
        return read;
    QList<ReportedPieces> reports;
    while (query.next()) {
        ReportedPieces pieces;
        pieces.machineId = query.value(0).toString();
        pieces.operationId = query.value(1).toString();
        pieces.productId = query.value(2).toString();
        pieces.atMs = query.value(3).toLongLong();
        pieces.good = query.value(4).toDouble();
        pieces.defective = query.value(5).toDouble();
        pieces.rework = query.value(6).toDouble();
        pieces.idealSeconds = query.value(7).toDouble();
        pieces.standardSeconds = query.value(8).toDouble();
        if (pieces.produced() != 0 || pieces.good != 0)
            reports.append(pieces);
    }
    return reports;
}

Result<QHash<QString, QString>> OeeRepository::productsOf(const QSet<QString> &operationIds) const
{
    QHash<QString, QString> products;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT w.product_id FROM work_order_operations o JOIN "
                                 "work_orders w ON w.id = o.work_order_id WHERE o.id = :id"));
    for (const QString &id : operationIds) {
        query.bindValue(QStringLiteral(":id"), id);
        if (Outcome read = Sql::exec(query, tr("read the operations' products")); !read)
            return read;
        if (query.next())
            products.insert(id, query.value(0).toString());
        query.finish();
    }
    return products;
}

Result<QHash<QString, QString>> OeeRepository::productLabels() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, part_no, name, name_en FROM products"));
    if (Outcome read = Sql::exec(query, tr("read the products")); !read)
        return read;
    QHash<QString, QString> labels;
    while (query.next()) {
        labels.insert(query.value(0).toString(),
                      query.value(1).toString() + QStringLiteral(" · ") +
                          localizedName(query.value(2).toString(), query.value(3).toString()));
    }
    return labels;
}

} // namespace Taktline
