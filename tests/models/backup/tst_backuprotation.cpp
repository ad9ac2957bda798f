// A year of daily backups, with a backup on exit every third evening and a manual one now and
// then, leaves exactly the newest of each of the last 7 days, the last 4 weeks and the last 12
// months, every manual backup, and a manifest and a factory record that list just those files.
#include "domain/backup/backuprotation.h"
#include "domain/clock.h"
#include "services/backup/backupservice.h"
#include "storage/backup/backupmanifest.h"
#include "storage/backup/backupwriter.h"
#include "testshop.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace Taktline;

class TstBackupRotation : public QObject
{
    Q_OBJECT
private slots:
    void aSimulatedYearKeepsDailyWeeklyMonthly();
    void onlyScheduledAndExitBackupsRotate();
};

void TstBackupRotation::aSimulatedYearKeepsDailyWeeklyMonthly()
{
    TestShop shop;
    BackupService *backups = shop.ws->backups();
    BackupSettings settings;
    settings.folder = shop.ws.dirPath() + QStringLiteral("/backups");
    QDir().mkpath(settings.folder);
    QVERIFY(backups->setSettings(settings));

    // Day 0 is the shop's Monday; every day a scheduled backup at 07:00 (local time, as the app
    // takes them), on every third day also one on exit at 17:00, on every 50th a manual one.
    const QDate first = TestShop::day(0);
    const int days = 365;
    QHash<QDate, QString> newestOfDay;
    QSet<QString> manual;
    for (int i = 0; i < days; ++i) {
        const QDate day = first.addDays(i);
        shop.ws->setClock(Clock::fixedAt(QDateTime(day, QTime(7, 0), Qt::LocalTime)));
        const Result<BackupEntry> scheduled = backups->backupNow(BackupKind::Scheduled);
        QVERIFY2(scheduled, qPrintable(scheduled.error()));
        newestOfDay.insert(day, QFileInfo(scheduled.value().filePath).fileName());
        if (i % 50 == 0) {
            shop.ws->setClock(Clock::fixedAt(QDateTime(day, QTime(12, 0), Qt::LocalTime)));
            const Result<BackupEntry> taken = backups->backupNow(BackupKind::Manual);
            QVERIFY(taken);
            manual.insert(QFileInfo(taken.value().filePath).fileName());
        }
        if (i % 3 == 0) {
            shop.ws->setClock(Clock::fixedAt(QDateTime(day, QTime(17, 0), Qt::LocalTime)));
            const Result<BackupEntry> onExit = backups->backupNow(BackupKind::OnExit);
            QVERIFY(onExit);
            newestOfDay.insert(day, QFileInfo(onExit.value().filePath).fileName());
        }
    }

    // What should be left, by the calendar: the last 7 days; the last day of each of the last 4
    // ISO weeks (the current one ends on the last day); the last day of each of the last 12
    // months (likewise).
    const QDate last = first.addDays(days - 1);
    QSet<QString> expected = manual;
    for (int i = 0; i < 7; ++i)
        expected.insert(newestOfDay.value(last.addDays(-i)));
    QDate weekEnd = last;
    for (int i = 0; i < 4; ++i) {
        expected.insert(newestOfDay.value(weekEnd));
        weekEnd = weekEnd.addDays(-weekEnd.dayOfWeek()); // the Sunday before
    }
    QDate monthEnd = last;
    for (int i = 0; i < 12; ++i) {
        expected.insert(newestOfDay.value(monthEnd));
        monthEnd = QDate(monthEnd.year(), monthEnd.month(), 1).addDays(-1);
    }
    QCOMPARE(manual.size(), 8);
    QVERIFY(expected.size() >= 20 && expected.size() <= 7 + 4 + 12 + 8);

    const QStringList files =
        QDir(settings.folder).entryList({QStringLiteral("*.tlbak")}, QDir::Files);
    QSet<QString> left(files.begin(), files.end());
    QCOMPARE(left.size(), expected.size());
    QCOMPARE(left, expected);
    // No stray temporaries, and the manifest lists exactly what is there, all good.
    QCOMPARE(QDir(settings.folder).entryList(QDir::Files | QDir::Hidden).size(), files.size() + 1);
    QCOMPARE(BackupManifest::load(settings.folder).entries().size(), files.size());
    for (const BackupEntry &entry : backups->list())
        QVERIFY2(entry.state == BackupEntry::State::Good, qPrintable(entry.filePath));
}

void TstBackupRotation::onlyScheduledAndExitBackupsRotate()
{
    const QDateTime start(QDate(2026, 1, 5), QTime(7, 0));
    QList<BackupRotation::Item> items;
    for (int i = 0; i < 30; ++i) {
        items.append({QStringLiteral("s%1").arg(i), start.addDays(i), BackupKind::Scheduled});
        items.append({QStringLiteral("m%1").arg(i), start.addDays(i), BackupKind::Manual});
        items.append({QStringLiteral("r%1").arg(i), start.addDays(i), BackupKind::BeforeRestore});
    }
    const QStringList doomed = BackupRotation(7, 0, 0).toDelete(items);
    QCOMPARE(doomed.size(), 23);
    for (const QString &file : doomed)
        QVERIFY(file.startsWith(u's'));
    QVERIFY(!doomed.contains(QStringLiteral("s29")));
    QVERIFY(!doomed.contains(QStringLiteral("s23")));
    QVERIFY(doomed.contains(QStringLiteral("s22")));
}

QTEST_GUILESS_MAIN(TstBackupRotation)
#include "tst_backuprotation.moc"
