#include "storage/schema/schemastepv9.h"

#include "storage/chain/chainhash.h"
#include "storage/chain/facttables.h"
#include "storage/migrations.h"

namespace Taktline::Schema {

namespace {

const QString DeviceId = QStringLiteral("(SELECT value FROM meta WHERE key = 'device_id')");

// A link's own hash: over the previous link's hash, where it stands and what it covers.
QString linkHash(const QString &prev, const QString &device, const QString &seq,
                 const QString &table, const QString &rowKey, const QString &at,
                 const QString &content)
{
    return QStringLiteral("%1(%2, %3, %4, %5, %6, %7, %8)")
        .arg(QString::fromLatin1(ChainHash::FunctionName), prev, device, seq, table, rowKey, at,
             content);
}

} // namespace

// Appends the link of the row just inserted into TABLE to a device's chain: this device's (v9),
// or the device that made the fact (BY_ORIGIN, from v10: NEW.device_id); then runs THEN.
QString chainTrigger(const FactTables::Table &table, bool byOrigin, const QString &then)
{
    const QString name = QLatin1Char('\'') + table.name + QLatin1Char('\'');
    const QString at = QStringLiteral("NEW.") + table.timeColumn;
    const QString device = byOrigin ? QStringLiteral("NEW.device_id") : QStringLiteral("m.value");
    const QString from = byOrigin ? QString() : QStringLiteral(" FROM meta m WHERE m.key = 'device_id'");
    return QStringLiteral(
               "CREATE TRIGGER IF NOT EXISTS %1_chain AFTER INSERT ON %1 BEGIN "
               "INSERT INTO fact_chain (device, seq, tbl, row_key, at_ms, content_hash, "
               "prev_hash, hash) SELECT device, seq, %2, NEW.id, %3, content, prev, %4 FROM ("
               "SELECT %6 AS device, "
               "coalesce((SELECT max(c.seq) FROM fact_chain c WHERE c.device = %6), 0) + 1 "
               "AS seq, "
               "coalesce((SELECT c.hash FROM fact_chain c WHERE c.device = %6 "
               "ORDER BY c.seq DESC LIMIT 1), '') AS prev, "
               "%5 AS content%7);%8 END")
        .arg(table.name, name, at,
             linkHash(QStringLiteral("prev"), QStringLiteral("device"), QStringLiteral("seq"), name,
                      QStringLiteral("NEW.id"), at, QStringLiteral("content")),
             FactTables::contentHash(table, QStringLiteral("NEW")), device, from,
             then.isEmpty() ? QString() : QString(QLatin1Char(' ') + then));
}

namespace {

// The facts of an upgraded file, chained once in the order they happened.
QStringList chainExistingFacts()
{
    QStringList rows;
    for (const FactTables::Table &table : FactTables::asOf(9)) {
        rows << QStringLiteral("SELECT '%1' AS tbl, t.id AS row_key, t.%2 AS at_ms, t.rowid AS r, "
                               "%3 AS content FROM %1 t")
                    .arg(table.name, table.timeColumn,
                         FactTables::contentHash(table, QStringLiteral("t")));
    }
    return {
        QStringLiteral("CREATE TEMP TABLE chain_seed (n INTEGER PRIMARY KEY, tbl TEXT NOT NULL, "
                       "row_key TEXT NOT NULL, at_ms INTEGER, content TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO temp.chain_seed (tbl, row_key, at_ms, content) "
                       "SELECT tbl, row_key, at_ms, content FROM (%1) "
                       "WHERE NOT EXISTS (SELECT 1 FROM fact_chain) ORDER BY at_ms, tbl, r")
            .arg(rows.join(QStringLiteral(" UNION ALL "))),
        // Each link needs the one before: a recursive walk along n, one row at a time.
        QStringLiteral(
            "WITH RECURSIVE link (n, tbl, row_key, at_ms, content, prev, hash) AS ("
            "SELECT 0, '', '', NULL, '', '', '' UNION ALL "
            "SELECT s.n, s.tbl, s.row_key, s.at_ms, s.content, link.hash, %1 "
            "FROM link JOIN temp.chain_seed s ON s.n = link.n + 1) "
            "INSERT INTO fact_chain (device, seq, tbl, row_key, at_ms, content_hash, prev_hash, "
            "hash) SELECT %2, n, tbl, row_key, at_ms, content, prev, hash FROM link WHERE n > 0")
            .arg(linkHash(QStringLiteral("link.hash"), DeviceId, QStringLiteral("s.n"),
                          QStringLiteral("s.tbl"), QStringLiteral("s.row_key"),
                          QStringLiteral("s.at_ms"), QStringLiteral("s.content")),
                 DeviceId),
        QStringLiteral("DROP TABLE temp.chain_seed"),
    };
}

} // namespace

QStringList factChainV9(const QSqlDatabase &db)
{
    ChainHash::install(db);
    QStringList sql = {
        // One chain per device (the device that recorded the fact), so that chains brought by
        // sync stay whole. Hashes are lower-case hex; the first link's prev_hash is ''. No index
        // on (tbl, row_key): it would cost every fact a third of the chain's time, and only the
        // verifier looks links up by row (it builds that index for itself).
        QStringLiteral("CREATE TABLE IF NOT EXISTS fact_chain (\n"
                       "device TEXT NOT NULL,\n"
                       "seq INTEGER NOT NULL CHECK (seq >= 1),\n"
                       "tbl TEXT NOT NULL,\n"
                       "row_key TEXT NOT NULL,\n"
                       "at_ms INTEGER,\n"
                       "content_hash TEXT NOT NULL,\n"
                       "prev_hash TEXT NOT NULL,\n"
                       "hash TEXT NOT NULL,\n"
                       "PRIMARY KEY (device, seq)) WITHOUT ROWID"),
    };
    sql += Migrations::appendOnlyTriggers(QStringLiteral("fact_chain"));
    sql += chainExistingFacts();
    for (const FactTables::Table &table : FactTables::asOf(9))
        sql << chainTrigger(table, false, {});
    return sql;
}

} // namespace Taktline::Schema
