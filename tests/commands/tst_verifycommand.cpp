// `taktline verify` (issue 12, "Done when"): exit 0 on a factory whose chain holds, exit 1
// naming the table and row of a REPLACEd report, a deleted audit row and a dropped trigger;
// a missing file is refused and not created; the file is only read; no display is needed.
#include "filebytes.h"
#include "headlessrun.h"
#include "sqlinspection.h"
#include "storage/chain/chainhash.h"
#include "sync/syncfunctions.h"
#include "testshop.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;
using namespace Taktline::SqlInspection;

class TstVerifyCommand : public QObject
{
    Q_OBJECT
private slots:
    void soundFactoryExitsZeroAndIsOnlyRead();
    void replacedReportExitsOne();
    void deletedAuditRowAndDroppedTriggerExitOne();
    void missingFileIsRefused();
};

namespace {

using Run = Test::HeadlessRun;

// `taktline verify ARGS` run with no display at all, as a scheduled task would.
Run verify(const QStringList &args)
{
    return Test::runHeadless(QStringLiteral(TAKTLINE_EXECUTABLE), QStringLiteral("verify"), args);
}

QString exec(const RawConnection &other, const QString &sql)
{
    QSqlQuery query(other.db());
    return query.exec(sql) ? QString() : query.lastError().text();
}

} // namespace

void TstVerifyCommand::soundFactoryExitsZeroAndIsOnlyRead()
{
    TestShop shop;
    shop.report(shop.request(0, 40));
    const QString path = shop.ws.path();
    shop.ws->database().connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QByteArray before = FileBytes::fileHash(path);
    const Run run = verify({QStringLiteral("--db"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("holds")), qPrintable(run.out + run.err));
    QCOMPARE(FileBytes::fileHash(path), before);

    const Run json = verify({QStringLiteral("--db"), path, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(root.value(QStringLiteral("facts")).toInt() > 0);
    QCOMPARE(root.value(QStringLiteral("links")).toInt(),
             root.value(QStringLiteral("facts")).toInt());
}

void TstVerifyCommand::replacedReportExitsOne()
{
    TestShop shop;
    const QString report = shop.report(shop.request(0, 40));
    const QString path = shop.ws.path();
    {
        RawConnection other(path);
        QVERIFY(ChainHash::install(other.db()));
        QVERIFY(SyncFunctions::install(other.db()));
        QCOMPARE(
            exec(other, QStringLiteral(
                            "INSERT OR REPLACE INTO production_reports SELECT id, work_order_id, "
                            "operation_id, machine_id, employee_id, 99999, defective, rework, "
                            "defect_reason_id, material_lot, voids_report_id, reason, reported_at, "
                            "device_id, user_id FROM production_reports WHERE id = '%1'")
                            .arg(report)),
            QString());
    }
    const Run run = verify({QStringLiteral("--db"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("production report %1").arg(report)),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("changed")), qPrintable(run.err));

    const Run json = verify({QStringLiteral("--db"), path, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject first = QJsonDocument::fromJson(json.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("breaks"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("content-changed"));
    QCOMPARE(first.value(QStringLiteral("table")).toString(), QStringLiteral("production_reports"));
    QCOMPARE(first.value(QStringLiteral("row")).toString(), report);
    QVERIFY(!first.value(QStringLiteral("at")).toString().isEmpty());
}

void TstVerifyCommand::deletedAuditRowAndDroppedTriggerExitOne()
{
    TestShop shop;
    const QString path = shop.ws.path();
    const QString audit =
        value(shop.ws->database().connection(),
              QStringLiteral("SELECT id FROM audit_log ORDER BY at_ms DESC LIMIT 1"));
    {
        RawConnection other(path);
        QCOMPARE(exec(other, QStringLiteral("DROP TRIGGER audit_log_no_delete")), QString());
        QCOMPARE(exec(other, QStringLiteral("DELETE FROM audit_log WHERE id = '%1'").arg(audit)),
                 QString());
    }
    const Run run = verify({QStringLiteral("--db"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("audit_log_no_delete")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("audit log entry %1").arg(audit)),
             qPrintable(run.err));
}

void TstVerifyCommand::missingFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo.sqlite"));
    const Run run = verify({QStringLiteral("--db"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QDir::toNativeSeparators(path)), qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    QCOMPARE(verify({QStringLiteral("--no-such-option")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TstVerifyCommand)
#include "tst_verifycommand.moc"
