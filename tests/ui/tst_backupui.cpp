// Settings ▸ Backup and what goes with it: only the owner has the tab, Back up now adds the
// backup to the list, the main window warns while there is no recent backup and stops after one,
// the running app backs up when due and says so when it cannot, encryption asks for the
// passphrase twice, a restore is confirmed (and asks for the passphrase of an encrypted backup),
// and a refused restore says why and leaves the factory file as it was.
#include "common/languagemanager.h"
#include "common/lists/emptystate.h"
#include "common/messagebanner.h"
#include "fixturehelpers.h"
#include "services/access/accesscontrol.h"
#include "services/backup/backupscheduler.h"
#include "services/backup/backupservice.h"
#include "services/planning/workorderservice.h"
#include "item/backup/backuplistmodel.h"
#include "settings/backuppanel.h"
#include "settings/passphrasedialog.h"
#include "settings/restoredialog.h"
#include "settings/settingspage.h"
#include "shell/backupwarningbar.h"
#include "shell/mainwindow.h"
#include "shell/workspacehost.h"
#include "testshop.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Taktline;
using namespace std::chrono_literals;

class TstBackupUi : public QObject
{
    Q_OBJECT
private slots:
    void ownerHasTheTabOthersDoNot();
    void backupNowAddsTheBackupToTheList();
    void pulledDriveIsSaidSo();
    void warningShowsUntilAGoodBackup();
    void warningButtonOpensTheBackupTab();
    void runningAppBacksUpWhenDueAndSaysWhenItCannot();
    void failedBackupOnExitAsksBeforeClosing();
    void verifySaysWhetherABackupCanBeUsed();
    void encryptionAsksForThePassphraseTwice();
    void restoreIsConfirmedAndAsksForThePassphrase();
    void refusedRestoreSaysWhyAndChangesNothing();
    void restoreReopensTheFileOnTheBackup();
};

namespace {

// Runs WORK on the next modal dialog once it is open (exec() is called after this).
void onModal(std::function<void(QWidget *)> work)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, work] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            work(modal);
        }
    });
    poll->start();
}

void click(QWidget *parent, const char *name)
{
    auto *button = parent->findChild<QAbstractButton *>(QLatin1String(name));
    QVERIFY2(button, name);
    QTest::mouseClick(button, Qt::LeftButton);
}

// The Backup tab of a Settings page with FOLDER chosen through its Choose… button.
BackupPanel *panelWithFolder(SettingsPage &page, const QString &folder)
{
    BackupPanel *panel = page.backups();
    if (!panel)
        return nullptr;
    panel->setFolderChooser([folder](QWidget *, const QString &) { return folder; });
    page.showTab(QStringLiteral("backup"));
    click(panel, "chooseBackupFolderButton");
    return panel;
}

QString cellText(const BackupPanel *panel, int row, int column)
{
    return panel->model()->index(row, column).data().toString();
}

} // namespace

void TstBackupUi::ownerHasTheTabOthersDoNot()
{
    TestShop shop;
    LanguageManager language;
    {
        SettingsPage page(shop.ws.get(), &language);
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
        QVERIFY(page.backups());
        QCOMPARE(tabs->tabText(tabs->indexOf(page.backups())), QStringLiteral("Backup"));
        page.showTab(QStringLiteral("backup"));
        QCOMPARE(tabs->currentWidget(), page.backups());
    }
    for (Role role : {Role::Planner, Role::Supervisor, Role::Operator}) {
        shop.signIn(role);
        SettingsPage page(shop.ws.get(), &language);
        QVERIFY(!page.backups());
        QVERIFY(!page.findChild<BackupPanel *>());
    }
}

void TstBackupUi::backupNowAddsTheBackupToTheList()
{
    TestShop shop;
    QTemporaryDir folder;
    LanguageManager language;
    language.apply(QStringLiteral("en")); // the English plurals
    SettingsPage page(shop.ws.get(), &language);
    page.show();
    BackupPanel *panel = panelWithFolder(page, folder.path());
    QVERIFY(panel);
    QCOMPARE(shop.ws->backups()->settings().folder, folder.path());
    QCOMPARE(panel->model()->rowCount(), 0);
    QCOMPARE(panel->lastBackupLabel()->text(), QStringLiteral("No good backup yet."));

    click(panel, "backupNowButton");
    const QList<BackupEntry> listed = shop.ws->backups()->list();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(cellText(panel, 0, BackupListModel::KindColumn), QStringLiteral("Manual"));
    QCOMPARE(cellText(panel, 0, BackupListModel::StateColumn), QStringLiteral("Good"));
    QCOMPARE(cellText(panel, 0, BackupListModel::EncryptedColumn), QStringLiteral("No"));
    const int reports = listed.constFirst().contents.reports;
    QCOMPARE(cellText(panel, 0, BackupListModel::ContentsColumn),
             QStringLiteral("1 work order, %1 report%2")
                 .arg(reports)
                 .arg(reports == 1 ? QString() : QStringLiteral("s")));
    QVERIFY2(panel->lastBackupLabel()->text().startsWith(QStringLiteral("Last backup: today ")),
             qPrintable(panel->lastBackupLabel()->text()));
    auto *banner = page.findChild<MessageBanner *>();
    QVERIFY2(banner->text().startsWith(QStringLiteral("Backed up and verified")),
             qPrintable(banner->text()));

    shop.advance(1h);
    click(panel, "backupNowButton");
    QCOMPARE(panel->model()->rowCount(), 2); // newest first
    QCOMPARE(panel->model()->entry(0).filePath, shop.ws->backups()->list().constFirst().filePath);
}

void TstBackupUi::pulledDriveIsSaidSo()
{
    TestShop shop;
    QTemporaryDir parent;
    const QString usb = parent.filePath(QStringLiteral("usb"));
    QVERIFY(QDir().mkpath(usb));
    LanguageManager language;
    SettingsPage page(shop.ws.get(), &language);
    page.show();
    BackupPanel *panel = panelWithFolder(page, usb);
    EmptyState *empty = EmptyState::of(panel->view());
    QVERIFY(empty);
    QCOMPARE(empty->text(), QStringLiteral("No backups in this folder yet. Press Back up now."));
    QVERIFY(QDir(usb).removeRecursively());
    panel->reload();
    QVERIFY2(
        empty->text().startsWith(
            QStringLiteral("The folder %1 cannot be reached.").arg(QDir::toNativeSeparators(usb))),
        qPrintable(empty->text()));
}

void TstBackupUi::warningShowsUntilAGoodBackup()
{
    TestShop shop;
    QTemporaryDir folder;
    LanguageManager language;
    MainWindow window(shop.ws.get(), &language);
    window.show();
    BackupWarningBar *warning = window.backupWarning();
    QVERIFY2(warning->text().startsWith(QStringLiteral("No backup folder is chosen yet")),
             qPrintable(warning->text()));

    BackupService *backups = shop.ws->backups();
    BackupSettings settings = backups->settings();
    settings.folder = folder.path();
    settings.warnAfterDays = 3;
    Fixture::require(backups->setSettings(settings), "settings");
    QCOMPARE(warning->text(), QStringLiteral("This factory has never been backed up."));
    Fixture::require(backups->backupNow(BackupKind::Manual).outcome(), "backup");
    QCOMPARE(warning->text(), QString()); // gone with the good backup

    shop.advance(24h * 5);
    warning->refresh(); // as its quarter-hourly look does
    QVERIFY2(warning->text().startsWith(QStringLiteral("No backup for 5 day")),
             qPrintable(warning->text()));
    QVERIFY(warning->isVisible());

    shop.signIn(Role::Planner); // not the planner's to act on
    QCOMPARE(warning->text(), QString());
    shop.signIn(Role::Owner);
    QVERIFY(!warning->text().isEmpty());
    Fixture::require(backups->backupNow(BackupKind::Manual).outcome(), "backup");
    QCOMPARE(warning->text(), QString());
}

void TstBackupUi::warningButtonOpensTheBackupTab()
{
    TestShop shop;
    LanguageManager language;
    MainWindow window(shop.ws.get(), &language);
    window.show();
    window.setCurrentPage(Page::WorkOrders);
    QTest::mouseClick(window.backupWarning()->button(), Qt::LeftButton);
    QCOMPARE(window.currentPage(), Page::Settings);
    auto *settings = qobject_cast<SettingsPage *>(window.pageWidget(Page::Settings));
    QVERIFY(settings->backups()->isVisible());
}

void TstBackupUi::runningAppBacksUpWhenDueAndSaysWhenItCannot()
{
    TestShop shop;
    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("usb"));
    QVERIFY(QDir().mkpath(folder));
    LanguageManager language;
    MainWindow window(shop.ws.get(), &language);
    window.show();
    BackupService *backups = shop.ws->backups();
    BackupSettings settings = backups->settings();
    settings.folder = folder;
    settings.automatic = true;
    Fixture::require(backups->setSettings(settings), "settings");

    BackupScheduler *scheduler = window.backupScheduler();
    QVERIFY(backups->isDue());
    const std::optional<Result<BackupEntry>> daily = scheduler->runIfDue();
    QVERIFY(daily && daily->ok());
    QCOMPARE(backups->list().size(), 1);
    QCOMPARE(backups->list().constFirst().kind, BackupKind::Scheduled);
    QVERIFY(!scheduler->runIfDue()); // one a day
    QCOMPARE(backups->list().size(), 1);

    QVERIFY(QDir(folder).removeRecursively()); // the USB drive is pulled
    shop.advance(24h);
    const std::optional<Result<BackupEntry>> failed = scheduler->runIfDue();
    QVERIFY(failed && !failed->ok());
    const QString said = window.banner()->text();
    QVERIFY2(said.startsWith(QStringLiteral("The automatic backup failed: ") + failed->error()),
             qPrintable(said));

    settings.automatic = false; // nothing on exit either
    QVERIFY(QDir().mkpath(folder));
    Fixture::require(backups->setSettings(settings), "settings");
    QVERIFY(!scheduler->backupOnExit());
    QCOMPARE(backups->list().size(), 0);
    settings.automatic = true;
    Fixture::require(backups->setSettings(settings), "settings");
    const std::optional<Result<BackupEntry>> onExit = scheduler->backupOnExit();
    QVERIFY(onExit && onExit->ok());
    QCOMPARE(backups->list().size(), 1);
    QCOMPARE(backups->list().constFirst().kind, BackupKind::OnExit);
}

void TstBackupUi::failedBackupOnExitAsksBeforeClosing()
{
    TestShop shop;
    QTemporaryDir parent;
    const QString usb = parent.filePath(QStringLiteral("usb"));
    QVERIFY(QDir().mkpath(usb));
    BackupSettings settings = shop.ws->backups()->settings();
    settings.folder = usb;
    settings.automatic = true;
    Fixture::require(shop.ws->backups()->setSettings(settings), "settings");
    LanguageManager language;
    MainWindow window(shop.ws.get(), &language);
    window.show();
    QVERIFY(QDir(usb).removeRecursively());

    QString asked;
    onModal([&asked](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        asked = box->text();
        for (QAbstractButton *button : box->buttons())
            if (button->text() == QStringLiteral("Stay open"))
                button->click();
    });
    QVERIFY(!window.close());
    QVERIFY2(asked.startsWith(QStringLiteral("The backup on exit failed: ")), qPrintable(asked));
    QVERIFY(window.isVisible());

    onModal([](QWidget *modal) {
        for (QAbstractButton *button : qobject_cast<QMessageBox *>(modal)->buttons())
            if (button->text() == QStringLiteral("Close without a backup"))
                button->click();
    });
    QVERIFY(window.close());

    QVERIFY(QDir().mkpath(usb)); // the drive is back: the backup on exit is simply written
    MainWindow again(shop.ws.get(), &language); // its start takes the day's backup
    again.show();
    shop.advance(1min);
    QVERIFY(again.close());
    QCOMPARE(shop.ws->backups()->list().constFirst().kind, BackupKind::OnExit);
}

void TstBackupUi::verifySaysWhetherABackupCanBeUsed()
{
    TestShop shop;
    QTemporaryDir folder;
    LanguageManager language;
    SettingsPage page(shop.ws.get(), &language);
    page.show();
    BackupPanel *panel = panelWithFolder(page, folder.path());
    auto *banner = page.findChild<MessageBanner *>();
    click(panel, "backupNowButton");
    panel->view()->selectRow(0);
    click(panel, "verifyBackupButton");
    QVERIFY2(banner->text().startsWith(QStringLiteral("The backup of today ")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral(" is good: 1 work order")),
             qPrintable(banner->text()));

    QFile file(panel->model()->entry(0).filePath); // damaged or encrypted by ransomware
    QVERIFY(file.open(QIODevice::Append));
    file.write(QByteArray(4096, '\x5a'));
    file.close();
    panel->view()->selectRow(0);
    click(panel, "verifyBackupButton");
    QVERIFY2(banner->text().contains(QStringLiteral(" cannot be used: ")),
             qPrintable(banner->text()));

    // An encrypted one asks for its passphrase first.
    Fixture::require(shop.ws->backups()->setEncryption(QStringLiteral("river-stone-42")),
                     "encryption");
    shop.advance(1h);
    click(panel, "backupNowButton");
    QVERIFY(panel->model()->entry(0).encrypted);
    panel->view()->selectRow(0);
    bool asked = false;
    onModal([&asked](QWidget *modal) {
        auto *prompt = qobject_cast<QInputDialog *>(modal);
        QVERIFY(prompt);
        asked = prompt->objectName() == QStringLiteral("passphrasePrompt");
        prompt->setTextValue(QStringLiteral("river-stone-42"));
        prompt->accept();
    });
    click(panel, "verifyBackupButton");
    QVERIFY(asked);
    QVERIFY2(banner->text().contains(QStringLiteral(" is good: ")), qPrintable(banner->text()));
}

void TstBackupUi::encryptionAsksForThePassphraseTwice()
{
    TestShop shop;
    QTemporaryDir folder;
    LanguageManager language;
    SettingsPage page(shop.ws.get(), &language);
    page.show();
    BackupPanel *panel = panelWithFolder(page, folder.path());
    QString firstProblem;
    bool stayedOpen = false;
    onModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<PassphraseDialog *>(modal);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("passphraseWarning"))
                    ->text()
                    .contains(QStringLiteral("cannot be restored")));
        QTest::keyClicks(dialog->firstEdit(), QStringLiteral("river-stone-42"));
        QTest::keyClicks(dialog->secondEdit(), QStringLiteral("river-stone-43"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        stayedOpen = dialog->isVisible();
        firstProblem = dialog->findChild<QLabel *>(QStringLiteral("dialogError"))->text();
        dialog->secondEdit()->clear();
        QTest::keyClicks(dialog->secondEdit(), QStringLiteral("river-stone-42"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    panel->findChild<QCheckBox *>(QStringLiteral("encryptBackupsCheck"))->click();
    QVERIFY(stayedOpen);
    QCOMPARE(firstProblem, QStringLiteral("The two passphrases are not the same."));
    QVERIFY(shop.ws->backups()->settings().encrypted);
    QVERIFY(panel->findChild<QCheckBox *>(QStringLiteral("encryptBackupsCheck"))->isChecked());

    click(panel, "backupNowButton");
    QCOMPARE(cellText(panel, 0, BackupListModel::EncryptedColumn), QStringLiteral("Encrypted"));
}

void TstBackupUi::restoreIsConfirmedAndAsksForThePassphrase()
{
    TestShop shop;
    QTemporaryDir folder;
    LanguageManager language;
    SettingsPage page(shop.ws.get(), &language);
    page.show();
    BackupPanel *panel = panelWithFolder(page, folder.path());
    Fixture::require(shop.ws->backups()->setEncryption(QStringLiteral("river-stone-42")),
                     "encryption");
    click(panel, "backupNowButton");
    QCOMPARE(panel->model()->rowCount(), 1);
    panel->view()->selectRow(0);
    QSignalSpy requested(panel, &BackupPanel::restoreRequested);

    // Cancelled: nothing asked of the window.
    const QString where = QDir::toNativeSeparators(folder.path());
    onModal([where](QWidget *modal) {
        auto *dialog = qobject_cast<RestoreDialog *>(modal);
        QVERIFY(dialog);
        QVERIFY(dialog->passphraseEdit());
        // Says where the file in use is saved first.
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("restoreSafetyNote"))
                    ->text()
                    .contains(where));
        dialog->reject();
    });
    click(panel, "restoreBackupButton");
    QCOMPARE(requested.size(), 0);

    // No passphrase, then a wrong one: the dialog says so and stays; then the right one.
    QStringList problems;
    onModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<RestoreDialog *>(modal);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
        problems << dialog->problemLabel()->text();
        QTest::keyClicks(dialog->passphraseEdit(), QStringLiteral("wrong-guess-1"));
        QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
        problems << (dialog->isVisible() ? dialog->problemLabel()->text() : QString());
        dialog->passphraseEdit()->clear();
        QTest::keyClicks(dialog->passphraseEdit(), QStringLiteral("river-stone-42"));
        QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    });
    click(panel, "restoreBackupButton");
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0),
             QStringLiteral("Enter the passphrase this backup was encrypted with."));
    QVERIFY2(!problems.at(1).isEmpty(), "a wrong passphrase is refused in the dialog");
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), shop.ws->backups()->list().constFirst().filePath);
    QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("river-stone-42"));
}

namespace {

// A factory file of its own, copied from a backup of the shop, kept open by a WorkspaceHost
// whose sign-in signs the owner in.
struct HostedFactory
{
    explicit HostedFactory(const QString &backup)
    {
        path = dir.filePath(QStringLiteral("factory.sqlite"));
        QFile::copy(backup, path);
        QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Result<std::unique_ptr<Workspace>> opened =
            Workspace::open(path, Database::IfMissing::Refuse);
        Fixture::require(opened.outcome(), "open the copy");
        host = std::make_unique<WorkspaceHost>(
            path, std::move(opened.value()), &language, [](Workspace *workspace) {
                workspace->access()->signIn({QStringLiteral("u-owner"), QStringLiteral("owner"),
                                             QStringLiteral("owner"), Role::Owner});
                return true;
            });
        host->start();
    }
    int workOrders() const { return host->workspace()->workOrders()->count({}).value(); }

    QTemporaryDir dir;
    QString path;
    LanguageManager language;
    std::unique_ptr<WorkspaceHost> host;
};

} // namespace

void TstBackupUi::refusedRestoreSaysWhyAndChangesNothing()
{
    TestShop shop;
    QTemporaryDir folder;
    const QString copy =
        shop.ws->backups()->backupNow(BackupKind::Manual, folder.path()).value().filePath;
    HostedFactory factory(copy);
    BackupSettings settings = factory.host->workspace()->backups()->settings();
    settings.folder = folder.path();
    Fixture::require(factory.host->workspace()->backups()->setSettings(settings), "settings");
    const int orders = factory.workOrders();

    const QString notABackup =
        QDir(folder.path()).filePath(QStringLiteral("holiday-photos.sqlite"));
    QFile photos(notABackup);
    QVERIFY(photos.open(QIODevice::WriteOnly));
    photos.write(QByteArray(8192, 'x'));
    photos.close();
    QVERIFY(!factory.host->restore(notABackup, QString()));
    QVERIFY(factory.host->window());
    const QString said = factory.host->window()->banner()->text();
    QVERIFY2(said.startsWith(QStringLiteral("The backup was not restored: ")), qPrintable(said));
    QVERIFY2(said.endsWith(QStringLiteral("The factory file is as it was.")), qPrintable(said));
    QCOMPARE(factory.workOrders(), orders);
}

void TstBackupUi::restoreReopensTheFileOnTheBackup()
{
    TestShop shop;
    QTemporaryDir folder;
    BackupService *backups = shop.ws->backups();
    const QString before = backups->backupNow(BackupKind::Manual, folder.path()).value().filePath;
    shop.releasedOrder(shop.flange, 50);
    shop.advance(1h);
    const QString after = backups->backupNow(BackupKind::Manual, folder.path()).value().filePath;
    HostedFactory factory(after);
    QCOMPARE(factory.workOrders(), 2);
    BackupSettings settings = factory.host->workspace()->backups()->settings();
    settings.folder = folder.path();
    Fixture::require(factory.host->workspace()->backups()->setSettings(settings), "settings");
    MainWindow *old = factory.host->window();
    QSignalSpy quit(factory.host.get(), &WorkspaceHost::quitRequested);

    QVERIFY(factory.host->restore(before, QString()));
    QCOMPARE(quit.size(), 0);
    QVERIFY(factory.host->window() && factory.host->window() != old);
    QCOMPARE(factory.workOrders(), 1);
    const QString said = factory.host->window()->banner()->text();
    QVERIFY2(said.startsWith(QStringLiteral("The backup is restored.")), qPrintable(said));
    bool saved = false; // the file as it was, two orders, kept as a Before restore backup
    for (const BackupEntry &entry : factory.host->workspace()->backups()->list(folder.path()))
        saved =
            saved || (entry.kind == BackupKind::BeforeRestore && entry.contents.workOrders == 2);
    QVERIFY(saved);
}

QTEST_MAIN(TstBackupUi)
#include "tst_backupui.moc"
