// The doors into a factory: the owner account of a new database and the sign-in dialog.
#include "common/languagemanager.h"
#include "demo/demofactory.h"
#include "login/logindialog.h"
#include "login/ownersetupdialog.h"
#include "services/access/accesscontrol.h"
#include "services/access/authservice.h"
#include "services/masterdata/settingsservice.h"
#include "settings/userspanel.h"
#include "common/messagebanner.h"
#include "testshop.h"
#include "testworkspace.h"
#include "uitesthelpers.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>

using namespace Taktline;

class TstLoginDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wrongPasswordIsSaidPlainlyAndClearsThePassword();
    void rightPasswordSignsInWithTheRole();
    void deactivatedAccountIsRefused();
    void ownerSetupRefusesMismatchedPasswords();
    void ownerSetupCreatesOwnerAndNamesTheFactory();
    void lockedAccountSaysHowLongInTheUsersLanguage();
    void ownerUnlocksInTheUsersPanel();

private:
    static QLineEdit *edit(QWidget *dialog, const char *name)
    {
        return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    }
    static void submit(QWidget *dialog, const char *button)
    {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QString::fromLatin1(button)), Qt::LeftButton);
    }
};

void TstLoginDialogs::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TaktlineTests")); // not the user's settings
    QSettings().clear();
}

void TstLoginDialogs::wrongPasswordIsSaidPlainlyAndClearsThePassword()
{
    TestWorkspace ws(TestWorkspace::SignIn::None, true);
    LoginDialog dialog(ws.get());
    dialog.show();
    edit(&dialog, "usernameEdit")->clear(); // the demo offers its owner
    typeText(edit(&dialog, "usernameEdit"), QStringLiteral("planner"));
    typeText(edit(&dialog, "passwordEdit"), QStringLiteral("guess"));
    submit(&dialog, "signInButton");
    QCOMPARE(dialog.errorText(), QStringLiteral("Wrong user name or password."));
    QVERIFY(dialog.isVisible());
    QVERIFY(edit(&dialog, "passwordEdit")->text().isEmpty());
    QCOMPARE(edit(&dialog, "usernameEdit")->text(), QStringLiteral("planner"));
    QVERIFY(!ws->access()->isSignedIn());
}

void TstLoginDialogs::rightPasswordSignsInWithTheRole()
{
    TestWorkspace ws(TestWorkspace::SignIn::None, true);
    LoginDialog dialog(ws.get());
    dialog.show();
    edit(&dialog, "usernameEdit")->clear();
    typeText(edit(&dialog, "usernameEdit"), QStringLiteral("Supervisor"));
    typeText(edit(&dialog, "passwordEdit"), DemoFactory::password());
    submit(&dialog, "signInButton");
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(ws->access()->isSignedIn());
    QCOMPARE(ws->access()->session()->role, Role::Supervisor);
    QVERIFY(!ws->access()->allows(Permission::EditMasterData));
}

void TstLoginDialogs::deactivatedAccountIsRefused()
{
    TestWorkspace ws(TestWorkspace::SignIn::None, true);
    QVERIFY(ws->auth()->signIn(QStringLiteral("owner"), DemoFactory::password()));
    const auto users = ws->auth()->users().value();
    const auto op = std::find_if(users.cbegin(), users.cend(),
                                 [](const UserAccount &u) { return u.username == QLatin1String("operator"); });
    QVERIFY(ws->auth()->setUserActive(op->id, false));
    ws->auth()->signOut();

    LoginDialog dialog(ws.get());
    dialog.show();
    edit(&dialog, "usernameEdit")->clear();
    typeText(edit(&dialog, "usernameEdit"), QStringLiteral("operator"));
    typeText(edit(&dialog, "passwordEdit"), DemoFactory::password());
    submit(&dialog, "signInButton");
    QVERIFY2(dialog.errorText().contains(QStringLiteral("deactivated")), qPrintable(dialog.errorText()));
    QVERIFY(!ws->access()->isSignedIn());
}

void TstLoginDialogs::ownerSetupRefusesMismatchedPasswords()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    QVERIFY(ws->auth()->needsOwnerSetup());
    OwnerSetupDialog dialog(ws.get());
    dialog.show();
    typeText(edit(&dialog, "passwordEdit"), QStringLiteral("secret-1"));
    typeText(edit(&dialog, "confirmationEdit"), QStringLiteral("secret-2"));
    submit(&dialog, "createOwnerButton");
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(dialog.isVisible());
    QVERIFY(ws->auth()->needsOwnerSetup());
}

void TstLoginDialogs::ownerSetupCreatesOwnerAndNamesTheFactory()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    OwnerSetupDialog dialog(ws.get());
    dialog.show();
    typeText(edit(&dialog, "factoryNameEdit"), QStringLiteral("宏达机械厂"));
    typeText(edit(&dialog, "displayNameEdit"), QStringLiteral("刘厂长"));
    typeText(edit(&dialog, "passwordEdit"), QStringLiteral("hongda2026"));
    typeText(edit(&dialog, "confirmationEdit"), QStringLiteral("hongda2026"));
    submit(&dialog, "createOwnerButton");
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(ws->settings()->factoryName(), QStringLiteral("宏达机械厂"));
    QCOMPARE(ws->access()->session()->role, Role::Owner);
    ws->auth()->signOut();
    QVERIFY(ws->auth()->signIn(QStringLiteral("owner"), QStringLiteral("hongda2026")));
    QVERIFY(!ws->auth()->needsOwnerSetup());
}

void TstLoginDialogs::lockedAccountSaysHowLongInTheUsersLanguage()
{
    LanguageManager language;
    QVERIFY(language.apply(QStringLiteral("zh_CN")));
    TestWorkspace ws(TestWorkspace::SignIn::None, false, Clock::fixedAt(TestShop::at(0, 8)));
    QVERIFY(ws->auth()->createOwner(QStringLiteral("wang"), {}, QStringLiteral("hongda2026"),
                                    QStringLiteral("hongda2026")));
    ws->auth()->signOut();

    LoginDialog dialog(ws.get());
    dialog.show();
    edit(&dialog, "usernameEdit")->clear();
    typeText(edit(&dialog, "usernameEdit"), QStringLiteral("wang"));
    for (int i = 0; i < 5; ++i) {
        typeText(edit(&dialog, "passwordEdit"), QStringLiteral("guess-1234"));
        submit(&dialog, "signInButton");
    }
    const QString locked = dialog.errorText();
    QVERIFY2(locked.contains(QStringLiteral("锁定")), qPrintable(locked));
    QVERIFY2(locked.contains(QStringLiteral("1 分钟")), qPrintable(locked));

    // Half a minute later the right password still waits; the dialog says so and stays open.
    ws->setClock(Clock::fixedAt(TestShop::at(0, 8, 0, 30)));
    typeText(edit(&dialog, "passwordEdit"), QStringLiteral("hongda2026"));
    submit(&dialog, "signInButton");
    QVERIFY2(dialog.errorText().contains(QStringLiteral("锁定")), qPrintable(dialog.errorText()));
    QVERIFY(dialog.isVisible());
    QVERIFY(!ws->access()->isSignedIn());
    QVERIFY(language.apply(QStringLiteral("en")));
}

void TstLoginDialogs::ownerUnlocksInTheUsersPanel()
{
    TestWorkspace ws(TestWorkspace::SignIn::None, false, Clock::fixedAt(TestShop::at(0, 8)));
    QVERIFY(ws->auth()->createOwner(QStringLiteral("wang"), {}, QStringLiteral("hongda2026"),
                                    QStringLiteral("hongda2026")));
    QVERIFY(ws->auth()->createUser(QStringLiteral("li"), {}, Role::Planner,
                                   QStringLiteral("plan-1234")));
    for (int i = 0; i < 5; ++i)
        ws->auth()->signIn(QStringLiteral("li"), QStringLiteral("guess-1234"));
    QVERIFY(ws->access()->isSignedIn()); // the owner is still at the desk

    MessageBanner banner;
    UsersPanel panel(ws.get(), &banner);
    panel.show();
    auto *table = panel.findChild<QTableWidget *>(QStringLiteral("usersTable"));
    QVERIFY(table);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == QLatin1String("li"))
            row = r;
    }
    QVERIFY(row >= 0);
    QVERIFY2(table->item(row, 3)->text().startsWith(QStringLiteral("Locked until")),
             qPrintable(table->item(row, 3)->text()));
    table->selectRow(row);
    submit(&panel, "unlockUserButton");
    QCOMPARE(table->item(row, 3)->text(), QStringLiteral("Active"));
    QCOMPARE(ws->auth()->lockedUntil(QStringLiteral("li")).value(), 0);
}

QTEST_MAIN(TstLoginDialogs)
#include "tst_logindialogs.moc"
