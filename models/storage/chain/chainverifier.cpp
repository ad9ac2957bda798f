#include "storage/chain/chainverifier.h"

#include "storage/chain/chainhash.h"
#include "storage/chain/facttables.h"
#include "storage/migrations.h"
#include "storage/schema/schematriggers.h"
#include "storage/sqlquery.h"
#include "storage/uuid.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Taktline {

namespace {

// The breaks found so far, at most MaxBreaks of each kind, and how many in all.
class Findings
{
public:
    void add(ChainBreak found)
    {
        if (m_perKind[int(found.kind)]++ < ChainVerifier::MaxBreaks)
            m_breaks << std::move(found);
    }
    QList<ChainBreak> sorted() &&
    {
        // Missing triggers first (they say how the rest could happen), then by time and place.
        std::stable_sort(m_breaks.begin(), m_breaks.end(),
                         [](const ChainBreak &a, const ChainBreak &b) {
                             const bool aTrigger = a.kind == ChainBreak::Kind::TriggerMissing;
                             const bool bTrigger = b.kind == ChainBreak::Kind::TriggerMissing;
                             if (aTrigger != bTrigger)
                                 return aTrigger;
                             if (a.atMs != b.atMs)
                                 return a.atMs < b.atMs;
                             return a.seq < b.seq;
                         });
        return std::move(m_breaks);
    }

private:
    QList<ChainBreak> m_breaks;
    int m_perKind[6] = {};
};

Outcome readFailure(const QSqlQuery &query)
{
    return Outcome::failure(
        Sql::failureMessage(ChainVerifier::tr("check the hash chain"), query.lastError()));
}

// Each device's chain in order: consecutive seq, each link's prev_hash the hash before it, and
// each hash what the link's fields give.
Outcome walkChains(const QSqlDatabase &db, ChainVerifier::Report &report, Findings &findings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT device, seq, tbl, row_key, at_ms, prev_hash, hash, "
                                   "%1(prev_hash, device, seq, tbl, row_key, at_ms, content_hash) "
                                   "AS expected FROM fact_chain ORDER BY device, seq")
                        .arg(QString::fromLatin1(ChainHash::FunctionName)))) {
        return readFailure(query);
    }
    QString device;
    qint64 lastSeq = 0;
    QString lastHash;
    while (query.next()) {
        ChainBreak link;
        link.device = query.value(0).toString();
        link.seq = query.value(1).toLongLong();
        link.table = query.value(2).toString();
        link.rowKey = query.value(3).toString();
        link.atMs = query.value(4).toLongLong();
        const QString prev = query.value(5).toString();
        const QString hash = query.value(6).toString();
        if (link.device != device) {
            device = link.device;
            lastSeq = 0;
            lastHash.clear();
            ++report.devices;
        }
        ++report.links;
        if (link.seq != lastSeq + 1) {
            link.kind = ChainBreak::Kind::SeqGap;
            findings.add(link);
        } else if (prev != lastHash || hash != query.value(7).toString()) {
            link.kind = ChainBreak::Kind::LinkAltered;
            findings.add(link);
        }
        lastSeq = link.seq;
        lastHash = hash;
    }
    return query.lastError().isValid() ? readFailure(query) : Outcome::success();
}

// TABLE against its links: a link whose row is gone or differs, and a row with no link.
Outcome checkTable(const QSqlDatabase &db, const FactTables::Table &table,
                   ChainVerifier::Report &report, Findings &findings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT c.device, c.seq, c.row_key, c.at_ms, t.id IS NULL "
                                   "FROM fact_chain c LEFT JOIN %1 t ON t.id = c.row_key "
                                   "WHERE c.tbl = '%1' AND (t.id IS NULL OR c.content_hash <> %2)")
                        .arg(table.name, FactTables::contentHash(table, QStringLiteral("t"))))) {
        return readFailure(query);
    }
    while (query.next()) {
        ChainBreak link;
        link.kind = query.value(4).toBool() ? ChainBreak::Kind::RowMissing
                                            : ChainBreak::Kind::ContentChanged;
        link.table = table.name;
        link.device = query.value(0).toString();
        link.seq = query.value(1).toLongLong();
        link.rowKey = query.value(2).toString();
        link.atMs = query.value(3).toLongLong();
        findings.add(link);
    }
    if (!query.exec(QStringLiteral("SELECT t.id, t.%2 FROM %1 t WHERE NOT EXISTS (SELECT 1 FROM "
                                   "temp.chain_rows c WHERE c.tbl = '%1' AND c.row_key = t.id)")
                        .arg(table.name, table.timeColumn))) {
        return readFailure(query);
    }
    while (query.next()) {
        ChainBreak row;
        row.kind = ChainBreak::Kind::LinkMissing;
        row.table = table.name;
        row.rowKey = query.value(0).toString();
        row.atMs = query.value(1).toLongLong();
        findings.add(row);
    }
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table.name)) || !query.next())
        return readFailure(query);
    report.facts += query.value(0).toLongLong();
    return Outcome::success();
}

// The table the trigger named NAME belongs to ("production_reports_chain" → production_reports).
QString triggerTable(const QString &name)
{
    for (const FactTables::Table &table : FactTables::all()) {
        if (name.startsWith(table.name + QLatin1Char('_')))
            return table.name;
    }
    return {};
}

} // namespace

Result<ChainVerifier::Report> ChainVerifier::verify(const QSqlDatabase &db)
{
    const int version = Migrations::schemaVersion(db);
    if (version > Migrations::latestVersion()) {
        return Outcome::failure(tr("This database was saved by a newer version of Taktline (schema "
                                   "%1). Update Taktline to check it.")
                                    .arg(version));
    }
    if (version < Migrations::latestVersion()) {
        return Outcome::failure(tr("This database has not been upgraded to the hash chain yet "
                                   "(schema %1). Open it once in this version of Taktline, which "
                                   "chains the facts it holds, then check it again.")
                                    .arg(version));
    }
    Report report;
    Findings findings;
    const Result<QStringList> missing = SchemaTriggers::missingOrAltered(db);
    if (!missing)
        return missing.outcome();
    for (const QString &name : missing.value()) {
        ChainBreak trigger;
        trigger.kind = ChainBreak::Kind::TriggerMissing;
        trigger.trigger = name;
        trigger.table = triggerTable(name);
        findings.add(trigger);
    }
    if (Outcome walked = walkChains(db, report, findings); !walked)
        return walked;
    // Which rows have a link, indexed for the look-ups below; in the connection's own temporary
    // storage, so the file is only read.
    QSqlQuery rowsIndex(db);
    for (const char *statement :
         {"DROP TABLE IF EXISTS temp.chain_rows",
          "CREATE TEMP TABLE chain_rows (tbl TEXT NOT NULL, row_key TEXT NOT NULL, PRIMARY KEY "
          "(tbl, row_key)) WITHOUT ROWID",
          "INSERT OR IGNORE INTO temp.chain_rows SELECT tbl, row_key FROM main.fact_chain"}) {
        if (!rowsIndex.exec(QString::fromLatin1(statement)))
            return readFailure(rowsIndex);
    }
    for (const FactTables::Table &table : FactTables::all()) {
        if (Outcome checked = checkTable(db, table, report, findings); !checked)
            return checked;
    }
    rowsIndex.exec(QStringLiteral("DROP TABLE temp.chain_rows"));
    report.breaks = std::move(findings).sorted();
    return report;
}

Result<ChainVerifier::Report> ChainVerifier::verifyFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0) {
        return Outcome::failure(tr("There is no database at %1. Nothing was checked.")
                                    .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    }
    const QString name = QStringLiteral("taktline-verify-") + newUuidV7();
    Result<Report> result = Outcome::failure(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = Outcome::failure(Sql::failureMessage(tr("open the database"), db.lastError()));
        } else if (!ChainHash::install(db)) {
            result = Outcome::failure(tr("Taktline cannot prepare the database connection (the "
                                         "hash chain's function). Reinstall Taktline."));
        } else {
            QSqlQuery probe(db);
            if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
                result =
                    Outcome::failure(tr("The file %1 is not a Taktline database or it is damaged.")
                                         .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
            else
                result = verify(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace Taktline
