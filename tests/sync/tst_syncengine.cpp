// The sync engine against a real PostgreSQL: a first device uploads its factory and a new one
// pulls it, a batch cut after the push is re-sent under the same id and answered from the
// server's store, clocks ahead are refused and clocks behind still win after seeing, a file of
// another factory is refused, and a change reaches the other device through NOTIFY.
#include "services/access/factorysetup.h"
#include "services/masterdata/masterdataservice.h"
#include "services/masterdata/settingsservice.h"
#include "services/sync/conflictservice.h"
#include "services/sync/synccontroller.h"
#include "sync/credentialstore.h"
#include "sync/syncfunctions.h"
#include "sync/syncstate.h"
#include "fixturehelpers.h"
#include "syncreplica.h"

#include <QSignalSpy>
#include <QTest>

using namespace Taktline;
using namespace Taktline::SyncTest;

namespace {

QString machineName(const Replica &replica, const QString &id)
{
    return replica.ws().masterData()->find(MasterDataKind::Machine, id).value().text(
        QStringLiteral("name"));
}

void rename(const Replica &replica, const QString &machineId, const QString &name)
{
    const Outcome done = replica.ws().masterData()->updateField(
        MasterDataKind::Machine, machineId, QStringLiteral("name"), name);
    QVERIFY2(done.ok(), qPrintable(done.error()));
}

qint64 serverChanges(PgTest::PgTestDatabase &pg, const QString &tenant)
{
    return PgTest::call(pg.connectAdmin(),
                        QStringLiteral("SELECT count(*) FROM sync.changes WHERE tenant = "
                                       "CAST(? AS uuid)"),
                        {tenant})
        .toLongLong();
}

} // namespace

class TstSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void firstDeviceUploadsAndNewDevicePulls();
    void batchCutAfterPushIsResentUnderTheSameId();
    void rowCreatedAndEditedInOneBatchReachesANewDevice();
    void connectionKilledWhileIdleIsOpenedAgain();
    void clockAheadIsRefusedAndKeepsTheOutbox();
    void clockBehindWinsAfterSeeingTheOtherEdit();
    void fileOfAnotherFactoryIsRefused();
    void changeArrivesThroughNotifyWithoutPeriodicPull();
    void testConnectionAnswersWithoutBlocking();
    void conflictsNameTheDevicesAsTheServerDoes();
    void tabletSetUpLikeANewPcJoinsTheFactory();
};

void TstSyncEngine::firstDeviceUploadsAndNewDevicePulls()
{
    PgTest::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const QString tenant = newTenant();
    SyncEngine::Options small;
    small.pullPage = 7; // several pages, for the progress
    Replica office(pg, tenant, QStringLiteral("office"), std::make_unique<TestShop>());
    Replica tablet(pg, tenant, QStringLiteral("tablet"), small);
    // A file that never synced queues nothing; its first round uploads the whole factory.
    QCOMPARE(office.queued(), 0);
    QVERIFY2(office.sync().ok(), qPrintable(office.engine->status().lastError));
    QCOMPARE(office.queued(), 0);
    QVERIFY(serverChanges(pg, tenant) > 20);
    QCOMPARE(office.engine->status().state, SyncStatus::State::Synced);

    QSignalSpy progress(tablet.engine.get(), &SyncEngine::statusChanged);
    QSignalSpy applied(tablet.engine.get(), &SyncEngine::remoteChangesApplied);
    QVERIFY2(tablet.sync().ok(), qPrintable(tablet.engine->status().lastError));
    QCOMPARE(applied.count(), 1);
    // The tablet counted the pages in as they came.
    int lastDone = 0;
    int pages = 0;
    bool partKnown = false; // a page said how much was still to come
    for (const QList<QVariant> &signal : std::as_const(progress)) {
        const auto status = signal.at(0).value<SyncStatus>();
        if (status.pullDone > lastDone) {
            lastDone = status.pullDone;
            ++pages;
            if (status.pullTotal > status.pullDone)
                partKnown = true;
            QVERIFY(status.pullTotal >= status.pullDone);
        }
    }
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QVERIFY(partKnown); // the progress bar has a maximum, not only a count
    QCOMPARE(firstDifference(dumpReplica(office.db()), dumpReplica(tablet.db()), "office", "tablet"),
             QString());
    QCOMPARE(firstDifference(dumpReplica(office.db()), dumpServer(pg.connectAdmin(), tenant),
                             "office", "server"),
             QString());
    // The new tablet adopted the factory and the device code the server gave it.
    QCOMPARE(SyncState(tablet.db()).tenant(), tenant);
    QCOMPARE(tablet.ws().database().deviceCode(), tablet.login.code);
    QCOMPARE(tablet.queued(), 0); // what it applied is not queued back
}

void TstSyncEngine::batchCutAfterPushIsResentUnderTheSameId()
{
    PgTest::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const QString tenant = newTenant();
    bool cut = true;
    SyncEngine::Options options;
    options.cutAt = [&cut](SyncEngine::Options::Stage stage) {
        return stage == SyncEngine::Options::Stage::AfterPush && std::exchange(cut, false);
    };
    Replica office(pg, tenant, QStringLiteral("office"), std::make_unique<TestShop>(), options);
    // The same shop synced without a fault, for the count of changes the server should hold.
    const QString controlTenant = newTenant();
    Replica control(pg, controlTenant, QStringLiteral("control"), std::make_unique<TestShop>());
    QVERIFY2(control.sync().ok(), qPrintable(control.engine->status().lastError));

    // The server took the first batch, then the connection dropped before the outbox was emptied.
    const Outcome first = office.sync();
    QVERIFY(!first.ok());
    QCOMPARE(office.engine->status().state, SyncStatus::State::Offline);
    const SyncState::Batch pending = SyncState(office.db()).pendingBatch();
    QVERIFY(pending.isValid());
    QVERIFY(office.outboxSeqs().startsWith(QString::number(pending.firstSeq) + QLatin1Char(',')));
    QVERIFY(serverChanges(pg, tenant) > 0);
    // The retry sends the same batch id; the server answers from its store, logging nothing twice.
    QVERIFY2(office.sync().ok(), qPrintable(office.engine->status().lastError));
    QCOMPARE(office.queued(), 0);
    QVERIFY(!SyncState(office.db()).pendingBatch().isValid());
    QCOMPARE(PgTest::call(pg.connectAdmin(),
                          QStringLiteral("SELECT count(*) FROM sync.batches WHERE batch_id = "
                                         "CAST(? AS uuid)"),
                          {pending.id})
                 .toInt(),
             1);
    QCOMPARE(serverChanges(pg, tenant), serverChanges(pg, controlTenant));
    QCOMPARE(firstDifference(dumpReplica(office.db()), dumpServer(pg.connectAdmin(), tenant),
                             "office", "server"),
             QString());
}

void TstSyncEngine::rowCreatedAndEditedInOneBatchReachesANewDevice()
{
    PgTest::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const QString tenant = newTenant();
    Replica office(pg, tenant, QStringLiteral("office"), std::make_unique<TestShop>());
    QVERIFY2(office.sync().ok(), qPrintable(office.engine->status().lastError));
    // Offline, a machine is made and renamed: both changes wait in one outbox.
    const QString saw = office.shop->machine("SAW-1", "锯床");
    rename(office, saw, QStringLiteral("带锯床"));
    QVERIFY(office.queued() >= 2);
    QVERIFY2(office.sync().ok(), qPrintable(office.engine->status().lastError));
    // A tablet that never saw the machine gets it whole, with its later name.
    Replica tablet(pg, tenant, QStringLiteral("tablet"));
    QVERIFY2(tablet.sync().ok(), qPrintable(tablet.engine->status().lastError));
    QCOMPARE(machineName(tablet, saw), QStringLiteral("带锯床"));
    QCOMPARE(firstDifference(dumpReplica(office.db()), dumpReplica(tablet.db()), "office", "tablet"),
             QString());
}

void TstSyncEngine::connectionKilledWhileIdleIsOpenedAgain()
{
    PgTest::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    Replica office(pg, newTenant(), QStringLiteral("office"), std::make_unique<TestShop>());
    QVERIFY2(office.sync().ok(), qPrintable(office.engine->status().lastError));
    // The server ends the device's session between two rounds (a restart, an idle timeout).
    QString error;
    const QVariant killed = PgTest::call(
        pg.connectAdmin(),
        QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                       "usename = ?"),
        {office.login.login}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(killed.toInt(), 1);
    rename(office, office.shop->lathe, QStringLiteral("车床 after the restart"));
    QVERIFY(office.queued() > 0);
    // The next round notices, connects anew and goes through.
    const Outcome done = office.sync();
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QCOMPARE(office.queued(), 0);
}

void TstSyncEngine::clockAheadIsRefusedAndKeepsTheOutbox()
{
    PgTest::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const QString tenant = newTenant();
    Replica office(pg, tenant, QStringLiteral("office"), std::make_unique<TestShop>());
    Replica tablet(pg, tenant, QStringLiteral("tablet"));
    QVERIFY(office.sync().ok());
    QVERIFY(tablet.sync().ok());
    // The tablet's clock runs 10 minutes ahead of the server's.
    SyncFunctions::setWallClock(tablet.path(), [] {
        return QDateTime::currentMSecsSinceEpoch() + 10 * 60 * 1000;
    });
    rename(tablet, office.shop->lathe, QStringLiteral("车床 ahead"));
    const QString queued = tablet.outboxSeqs();
    QVERIFY(!queued.isEmpty());
    const Outcome refused = tablet.sync();
    SyncFunctions::setWallClock(tablet.path(), {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("about 10 minute")), qPrintable(refused.error()));
    QCOMPARE(tablet.engine->status().state, SyncStatus::State::Error);
    QCOMPARE(tablet.engine->status().lastError, refused.error());
    QCOMPARE(tablet.outboxSeqs(), queued);
    QVERIFY(office.sync().ok());
    QVERIFY(machineName(office, office.shop->lathe) != QLatin1String("车床 ahead"));
}

void TstSyncEngine::clockBehindWinsAfterSeeingTheOtherEdit()
{
    PgTest::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const QString tenant = newTenant();
    Replica office(pg, tenant, QStringLiteral("office"), std::make_unique<TestShop>());
    Replica tablet(pg, tenant, QStringLiteral("tablet"));
    QVERIFY(office.sync().ok());
    QVERIFY(tablet.sync().ok());
    SyncFunctions::setWallClock(tablet.path(), [] {
        return QDateTime::currentMSecsSinceEpoch() - 10 * 60 * 1000;
    });
    const QString lathe = office.shop->lathe;
    // Offline on the slow tablet first: its edit is older by every clock and loses.
    rename(tablet, lathe, QStringLiteral("slow tablet, before"));
    rename(office, lathe, QStringLiteral("office"));
    QVERIFY(office.sync().ok());
    QVERIFY(tablet.sync().ok());
    QCOMPARE(machineName(tablet, lathe), QStringLiteral("office"));
    // Having seen the office's edit, the slow tablet edits again: that edit is later and wins.
    rename(tablet, lathe, QStringLiteral("slow tablet, after"));
    QVERIFY(tablet.sync().ok());
    QVERIFY(office.sync().ok());
    SyncFunctions::setWallClock(tablet.path(), {});
    QCOMPARE(machineName(office, lathe), QStringLiteral("slow tablet, after"));
    QCOMPARE(machineName(tablet, lathe), QStringLiteral("slow tablet, after"));
}

void TstSyncEngine::fileOfAnotherFactoryIsRefused()
{
    PgTest::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const QString tenant = newTenant();
    Replica office(pg, tenant, QStringLiteral("office"), std::make_unique<TestShop>());
    QVERIFY(office.sync().ok());
    // Another factory's file, with work of its own, given a login of this factory.
    Replica stranger(pg, tenant, QStringLiteral("stranger"), std::make_unique<TestShop>());
    const QString queued = stranger.outboxSeqs();
    const Outcome refused = stranger.sync();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("does not mix two factories")),
             qPrintable(refused.error()));
    QCOMPARE(stranger.outboxSeqs(), queued);
    QVERIFY(SyncState(stranger.db()).tenant().isEmpty());
    // A file already bound to one factory refuses a login of another.
    const QString otherTenant = newTenant();
    const PgTest::DeviceLogin elsewhere = pg.addDevice(otherTenant, QStringLiteral("elsewhere"),
                                                       QStringLiteral("其他工厂"));
    SyncEngine wrongFactory(office.path(), pg.connection(elsewhere), elsewhere.password);
    const Outcome bound = wrongFactory.syncOnce();
    QVERIFY(!bound.ok());
    QVERIFY2(bound.error().contains(QStringLiteral("其他工厂")), qPrintable(bound.error()));
}

void TstSyncEngine::changeArrivesThroughNotifyWithoutPeriodicPull()
{
    PgTest::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const QString tenant = newTenant();
    Replica office(pg, tenant, QStringLiteral("office"), std::make_unique<TestShop>());
    Replica tablet(pg, tenant, QStringLiteral("tablet"));
    QVERIFY(office.sync().ok());
    QVERIFY(tablet.sync().ok());
    office.engine.reset();
    tablet.engine.reset();
    // Both devices as in the app: a controller each, the engine on its own thread, the password
    // from the environment (both logins get the same one for the test).
    const QString password = QStringLiteral("live-test-password-0123456789");
    QSqlDatabase admin = pg.connectAdmin();
    for (const QString &login : {office.login.login, tablet.login.login}) {
        QString error;
        PgTest::call(admin, QStringLiteral("ALTER ROLE \"%1\" PASSWORD '%2'").arg(login, password),
                     {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    qputenv(CredentialStore::passwordVariable, password.toUtf8());
    QVERIFY(office.ws().sync()->configure(office.connection, password));
    QVERIFY(tablet.ws().sync()->configure(tablet.connection, password));
    QSignalSpy arrived(tablet.ws().sync(), &SyncController::remoteChangesApplied);
    office.ws().sync()->start();
    tablet.ws().sync()->start();
    // Both engines are up and idle (the periodic pull is 30 s away).
    QTRY_COMPARE_WITH_TIMEOUT(office.ws().sync()->status().state, SyncStatus::State::Synced, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(tablet.ws().sync()->status().state, SyncStatus::State::Synced, 20000);
    arrived.clear();
    rename(office, office.shop->lathe, QStringLiteral("车床 live"));
    QVERIFY(arrived.wait(20000));
    QCOMPARE(machineName(tablet, office.shop->lathe), QStringLiteral("车床 live"));
    office.ws().sync()->stop();
    tablet.ws().sync()->stop();
    qunsetenv(CredentialStore::passwordVariable);
}

void TstSyncEngine::testConnectionAnswersWithoutBlocking()
{
    PgTest::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    Replica tablet(pg, newTenant(), QStringLiteral("tablet"));
    SyncController *sync = tablet.ws().sync();
    QSignalSpy tested(sync, &SyncController::connectionTested);
    sync->testConnection(tablet.connection, tablet.login.password);
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.at(0).at(0).toBool(), true);
    QVERIFY2(tested.at(0).at(1).toString().contains(QLatin1String("Test factory")),
             qPrintable(tested.at(0).at(1).toString()));
    QVERIFY2(tested.at(0).at(1).toString().contains(tablet.login.code),
             qPrintable(tested.at(0).at(1).toString()));
    sync->testConnection(tablet.connection, QStringLiteral("wrong"));
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.at(1).at(0).toBool(), false);
    QVERIFY2(tested.at(1).at(1).toString().contains(QLatin1String("the password is wrong")),
             qPrintable(tested.at(1).at(1).toString()));
    // Testing saves nothing.
    QVERIFY(!sync->isConfigured());
}

// Two devices create machine CNC-9 while apart: the Conflicts view says which device did what
// by the name the owner gave it on the server, not by a device UUID.
void TstSyncEngine::conflictsNameTheDevicesAsTheServerDoes()
{
    PgTest::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const QString tenant = newTenant();
    Replica office(pg, tenant, QStringLiteral("office"), std::make_unique<TestShop>());
    QVERIFY2(office.sync().ok(), qPrintable(office.engine->status().lastError));
    Replica tablet(pg, tenant, QStringLiteral("车间平板1"));
    QVERIFY2(tablet.sync().ok(), qPrintable(tablet.engine->status().lastError));
    Fixture::createRecord(office.ws(), MasterDataKind::Machine,
                          {{"code", "CNC-9"}, {"name", "加工中心"}, {"workshop", "一车间"}});
    Fixture::createRecord(tablet.ws(), MasterDataKind::Machine,
                          {{"code", "CNC-9"}, {"name", "加工中心"}, {"workshop", "二车间"}});
    QVERIFY(tablet.sync().ok());
    QVERIFY(office.sync().ok());
    const Result<QList<SyncConflict>> listed = office.ws().conflicts()->conflicts();
    QVERIFY2(listed.ok(), qPrintable(listed.error()));
    QCOMPARE(listed.value().size(), 1);
    const QString details = listed.value().constFirst().details.join(QLatin1Char('\n'));
    QVERIFY2(details.contains(QStringLiteral("车间平板1 (device %1)").arg(tablet.login.code)),
             qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("this device")), qPrintable(details));
}

// A new tablet goes through the ordinary first-run set-up (its own factory name and owner),
// then joins: it takes the factory from the server and pushes nothing of its set-up.
void TstSyncEngine::tabletSetUpLikeANewPcJoinsTheFactory()
{
    PgTest::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const QString tenant = newTenant();
    Replica office(pg, tenant, QStringLiteral("office"), std::make_unique<TestShop>());
    QVERIFY(office.shop->ws->settings()->setFactoryName(QStringLiteral("精工五金")).ok());
    QVERIFY2(office.sync().ok(), qPrintable(office.engine->status().lastError));
    Replica tablet(pg, tenant, QStringLiteral("车间平板1"));
    FactorySetupInput input;
    input.factoryName = QStringLiteral("平板");
    input.timeZoneId = "Asia/Shanghai";
    input.weeklyDaysOff = {Qt::Sunday};
    input.username = QStringLiteral("tablet-owner");
    input.displayName = QStringLiteral("平板老板");
    input.password = input.confirmation = QStringLiteral("Gear-Lathe-2026");
    QVERIFY2(FactorySetup::run(&tablet.ws(), input).ok(), "set-up");
    QVERIFY2(tablet.sync().ok(), qPrintable(tablet.engine->status().lastError));
    QCOMPARE(tablet.ws().settings()->factoryName(), QStringLiteral("精工五金"));
    QVERIFY(office.sync().ok());
    QCOMPARE(office.ws().settings()->factoryName(), QStringLiteral("精工五金"));
    QSqlQuery users(office.db());
    QVERIFY(users.exec(QStringLiteral("SELECT count(*) FROM users WHERE username = 'tablet-owner'")));
    QVERIFY(users.next());
    QCOMPARE(users.value(0).toInt(), 0); // the tablet's own set-up stays on the tablet
}

QTEST_GUILESS_MAIN(TstSyncEngine)
#include "tst_syncengine.moc"
