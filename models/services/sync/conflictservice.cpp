#include "services/sync/conflictservice.h"

#include "domain/clock.h"
#include "services/access/accesscontrol.h"
#include "services/station/reportingservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "sync/conflictdetector.h"
#include "sync/syncallowlist.h"
#include "sync/syncstate.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Taktline {

namespace {

const QString Entity = QStringLiteral("sync_conflict");

// Master data whose twins can be merged: tombstoning the newer loses no fact.
bool isMergeable(const QString &table)
{
    static const QStringList tables = {
        QStringLiteral("products"),       QStringLiteral("machines"),
        QStringLiteral("employees"),      QStringLiteral("downtime_reasons"),
        QStringLiteral("defect_reasons"), QStringLiteral("units"),
        QStringLiteral("users"),          QStringLiteral("suppliers"),
        QStringLiteral("places")};
    return tables.contains(table);
}

// What the audit log calls a record of TABLE.
QString auditEntity(const QString &table)
{
    static const QHash<QString, QString> entities = {
        {QStringLiteral("products"), QStringLiteral("product")},
        {QStringLiteral("machines"), QStringLiteral("machine")},
        {QStringLiteral("employees"), QStringLiteral("employee")},
        {QStringLiteral("downtime_reasons"), QStringLiteral("downtime-reason")},
        {QStringLiteral("defect_reasons"), QStringLiteral("defect-reason")},
        {QStringLiteral("units"), QStringLiteral("unit")},
        {QStringLiteral("users"), QStringLiteral("user")},
        {QStringLiteral("suppliers"), QStringLiteral("supplier")},
        {QStringLiteral("places"), QStringLiteral("place")}};
    return entities.value(table, table);
}

QJsonArray parsed(const QString &detailsJson)
{
    return QJsonDocument::fromJson(detailsJson.toUtf8()).array();
}

QString quantity(double value)
{
    return QLocale().toString(value, 'g', 12);
}

} // namespace

ConflictService::ConflictService(std::shared_ptr<Database> db, const Clock &clock,
                                 AccessControl *access, AuditRepository *audit, QObject *parent)
    : ConflictService(std::move(db), clock, access, audit, nullptr, parent)
{
}

ConflictService::ConflictService(std::shared_ptr<Database> db, const Clock &clock,
                                 AccessControl *access, AuditRepository *audit,
                                 ReportingService *reporting, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_access(access)
    , m_audit(audit)
    , m_reporting(reporting)
    , m_deviceId(m_db->deviceId())
{
}

ConflictService::DeviceNames ConflictService::deviceNames() const
{
    // The names the server gave at the last sync ("车间平板1", device B), read once per listing.
    return QJsonDocument::fromJson(
               SyncState(m_db->connection()).value(QStringLiteral("device_names")).toUtf8())
        .object();
}

QString ConflictService::deviceName(const DeviceNames &names, const QString &deviceId) const
{
    if (deviceId.isEmpty() || deviceId == m_deviceId)
        return tr("this device");
    const QJsonObject device = names.value(deviceId).toObject();
    const QString name = device.value(QStringLiteral("name")).toString();
    if (!name.isEmpty())
        return tr("%1 (device %2)").arg(name, device.value(QStringLiteral("code")).toString());
    return tr("device %1").arg(deviceId.right(12));
}

QStringList ConflictService::detailLines(SyncConflict::Kind kind, const QString &detailsJson,
                                         const DeviceNames &names) const
{
    QStringList lines;
    for (const QJsonValue &value : parsed(detailsJson)) {
        const QJsonObject d = value.toObject();
        const QString device = deviceName(names, d.value(QStringLiteral("device")).toString());
        switch (kind) {
        case SyncConflict::Kind::DuplicateCode:
            lines << tr("%1 created it on %2")
                         .arg(device,
                              QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(
                                                     d.value(QStringLiteral("at")).toDouble())),
                                                 QLocale::ShortFormat));
            break;
        case SyncConflict::Kind::OverReported:
            lines << tr("%1 reported %2 good pieces")
                         .arg(device, quantity(d.value(QStringLiteral("good")).toDouble()));
            break;
        case SyncConflict::Kind::LotOverFed:
            lines << tr("%1 fed %2 from the lot")
                         .arg(device, quantity(d.value(QStringLiteral("fed")).toDouble()));
            break;
        case SyncConflict::Kind::SerialShippedTwice:
            lines << tr("%1 shipped it on shipment %2")
                         .arg(device, d.value(QStringLiteral("shipment")).toString());
            break;
        case SyncConflict::Kind::CancelledWhileReported:
            if (d.contains(QStringLiteral("cancelled")))
                lines << tr("%1 cancelled the order").arg(device);
            else
                lines << tr("%1 reported %2 good pieces on it")
                             .arg(device, quantity(d.value(QStringLiteral("good")).toDouble()));
            break;
        case SyncConflict::Kind::ChainMismatch:
            lines << tr("%1 sent this record with a hash-chain link that differs from the one "
                        "rebuilt on this device")
                         .arg(device);
            break;
        }
    }
    return lines;
}

QList<SyncConflict::Action> ConflictService::actionsFor(const SyncConflict &c,
                                                        const QString &detailsJson,
                                                        const DeviceNames &names) const
{
    QList<SyncConflict::Action> actions;
    const QJsonArray details = parsed(detailsJson);
    switch (c.kind) {
    case SyncConflict::Kind::DuplicateCode:
        if (isMergeable(c.table) && !details.isEmpty())
            actions.append({QStringLiteral("merge"), tr("Merge: keep the older record"),
                            details.first().toObject().value(QStringLiteral("record")).toString()});
        break;
    case SyncConflict::Kind::OverReported:
        for (const QJsonValue &value : details) {
            const QJsonObject d = value.toObject();
            actions.append({QStringLiteral("void_report"),
                            tr("Void the last report of %1")
                                .arg(deviceName(names, d.value(QStringLiteral("device")).toString())),
                            d.value(QStringLiteral("record")).toString()});
        }
        break;
    case SyncConflict::Kind::CancelledWhileReported: {
        // Only an order the cancel still holds can be reopened; one a later report moved on
        // already runs.
        QSqlQuery state(m_db->connection());
        state.prepare(QStringLiteral("SELECT state FROM work_orders WHERE id = :id"));
        state.bindValue(QStringLiteral(":id"), c.rowId);
        if (state.exec() && state.next() && state.value(0).toString() == QLatin1String("cancelled"))
            actions.append({QStringLiteral("reopen"), tr("Reopen the order"), c.rowId});
        break;
    }
    default:
        break;
    }
    actions.append({QStringLiteral("accept"), tr("Accept as it is"), QString()});
    return actions;
}

SyncConflict ConflictService::fromRow(const QSqlQuery &query, const DeviceNames &names) const
{
    const Sql::Row row(query);
    SyncConflict c;
    c.id = row.value(QStringLiteral("id")).toString();
    c.kind = ConflictDetector::kindFromKey(row.value(QStringLiteral("kind")).toString())
                 .value_or(SyncConflict::Kind::DuplicateCode);
    c.table = row.value(QStringLiteral("tbl")).toString();
    c.rowId = row.value(QStringLiteral("row_id")).toString();
    c.subject = row.value(QStringLiteral("subject")).toString();
    const QString details = row.value(QStringLiteral("details")).toString();
    c.details = detailLines(c.kind, details, names);
    c.foundAt =
        QDateTime::fromMSecsSinceEpoch(row.value(QStringLiteral("found_at")).toLongLong(), Qt::UTC);
    const QVariant resolved = row.value(QStringLiteral("resolved_at"));
    if (!resolved.isNull()) {
        c.resolvedAt = QDateTime::fromMSecsSinceEpoch(resolved.toLongLong(), Qt::UTC);
        c.resolution = row.value(QStringLiteral("resolution")).toString();
    } else {
        c.actions = actionsFor(c, details, names);
    }
    return c;
}

Result<QList<SyncConflict>> ConflictService::conflicts(bool includeResolved) const
{
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    // A row made by a resolution that arrived before this device found the conflict has no kind.
    if (!query.exec(
            QStringLiteral("SELECT id, kind, tbl, row_id, subject, details, found_at, "
                           "resolved_at, resolution FROM sync_conflicts WHERE kind <> ''%1 "
                           "ORDER BY resolved_at IS NOT NULL, found_at DESC, id")
                .arg(includeResolved ? QString() : QStringLiteral(" AND resolved_at IS NULL")))) {
        return Outcome::failure(
            Sql::failureMessage(tr("read the conflicts between devices"), query.lastError()));
    }
    const DeviceNames names = deviceNames();
    QList<SyncConflict> list;
    while (query.next())
        list.append(fromRow(query, names));
    return list;
}

Result<SyncConflict> ConflictService::find(const QString &conflictId) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(
        QStringLiteral("SELECT id, kind, tbl, row_id, subject, details, found_at, resolved_at, "
                       "resolution FROM sync_conflicts WHERE id = :id AND kind <> ''"));
    query.bindValue(QStringLiteral(":id"), conflictId);
    if (!query.exec())
        return Outcome::failure(
            Sql::failureMessage(tr("read the conflicts between devices"), query.lastError()));
    if (!query.next())
        return Outcome::failure(tr("This conflict no longer exists. Reload the list."));
    return fromRow(query, deviceNames());
}

int ConflictService::openCount() const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral(
            "SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL AND kind <> ''")) ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

bool ConflictService::isMarked(const QString &table, const QString &rowId) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT 1 FROM sync_conflicts WHERE tbl = :tbl AND row_id = :row "
                                 "AND resolved_at IS NULL AND kind <> '' LIMIT 1"));
    query.bindValue(QStringLiteral(":tbl"), table);
    query.bindValue(QStringLiteral(":row"), rowId);
    return query.exec() && query.next();
}

Outcome ConflictService::resolve(const QString &conflictId, const QString &actionKey,
                                 const QString &targetId)
{
    if (Outcome allowed = m_access->require(Permission::EditWorkOrders); !allowed)
        return allowed;
    const Result<SyncConflict> found = find(conflictId);
    if (!found)
        return found.outcome();
    const SyncConflict &conflict = found.value();
    if (conflict.resolvedAt.isValid())
        return Outcome::failure(
            tr("This conflict was already resolved (%1).").arg(conflict.resolution));
    const auto action = std::find_if(
        conflict.actions.cbegin(), conflict.actions.cend(), [&](const SyncConflict::Action &a) {
            return a.key == actionKey && (targetId.isEmpty() || a.targetId == targetId);
        });
    if (action == conflict.actions.cend())
        return Outcome::failure(tr("This action does not settle this conflict."));
    QSqlQuery details(m_db->connection());
    details.prepare(QStringLiteral("SELECT details FROM sync_conflicts WHERE id = :id"));
    details.bindValue(QStringLiteral(":id"), conflictId);
    const QString detailsJson =
        details.exec() && details.next() ? details.value(0).toString() : QString();
    details.finish();
    const Outcome done = m_db->inTransaction([&]() -> Outcome {
        if (actionKey == QLatin1String("merge")) {
            if (Outcome merged = merge(conflict, detailsJson); !merged)
                return merged;
        } else if (actionKey == QLatin1String("void_report")) {
            if (!m_reporting)
                return Outcome::failure(tr("Reports cannot be voided here."));
            const Result<QString> voided = m_reporting->voidReport(
                action->targetId, tr("Conflict between devices: %1").arg(conflict.subject));
            if (!voided)
                return voided.outcome();
        } else if (actionKey == QLatin1String("reopen")) {
            if (Outcome reopened = reopen(conflict); !reopened)
                return reopened;
        }
        const qint64 now = m_clock.nowMs();
        QSqlQuery mark(m_db->connection());
        mark.prepare(
            QStringLiteral("UPDATE sync_conflicts SET resolved_at = :now, resolution = :action, "
                           "resolved_by = :user, updated_at = :now WHERE id = :id"));
        mark.bindValue(QStringLiteral(":now"), now);
        mark.bindValue(QStringLiteral(":action"), actionKey);
        mark.bindValue(QStringLiteral(":user"), Sql::text(m_access->userId()));
        mark.bindValue(QStringLiteral(":id"), conflictId);
        if (Outcome marked = Sql::exec(mark, tr("mark the conflict resolved")); !marked)
            return marked;
        return m_audit->append(m_access->userId(), Entity, conflictId, QStringLiteral("resolve"),
                               actionKey + (action->targetId.isEmpty()
                                                ? QString()
                                                : QLatin1Char(' ') + action->targetId));
    });
    if (!done)
        return done;
    emit conflictsChanged();
    return Outcome::success();
}

// Keeps the oldest record, tombstones the others and points every mutable reference to them at
// the one kept (facts keep naming what they named: they happened that way).
Outcome ConflictService::merge(const SyncConflict &conflict, const QString &detailsJson)
{
    const QJsonArray details = parsed(detailsJson);
    if (!isMergeable(conflict.table) || details.size() < 2)
        return Outcome::failure(tr("These records cannot be merged."));
    const QString kept = details.first().toObject().value(QStringLiteral("record")).toString();
    const qint64 now = m_clock.nowMs();
    const QSqlDatabase db = m_db->connection();
    for (qsizetype i = 1; i < details.size(); ++i) {
        const QString twin = details.at(i).toObject().value(QStringLiteral("record")).toString();
        for (const SyncAllowList::Table &table : SyncAllowList::tables()) {
            if (table.fact)
                continue;
            QSqlQuery references(db);
            references.exec(
                QStringLiteral(
                    "SELECT \"from\" FROM pragma_foreign_key_list('%1') WHERE \"table\" = '%2'")
                    .arg(table.name, conflict.table));
            while (references.next()) {
                const QString column = references.value(0).toString();
                QSqlQuery repoint(db);
                repoint.prepare(QStringLiteral("UPDATE %1 SET %2 = :kept%3 WHERE %2 = :twin")
                                    .arg(table.name, column,
                                         table.columns.contains(QStringLiteral("updated_at"))
                                             ? QStringLiteral(", updated_at = :now")
                                             : QString()));
                repoint.bindValue(QStringLiteral(":kept"), kept);
                repoint.bindValue(QStringLiteral(":twin"), twin);
                if (table.columns.contains(QStringLiteral("updated_at")))
                    repoint.bindValue(QStringLiteral(":now"), now);
                if (Outcome done = Sql::exec(repoint, tr("point the records to the one kept"));
                    !done)
                    return done;
            }
        }
        QSqlQuery tombstone(db);
        tombstone.prepare(
            QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = :now WHERE id = :id")
                .arg(conflict.table));
        tombstone.bindValue(QStringLiteral(":now"), now);
        tombstone.bindValue(QStringLiteral(":id"), twin);
        if (Outcome done = Sql::exec(tombstone, tr("merge the twin records")); !done)
            return done;
        if (Outcome audited = m_audit->append(m_access->userId(), auditEntity(conflict.table), twin,
                                              QStringLiteral("merge"), kept);
            !audited)
            return audited;
    }
    return Outcome::success();
}

// The state machine has no way back from cancelled; this action is it: the reports stand, so the
// order is in progress again.
Outcome ConflictService::reopen(const SyncConflict &conflict)
{
    QSqlQuery query(m_db->connection());
    query.prepare(
        QStringLiteral("UPDATE work_orders SET state = 'in_progress', version = version + 1, "
                       "updated_at = :now WHERE id = :id AND state = 'cancelled'"));
    query.bindValue(QStringLiteral(":now"), m_clock.nowMs());
    query.bindValue(QStringLiteral(":id"), conflict.rowId);
    if (Outcome done = Sql::exec(query, tr("reopen the work order")); !done)
        return done;
    if (query.numRowsAffected() < 1)
        return Outcome::failure(tr("Work order %1 is no longer cancelled.").arg(conflict.subject));
    return m_audit->append(m_access->userId(), QStringLiteral("work_order"), conflict.rowId,
                           QStringLiteral("reopen"), conflict.subject);
}

} // namespace Taktline
