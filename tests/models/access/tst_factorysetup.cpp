// The first start of a factory file as one use case: the owner, the factory's name and its
// working calendar are saved together or not at all, and a refusal leaves nobody signed in.
#include "domain/planning/workcalendar.h"
#include "services/access/accesscontrol.h"
#include "services/access/authservice.h"
#include "services/access/factorysetup.h"
#include "services/backup/backupservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/masterdata/settingsservice.h"
#include "services/masterdata/setupchecklist.h"
#include "services/planning/scheduleservice.h"
#include "storage/database.h"
#include "testworkspace.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Taktline;

class TstFactorySetup : public QObject
{
    Q_OBJECT
private slots:
    void savesOwnerNameAndCalendarTogether();
    void refusalSavesNothing_data();
    void refusalSavesNothing();
    void checklistFollowsTheData();

private:
    static FactorySetupInput goodInput()
    {
        FactorySetupInput input;
        input.factoryName = QStringLiteral("宏达机械厂");
        input.timeZoneId = QByteArrayLiteral("Asia/Shanghai");
        input.weeklyDaysOff = {Qt::Saturday, Qt::Sunday};
        input.username = QStringLiteral("owner");
        input.displayName = QStringLiteral("刘厂长");
        input.password = input.confirmation = QStringLiteral("hongda2026");
        return input;
    }
    static int rows(Workspace &ws, const char *sql)
    {
        QSqlQuery query(ws.database().connection());
        query.exec(QString::fromLatin1(sql));
        query.next();
        return query.value(0).toInt();
    }
};

void TstFactorySetup::savesOwnerNameAndCalendarTogether()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    QVERIFY(FactorySetup::run(ws.get(), goodInput()));
    QCOMPARE(ws->access()->session()->role, Role::Owner);
    ws.reopen();
    QCOMPARE(ws->settings()->factoryName(), QStringLiteral("宏达机械厂"));
    const WorkCalendar calendar = ws->schedule()->calendar();
    QCOMPARE(calendar.timeZone().id(), QByteArray("Asia/Shanghai"));
    QCOMPARE(calendar.weeklyDaysOff(), (QList<Qt::DayOfWeek>{Qt::Saturday, Qt::Sunday}));
    QCOMPARE(calendar.shifts(), WorkCalendar::defaultShifts());
    QVERIFY(ws->auth()->signIn(QStringLiteral("owner"), QStringLiteral("hongda2026")));
    // Set up once: a second run is refused.
    QVERIFY(!FactorySetup::run(ws.get(), goodInput()));
}

void TstFactorySetup::refusalSavesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    QTest::newRow("no factory name") << QStringLiteral("name") << QStringLiteral("factory's name");
    QTest::newRow("a zone Qt cannot read back")
        << QStringLiteral("zone") << QStringLiteral("time zone");
    QTest::newRow("no working day") << QStringLiteral("week") << QString();
    QTest::newRow("passwords differ") << QStringLiteral("password") << QStringLiteral("passwords");
    QTest::newRow("name too long") << QStringLiteral("longName") << QStringLiteral("80");
}

void TstFactorySetup::refusalSavesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, says);
    TestWorkspace ws(TestWorkspace::SignIn::None);
    FactorySetupInput input = goodInput();
    if (field == QLatin1String("name"))
        input.factoryName = QStringLiteral("   ");
    else if (field == QLatin1String("zone"))
        input.timeZoneId = QByteArrayLiteral("Mars/Olympus_Mons");
    else if (field == QLatin1String("week"))
        input.weeklyDaysOff = {Qt::Monday, Qt::Tuesday,  Qt::Wednesday, Qt::Thursday,
                               Qt::Friday, Qt::Saturday, Qt::Sunday};
    else if (field == QLatin1String("password"))
        input.confirmation = QStringLiteral("hongda2027");
    else
        input.factoryName = QString(81, QLatin1Char('x')); // refused after the owner is written
    const Outcome refused = FactorySetup::run(ws.get(), input);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(says), qPrintable(refused.error()));
    QVERIFY(ws->auth()->needsOwnerSetup());
    QVERIFY(!ws->access()->isSignedIn());
    QCOMPARE(rows(*ws, "SELECT count(*) FROM users"), 0);
    QCOMPARE(
        rows(*ws, "SELECT count(*) FROM settings WHERE key IN ('factory_name', 'work_calendar')"),
        0);
    QCOMPARE(rows(*ws, "SELECT count(*) FROM audit_log"), 0);
}

void TstFactorySetup::checklistFollowsTheData()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    QVERIFY(FactorySetup::run(ws.get(), goodInput()));
    const auto done = [&ws](SetupStep step) {
        for (const SetupStepState &state : SetupChecklist::read(*ws).value()) {
            if (state.step == step)
                return state.done;
        }
        return false;
    };
    for (SetupStep step : SetupChecklist::allSteps())
        QVERIFY(!done(step));
    MasterRecord machine;
    machine.values = {{QStringLiteral("code"), QStringLiteral("CNC-01")},
                      {QStringLiteral("name"), QStringLiteral("数控车床")},
                      {QStringLiteral("workshop"), QStringLiteral("机加工车间")}};
    const Result<QString> id = ws->masterData()->create(MasterDataKind::Machine, machine);
    QVERIFY(id);
    QVERIFY(done(SetupStep::Machines));
    // A deactivated machine is no machine to plan on.
    QVERIFY(ws->masterData()->setActive(MasterDataKind::Machine, id.value(), false));
    QVERIFY(!done(SetupStep::Machines));

    // Backups count once a good one is written to the chosen folder, not when one is chosen.
    BackupSettings backups;
    backups.folder = ws.dirPath() + QStringLiteral("/backups");
    QVERIFY(QDir().mkpath(backups.folder));
    QVERIFY(ws->backups()->setSettings(backups));
    QVERIFY(!done(SetupStep::Backups));
    QVERIFY(ws->backups()->backupNow(BackupKind::Manual));
    QVERIFY(done(SetupStep::Backups));
}

QTEST_MAIN(TstFactorySetup)
#include "tst_factorysetup.moc"
