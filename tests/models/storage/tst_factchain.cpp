// The hash chain over the facts (issue 12 item 3): every fact any code path records is chained,
// and the verifier names the first place where someone changed the file outside Taktline — a
// REPLACEd report, a deleted audit row, a fact added with the chain trigger dropped, a link
// removed or edited, a dropped trigger — and an upgraded file's old facts are chained too.
#include "services/station/reportingservice.h"
#include "services/workspace.h"
#include "sqlinspection.h"
#include "storage/chain/chainhash.h"
#include "sync/syncfunctions.h"
#include "storage/chain/chainverifier.h"
#include "storage/chain/facttables.h"
#include "storage/database.h"
#include "testshop.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;
using namespace Taktline::SqlInspection;

class TstFactChain : public QObject
{
    Q_OBJECT
private slots:
    void everyFactOfTheDemoIsChained();
    void chainCoversEveryAppendOnlyTableAndColumn();
    void encodingIsCanonical();
    void replacedReportIsNamed();
    void programWithoutTheFunctionCannotAddAFact();
    void deletedAuditRowIsFound();
    void deletedAuditRowIsFoundWithTheTriggerPutBack();
    void droppedChainTriggerIsFound();
    void removedOrEditedLinkIsFound();
    void upgradeChainsTheOldFacts_data();
    void upgradeChainsTheOldFacts();
};

namespace {

ChainVerifier::Report verified(const QString &path)
{
    const Result<ChainVerifier::Report> report = ChainVerifier::verifyFile(path);
    if (!report)
        qFatal("verify: %s", qPrintable(report.error()));
    return report.value();
}

QString breaksText(const ChainVerifier::Report &report)
{
    QStringList lines;
    for (const ChainBreak &found : report.breaks)
        lines << ChainBreak::kindKey(found.kind) + QLatin1Char(' ') + found.table +
                     QLatin1Char(' ') + found.rowKey + QLatin1Char(' ') +
                     QString::number(found.seq);
    return lines.join(QLatin1Char('\n'));
}

// Runs SQL on a connection of another program; returns SQLite's error, or "" when it ran.
QString raw(const RawConnection &connection, const QString &sql)
{
    QSqlQuery query(connection.db());
    return query.exec(sql) ? QString() : query.lastError().text();
}

} // namespace

void TstFactChain::everyFactOfTheDemoIsChained()
{
    TestWorkspace ws(TestWorkspace::SignIn::Owner, true);
    QSqlDatabase db = ws->database().connection();
    const QStringList reports =
        rows(db, QStringLiteral("SELECT id FROM production_reports ORDER BY id LIMIT 3"));
    QCOMPARE(ws->reporting()->approve(reports).value(), 3); // the demo approves none
    qint64 facts = 0;
    QStringList empty;
    for (const FactTables::Table &table : FactTables::all()) {
        const int count =
            scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table.name)).toInt();
        if (count == 0)
            empty << table.name;
        facts += count;
    }
    QVERIFY2(empty.isEmpty(), qPrintable(empty.join(QLatin1Char(' '))));
    const ChainVerifier::Report report = verified(ws.path());
    QVERIFY2(report.holds(), qPrintable(breaksText(report)));
    QCOMPARE(report.facts, facts);
    QCOMPARE(report.links, facts);
    QCOMPARE(report.devices, 1);
    // One chain, on this device, with no gap.
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT count(DISTINCT device) || '|' || max(seq) FROM fact_chain"))
                 .toString(),
             QStringLiteral("1|%1").arg(facts));
    QCOMPARE(scalar(db, QStringLiteral("SELECT device FROM fact_chain LIMIT 1")).toString(),
             ws->database().deviceId());
}

// The chained tables are exactly the append-only ones, each with all of its columns.
void TstFactChain::chainCoversEveryAppendOnlyTableAndColumn()
{
    TestShop shop;
    QSqlDatabase db = shop.ws->database().connection();
    QStringList appendOnly = rows(
        db, QStringLiteral("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' "
                           "AND name = tbl_name || '_no_update' AND tbl_name <> 'fact_chain'"));
    appendOnly.sort();
    QStringList chained;
    for (const FactTables::Table &table : FactTables::all()) {
        chained << table.name;
        QCOMPARE(table.columns,
                 rows(db, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid")
                              .arg(table.name)));
        QVERIFY(table.columns.contains(table.timeColumn));
    }
    chained.sort();
    QCOMPARE(chained, appendOnly);
}

// 240 and 240.0 are the same quantity; text, numbers and NULL never collide; the encoding is
// pinned so that a file verifies the same on every build.
void TstFactChain::encodingIsCanonical()
{
    TestShop shop;
    QSqlDatabase db = shop.ws->database().connection();
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT taktline_sha256(240) = taktline_sha256(240.0)")).toInt(),
        1);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT taktline_sha256('240') = taktline_sha256(240)")).toInt(),
        0);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT taktline_sha256(NULL) = taktline_sha256('')")).toInt(),
        0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT taktline_sha256('a', 'b') = taktline_sha256('ab')"))
                 .toInt(),
             0);
    // 'C' and the argument count, then per value a tag and 8 big-endian bytes (+ the bytes).
    const QByteArray encoded = QByteArray("C", 1) + QByteArray::fromHex("0000000000000002") +
                               QByteArray("T", 1) + QByteArray::fromHex("0000000000000002") +
                               QByteArray("ab") + QByteArray("I", 1) +
                               QByteArray::fromHex("00000000000000f0");
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT taktline_sha256('ab', 240.0)")).toString(),
        QString::fromLatin1(QCryptographicHash::hash(encoded, QCryptographicHash::Sha256).toHex()));
}

// The case: a report of 240 good pieces rewritten to 99,999 by INSERT OR REPLACE from
// a program that does not turn recursive_triggers on (and has the hash function).
void TstFactChain::replacedReportIsNamed()
{
    TestShop shop;
    const QString report = shop.report(shop.request(0, 40));
    const QString path = shop.ws.path();
    QVERIFY(verified(path).holds());
    {
        RawConnection other(path);
        QVERIFY(ChainHash::install(other.db()));
        QVERIFY(SyncFunctions::install(other.db()));
        QCOMPARE(
            raw(other, QStringLiteral(
                           "INSERT OR REPLACE INTO production_reports SELECT id, work_order_id, "
                           "operation_id, machine_id, employee_id, 99999, defective, rework, "
                           "defect_reason_id, material_lot, voids_report_id, reason, reported_at, "
                           "device_id, user_id FROM production_reports WHERE id = '%1'")
                           .arg(report)),
            QString());
        QCOMPARE(
            scalar(
                other.db(),
                QStringLiteral("SELECT good FROM production_reports WHERE id = '%1'").arg(report))
                .toDouble(),
            99999.0);
    }
    const ChainVerifier::Report found = verified(path);
    QVERIFY(!found.holds());
    const ChainBreak &first = found.breaks.constFirst();
    QCOMPARE(ChainBreak::kindKey(first.kind), QStringLiteral("content-changed"));
    QCOMPARE(first.table, QStringLiteral("production_reports"));
    QCOMPARE(first.rowKey, report);
    QVERIFY(first.atMs > 0);
    QVERIFY2(first.describe().contains(report), qPrintable(first.describe()));
    QVERIFY2(first.describe().contains(QStringLiteral("production report")),
             qPrintable(first.describe()));
}

// A program without Taktline's hash function cannot record a fact while the chain is in place.
void TstFactChain::programWithoutTheFunctionCannotAddAFact()
{
    TestShop shop;
    const int before = shop.rows("audit_log");
    {
        RawConnection other(shop.ws.path());
        const QString error =
            raw(other, QStringLiteral("INSERT INTO audit_log (id, at_ms, device_id, entity, "
                                      "entity_id, action) VALUES ('x', 1, 'd', 'e', 'e', 'a')"));
        // The hash function, or the sync functions the same triggers call.
        QVERIFY2(error.contains(QStringLiteral("no such function: taktline_")), qPrintable(error));
    }
    QCOMPARE(shop.rows("audit_log"), before);
    QVERIFY(verified(shop.ws.path()).holds());
}

// DROP TRIGGER + DELETE empties the audit log: the dropped trigger and the row are named.
void TstFactChain::deletedAuditRowIsFound()
{
    TestShop shop;
    const QString path = shop.ws.path();
    const QString audit =
        value(shop.ws->database().connection(),
              QStringLiteral("SELECT id FROM audit_log ORDER BY at_ms DESC LIMIT 1"));
    QVERIFY(!audit.isEmpty());
    {
        RawConnection other(path);
        QCOMPARE(raw(other, QStringLiteral("DROP TRIGGER audit_log_no_delete")), QString());
        QCOMPARE(raw(other, QStringLiteral("DELETE FROM audit_log WHERE id = '%1'").arg(audit)),
                 QString());
    }
    const ChainVerifier::Report found = verified(path);
    QCOMPARE(ChainBreak::kindKey(found.breaks.constFirst().kind),
             QStringLiteral("trigger-missing"));
    QCOMPARE(found.breaks.constFirst().trigger, QStringLiteral("audit_log_no_delete"));
    QCOMPARE(found.breaks.constFirst().table, QStringLiteral("audit_log"));
    QVERIFY2(breaksText(found).contains(QStringLiteral("row-missing audit_log %1").arg(audit)),
             qPrintable(breaksText(found)));
}

// The trigger put back exactly as it was: the file opens again, and the chain still tells.
void TstFactChain::deletedAuditRowIsFoundWithTheTriggerPutBack()
{
    TestShop shop;
    const QString path = shop.ws.path();
    const QString audit = value(shop.ws->database().connection(),
                                QStringLiteral("SELECT id FROM audit_log ORDER BY at_ms LIMIT 1"));
    const QString trigger =
        value(shop.ws->database().connection(),
              QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_delete'"));
    {
        RawConnection other(path);
        QCOMPARE(raw(other, QStringLiteral("DROP TRIGGER audit_log_no_delete")), QString());
        QCOMPARE(raw(other, QStringLiteral("DELETE FROM audit_log WHERE id = '%1'").arg(audit)),
                 QString());
        QCOMPARE(raw(other, trigger), QString());
    }
    QVERIFY(Database::open(path));
    const ChainVerifier::Report found = verified(path);
    QCOMPARE(found.breaks.size(), 1);
    QCOMPARE(ChainBreak::kindKey(found.breaks.constFirst().kind), QStringLiteral("row-missing"));
    QCOMPARE(found.breaks.constFirst().table, QStringLiteral("audit_log"));
    QCOMPARE(found.breaks.constFirst().rowKey, audit);
    QCOMPARE(found.breaks.constFirst().seq, 1);
}

// A fact added with the chain trigger dropped has no link; the open check refuses the file.
void TstFactChain::droppedChainTriggerIsFound()
{
    TestShop shop;
    const QString path = shop.ws.path();
    const QString step = shop.step(0);
    {
        RawConnection other(path);
        QVERIFY(SyncFunctions::install(other.db())); // the uniqueness triggers call it
        QCOMPARE(raw(other, QStringLiteral("DROP TRIGGER production_reports_chain")), QString());
        QCOMPARE(
            raw(other, QStringLiteral(
                           "INSERT INTO production_reports (id, work_order_id, operation_id, good, "
                           "reported_at, device_id) VALUES ('forged', '%1', '%2', 500, 1, 'd')")
                           .arg(shop.order, step)),
            QString());
    }
    const ChainVerifier::Report found = verified(path);
    QCOMPARE(found.breaks.constFirst().trigger, QStringLiteral("production_reports_chain"));
    QVERIFY2(breaksText(found).contains(QStringLiteral("link-missing production_reports forged 0")),
             qPrintable(breaksText(found)));
    const Result<std::shared_ptr<Database>> opened = Database::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("production_reports_chain")),
             qPrintable(opened.error()));
}

// A link taken out of the chain leaves a gap; a link rewritten no longer follows its
// predecessor.
void TstFactChain::removedOrEditedLinkIsFound()
{
    TestShop shop;
    const QString path = shop.ws.path();
    shop.report(shop.request(0, 10));
    {
        RawConnection other(path);
        QCOMPARE(raw(other, QStringLiteral("DROP TRIGGER fact_chain_no_delete")), QString());
        QCOMPARE(raw(other, QStringLiteral("DROP TRIGGER fact_chain_no_update")), QString());
        QCOMPARE(raw(other, QStringLiteral("DELETE FROM fact_chain WHERE seq = 3")), QString());
        QCOMPARE(
            raw(other, QStringLiteral(
                           "UPDATE fact_chain SET hash = 'x' || substr(hash, 2) WHERE seq = 5")),
            QString());
    }
    const QString found = breaksText(verified(path));
    QVERIFY2(found.contains(QRegularExpression(QStringLiteral("seq-gap \\S+ \\S+ 4(\n|$)"))),
             qPrintable(found));
    QVERIFY2(found.contains(QStringLiteral("link-altered")), qPrintable(found));
    QVERIFY2(found.contains(QStringLiteral("link-missing")),
             qPrintable(found)); // the fact of link 3
}

// A file from before the chain: its facts are chained once at the upgrade, oldest first.
void TstFactChain::upgradeChainsTheOldFacts_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version <= 5; ++version)
        QTest::addRow("v%d", version) << version;
}

void TstFactChain::upgradeChainsTheOldFacts()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(qEnvironmentVariable("TAKTLINE_SOURCE_DIR") +
                            QStringLiteral("/tests/data/schema-v%1-demo.sqlite").arg(version),
                        path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const Result<ChainVerifier::Report> before = ChainVerifier::verifyFile(path);
    QVERIFY(!before);
    QVERIFY2(before.error().contains(QStringLiteral("schema %1").arg(version)),
             qPrintable(before.error()));
    qint64 facts = 0;
    {
        const Result<std::shared_ptr<Database>> opened =
            Database::open(path, Database::IfMissing::Refuse);
        QVERIFY2(opened, qPrintable(opened.error()));
        QSqlDatabase db = opened.value()->connection();
        for (const FactTables::Table &table : FactTables::all())
            facts +=
                scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table.name)).toLongLong();
        // Oldest first: the chain's times never go back.
        QCOMPARE(
            scalar(db,
                   QStringLiteral(
                       "SELECT count(*) FROM fact_chain a JOIN fact_chain b ON b.device = a.device "
                       "AND b.seq = a.seq + 1 WHERE b.at_ms < a.at_ms"))
                .toInt(),
            0);
    }
    QVERIFY(facts > 0);
    const ChainVerifier::Report report = verified(path);
    QVERIFY2(report.holds(), qPrintable(breaksText(report)));
    QCOMPARE(report.links, facts);
}

QTEST_GUILESS_MAIN(TstFactChain)
#include "tst_factchain.moc"
