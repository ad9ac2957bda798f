#include "sync/syncapplier.h"

#include "storage/sqlquery.h"
#include "sync/syncallowlist.h"
#include "sync/syncfunctions.h"
#include "sync/syncopcodec.h"

#include <QSqlDriver>

namespace Taktline {

namespace {

// taktline_sync_applying() is 1 for the connection while this lives.
class ApplyingScope final
{
public:
    explicit ApplyingScope(const QSqlDatabase &db)
        : m_db(db)
    {
        SyncFunctions::setApplying(m_db, true);
    }
    ~ApplyingScope() { SyncFunctions::setApplying(m_db, false); }
    ApplyingScope(const ApplyingScope &) = delete;
    ApplyingScope &operator=(const ApplyingScope &) = delete;

private:
    QSqlDatabase m_db;
};

QString purpose()
{
    return SyncApplier::tr("apply the changes of other devices");
}

} // namespace

SyncApplier::SyncApplier(QSqlDatabase db)
    : m_db(std::move(db))
{}

SyncApplier::~SyncApplier() = default;

qint64 SyncApplier::cursor(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), QString::fromLatin1(CursorKey));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

Result<QSqlQuery *> SyncApplier::statement(const QString &sql)
{
    std::shared_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        query = std::make_shared<QSqlQuery>(m_db);
        if (!query->prepare(sql)) {
            const QSqlError error = query->lastError();
            m_statements.remove(sql);
            return Outcome::failure(Sql::failureMessage(purpose(), error));
        }
    }
    return query.get();
}

Result<SyncApplier::Report> SyncApplier::apply(const QList<SyncOp> &ops, qint64 cursor)
{
    if (SyncFunctions::isApplying(m_db))
        return Outcome::failure(tr("Changes of other devices are already being applied on this connection."));
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Outcome::failure(Sql::failureMessage(purpose(), begin.lastError()));
    begin.finish();
    Report report;
    QList<ConflictDetector::ChainMismatch> mismatches;
    Outcome done = Outcome::success();
    {
        const ApplyingScope applying(m_db);
        // A batch may hold a child before its parent (facts go in their chain's order): the
        // references are checked at commit, when the whole batch is in.
        done = Sql::exec(m_db, QStringLiteral("PRAGMA defer_foreign_keys = ON"), purpose());
        if (done)
            done = ConflictDetector::prepareScope(m_db);
        for (const SyncOp &op : ops) {
            if (!done)
                break;
            if (!SyncFunctions::observe(m_db, op.hlc)) {
                done = Outcome::failure(tr("A change of other devices has no valid clock (%1).").arg(op.hlc));
                break;
            }
            const int applied = report.applied;
            done = op.kind == SyncOp::Kind::Fact ? applyFact(op, report, mismatches)
                                                 : applyMutable(op, report);
            if (done && report.applied > applied)
                done = touch(op);
        }
        if (done) {
            QSqlQuery store(m_db);
            store.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (:key, :value) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
            store.bindValue(QStringLiteral(":key"), QString::fromLatin1(CursorKey));
            store.bindValue(QStringLiteral(":value"), QString::number(cursor));
            done = Sql::exec(store, tr("remember how far this device has received changes"));
        }
        if (done)
            done = ConflictDetector(m_db).detect(mismatches, ConflictDetector::Scope::Touched);
        // Statements finish before the commit, so none holds the transaction open.
        for (const std::shared_ptr<QSqlQuery> &query : std::as_const(m_statements))
            query->finish();
    }
    if (!done) {
        m_db.rollback();
        return done;
    }
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        return Outcome::failure(Sql::failureMessage(purpose(), error));
    }
    report.chainMismatches = int(mismatches.size());
    return report;
}

// What the conflict detectors look around after the batch.
Outcome SyncApplier::touch(const SyncOp &op)
{
    Result<QSqlQuery *> insert = statement(
        QStringLiteral("INSERT OR IGNORE INTO temp.sync_touched (tbl, row_id) VALUES (:tbl, :row)"));
    if (!insert)
        return insert.outcome();
    insert.value()->bindValue(QStringLiteral(":tbl"), op.table);
    insert.value()->bindValue(QStringLiteral(":row"), op.rowId);
    return Sql::exec(*insert.value(), purpose());
}

Outcome SyncApplier::applyMutable(const SyncOp &op, Report &report)
{
    const SyncAllowList::Table *table = SyncAllowList::find(op.table);
    if (!table || table->fact)
        return Outcome::failure(tr("A change of other devices names no synced table (%1).").arg(op.table));
    Result<QSqlQuery *> clocks = statement(
        QStringLiteral("SELECT col, hlc FROM sync_clock WHERE tbl = :tbl AND row_id = :row"));
    if (!clocks)
        return clocks.outcome();
    QSqlQuery &c = *clocks.value();
    c.bindValue(QStringLiteral(":tbl"), op.table);
    c.bindValue(QStringLiteral(":row"), op.rowId);
    if (Outcome read = Sql::exec(c, purpose()); !read)
        return read;
    QHash<QString, QString> known;
    while (c.next())
        known.insert(c.value(0).toString(), c.value(1).toString());
    c.finish();
    // The fields this change wins: those whose clock is older (or that have none).
    // A field without a clock of its own has its row's (col '*', set when the row was made).
    const QString rowClock = known.value(QStringLiteral("*"));
    QStringList winners;
    for (auto it = op.columns.constBegin(); it != op.columns.constEnd(); ++it) {
        if (table->columns.contains(it.key()) && it.key() != table->key
            && op.hlc > known.value(it.key(), rowClock))
            winners << it.key();
    }
    if (winners.isEmpty()) {
        ++report.unchanged;
        return Outcome::success();
    }
    Result<QSqlQuery *> exists = statement(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = :row").arg(table->name, table->key));
    if (!exists)
        return exists.outcome();
    exists.value()->bindValue(QStringLiteral(":row"), op.rowId);
    if (Outcome read = Sql::exec(*exists.value(), purpose()); !read)
        return read;
    const bool present = exists.value()->next();
    exists.value()->finish();
    QString sql;
    if (present) {
        QStringList sets;
        for (const QString &column : std::as_const(winners))
            sets << QStringLiteral("%1 = :%1").arg(column);
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE %3 = :key_").arg(table->name, sets.join(QStringLiteral(", ")), table->key);
    } else {
        QStringList placeholders;
        for (const QString &column : std::as_const(winners))
            placeholders << QLatin1Char(':') + column;
        sql = QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (:key_, %4)")
                  .arg(table->name, table->key, winners.join(QStringLiteral(", ")),
                       placeholders.join(QStringLiteral(", ")));
    }
    Result<QSqlQuery *> write = statement(sql);
    if (!write)
        return write.outcome();
    QSqlQuery &w = *write.value();
    w.bindValue(QStringLiteral(":key_"), op.rowId);
    for (const QString &column : std::as_const(winners))
        w.bindValue(QLatin1Char(':') + column, SyncOpCodec::toSql(op.columns.value(column)));
    if (Outcome written = Sql::exec(w, tr("apply a change of %1 from another device").arg(op.table)); !written)
        return written;
    Result<QSqlQuery *> setClock = statement(QStringLiteral(
        "INSERT INTO sync_clock (tbl, row_id, col, hlc) VALUES (:tbl, :row, :col, :hlc) "
        "ON CONFLICT (tbl, row_id, col) DO UPDATE SET hlc = excluded.hlc"));
    if (!setClock)
        return setClock.outcome();
    // A whole new row takes one row clock, like a local insert; otherwise one per field.
    QStringList clocked = winners;
    if (!present && winners.size() == table->columns.size() - 1)
        clocked = {QStringLiteral("*")};
    for (const QString &column : std::as_const(clocked)) {
        QSqlQuery &s = *setClock.value();
        s.bindValue(QStringLiteral(":tbl"), op.table);
        s.bindValue(QStringLiteral(":row"), op.rowId);
        s.bindValue(QStringLiteral(":col"), column);
        s.bindValue(QStringLiteral(":hlc"), op.hlc);
        if (Outcome set = Sql::exec(s, purpose()); !set)
            return set;
    }
    ++report.applied;
    return Outcome::success();
}

Outcome SyncApplier::applyFact(const SyncOp &op, Report &report,
                               QList<ConflictDetector::ChainMismatch> &mismatches)
{
    const SyncAllowList::Table *table = SyncAllowList::find(op.table);
    if (!table || !table->fact)
        return Outcome::failure(tr("A change of other devices names no synced table (%1).").arg(op.table));
    QStringList columns{table->key};
    QStringList placeholders{QStringLiteral(":key_")};
    for (const QString &column : table->columns) {
        if (column != table->key) {
            columns << column;
            placeholders << QLatin1Char(':') + column;
        }
    }
    // OR IGNORE: a fact already here stays as it is (inserted once); so does one that another
    // device's fact already holds the place of (one approval per report).
    Result<QSqlQuery *> insert = statement(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                                               .arg(table->name, columns.join(QStringLiteral(", ")),
                                                    placeholders.join(QStringLiteral(", "))));
    if (!insert)
        return insert.outcome();
    QSqlQuery &q = *insert.value();
    q.bindValue(QStringLiteral(":key_"), op.rowId);
    for (const QString &column : table->columns) {
        if (column != table->key)
            q.bindValue(QLatin1Char(':') + column, SyncOpCodec::toSql(op.columns.value(column)));
    }
    if (Outcome written = Sql::exec(q, tr("apply a record of %1 from another device").arg(op.table)); !written)
        return written;
    if (q.numRowsAffected() < 1) {
        ++report.unchanged;
        return Outcome::success();
    }
    ++report.applied;
    if (op.chainHash.isEmpty())
        return Outcome::success();
    // The link just appended to the fact's device's chain.
    const QString device = op.columns.value(QStringLiteral("device_id")).toString();
    Result<QSqlQuery *> link = statement(QStringLiteral(
        "SELECT row_key, hash, at_ms FROM fact_chain WHERE device = :device ORDER BY seq DESC LIMIT 1"));
    if (!link)
        return link.outcome();
    QSqlQuery &l = *link.value();
    l.bindValue(QStringLiteral(":device"), device);
    if (Outcome read = Sql::exec(l, purpose()); !read)
        return read;
    if (l.next() && l.value(0).toString() == op.rowId && l.value(1).toString() != op.chainHash) {
        mismatches.append({op.table, op.rowId, device, op.chainHash, l.value(1).toString(),
                           l.value(2).toLongLong()});
    }
    l.finish();
    return Outcome::success();
}

} // namespace Taktline
