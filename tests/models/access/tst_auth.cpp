// Accounts and roles: the owner of a new factory, signing in, user management and the
// permission table every service consults.
#include "domain/role.h"
#include "services/access/accesscontrol.h"
#include "services/access/authservice.h"
#include "services/access/passwordhasher.h"
#include "storage/database.h"
#include "testworkspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

class TstAuth : public QObject
{
    Q_OBJECT
private slots:
    void hasherUsesSaltedArgon2id();
    void ownerSetupRefusesBadInput();
    void ownerSetupSignsInOnce();
    void wrongPasswordAndUnknownUserLookAlike();
    void everyCharacterOfThePasswordCounts();
    void deactivatedUserRefused();
    void userNamesAreCaseInsensitive();
    void roleTable();
    void requireNamesTheRole();
    void plannerCannotCreateUsers();
    void ownerCannotDeactivateThemself();
};

namespace {

const QString OwnerPassword = QStringLiteral("Gongchang-2024");

int userRows(Workspace *ws)
{
    QSqlQuery query(ws->database().connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM users")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

// A new factory whose owner "wang" has just been created and is signed in.
void setUpOwner(TestWorkspace &ws)
{
    const Outcome created = ws->auth()->createOwner(QStringLiteral("wang"), QStringLiteral("王总"),
                                                    OwnerPassword, OwnerPassword);
    QVERIFY2(created.ok(), qPrintable(created.error()));
}

QString idOf(Workspace *ws, const QString &username)
{
    QSqlQuery query(ws->database().connection());
    query.prepare(QStringLiteral("SELECT id FROM users WHERE username = :name"));
    query.bindValue(QStringLiteral(":name"), username);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool isActive(Workspace *ws, const QString &userId)
{
    QSqlQuery query(ws->database().connection());
    query.prepare(QStringLiteral("SELECT active FROM users WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), userId);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

const QList<Permission> &allPermissions()
{
    static const QList<Permission> all = {
        Permission::ViewDashboard,    Permission::ViewWorkOrders, Permission::EditWorkOrders,
        Permission::ViewMachines,     Permission::UseStation,     Permission::CorrectReports,
        Permission::ViewTraceability, Permission::ManageMaterial, Permission::ViewReports,    Permission::ViewMasterData,
        Permission::EditMasterData,   Permission::EditSettings,   Permission::ManageUsers};
    return all;
}

} // namespace

void TstAuth::hasherUsesSaltedArgon2id()
{
    const Result<QString> first = PasswordHasher::hash(QStringLiteral("机加工-secret"));
    const Result<QString> second = PasswordHasher::hash(QStringLiteral("机加工-secret"));
    QVERIFY(first.ok() && second.ok());
    QVERIFY2(first.value().startsWith(QStringLiteral("$argon2id$")), qPrintable(first.value()));
    QVERIFY(!first.value().contains(QStringLiteral("secret")));
    QVERIFY(first.value() != second.value()); // salted
    QVERIFY(PasswordHasher::verify(first.value(), QStringLiteral("机加工-secret")));
    QVERIFY(PasswordHasher::verify(second.value(), QStringLiteral("机加工-secret")));
    QVERIFY(!PasswordHasher::verify(first.value(), QStringLiteral("机加工-Secret")));
    QVERIFY(!PasswordHasher::verify(first.value(), QString()));
    QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("机加工-secret")));
    QVERIFY(!PasswordHasher::checkStrength(QStringLiteral("abc")).ok());
    QVERIFY(PasswordHasher::checkStrength(QStringLiteral("abcd")).ok());
}

void TstAuth::ownerSetupRefusesBadInput()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    AuthService *auth = ws->auth();
    QVERIFY(auth->needsOwnerSetup());

    const Outcome mismatch = auth->createOwner(QStringLiteral("wang"), {}, OwnerPassword,
                                               OwnerPassword + QLatin1Char('x'));
    QVERIFY(!mismatch.ok());
    QVERIFY2(mismatch.error().contains(QStringLiteral("not the same")),
             qPrintable(mismatch.error()));
    const Outcome tooShort =
        auth->createOwner(QStringLiteral("wang"), {}, QStringLiteral("abc"), QStringLiteral("abc"));
    QVERIFY(!tooShort.ok());
    QVERIFY2(tooShort.error().contains(QStringLiteral("4")), qPrintable(tooShort.error()));
    const Outcome noName =
        auth->createOwner(QStringLiteral("   "), {}, OwnerPassword, OwnerPassword);
    QVERIFY(!noName.ok());
    QVERIFY2(noName.error().contains(QStringLiteral("user name")), qPrintable(noName.error()));

    QVERIFY(auth->needsOwnerSetup());
    QVERIFY(!ws->access()->isSignedIn());
    QCOMPARE(userRows(ws.get()), 0);
}

void TstAuth::ownerSetupSignsInOnce()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    setUpOwner(ws);
    QVERIFY(ws->access()->isSignedIn());
    QCOMPARE(ws->access()->session()->role, Role::Owner);
    QCOMPARE(ws->access()->session()->username, QStringLiteral("wang"));
    QCOMPARE(ws->access()->session()->displayName, QStringLiteral("王总"));
    QVERIFY(!ws->auth()->needsOwnerSetup());

    const Outcome second =
        ws->auth()->createOwner(QStringLiteral("li"), {}, OwnerPassword, OwnerPassword);
    QVERIFY(!second.ok());
    QVERIFY(!second.error().isEmpty());
    QCOMPARE(userRows(ws.get()), 1);

    ws.reopen(); // the owner is stored, with a hash and not the password
    QVERIFY(!ws->auth()->needsOwnerSetup());
    QSqlQuery query(ws->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT role, password_hash FROM users")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("owner"));
    QVERIFY(query.value(1).toString().startsWith(QStringLiteral("$argon2id$")));
}

void TstAuth::wrongPasswordAndUnknownUserLookAlike()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    setUpOwner(ws);
    ws->auth()->signOut();
    QVERIFY(!ws->access()->isSignedIn());

    const Outcome wrongPassword =
        ws->auth()->signIn(QStringLiteral("wang"), QStringLiteral("guess-1234"));
    const Outcome unknownUser = ws->auth()->signIn(QStringLiteral("zhao"), OwnerPassword);
    QVERIFY(!wrongPassword.ok());
    QVERIFY(!unknownUser.ok());
    QCOMPARE(wrongPassword.error(), unknownUser.error());
    QCOMPARE(wrongPassword.error(), QStringLiteral("Wrong user name or password."));
    QVERIFY(!ws->access()->isSignedIn());

    const Outcome right = ws->auth()->signIn(QStringLiteral(" WANG "), OwnerPassword);
    QVERIFY2(right.ok(), qPrintable(right.error()));
    QCOMPARE(ws->access()->session()->username, QStringLiteral("wang"));
}

void TstAuth::everyCharacterOfThePasswordCounts()
{
    // OwnerPassword is "Gongchang-2024": the same first 8 (and 13) characters, then different,
    // or one character more or fewer, is a wrong password — no prefix of it is stored or checked.
    TestWorkspace ws(TestWorkspace::SignIn::None);
    setUpOwner(ws);
    ws->auth()->signOut();
    for (const QString &nearly : {QStringLiteral("Gongchang-2025"), QStringLiteral("Gongchan"),
                                  QStringLiteral("Gongchang"), QStringLiteral("Gongchang-202"),
                                  QStringLiteral("Gongchang-20245"), QStringLiteral("gongchang-2024")}) {
        QVERIFY2(!ws->auth()->signIn(QStringLiteral("wang"), nearly).ok(), qPrintable(nearly));
        QVERIFY(!ws->access()->isSignedIn());
    }
    QVERIFY(!PasswordHasher::verify(PasswordHasher::hash(OwnerPassword).value(), QStringLiteral("Gongchang-2025")));
    QVERIFY(ws->auth()->signIn(QStringLiteral("wang"), OwnerPassword).ok());
}

void TstAuth::deactivatedUserRefused()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    setUpOwner(ws);
    QVERIFY(ws->auth()
                ->createUser(QStringLiteral("li"), QStringLiteral("李计划"), Role::Planner,
                             QStringLiteral("plan-1234"))
                .ok());
    QVERIFY(ws->auth()->setUserActive(idOf(ws.get(), QStringLiteral("li")), false).ok());
    ws->auth()->signOut();

    const Outcome refused = ws->auth()->signIn(QStringLiteral("li"), QStringLiteral("plan-1234"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("li")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("deactivated")), qPrintable(refused.error()));
    QVERIFY(!ws->access()->isSignedIn());
    QVERIFY(!ws->auth()->signInWithoutPassword(QStringLiteral("li")).ok());
    QVERIFY(!ws->access()->isSignedIn());
}

void TstAuth::userNamesAreCaseInsensitive()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    setUpOwner(ws);
    QVERIFY(
        ws->auth()
            ->createUser(QStringLiteral("Planner"), {}, Role::Planner, QStringLiteral("plan-1234"))
            .ok());
    const Outcome duplicate = ws->auth()->createUser(QStringLiteral("planner"), {}, Role::Operator,
                                                     QStringLiteral("other-1234"));
    QVERIFY(!duplicate.ok());
    QVERIFY2(duplicate.error().contains(QStringLiteral("planner")), qPrintable(duplicate.error()));
    QCOMPARE(userRows(ws.get()), 2);
    const Result<QList<UserAccount>> users = ws->auth()->users();
    QVERIFY(users.ok());
    QCOMPARE(users.value().size(), 2);
}

void TstAuth::roleTable()
{
    for (Permission p : allPermissions()) {
        const QByteArray name = permissionDisplayName(p).toUtf8();
        QVERIFY2(roleAllows(Role::Owner, p), name);
        QVERIFY2(roleAllows(Role::Operator, p) == (p == Permission::UseStation), name);
    }
    QVERIFY(!roleAllows(Role::Supervisor, Permission::EditMasterData));
    QVERIFY(!roleAllows(Role::Supervisor, Permission::ManageUsers));
    QVERIFY(roleAllows(Role::Supervisor, Permission::CorrectReports));
    QVERIFY(roleAllows(Role::Supervisor, Permission::ViewMasterData));
    QVERIFY(roleAllows(Role::Supervisor, Permission::ManageMaterial));
    QVERIFY(!roleAllows(Role::Planner, Permission::ManageUsers));
    QVERIFY(roleAllows(Role::Planner, Permission::EditMasterData));
    QVERIFY(roleAllows(Role::Planner, Permission::EditWorkOrders));

    for (Role role : {Role::Owner, Role::Planner, Role::Supervisor, Role::Operator})
        QCOMPARE(roleFromKey(roleKey(role)), std::optional<Role>(role));
    QVERIFY(!roleFromKey(QStringLiteral("admin")).has_value());
}

void TstAuth::requireNamesTheRole()
{
    AccessControl access;
    const Outcome signedOut = access.require(Permission::ViewDashboard);
    QVERIFY(!signedOut.ok());
    QVERIFY2(signedOut.error().contains(QStringLiteral("sign in")), qPrintable(signedOut.error()));

    access.signIn({QStringLiteral("u1"), QStringLiteral("zhang"), QStringLiteral("张班长"),
                   Role::Supervisor});
    QVERIFY(access.require(Permission::CorrectReports).ok());
    const Outcome refused = access.require(Permission::EditMasterData);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(roleDisplayName(Role::Supervisor)),
             qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(permissionDisplayName(Permission::EditMasterData)),
             qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("张班长")), qPrintable(refused.error()));
}

void TstAuth::plannerCannotCreateUsers()
{
    TestWorkspace ws(TestWorkspace::SignIn::Planner);
    const Outcome created = ws->auth()->createUser(QStringLiteral("chen"), {}, Role::Operator,
                                                   QStringLiteral("op-12345"));
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(roleDisplayName(Role::Planner)), qPrintable(created.error()));
    QCOMPARE(userRows(ws.get()), 0);
    QVERIFY(!ws->auth()->users().ok());
}

void TstAuth::ownerCannotDeactivateThemself()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    setUpOwner(ws);
    const QString ownId = ws->access()->userId();
    QCOMPARE(ownId, idOf(ws.get(), QStringLiteral("wang")));
    const Outcome refused = ws->auth()->setUserActive(ownId, false);
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().isEmpty());
    QVERIFY(isActive(ws.get(), ownId));
}

QTEST_GUILESS_MAIN(TstAuth)
#include "tst_auth.moc"
