// A power cut while reports stream in loses nothing that was confirmed: a writer process is
// killed (SIGKILL, no chance to clean up) at a random moment a hundred times over, the next
// writer opens the same file after each cut, the hash chain holds after every cut, and at the
// end SQLite's integrity_check is ok and every report a writer had confirmed to its operator is
// in the file.
#include "reportwriter.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"
#include "sqlinspection.h"
#include "storage/chain/chainverifier.h"
#include "testshop.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace Taktline;

class TstPowerCut : public QObject
{
    Q_OBJECT
private slots:
    void killedWritersLoseNoConfirmedReport();
};

void TstPowerCut::killedWritersLoseNoConfirmedReport()
{
    TestShop::Options options;
    options.bom = false; // no lots to feed: the cut is what is tested
    options.lot = false;
    TestShop shop(options);
    const QString order = shop.releasedOrder(shop.flange, 1000000);
    const QString step = shop.step(0, order);
    const QString machine = shop.ws->workOrders()->operations(order).value().at(0).machineId;
    // The writers work on a copy that nothing else in this process holds open, so that each one
    // finds the file as a cut left it (a stale -shm, a -wal with half a transaction).
    const QString path = shop.ws.dirPath() + QStringLiteral("/cut.sqlite");
    SqlInspection::inspect<bool>(shop.ws.path(), [&](const QSqlDatabase &db) {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("VACUUM INTO '%1'").arg(path));
    });
    QVERIFY(QFile::exists(path));

    QRandomGenerator random(20261206); // the same cuts on every run
    QSet<QString> confirmed;
    qint64 minute = 0;
    for (int cut = 0; cut < 100; ++cut) {
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(),
                     ReportWriter::arguments(path, step, shop.wang, machine,
                                             TestShop::at(1, 8) + minute * 60000));
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        QTest::qWait(int(random.bounded(30, 250)));
        writer.kill(); // SIGKILL: the power is gone
        QVERIFY(writer.waitForFinished(10000));
        const QString err = QString::fromLocal8Bit(writer.readAllStandardError());
        QVERIFY2(!err.contains(QStringLiteral("report:")) && !err.contains(QStringLiteral("open:")),
                 qPrintable(err));
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        // The last piece may be cut mid-line: only whole lines were confirmed.
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            confirmed.insert(QString::fromLatin1(lines.at(i)));
        minute += lines.size() + 1; // the next writer starts after every minute used so far
        // A cut never leaves a report without its link, or a link without its report.
        const Result<ChainVerifier::Report> chain = ChainVerifier::verifyFile(path);
        QVERIFY2(chain, qPrintable(chain.error()));
        if (!chain.value().holds()) {
            QFAIL(qPrintable(QStringLiteral("after cut %1: %2")
                                 .arg(cut)
                                 .arg(chain.value().breaks.constFirst().describe())));
        }
        QCOMPARE(chain.value().links, chain.value().facts);
    }
    QVERIFY2(confirmed.size() > 100, qPrintable(QString::number(confirmed.size())));

    const auto [check, saved] =
        SqlInspection::inspect<std::pair<QString, QSet<QString>>>(path, [](const QSqlDatabase &db) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA integrity_check"));
            query.next();
            const QString result = query.value(0).toString();
            QSet<QString> ids;
            query.exec(QStringLiteral("SELECT id FROM production_reports"));
            while (query.next())
                ids.insert(query.value(0).toString());
            return std::pair<QString, QSet<QString>>{result, ids};
        });
    qInfo("100 cuts: %lld reports confirmed, %lld in the file", qint64(confirmed.size()),
          qint64(saved.size()));
    QCOMPARE(check, QStringLiteral("ok"));
    const QSet<QString> lost = confirmed - saved;
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("%1 confirmed reports lost, e.g. %2")
                                             .arg(lost.size())
                                             .arg(lost.isEmpty() ? QString() : *lost.begin())));
}

int main(int argc, char *argv[])
{
    if (const std::optional<int> writer = ReportWriter::runIfAsked(argc, argv))
        return *writer;
    QCoreApplication app(argc, argv);
    TstPowerCut test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_powercut.moc"
