// The doors into a factory: the owner account of a new database and the sign-in dialog.
#include "demo/demofactory.h"
#include "login/logindialog.h"
#include "login/ownersetupdialog.h"
#include "services/access/accesscontrol.h"
#include "services/access/authservice.h"
#include "services/masterdata/settingsservice.h"
#include "testworkspace.h"
#include "uitesthelpers.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
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

QTEST_MAIN(TstLoginDialogs)
#include "tst_logindialogs.moc"
