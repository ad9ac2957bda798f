#include "sync/syncoutbox.h"

#include "storage/sqlquery.h"
#include "sync/conflictdetector.h"
#include "sync/syncallowlist.h"
#include "sync/syncfunctions.h"
#include "sync/syncopcodec.h"

#include <QJsonDocument>
#include <QMap>
#include <QSqlRecord>

namespace Taktline {

namespace {

const QString EnqueuedKey = QStringLiteral("enqueued_everything");

} // namespace

SyncOutbox::SyncOutbox(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<SyncOp>> SyncOutbox::next(int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Outcome prepared = Sql::prepare(query,
                                        QStringLiteral("SELECT seq, tbl, row_id, kind, hlc, cols, chain "
                                                       "FROM sync_outbox ORDER BY seq LIMIT :limit"),
                                        tr("read the changes waiting to be sent"));
        !prepared) {
        return prepared;
    }
    query.bindValue(QStringLiteral(":limit"), qMax(1, limit));
    if (Outcome done = Sql::exec(query, tr("read the changes waiting to be sent")); !done)
        return done;
    QList<SyncOp> ops;
    const Sql::Row row(query);
    while (query.next()) {
        SyncOp op;
        op.seq = row.value(QStringLiteral("seq")).toLongLong();
        op.table = row.value(QStringLiteral("tbl")).toString();
        op.rowId = row.value(QStringLiteral("row_id")).toString();
        op.kind = row.value(QStringLiteral("kind")).toString() == QLatin1String("f")
                      ? SyncOp::Kind::Fact
                      : SyncOp::Kind::Mutable;
        op.hlc = row.value(QStringLiteral("hlc")).toString();
        op.columns = QJsonDocument::fromJson(row.value(QStringLiteral("cols")).toString().toUtf8()).object();
        op.chainHash = row.value(QStringLiteral("chain")).toString();
        ops.append(op);
    }
    return ops;
}

Result<SyncOutbox::Counts> SyncOutbox::counts() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) AS changes, "
                                   "coalesce(sum(tbl = 'production_reports'), 0) AS reports "
                                   "FROM sync_outbox"))
        || !query.next()) {
        return Outcome::failure(Sql::failureMessage(tr("count the changes waiting to be sent"),
                                                    query.lastError()));
    }
    return Counts{Sql::column(query, QStringLiteral("changes")).toInt(),
                  Sql::column(query, QStringLiteral("reports")).toInt()};
}

Outcome SyncOutbox::remove(qint64 firstSeq, qint64 lastSeq)
{
    const QString purpose = tr("remove the changes the server has received");
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Outcome::failure(Sql::failureMessage(purpose, begin.lastError()));
    begin.finish();
    Outcome done = ConflictDetector::prepareScope(m_db);
    if (done) {
        // This device's changes now on the server are looked at like arrived ones, so that a
        // conflict they join reads the same here as on the devices that receive them.
        QSqlQuery touch(m_db);
        touch.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.sync_touched (tbl, row_id) SELECT tbl, "
                                     "row_id FROM sync_outbox WHERE seq BETWEEN :first AND :last"));
        touch.bindValue(QStringLiteral(":first"), firstSeq);
        touch.bindValue(QStringLiteral(":last"), lastSeq);
        done = Sql::exec(touch, purpose);
    }
    if (done) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE seq BETWEEN :first AND :last"));
        query.bindValue(QStringLiteral(":first"), firstSeq);
        query.bindValue(QStringLiteral(":last"), lastSeq);
        done = Sql::exec(query, purpose);
    }
    if (done) {
        // Conflicts are found on every device alike: what is recorded here is not sent.
        SyncFunctions::setApplying(m_db, true);
        done = ConflictDetector(m_db).detect({}, ConflictDetector::Scope::Touched);
        SyncFunctions::setApplying(m_db, false);
    }
    if (!done || !m_db.commit()) {
        const Outcome failed = done ? Outcome::failure(Sql::failureMessage(purpose, m_db.lastError())) : done;
        m_db.rollback();
        return failed;
    }
    return Outcome::success();
}

bool SyncOutbox::hasEnqueuedEverything() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), EnqueuedKey);
    return query.exec() && query.next() && query.value(0).toString() == QLatin1String("1");
}

Result<int> SyncOutbox::enqueueEverything()
{
    if (hasEnqueuedEverything())
        return 0;
    const QString purpose = tr("queue the whole factory for its first upload");
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Outcome::failure(Sql::failureMessage(purpose, begin.lastError()));
    auto fail = [this](Outcome failure) -> Result<int> {
        m_db.rollback();
        return failure;
    };
    // What the outbox held is part of the current state, which is queued whole below.
    if (Outcome cleared = Sql::exec(m_db, QStringLiteral("DELETE FROM sync_outbox"), purpose); !cleared)
        return fail(cleared);
    for (const SyncAllowList::Table &table : SyncAllowList::tables()) {
        if (!table.fact) {
            if (Outcome queued = enqueueMutable(table.name); !queued)
                return fail(queued);
        }
    }
    if (Outcome queued = enqueueFacts(); !queued)
        return fail(queued);
    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (:key, '1') "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    mark.bindValue(QStringLiteral(":key"), EnqueuedKey);
    if (Outcome marked = Sql::exec(mark, purpose); !marked)
        return fail(marked);
    QSqlQuery count(m_db);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) || !count.next())
        return fail(Outcome::failure(Sql::failureMessage(purpose, count.lastError())));
    const int queued = count.value(0).toInt();
    count.finish();
    if (!m_db.commit())
        return fail(Outcome::failure(Sql::failureMessage(purpose, m_db.lastError())));
    return queued;
}

// Each row whole at its oldest field clock, then once per newer clock of its fields with those
// fields: the server merges field by field.
Outcome SyncOutbox::enqueueMutable(const QString &tableName)
{
    const SyncAllowList::Table &table = *SyncAllowList::find(tableName);
    const QString purpose = tr("queue the whole factory for its first upload");
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT * FROM %1").arg(table.name);
    if (table.name == QLatin1String("settings"))
        sql += QStringLiteral(" WHERE NOT ") + SyncAllowList::perDeviceSettingSql(QStringLiteral("key"));
    if (!rows.exec(sql + QStringLiteral(" ORDER BY rowid")))
        return Outcome::failure(Sql::failureMessage(purpose, rows.lastError()));
    QSqlQuery clocks(m_db);
    clocks.prepare(QStringLiteral("SELECT col, hlc FROM sync_clock WHERE tbl = :tbl AND row_id = :row"));
    QSqlQuery setClock(m_db);
    setClock.prepare(QStringLiteral("INSERT INTO sync_clock (tbl, row_id, col, hlc) VALUES (:tbl, :row, "
                                    ":col, :hlc) ON CONFLICT (tbl, row_id, col) DO NOTHING"));
    QSqlQuery queue(m_db);
    queue.prepare(QStringLiteral("INSERT INTO sync_outbox (tbl, row_id, kind, hlc, cols) VALUES "
                                 "(:tbl, :row, 'm', :hlc, :cols)"));
    while (rows.next()) {
        const QSqlRecord record = rows.record();
        const QString rowId = record.value(table.key).toString();
        QHash<QString, QString> known;
        clocks.bindValue(QStringLiteral(":tbl"), table.name);
        clocks.bindValue(QStringLiteral(":row"), rowId);
        if (!clocks.exec())
            return Outcome::failure(Sql::failureMessage(purpose, clocks.lastError()));
        while (clocks.next())
            known.insert(clocks.value(0).toString(), clocks.value(1).toString());
        QMap<QString, QJsonObject> byClock; // in clock order
        // Fields without a clock (a row made before sync) get one new row clock.
        QString rowClock = known.value(QStringLiteral("*"));
        for (const QString &column : table.columns) {
            if (column == table.key)
                continue;
            if (known.value(column).isEmpty() && rowClock.isEmpty()) {
                rowClock = SyncFunctions::next(m_db);
                setClock.bindValue(QStringLiteral(":tbl"), table.name);
                setClock.bindValue(QStringLiteral(":row"), rowId);
                setClock.bindValue(QStringLiteral(":col"), QStringLiteral("*"));
                setClock.bindValue(QStringLiteral(":hlc"), rowClock);
                if (Outcome set = Sql::exec(setClock, purpose); !set)
                    return set;
            }
            const QString hlc = known.value(column, rowClock);
            byClock[hlc].insert(column, SyncOpCodec::fromSql(record.value(column)));
        }
        // The first change carries every field (at the oldest clock), so that a device without
        // the row can insert it; the fields changed since follow with their own clocks.
        QJsonObject whole;
        for (const QJsonObject &fields : std::as_const(byClock)) {
            for (auto f = fields.constBegin(); f != fields.constEnd(); ++f)
                whole.insert(f.key(), f.value());
        }
        if (!byClock.isEmpty())
            byClock.first() = whole;
        for (auto it = byClock.cbegin(); it != byClock.cend(); ++it) {
            queue.bindValue(QStringLiteral(":tbl"), table.name);
            queue.bindValue(QStringLiteral(":row"), rowId);
            queue.bindValue(QStringLiteral(":hlc"), it.key());
            queue.bindValue(QStringLiteral(":cols"),
                            QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact)));
            if (Outcome queued = Sql::exec(queue, purpose); !queued)
                return queued;
        }
    }
    return Outcome::success();
}

// Every fact in its device's chain order, with its link: a replica applying them in this order
// rebuilds the same chain.
Outcome SyncOutbox::enqueueFacts()
{
    QStringList parts;
    for (const SyncAllowList::Table &table : SyncAllowList::tables()) {
        if (!table.fact)
            continue;
        QStringList pairs;
        for (const QString &column : table.columns) {
            if (column != table.key)
                pairs << QStringLiteral("'%1', t.%1").arg(column);
        }
        parts << QStringLiteral("SELECT c.device AS device, c.seq AS seq, '%1' AS tbl, t.id AS row_id, "
                                "json_object(%2) AS cols, c.hash AS chain FROM fact_chain c JOIN %1 t "
                                "ON t.id = c.row_key WHERE c.tbl = '%1'")
                     .arg(table.name, pairs.join(QStringLiteral(", ")));
    }
    // The clocks are taken in a second pass, in outbox order.
    const QString purpose = tr("queue the whole factory for its first upload");
    if (Outcome queued = Sql::exec(
            m_db,
            QStringLiteral("INSERT INTO sync_outbox (tbl, row_id, kind, hlc, cols, chain) SELECT tbl, "
                           "row_id, 'f', '', cols, chain FROM (%1) ORDER BY device, seq")
                .arg(parts.join(QStringLiteral(" UNION ALL "))),
            purpose);
        !queued) {
        return queued;
    }
    return Sql::exec(m_db,
                     QStringLiteral("UPDATE sync_outbox SET hlc = %1() WHERE hlc = ''")
                         .arg(QString::fromLatin1(SyncFunctions::HlcName)),
                     purpose);
}

} // namespace Taktline
