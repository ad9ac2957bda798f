// Backups and restore: every kind, plain and encrypted, comes back row for row; a tampered,
// truncated or wrongly unlocked backup is refused and the factory file stays as it was; a backup
// of a newer Taktline is refused and an older one is brought up to date.
#include "backuptesthelpers.h"
#include "domain/clock.h"
#include "filebytes.h"
#include "services/access/accesscontrol.h"
#include "services/backup/backupscheduler.h"
#include "services/backup/backupservice.h"
#include "services/masterdata/settingsservice.h"
#include "storage/backup/backupmanifest.h"
#include "storage/migrations.h"
#include "testworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;
using BackupTestHelpers::allRows;
using State = BackupEntry::State;

namespace {

const QString Passphrase = QStringLiteral("correct horse 2026");

// The owner's demo factory with its backup folder set up (and encryption when ENCRYPTED).
struct BackedUpFactory
{
    // A factory is its creating device: two factories built at the same instant are copies of
    // one cached demo (tests/support/democache.h), so ANOTHER one is built a minute later.
    explicit BackedUpFactory(bool encrypted, bool another = false)
        : ws(TestWorkspace::SignIn::Owner, true,
             Clock::fixedAt(QDateTime(QDate(2026, 3, 2), QTime(7, another ? 1 : 0), Qt::UTC)))
    {
        folder = ws.dirPath() + QStringLiteral("/backups");
        safety = ws.dirPath() + QStringLiteral("/safety");
        QDir().mkpath(folder);
        QDir().mkpath(safety);
        BackupSettings settings;
        settings.folder = folder;
        if (Outcome set = ws->backups()->setSettings(settings); !set)
            qFatal("settings: %s", qPrintable(set.error()));
        if (encrypted) {
            if (Outcome set = ws->backups()->setEncryption(Passphrase); !set)
                qFatal("encryption: %s", qPrintable(set.error()));
        }
    }
    TestWorkspace ws;
    QString folder;
    QString safety;
};

} // namespace

class TstBackup : public QObject
{
    Q_OBJECT
private slots:
    void everyKindRestoresEveryRow_data();
    void everyKindRestoresEveryRow();
    void encryptedBackupRestoresOnANewPcWithThePassphraseAlone();
    void tamperedBackupIsRefused_data();
    void tamperedBackupIsRefused();
    void encryptedBackupNeedsTheRightPassphraseAndAllItsBytes();
    void listShowsModifiedAndUnlistedFiles();
    void newerSchemaIsRefusedAndOlderIsUpgraded();
    void anotherFactorysBackupIsRefusedOverWork();
    void dueAndOverdueFollowTheClock();
    void schedulerTakesOneDailyBackupAndOneOnExit();
    void settingsNeedTheOwnerAndAUsableFolder();
};

void TstBackup::everyKindRestoresEveryRow_data()
{
    QTest::addColumn<BackupKind>("kind");
    QTest::addColumn<bool>("encrypted");
    for (const bool encrypted : {false, true}) {
        for (const BackupKind kind : {BackupKind::Scheduled, BackupKind::OnExit, BackupKind::Manual,
                                      BackupKind::BeforeRestore}) {
            QTest::addRow("%s%s", qPrintable(backupKindKey(kind)), encrypted ? "-encrypted" : "")
                << kind << encrypted;
        }
    }
}

void TstBackup::everyKindRestoresEveryRow()
{
    QFETCH(BackupKind, kind);
    QFETCH(bool, encrypted);
    BackedUpFactory factory(encrypted);
    TestWorkspace &ws = factory.ws;
    const QMap<QString, QStringList> before = allRows(ws.path());
    QVERIFY(before.value(QStringLiteral("production_reports")).size() > 100);

    const Result<BackupEntry> written = ws->backups()->backupNow(kind);
    QVERIFY2(written, qPrintable(written.error()));
    const BackupEntry &entry = written.value();
    QCOMPARE(entry.encrypted, encrypted);
    QCOMPARE(QFileInfo(entry.filePath).dir().absolutePath(), QDir(factory.folder).absolutePath());
    QVERIFY(entry.filePath.endsWith(backupKindKey(kind) + QStringLiteral(".tlbak")));
    QCOMPARE(entry.contents.reports, before.value(QStringLiteral("production_reports")).size());
    QCOMPARE(entry.contents.schemaVersion, Migrations::latestVersion());
    QVERIFY(entry.contents.lastReportAt.has_value());
    QCOMPARE(
        BackupManifest::load(factory.folder).find(QFileInfo(entry.filePath).fileName())->sha256,
        entry.sha256);
    // The clear copy never stays next to an encrypted backup.
    QCOMPARE(QDir(factory.folder).entryList(QDir::Files | QDir::Hidden).size(), 2);

    const BackupEntry verified =
        BackupService::verify(entry.filePath, encrypted ? Passphrase : QString());
    QVERIFY2(verified.state == State::Good, qPrintable(verified.problem));
    QCOMPARE(verified.contents.workOrders, entry.contents.workOrders);

    // Work goes on after the backup; the restore takes the file back to the backup's moment.
    QVERIFY(ws->settings()->setFactoryName(QStringLiteral("改名以后")));
    ws.close();
    const Result<BackupEntry> safety = BackupService::restore(
        ws.path(), entry.filePath, encrypted ? Passphrase : QString(), factory.safety);
    QVERIFY2(safety, qPrintable(safety.error()));
    QCOMPARE(safety.value().kind, BackupKind::BeforeRestore);
    QCOMPARE(safety.value().encrypted, encrypted); // the safety copy follows the file's own setting
    QCOMPARE(safety.value().contents.factoryName, QStringLiteral("改名以后"));
    QCOMPARE(
        BackupService::verify(safety.value().filePath, encrypted ? Passphrase : QString()).state,
        State::Good);

    const QMap<QString, QStringList> after = allRows(ws.path());
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.begin(); it != before.end(); ++it)
        QCOMPARE(after.value(it.key()), it.value());
    ws.reopen(); // and it opens as a factory
    QVERIFY(ws->settings()->factoryName() != QStringLiteral("改名以后"));
}

void TstBackup::encryptedBackupRestoresOnANewPcWithThePassphraseAlone()
{
    BackedUpFactory factory(true);
    const QMap<QString, QStringList> before = allRows(factory.ws.path());
    const Result<BackupEntry> written = factory.ws->backups()->backupNow(BackupKind::Scheduled);
    QVERIFY2(written, qPrintable(written.error()));
    // The new PC has the backup file (no manifest, no factory file) and the passphrase.
    QTemporaryDir newPc;
    const QString stick = newPc.filePath(QStringLiteral("stick.tlbak"));
    QVERIFY(QFile::copy(written.value().filePath, stick));
    const QString path = newPc.filePath(QStringLiteral("factory.sqlite"));
    QVERIFY(
        !BackupService::restore(path, stick, QStringLiteral("not the passphrase"), newPc.path()));
    QVERIFY(!QFileInfo::exists(path)); // a refused restore makes no empty factory either
    const Result<BackupEntry> restored =
        BackupService::restore(path, stick, Passphrase, newPc.path());
    QVERIFY2(restored, qPrintable(restored.error()));
    QVERIFY(restored.value().filePath.isEmpty()); // nothing was there to save first
    const QMap<QString, QStringList> after = allRows(path);
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.begin(); it != before.end(); ++it)
        QCOMPARE(after.value(it.key()), it.value());
    QCOMPARE(QDir(newPc.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TstBackup::anotherFactorysBackupIsRefusedOverWork()
{
    BackedUpFactory other(false, true);
    const Result<BackupEntry> written = other.ws->backups()->backupNow(BackupKind::Manual);
    QVERIFY2(written, qPrintable(written.error()));

    // A factory with work of its own does not take another factory's backup.
    BackedUpFactory mine(false);
    const QMap<QString, QStringList> before = allRows(mine.ws.path());
    mine.ws.close();
    const Result<BackupEntry> refused =
        BackupService::restore(mine.ws.path(), written.value().filePath, {}, mine.safety);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("another factory")), qPrintable(refused.error()));
    QCOMPARE(allRows(mine.ws.path()), before);
    QVERIFY(QDir(mine.safety).entryList(QDir::Files).isEmpty());

    // A new factory that holds no work yet (the first run on a new PC) may.
    TestWorkspace fresh(TestWorkspace::SignIn::Owner, false);
    fresh.close();
    const Result<BackupEntry> restored =
        BackupService::restore(fresh.path(), written.value().filePath, {}, mine.safety);
    QVERIFY2(restored, qPrintable(restored.error()));
    QCOMPARE(allRows(fresh.path()).value(QStringLiteral("work_orders")),
             allRows(other.ws.path()).value(QStringLiteral("work_orders")));
}

void TstBackup::tamperedBackupIsRefused_data()
{
    QTest::addColumn<bool>("encrypted");
    QTest::addRow("plain") << false;
    QTest::addRow("encrypted") << true;
}

void TstBackup::tamperedBackupIsRefused()
{
    QFETCH(bool, encrypted);
    BackedUpFactory factory(encrypted);
    TestWorkspace &ws = factory.ws;
    const Result<BackupEntry> written = ws->backups()->backupNow(BackupKind::Manual);
    QVERIFY2(written, qPrintable(written.error()));
    const QString file = written.value().filePath;
    QVERIFY(BackupTestHelpers::flipByte(file, QFileInfo(file).size() / 2));

    const QString pass = encrypted ? Passphrase : QString();
    const BackupEntry verified = BackupService::verify(file, pass);
    QCOMPARE(verified.state, State::Modified);
    QVERIFY(!verified.problem.isEmpty());
    QCOMPARE(ws->backups()->list().constFirst().state, State::Modified);

    ws.close();
    const QByteArray live = FileBytes::fileHash(ws.path());
    const Result<BackupEntry> restored =
        BackupService::restore(ws.path(), file, pass, factory.safety);
    QVERIFY(!restored);
    QVERIFY(restored.error().contains(QStringLiteral("modified")));
    QCOMPARE(FileBytes::fileHash(ws.path()), live);
    QVERIFY(QDir(factory.safety).isEmpty()); // refused before anything was written
}

void TstBackup::encryptedBackupNeedsTheRightPassphraseAndAllItsBytes()
{
    BackedUpFactory factory(true);
    const Result<BackupEntry> written = factory.ws->backups()->backupNow(BackupKind::Manual);
    QVERIFY2(written, qPrintable(written.error()));
    // Copies without a manifest: only the encryption itself can tell.
    QTemporaryDir loose;
    const auto copy = [&](const QString &name) {
        const QString path = loose.filePath(name);
        QFile::copy(written.value().filePath, path);
        return path;
    };
    const QString intact = copy(QStringLiteral("a.tlbak"));
    QCOMPARE(BackupService::verify(intact, Passphrase).state, State::Unlisted);
    QCOMPARE(BackupService::verify(intact, QString()).state, State::Unreadable);
    const BackupEntry wrong = BackupService::verify(intact, QStringLiteral("wrong passphrase"));
    QCOMPARE(wrong.state, State::Unreadable);
    QVERIFY(wrong.problem.contains(QStringLiteral("passphrase")));

    const QString flipped = copy(QStringLiteral("b.tlbak"));
    QVERIFY(BackupTestHelpers::flipByte(flipped, -100));
    QCOMPARE(BackupService::verify(flipped, Passphrase).state, State::Modified);
    const QString header = copy(QStringLiteral("c.tlbak"));
    QVERIFY(BackupTestHelpers::flipByte(header, 200)); // the sealed file key
    QCOMPARE(BackupService::verify(header, Passphrase).state, State::Modified);
    const QString truncated = copy(QStringLiteral("d.tlbak"));
    QVERIFY(BackupTestHelpers::truncateBy(truncated, 1000));
    QCOMPARE(BackupService::verify(truncated, Passphrase).state, State::Modified);
    // Nothing half-decrypted is left behind.
    QCOMPARE(QDir(loose.path()).entryList(QDir::Files | QDir::Hidden).size(), 4);

    factory.ws.close();
    const QByteArray live = FileBytes::fileHash(factory.ws.path());
    QVERIFY(!BackupService::restore(factory.ws.path(), intact, QStringLiteral("wrong passphrase"),
                                    factory.safety));
    QVERIFY(!BackupService::restore(factory.ws.path(), truncated, Passphrase, factory.safety));
    QCOMPARE(FileBytes::fileHash(factory.ws.path()), live);
}

void TstBackup::listShowsModifiedAndUnlistedFiles()
{
    BackedUpFactory factory(false);
    BackupService *backups = factory.ws->backups();
    const Result<BackupEntry> first = backups->backupNow(BackupKind::Manual);
    factory.ws->setClock(Clock::fixedAt(factory.ws->clock().nowMs() + 3600000));
    const Result<BackupEntry> second = backups->backupNow(BackupKind::Manual);
    QVERIFY(first && second);
    QFile::copy(first.value().filePath, factory.folder + QStringLiteral("/stray.tlbak"));
    // Ransomware rewrites the file and, to be thorough, the manifest too: the factory file's own
    // record of the hash still tells.
    QVERIFY(BackupTestHelpers::flipByte(second.value().filePath, 5000));
    BackupManifest manifest = BackupManifest::load(factory.folder);
    BackupEntry forged = second.value();
    forged.sha256 = BackupManifest::sha256(second.value().filePath);
    manifest.put(forged);
    QVERIFY(manifest.save());

    const QList<BackupEntry> listed = backups->list();
    QCOMPARE(listed.size(), 3);
    QHash<QString, State> states;
    for (const BackupEntry &entry : listed)
        states.insert(QFileInfo(entry.filePath).fileName(), entry.state);
    QCOMPARE(states.value(QFileInfo(first.value().filePath).fileName()), State::Good);
    QCOMPARE(states.value(QFileInfo(second.value().filePath).fileName()), State::Modified);
    QCOMPARE(states.value(QStringLiteral("stray.tlbak")), State::Unlisted);
    QCOMPARE(backups->lastGoodBackup()->filePath, first.value().filePath);
}

void TstBackup::newerSchemaIsRefusedAndOlderIsUpgraded()
{
    BackedUpFactory factory(false);
    const Result<BackupEntry> written = factory.ws->backups()->backupNow(BackupKind::Manual);
    QVERIFY(written);
    QTemporaryDir loose;
    const QString newer = loose.filePath(QStringLiteral("newer.tlbak"));
    QVERIFY(QFile::copy(written.value().filePath, newer));
    {
        SqlInspection::RawConnection raw(newer);
        QSqlQuery query(raw.db());
        QVERIFY(
            query.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                           .arg(Migrations::latestVersion() + 1)));
    }
    factory.ws.close();
    const QByteArray live = FileBytes::fileHash(factory.ws.path());
    const Result<BackupEntry> refused =
        BackupService::restore(factory.ws.path(), newer, QString(), factory.safety);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("newer")), qPrintable(refused.error()));
    QCOMPARE(FileBytes::fileHash(factory.ws.path()), live);

    const QString older = loose.filePath(QStringLiteral("older.tlbak"));
    QVERIFY(QFile::copy(QString::fromLocal8Bit(qgetenv("TAKTLINE_SOURCE_DIR")) +
                            QStringLiteral("/tests/data/schema-v5-demo.sqlite"),
                        older));
    QFile(older).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // The v5 file is another factory's: it goes into a file of its own.
    const QString restoredPath = loose.filePath(QStringLiteral("restored.sqlite"));
    const Result<BackupEntry> upgraded =
        BackupService::restore(restoredPath, older, QString(), factory.safety);
    QVERIFY2(upgraded, qPrintable(upgraded.error()));
    QCOMPARE(SqlInspection::meta(restoredPath, "schema_version").toInt(),
             Migrations::latestVersion());
    QCOMPARE(SqlInspection::meta(older, "schema_version").toInt(), 5); // the backup is untouched
}

void TstBackup::dueAndOverdueFollowTheClock()
{
    TestWorkspace ws(TestWorkspace::SignIn::Owner, false,
                     Clock::fixedAt(QDateTime(QDate(2026, 3, 2), QTime(7, 0), Qt::LocalTime)));
    BackupService *backups = ws->backups();
    QVERIFY(!backups->isDue()); // no folder yet
    QVERIFY(backups->isOverdue());
    BackupSettings settings;
    settings.folder = ws.dirPath() + QStringLiteral("/backups");
    QDir().mkpath(settings.folder);
    settings.warnAfterDays = 2;
    QVERIFY(backups->setSettings(settings));
    QVERIFY(backups->isDue());
    QVERIFY(backups->isOverdue());
    QVERIFY(backups->backupNow(BackupKind::Scheduled));
    QVERIFY(!backups->isDue());
    QVERIFY(!backups->isOverdue());
    ws->setClock(Clock::fixedAt(ws->clock().nowMs() + 86400000));
    QVERIFY(backups->isDue());
    QVERIFY(!backups->isOverdue());
    ws->setClock(Clock::fixedAt(ws->clock().nowMs() + 2 * 86400000));
    QVERIFY(backups->isOverdue());
    settings.automatic = false;
    QVERIFY(backups->setSettings(settings));
    QVERIFY(!backups->isDue());
}

void TstBackup::schedulerTakesOneDailyBackupAndOneOnExit()
{
    // An operator is signed in at the station: automatic backups run for anyone.
    TestWorkspace ws(TestWorkspace::SignIn::Owner, false,
                     Clock::fixedAt(QDateTime(QDate(2026, 3, 2), QTime(7, 0), Qt::LocalTime)));
    BackupScheduler scheduler(ws->backups());
    QVERIFY(!scheduler.runIfDue()); // no folder: nothing to do
    QVERIFY(!scheduler.backupOnExit());
    BackupSettings settings;
    settings.folder = ws.dirPath() + QStringLiteral("/backups");
    QDir().mkpath(settings.folder);
    QVERIFY(ws->backups()->setSettings(settings));
    ws->access()->signIn(
        {QStringLiteral("op"), QStringLiteral("op"), QStringLiteral("Op"), Role::Operator});
    const auto first = scheduler.runIfDue();
    QVERIFY(first && first->ok());
    QCOMPARE(first->value().kind, BackupKind::Scheduled);
    ws->setClock(Clock::fixedAt(ws->clock().nowMs() + 3 * 3600000));
    QVERIFY(!scheduler.runIfDue()); // once a day
    const auto onExit = scheduler.backupOnExit();
    QVERIFY(onExit && onExit->ok());
    QCOMPARE(onExit->value().kind, BackupKind::OnExit);
    ws->setClock(Clock::fixedAt(ws->clock().nowMs() + 86400000));
    QVERIFY(scheduler.runIfDue());
    // Rotation keeps the newest of each day: the first day's on-exit backup, not its morning one.
    QCOMPARE(ws->backups()->list().size(), 2);
    QCOMPARE(ws->backups()->list().constLast().kind, BackupKind::OnExit);
    // A drive that is gone is said, not hidden.
    QVERIFY(QDir(settings.folder).removeRecursively());
    ws->setClock(Clock::fixedAt(ws->clock().nowMs() + 86400000));
    QSignalSpy failed(&scheduler, &BackupScheduler::backupFailed);
    const auto missing = scheduler.runIfDue();
    QVERIFY(missing && !missing->ok());
    QCOMPARE(failed.size(), 1);
}

void TstBackup::settingsNeedTheOwnerAndAUsableFolder()
{
    TestWorkspace ws(TestWorkspace::SignIn::Supervisor);
    BackupSettings settings;
    settings.folder = ws.dirPath() + QStringLiteral("/backups");
    QDir().mkpath(settings.folder);
    QVERIFY(!ws->backups()->setSettings(settings));
    QVERIFY(!ws->backups()->backupNow(BackupKind::Manual, settings.folder));
    ws->access()->signInAsSystem();
    QVERIFY(ws->backups()->setSettings(settings));
    QCOMPARE(ws->backups()->settings().folder, settings.folder);
    settings.folder = ws.dirPath() + QStringLiteral("/missing");
    QVERIFY(!ws->backups()->setSettings(settings));
    settings.folder = ws.dirPath(); // the database's own folder
    QVERIFY(!ws->backups()->setSettings(settings));
    QVERIFY(!ws->backups()->setEncryption(QStringLiteral("short")));
    QVERIFY(ws->backups()->setEncryption(Passphrase));
    QVERIFY(ws->backups()->settings().encrypted);
    QVERIFY(ws->backups()->setEncryption(QString()));
    QVERIFY(!ws->backups()->settings().encrypted);
    QCOMPARE(ws->backups()->settings().folder, ws.dirPath() + QStringLiteral("/backups"));
}

QTEST_GUILESS_MAIN(TstBackup)
#include "tst_backup.moc"
