// A new factory's first start leads somewhere: the language first, a named factory with its
// time zone and working week, a checklist that ticks itself as the data arrives, lists that
// say what to add, and a demo that opens at the sign-in dialog like a real factory.
#include "common/lists/emptystate.h"
#include "common/languagemanager.h"
#include "demo/demofactory.h"
#include "domain/planning/workcalendar.h"
#include "login/languagechoicedialog.h"
#include "login/logindialog.h"
#include "login/ownersetupdialog.h"
#include "login/signinflow.h"
#include "masterdata/masterdatalistwidget.h"
#include "masterdata/masterdatapage.h"
#include "services/access/accesscontrol.h"
#include "services/access/authservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/masterdata/settingsservice.h"
#include "services/planning/scheduleservice.h"
#include "shell/mainwindow.h"
#include "shell/setupchecklistpage.h"
#include "testworkspace.h"
#include "uitesthelpers.h"
#include "workorders/workorderspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTimeZone>

using namespace Taktline;

class TstFirstRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void languageIsChosenFirstAndTheSetupSpeaksIt();
    void setupRefusesAFactoryWithoutName();
    void setupSavesNameTimeZoneAndWorkingWeek();
    void checklistTicksWhenAMachineIsAdded();
    void checklistLinksOpenTheirPage();
    void printedBadgesTickTheirStep();
    void emptyListsSayWhatToDoNext();
    void demoOpensAtTheSignInDialogWithOwnerFilledIn();

private:
    static QLineEdit *edit(QWidget *dialog, const char *name)
    {
        return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    }
    // Fills the owner account of the set-up dialog with a good password.
    static void fillOwner(QWidget *dialog)
    {
        typeText(edit(dialog, "displayNameEdit"), QStringLiteral("刘厂长"));
        typeText(edit(dialog, "passwordEdit"), QStringLiteral("hongda2026"));
        typeText(edit(dialog, "confirmationEdit"), QStringLiteral("hongda2026"));
    }
    static void setUp(TestWorkspace &ws);
    static MasterRecord machine();

    LanguageManager m_language;
};

void TstFirstRun::initTestCase()
{
    QCoreApplication::setOrganizationName(
        QStringLiteral("TaktlineTests")); // not the user's settings
    QSettings().clear();
    m_language.apply(QStringLiteral("en"));
}

void TstFirstRun::cleanup()
{
    m_language.apply(QStringLiteral("en"));
    QSettings().clear();
}

void TstFirstRun::setUp(TestWorkspace &ws)
{
    OwnerSetupDialog dialog(ws.get());
    typeText(edit(&dialog, "factoryNameEdit"), QStringLiteral("宏达机械厂"));
    fillOwner(&dialog);
    dialog.accept();
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
}

MasterRecord TstFirstRun::machine()
{
    MasterRecord record;
    record.values = {{QStringLiteral("code"), QStringLiteral("CNC-01")},
                     {QStringLiteral("name"), QStringLiteral("数控车床")},
                     {QStringLiteral("workshop"), QStringLiteral("机加工车间")}};
    return record;
}

void TstFirstRun::languageIsChosenFirstAndTheSetupSpeaksIt()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    // The first dialog of a new file is the language; the set-up follows in the chosen one.
    bool sawChoice = false;
    QTimer::singleShot(0, qApp, [&] {
        auto *choice = qobject_cast<LanguageChoiceDialog *>(QApplication::activeModalWidget());
        sawChoice = choice != nullptr;
        if (!choice) { // another dialog came first: close it, the test fails below
            if (auto *other = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                other->reject();
            return;
        }
        QTest::mouseClick(choice->findChild<QPushButton *>(QStringLiteral("language_zh_CN")),
                          Qt::LeftButton);
        QTimer::singleShot(0, qApp, [] {
            QWidget *setup = QApplication::activeModalWidget();
            QVERIFY(setup);
            QCOMPARE(setup->objectName(), QStringLiteral("ownerSetupDialog"));
            QCOMPARE(setup->windowTitle(), QStringLiteral("设置您的工厂"));
            qobject_cast<QDialog *>(setup)->reject();
        });
    });
    QVERIFY(!SignInFlow::run(ws.get(), &m_language));
    QVERIFY(sawChoice);
    QCOMPARE(m_language.current(), QStringLiteral("zh_CN"));
    QCOMPARE(LanguageManager::storedLanguage(), QStringLiteral("zh_CN"));
    QVERIFY(ws->auth()->needsOwnerSetup());
}

void TstFirstRun::setupRefusesAFactoryWithoutName()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    OwnerSetupDialog dialog(ws.get());
    dialog.show();
    fillOwner(&dialog);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("createOwnerButton")),
                      Qt::LeftButton);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("factory's name")),
             qPrintable(dialog.errorText()));
    QVERIFY(dialog.isVisible());
    QVERIFY(ws->auth()->needsOwnerSetup()); // no owner without a factory
    QVERIFY(!ws->access()->isSignedIn());
    QVERIFY(ws->settings()->factoryName().isEmpty());
}

void TstFirstRun::setupSavesNameTimeZoneAndWorkingWeek()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    OwnerSetupDialog dialog(ws.get());
    dialog.show();
    typeText(edit(&dialog, "factoryNameEdit"), QStringLiteral("宏达机械厂"));
    auto *zone = dialog.findChild<QComboBox *>(QStringLiteral("timeZoneCombo"));
    // The computer's zone is offered first (one Qt can read back: "Etc/UTC" is offered as UTC).
    QVERIFY(QTimeZone::isTimeZoneIdAvailable(zone->currentData().toByteArray()));
    QCOMPARE(
        QTimeZone(zone->currentData().toByteArray()).offsetFromUtc(QDateTime::currentDateTimeUtc()),
        QTimeZone::systemTimeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()));
    zone->setCurrentIndex(zone->findData(QByteArray("Asia/Shanghai")));
    auto *saturday =
        dialog.findChild<QCheckBox *>(QStringLiteral("workingDay_%1").arg(Qt::Saturday));
    auto *sunday = dialog.findChild<QCheckBox *>(QStringLiteral("workingDay_%1").arg(Qt::Sunday));
    QVERIFY(saturday->isChecked()); // the default week is Monday to Saturday
    QVERIFY(!sunday->isChecked());
    saturday->click();
    fillOwner(&dialog);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("createOwnerButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(ws->settings()->factoryName(), QStringLiteral("宏达机械厂"));
    QCOMPARE(ws->access()->session()->role, Role::Owner);
    ws.reopen(); // saved, not only remembered
    const WorkCalendar calendar = ws->schedule()->calendar();
    QCOMPARE(calendar.timeZone().id(), QByteArray("Asia/Shanghai"));
    QCOMPARE(calendar.weeklyDaysOff(), (QList<Qt::DayOfWeek>{Qt::Saturday, Qt::Sunday}));
    QVERIFY(ws->auth()->signIn(QStringLiteral("owner"), QStringLiteral("hongda2026")));
}

void TstFirstRun::checklistTicksWhenAMachineIsAdded()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    setUp(ws);
    QVERIFY(ws->access()->isSignedIn());
    MainWindow window(ws.get(), &m_language);
    window.show();
    QCOMPARE(window.currentPage(), Page::Dashboard);
    auto *checklist = qobject_cast<SetupChecklistPage *>(window.pageWidget(Page::Dashboard));
    QVERIFY2(checklist, "the dashboard of a new factory is its checklist");
    for (SetupStep step : SetupChecklist::allSteps())
        QVERIFY(!checklist->isDone(step));
    auto *tick = checklist->findChild<QLabel *>(QStringLiteral("tick_machines"));
    QCOMPARE(tick->property("done").toBool(), false);

    QVERIFY(ws->masterData()->create(MasterDataKind::Machine, machine()));
    QVERIFY(checklist->isDone(SetupStep::Machines));
    QCOMPARE(tick->property("done").toBool(), true);
    QVERIFY(!checklist->isDone(SetupStep::Products));
    QVERIFY(!checklist->isDone(SetupStep::FirstWorkOrder));
}

void TstFirstRun::checklistLinksOpenTheirPage()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    setUp(ws);
    QVERIFY(ws->access()->isSignedIn());
    MainWindow window(ws.get(), &m_language);
    window.show();
    auto *checklist = qobject_cast<SetupChecklistPage *>(window.pageWidget(Page::Dashboard));
    QVERIFY(checklist);
    QTest::mouseClick(checklist->findChild<QPushButton *>(QStringLiteral("step_employees")),
                      Qt::LeftButton);
    QCOMPARE(window.currentPage(), Page::MasterData);
    auto *masterData = qobject_cast<MasterDataPage *>(window.pageWidget(Page::MasterData));
    QVERIFY(masterData->list(MasterDataKind::Employee)->isVisible());

    window.setCurrentPage(Page::Dashboard);
    QTest::mouseClick(checklist->findChild<QPushButton *>(QStringLiteral("step_firstWorkOrder")),
                      Qt::LeftButton);
    QCOMPARE(window.currentPage(), Page::WorkOrders);

    window.setCurrentPage(Page::Dashboard);
    QTest::mouseClick(checklist->findChild<QPushButton *>(QStringLiteral("step_backups")),
                      Qt::LeftButton);
    QCOMPARE(window.currentPage(), Page::Settings);
    auto *backup = window.pageWidget(Page::Settings)->findChild<QWidget *>(
        QStringLiteral("backupPanel"));
    QVERIFY2(backup && backup->isVisible(), "the backup step opens Settings ▸ Backup");
}

void TstFirstRun::printedBadgesTickTheirStep()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    setUp(ws);
    MainWindow window(ws.get(), &m_language);
    window.show();
    auto *checklist = qobject_cast<SetupChecklistPage *>(window.pageWidget(Page::Dashboard));
    QVERIFY(checklist);
    QVERIFY(!checklist->isDone(SetupStep::Badges));
    // The Employees list prints them; its step opens that list.
    QTest::mouseClick(checklist->findChild<QPushButton *>(QStringLiteral("step_badges")),
                      Qt::LeftButton);
    auto *masterData = qobject_cast<MasterDataPage *>(window.pageWidget(Page::MasterData));
    MasterDataListWidget *employees = masterData->list(MasterDataKind::Employee);
    QVERIFY(employees->isVisible());
    QVERIFY(employees->findChild<QPushButton *>(QStringLiteral("printBadgesButton")));

    MasterRecord employee;
    employee.values = {{QStringLiteral("badge"), QStringLiteral("E001")},
                       {QStringLiteral("name"), QStringLiteral("唐明")}};
    const Result<QString> id = ws->masterData()->create(MasterDataKind::Employee, employee);
    QVERIFY2(id, qPrintable(id.error()));
    QVERIFY(!checklist->isDone(SetupStep::Badges)); // an employee is not yet a printed badge
    QVERIFY(ws->masterData()->recordBadgesPrinted({id.value()}));
    QVERIFY(checklist->isDone(SetupStep::Badges));
    QCOMPARE(ws->masterData()->anyBadgePrinted().value(), true); // a fact of the file
}

void TstFirstRun::emptyListsSayWhatToDoNext()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    setUp(ws);
    QVERIFY(ws->access()->isSignedIn());
    MainWindow window(ws.get(), &m_language);
    window.show();
    window.showPageTab(Page::MasterData, QStringLiteral("machines"));
    auto *masterData = qobject_cast<MasterDataPage *>(window.pageWidget(Page::MasterData));
    auto *machines = masterData->list(MasterDataKind::Machine)
                         ->findChild<QTableView *>(QStringLiteral("recordTable"));
    EmptyState *empty = EmptyState::of(machines);
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("Add…")), qPrintable(empty->text()));
    QVERIFY(machines->viewport()->rect().contains(empty->geometry()));
    QVERIFY(ws->masterData()->create(MasterDataKind::Machine, machine()));
    QVERIFY(!empty->isVisible()); // a list with rows shows its rows

    window.showPageTab(Page::WorkOrders, QStringLiteral("list"));
    auto *workOrders = qobject_cast<WorkOrdersPage *>(window.pageWidget(Page::WorkOrders));
    auto *list = workOrders->findChild<QTableView *>(QStringLiteral("workOrderTable"));
    QVERIFY(EmptyState::of(list) && EmptyState::of(list)->isVisible());
    QVERIFY2(EmptyState::of(list)->text().contains(QStringLiteral("New work order")),
             qPrintable(EmptyState::of(list)->text()));

    // The material lots say how the first one comes in.
    window.showPageTab(Page::Traceability, QStringLiteral("lots"));
    auto *lots =
        window.pageWidget(Page::Traceability)->findChild<QTableView *>(QStringLiteral("lotsView"));
    QVERIFY(lots && EmptyState::of(lots) && EmptyState::of(lots)->isVisible());
    QVERIFY2(EmptyState::of(lots)->text().contains(QStringLiteral("Receive material")),
             qPrintable(EmptyState::of(lots)->text()));
}

void TstFirstRun::demoOpensAtTheSignInDialogWithOwnerFilledIn()
{
    TestWorkspace ws(TestWorkspace::SignIn::None, true);
    QVERIFY(ws->settings()->isDemo());
    bool sawSignIn = false;
    QTimer::singleShot(0, qApp, [&] {
        auto *login = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        sawSignIn = login != nullptr;
        if (!login) {
            if (auto *other = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                other->reject();
            return;
        }
        QCOMPARE(edit(login, "usernameEdit")->text(), QStringLiteral("owner"));
        QCOMPARE(login->focusWidget(), edit(login, "passwordEdit"));
        auto *hint = login->findChild<QLabel *>(QStringLiteral("demoPasswordHint"));
        QVERIFY(hint && hint->text().contains(DemoFactory::password()));
        typeText(edit(login, "passwordEdit"), DemoFactory::password());
        QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
    });
    QVERIFY(!ws->access()->isSignedIn());
    QVERIFY(SignInFlow::run(ws.get(), &m_language));
    QVERIFY2(sawSignIn, "the demo factory signs in through the dialog");
    QCOMPARE(ws->access()->session()->role, Role::Owner);
}

QTEST_MAIN(TstFirstRun)
#include "tst_firstrun.moc"
