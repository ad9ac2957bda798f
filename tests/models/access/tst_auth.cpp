// Accounts and roles: the owner of a new factory, signing in, user management and the
// permission table every service consults.
#include "domain/access/signinlockout.h"
#include "domain/role.h"
#include "services/access/accesscontrol.h"
#include "services/access/authservice.h"
#include "services/access/passwordhasher.h"
#include "storage/database.h"
#include "testshop.h"
#include "testworkspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace Taktline;
using namespace Qt::StringLiterals;

class TstAuth : public QObject
{
    Q_OBJECT
private slots:
    void hasherUsesSaltedArgon2id();
    void weakPasswordsRefused_data();
    void weakPasswordsRefused();
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
    void lockoutGrowsFromOneMinuteAndIsCapped();
    void fiveWrongPasswordsLockByTheWorkspaceClock();
    void lockGrowsWithEachFailureAfterIt();
    void unknownNameIsLockedAndAuditedLikeAKnownOne();
    void onlyTheOwnerUnlocks();
    void everySignInIsAuditedWithTheDevice();
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

// Sign-in facts of the typed name KEY: "action@offset ms from START" per row, oldest first.
QStringList signInRows(Workspace *ws, const QString &key)
{
    QSqlQuery query(ws->database().connection());
    query.prepare(QStringLiteral("SELECT action, at_ms, device_id, coalesce(user_id, '') AS user_id "
                                 "FROM audit_log WHERE entity = 'sign-in' AND entity_id = :key "
                                 "ORDER BY at_ms, id"));
    query.bindValue(QStringLiteral(":key"), key);
    QStringList rows;
    if (!query.exec())
        return {QStringLiteral("error: ") + query.lastError().text()};
    while (query.next()) {
        QString row = query.value(QStringLiteral("action")).toString();
        if (query.value(QStringLiteral("device_id")).toString() != ws->database().deviceId())
            row += QStringLiteral(" (other device)");
        rows << row;
    }
    return rows;
}

void advance(TestWorkspace &ws, qint64 ms)
{
    ws->setClock(Clock::fixedAt(ws->clock().nowMs() + ms));
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
}

void TstAuth::weakPasswordsRefused_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("seven characters") << u"hd-2026"_s << false;
    QTest::newRow("eight characters") << u"hd-20261"_s << true;
    QTest::newRow("one digit repeated") << u"88888888"_s << false;
    QTest::newRow("digits up") << u"12345678"_s << false;
    QTest::newRow("digits down") << u"987654321"_s << false;
    QTest::newRow("letters up, capitals") << u"ABCDEFGH"_s << false;
    QTest::newRow("Chinese and digits") << u"宏达机械厂2026"_s << true;
}

void TstAuth::weakPasswordsRefused()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    const Outcome checked = PasswordHasher::checkStrength(password);
    QCOMPARE(checked.ok(), accepted);
    // A refused password is refused for a new owner and a new user alike, with the reason.
    TestWorkspace ws(TestWorkspace::SignIn::Owner);
    const Outcome created =
        ws->auth()->createUser(u"li"_s, u"李计划"_s, Role::Planner, password);
    QCOMPARE(created.ok(), accepted);
    if (!accepted)
        QCOMPARE(created.error(), checked.error());
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
    QVERIFY2(tooShort.error().contains(QStringLiteral("8")), qPrintable(tooShort.error()));
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
        // A right sign-in between the tries keeps the lockout (five in a row) out of this test.
        QVERIFY(ws->auth()->signIn(QStringLiteral("wang"), OwnerPassword).ok());
        ws->auth()->signOut();
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

void TstAuth::lockoutGrowsFromOneMinuteAndIsCapped()
{
    const qint64 minute = 60 * 1000;
    QCOMPARE(SignInLockout::lockMsAfter(4), 0);
    QCOMPARE(SignInLockout::lockMsAfter(5), minute);
    QCOMPARE(SignInLockout::lockMsAfter(6), 2 * minute);
    QCOMPARE(SignInLockout::lockMsAfter(7), 4 * minute);
    QCOMPARE(SignInLockout::lockMsAfter(11), 60 * minute); // 64 minutes, capped at an hour
    QCOMPARE(SignInLockout::lockMsAfter(40), 60 * minute);

    using A = SignInLockout::Attempt;
    const SignInLockout five({{0, A::Failure}, {1, A::Failure}, {2, A::Failure}, {3, A::Failure},
                              {1000, A::Failure}});
    QCOMPARE(five.lockedUntilMs(), 1000 + minute);
    QVERIFY(five.isLocked(1000 + minute - 1));
    QVERIFY(!five.isLocked(1000 + minute));
    QCOMPARE(five.minutesLeft(1001), 1);
    // A success or an unlock starts the count again.
    const SignInLockout reset({{0, A::Failure}, {1, A::Failure}, {2, A::Failure}, {3, A::Failure},
                               {4, A::Unlock}, {5, A::Failure}});
    QCOMPARE(reset.failuresInARow(), 1);
    QVERIFY(!reset.isLocked(6));
}

void TstAuth::fiveWrongPasswordsLockByTheWorkspaceClock()
{
    TestWorkspace ws(TestWorkspace::SignIn::None, false, Clock::fixedAt(TestShop::at(0, 8)));
    setUpOwner(ws);
    ws->auth()->signOut();
    for (int i = 1; i <= 4; ++i) {
        const Outcome wrong = ws->auth()->signIn(QStringLiteral("wang"), QStringLiteral("guess-1234"));
        QCOMPARE(wrong.error(), QStringLiteral("Wrong user name or password."));
        advance(ws, 1000);
    }
    const Outcome fifth = ws->auth()->signIn(QStringLiteral("Wang"), QStringLiteral("guess-1234"));
    QVERIFY(!fifth.ok());
    QVERIFY2(fifth.error().contains(QStringLiteral("locked")), qPrintable(fifth.error()));
    QVERIFY2(fifth.error().contains(QStringLiteral("in 1 minute")), qPrintable(fifth.error()));

    // The right password does not open a locked account before the minute is over.
    advance(ws, 59 * 1000);
    const Outcome early = ws->auth()->signIn(QStringLiteral("wang"), OwnerPassword);
    QVERIFY2(early.error().contains(QStringLiteral("locked")), qPrintable(early.error()));
    QVERIFY(!ws->access()->isSignedIn());
    QVERIFY(ws->auth()->lockedUntil(QStringLiteral("WANG")).value() > ws->clock().nowMs());

    advance(ws, 1000);
    QCOMPARE(ws->auth()->lockedUntil(QStringLiteral("wang")).value(), 0);
    const Outcome onTime = ws->auth()->signIn(QStringLiteral("wang"), OwnerPassword);
    QVERIFY2(onTime.ok(), qPrintable(onTime.error()));
    QCOMPARE(signInRows(ws.get(), QStringLiteral("wang")),
             QStringList({QStringLiteral("success"), QStringLiteral("failure"),
                          QStringLiteral("failure"), QStringLiteral("failure"),
                          QStringLiteral("failure"), QStringLiteral("failure"),
                          QStringLiteral("refused-locked"), QStringLiteral("success")}));
}

void TstAuth::lockGrowsWithEachFailureAfterIt()
{
    TestWorkspace ws(TestWorkspace::SignIn::None, false, Clock::fixedAt(TestShop::at(0, 8)));
    setUpOwner(ws);
    ws->auth()->signOut();
    for (int i = 0; i < 5; ++i)
        ws->auth()->signIn(QStringLiteral("wang"), QStringLiteral("guess-1234"));
    advance(ws, 60 * 1000);
    const Outcome sixth = ws->auth()->signIn(QStringLiteral("wang"), QStringLiteral("guess-1234"));
    QVERIFY2(sixth.error().contains(QStringLiteral("in 2 minute")), qPrintable(sixth.error()));
    advance(ws, 2 * 60 * 1000 - 1);
    QVERIFY(!ws->auth()->signIn(QStringLiteral("wang"), OwnerPassword).ok());
    advance(ws, 1);
    const Outcome seventh = ws->auth()->signIn(QStringLiteral("wang"), QStringLiteral("guess-1234"));
    QVERIFY2(seventh.error().contains(QStringLiteral("in 4 minute")), qPrintable(seventh.error()));
}

void TstAuth::unknownNameIsLockedAndAuditedLikeAKnownOne()
{
    TestWorkspace ws(TestWorkspace::SignIn::None, false, Clock::fixedAt(TestShop::at(0, 8)));
    setUpOwner(ws);
    ws->auth()->signOut();
    QStringList known, unknown;
    for (int i = 0; i < 6; ++i) {
        known << ws->auth()->signIn(QStringLiteral("wang"), QStringLiteral("guess-1234")).error();
        unknown << ws->auth()->signIn(QStringLiteral("zhao"), QStringLiteral("guess-1234")).error();
    }
    QCOMPARE(unknown, known); // the answers never tell whether the name exists
    QVERIFY2(unknown.constLast().contains(QStringLiteral("locked")), qPrintable(unknown.constLast()));
    const QStringList rows = signInRows(ws.get(), QStringLiteral("zhao"));
    QCOMPARE(rows.count(QStringLiteral("failure")), 5);
    QCOMPARE(rows.count(QStringLiteral("refused-locked")), 1);
    QCOMPARE(rows.size(), 6);
}

void TstAuth::onlyTheOwnerUnlocks()
{
    TestWorkspace ws(TestWorkspace::SignIn::None, false, Clock::fixedAt(TestShop::at(0, 8)));
    setUpOwner(ws);
    QVERIFY(ws->auth()->createUser(QStringLiteral("li"), {}, Role::Planner,
                                   QStringLiteral("plan-1234")).ok());
    ws->auth()->signOut();
    for (int i = 0; i < 5; ++i)
        ws->auth()->signIn(QStringLiteral("li"), QStringLiteral("guess-1234"));
    QVERIFY(ws->auth()->lockedUntil(QStringLiteral("li")).value() > 0);

    // A planner may not unlock (not even the locked account itself, signed in elsewhere).
    ws->access()->signIn({QStringLiteral("p2"), QStringLiteral("zhou"), QStringLiteral("周"),
                          Role::Planner});
    const Outcome refused = ws->auth()->unlock(QStringLiteral("li"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(roleDisplayName(Role::Planner)), qPrintable(refused.error()));
    QVERIFY(ws->auth()->lockedUntil(QStringLiteral("li")).value() > 0);
    ws->auth()->signOut();

    QVERIFY(ws->auth()->signIn(QStringLiteral("wang"), OwnerPassword).ok());
    QSignalSpy changed(ws->auth(), &AuthService::usersChanged);
    const Outcome unlocked = ws->auth()->unlock(QStringLiteral("LI"));
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.error()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(ws->auth()->lockedUntil(QStringLiteral("li")).value(), 0);
    ws->auth()->signOut();
    const Outcome signedIn = ws->auth()->signIn(QStringLiteral("li"), QStringLiteral("plan-1234"));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error()));
    QCOMPARE(signInRows(ws.get(), QStringLiteral("li")).mid(5),
             QStringList({QStringLiteral("unlock"), QStringLiteral("success")}));
}

void TstAuth::everySignInIsAuditedWithTheDevice()
{
    const qint64 start = TestShop::at(0, 8);
    TestWorkspace ws(TestWorkspace::SignIn::None, false, Clock::fixedAt(start));
    setUpOwner(ws); // signs in once
    ws->auth()->signOut();
    advance(ws, 5000);
    QVERIFY(!ws->auth()->signIn(QStringLiteral("wang"), QStringLiteral("guess-1234")).ok());
    advance(ws, 5000);
    QVERIFY(ws->auth()->signIn(QStringLiteral("wang"), OwnerPassword).ok());

    QSqlQuery query(ws->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT action, at_ms, device_id, user_id, detail FROM audit_log "
                                      "WHERE entity = 'sign-in' ORDER BY at_ms, id")));
    const QString ownerId = idOf(ws.get(), QStringLiteral("wang"));
    const QList<std::tuple<QString, qint64, QVariant>> expected = {
        {QStringLiteral("success"), start, ownerId},
        {QStringLiteral("failure"), start + 5000, QVariant()},
        {QStringLiteral("success"), start + 10000, ownerId}};
    for (const auto &[action, at, user] : expected) {
        QVERIFY(query.next());
        QCOMPARE(query.value(QStringLiteral("action")).toString(), action);
        QCOMPARE(query.value(QStringLiteral("at_ms")).toLongLong(), at); // the workspace clock
        QCOMPARE(query.value(QStringLiteral("device_id")).toString(), ws->database().deviceId());
        QCOMPARE(query.value(QStringLiteral("detail")).toString(),
                 QStringLiteral("device ") + ws->database().deviceCode());
        QCOMPARE(query.value(QStringLiteral("user_id")).isNull(), user.isNull());
        if (!user.isNull())
            QCOMPARE(query.value(QStringLiteral("user_id")).toString(), user.toString());
    }
    QVERIFY(!query.next());
}

QTEST_GUILESS_MAIN(TstAuth)
#include "tst_auth.moc"
