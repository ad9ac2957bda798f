// A backup taken while another process keeps saving reports is one consistent moment: SQLite's
// check passes, and it holds exactly the reports the writer had saved up to some point: every
// report confirmed before the backup started, none the writer had not yet written.
#include "reportwriter.h"
#include "services/backup/backupservice.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"
#include "sqlinspection.h"
#include "testshop.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <optional>

using namespace Taktline;

namespace {

// The whole lines WRITER has printed so far, added to CONFIRMED in order.
void readConfirmed(QProcess &writer, QStringList &confirmed, QByteArray &pending)
{
    pending += writer.readAllStandardOutput();
    const qsizetype end = pending.lastIndexOf('\n');
    if (end < 0)
        return;
    for (const QByteArray &line : pending.left(end).split('\n'))
        confirmed.append(QString::fromLatin1(line));
    pending.remove(0, end + 1);
}

} // namespace

class TstBackupWhileWriting : public QObject
{
    Q_OBJECT
private slots:
    void backupDuringWritesIsConsistent();
};

void TstBackupWhileWriting::backupDuringWritesIsConsistent()
{
    TestShop::Options options;
    options.bom = false;
    options.lot = false;
    TestShop shop(options);
    const QString order = shop.releasedOrder(shop.flange, 1000000);
    const QString step = shop.step(0, order);
    const QString machine = shop.ws->workOrders()->operations(order).value().at(0).machineId;
    const int before = shop.rows("production_reports");
    const QString folder = shop.ws.dirPath() + QStringLiteral("/backups");
    QDir().mkpath(folder);

    QProcess writer;
    writer.start(QCoreApplication::applicationFilePath(),
                 ReportWriter::arguments(shop.ws.path(), step, shop.wang, machine,
                                         TestShop::at(1, 8)));
    QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
    QStringList confirmed;
    QByteArray pending;
    while (confirmed.size() < 20 && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(1000);
        readConfirmed(writer, confirmed, pending);
    }
    QVERIFY2(confirmed.size() >= 20, writer.readAllStandardError().constData());

    for (int round = 0; round < 5; ++round) {
        readConfirmed(writer, confirmed, pending);
        const QStringList confirmedBefore = confirmed;
        shop.advance(std::chrono::minutes(1)); // a file name of its own
        const Result<BackupEntry> backup =
            shop.ws->backups()->backupNow(BackupKind::Manual, folder);
        QVERIFY2(backup, qPrintable(backup.error()));
        writer.waitForReadyRead(200);
        readConfirmed(writer, confirmed, pending);
        QCOMPARE(backup.value().state, BackupEntry::State::Good);
        const BackupEntry verified = BackupService::verify(backup.value().filePath);
        QVERIFY2(verified.state == BackupEntry::State::Good, qPrintable(verified.problem));

        const QSet<QString> inBackup = SqlInspection::inspect<QSet<QString>>(
            backup.value().filePath, [](const QSqlDatabase &db) {
                const QStringList ids = SqlInspection::rows(
                    db,
                    QStringLiteral("SELECT id FROM production_reports WHERE user_id = 'writer'"));
                return QSet<QString>(ids.begin(), ids.end());
            });
        QCOMPARE(verified.contents.reports, before + inBackup.size());
        // A prefix of the writer's reports: all confirmed before, then at most what it wrote
        // during the copy (one more may be committed but not printed yet).
        for (const QString &id : confirmedBefore)
            QVERIFY2(inBackup.contains(id), qPrintable(id));
        QVERIFY(inBackup.size() <= confirmed.size() + 1);
        for (qsizetype i = 0; i < confirmed.size(); ++i)
            QCOMPARE(inBackup.contains(confirmed.at(i)), i < inBackup.size());
        qInfo("round %d: %lld reports in the backup, %lld confirmed before it", round,
              qint64(inBackup.size()), qint64(confirmedBefore.size()));
    }
    writer.kill();
    writer.waitForFinished(10000);
    const QString err = QString::fromLocal8Bit(writer.readAllStandardError());
    QVERIFY2(!err.contains(QStringLiteral("report:")) && !err.contains(QStringLiteral("open:")),
             qPrintable(err));
}

int main(int argc, char *argv[])
{
    if (const std::optional<int> writer = ReportWriter::runIfAsked(argc, argv))
        return *writer;
    QCoreApplication app(argc, argv);
    TstBackupWhileWriting test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_backupwhilewriting.moc"
