// `taktline sync` for Windows Task Scheduler and cron: --connect from an invitation, one round
// with its exit code (0 synced, 1 server unreachable, 3 not set up, 4 refused), --status in
// text and JSON; no display needed, English output.
#include "sync/credentialstore.h"
#include "syncreplica.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTest>

using namespace Taktline;
using namespace Taktline::SyncTest;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run sync(const QStringList &args, const QString &password = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.remove(QString::fromLatin1(CredentialStore::passwordVariable));
    if (!password.isEmpty())
        env.insert(QString::fromLatin1(CredentialStore::passwordVariable), password);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TAKTLINE_EXECUTABLE), QStringList{QStringLiteral("sync")} + args);
    Run run;
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

} // namespace

class TstSyncCommand : public QObject
{
    Q_OBJECT

private slots:
    void notSetUpExitsThree();
    void connectThenSyncThenStatus();
    void unreachableExitsOneAndRefusedExitsFour();
};

void TstSyncCommand::notSetUpExitsThree()
{
    TestShop shop;
    const QString path = shop.ws.path();
    shop.ws.close();
    const Run run = sync({QStringLiteral("--db"), path});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("no sync server set up")), qPrintable(run.err));
    const Run status = sync({QStringLiteral("--status"), QStringLiteral("--json"),
                             QStringLiteral("--db"), path});
    QCOMPARE(status.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("configured")).toBool(), false);
    QCOMPARE(json.value(QLatin1String("queued")).toInt(), 0); // nothing queues before a first sync
}

void TstSyncCommand::connectThenSyncThenStatus()
{
    PgTest::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    Replica office(pg, newTenant(), QStringLiteral("office"), std::make_unique<TestShop>());
    const QString path = office.path();
    const QString invite = office.connection.toInvite(office.login.password);
    office.engine.reset();
    office.workspace->close();

    // Where there is no credential store and no variable, --connect says so and saves nothing.
    const Run refused = sync({QStringLiteral("--connect"), invite, QStringLiteral("--db"), path});
    if (refused.exitCode != 0) {
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(QLatin1String("no credential store")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QLatin1String("TAKTLINE_SYNC_PASSWORD")));
        QCOMPARE(sync({QStringLiteral("--db"), path}).exitCode, 3);
    }
    const Run connected = sync({QStringLiteral("--connect"), invite, QStringLiteral("--db"), path},
                               office.login.password);
    QCOMPARE(connected.exitCode, 0);
    QVERIFY2(connected.out.contains(office.connection.login), qPrintable(connected.out));

    const Run round = sync({QStringLiteral("--db"), path}, office.login.password);
    QVERIFY2(round.exitCode == 0, qPrintable(round.err));
    QVERIFY2(round.out.contains(QLatin1String("Synced with")), qPrintable(round.out));

    const Run text = sync({QStringLiteral("--status"), QStringLiteral("--db"), path});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QLatin1String("Queued changes: 0 (reports: 0)")), qPrintable(text.out));
    QVERIFY(text.out.contains(QLatin1String("Last error: none")));
    const Run json = sync({QStringLiteral("--status"), QStringLiteral("--json"),
                           QStringLiteral("--db"), path});
    const QJsonObject status = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(status.value(QLatin1String("configured")).toBool(), true);
    QCOMPARE(status.value(QLatin1String("state")).toString(), QStringLiteral("synced"));
    QCOMPARE(status.value(QLatin1String("queued")).toInt(), 0);
    QVERIFY(!status.value(QLatin1String("last_sync")).toString().isEmpty());
    QVERIFY(status.value(QLatin1String("server")).toString().contains(office.connection.login));
}

void TstSyncCommand::unreachableExitsOneAndRefusedExitsFour()
{
    PgTest::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    Replica office(pg, newTenant(), QStringLiteral("office"), std::make_unique<TestShop>());
    const QString path = office.path();
    SyncConnection closed = office.connection;
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    closed.port = probe.serverPort();
    probe.close();
    office.engine.reset();
    office.workspace->close();

    QCOMPARE(sync({QStringLiteral("--connect"), closed.toInvite(office.login.password),
                   QStringLiteral("--db"), path},
                  office.login.password)
                 .exitCode,
             0);
    const Run offline = sync({QStringLiteral("--db"), path}, office.login.password);
    QCOMPARE(offline.exitCode, 1);
    QVERIFY2(offline.err.contains(QLatin1String("cannot be reached")), qPrintable(offline.err));

    QCOMPARE(sync({QStringLiteral("--connect"), office.connection.toInvite(office.login.password),
                   QStringLiteral("--db"), path},
                  office.login.password)
                 .exitCode,
             0);
    const Run wrong = sync({QStringLiteral("--db"), path}, QStringLiteral("wrong-password"));
    QCOMPARE(wrong.exitCode, 4);
    QVERIFY2(wrong.err.contains(QLatin1String("the password is wrong")), qPrintable(wrong.err));
    const Run status = sync({QStringLiteral("--status"), QStringLiteral("--db"), path});
    QVERIFY2(status.out.contains(QLatin1String("the password is wrong")), qPrintable(status.out));
}

QTEST_GUILESS_MAIN(TstSyncCommand)
#include "tst_synccommand.moc"
