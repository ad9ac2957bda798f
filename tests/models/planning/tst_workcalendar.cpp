// The working calendar (工作日历) as the owner sets it up in Settings: shifts with breaks and
// night shifts, weekly and specific days off, extra working days, stored as JSON — and every
// impossible calendar refused with a message that names the problem.
#include "domain/planning/workcalendar.h"
#include "testshop.h"

#include <QDateTime>
#include <QTest>

using namespace Taktline;

class TstWorkCalendar : public QObject
{
    Q_OBJECT
private slots:
    void defaultIsTwoShiftsMondayToSaturday();
    void nightShiftRunsPastMidnight();
    void extraWorkingDayBeatsWeeklyDayOff();
    void impossibleCalendarsRefused_data();
    void impossibleCalendarsRefused();
    void jsonRoundTrip();
    void jsonRoundTripInEveryZone_data();
    void jsonRoundTripInEveryZone();
    void damagedJsonSaysSo();
    void daylightSavingKeepsWallClockShifts();
};

namespace {

const QTimeZone Utc = QTimeZone::utc();

qint64 utc(QDate date, QTime time)
{
    return QDateTime(date, time, Utc).toMSecsSinceEpoch();
}

} // namespace

void TstWorkCalendar::defaultIsTwoShiftsMondayToSaturday()
{
    const WorkCalendar calendar = WorkCalendar::defaultCalendar(Utc);
    QCOMPARE(calendar.weeklyDaysOff(), QList<Qt::DayOfWeek>{Qt::Sunday});
    QCOMPARE(calendar.workingSecondsPerDay(TestShop::day(0)), 8.5 * 3600); // Monday
    QCOMPARE(calendar.workingSecondsPerDay(TestShop::day(6)), 0.0);        // Sunday
    // Friday 17:00 plus one working hour: 30 min Friday, Saturday 08:30.
    QCOMPARE(calendar.addWorkingSeconds(utc(TestShop::day(4), QTime(17, 0)), 3600),
             utc(TestShop::day(5), QTime(8, 30)));
}

void TstWorkCalendar::nightShiftRunsPastMidnight()
{
    const Result<WorkCalendar> calendar = WorkCalendar::create(
        {{QTime(8, 0), QTime(20, 0)}, {QTime(20, 0), QTime(8, 0)}}, {Qt::Sunday}, {}, {}, Utc);
    QVERIFY2(calendar.ok(), qPrintable(calendar.error()));
    // Saturday's night shift belongs to Saturday and runs into Sunday morning.
    QCOMPARE(calendar.value().workingSecondsBetween(utc(TestShop::day(5), QTime(0, 0)),
                                                    utc(TestShop::day(7), QTime(0, 0))),
             (8 + 24) * 3600.0);
    QCOMPARE(calendar.value().nextWorkingMoment(utc(TestShop::day(6), QTime(9, 0))),
             utc(TestShop::day(7), QTime(8, 0)));
}

void TstWorkCalendar::extraWorkingDayBeatsWeeklyDayOff()
{
    const QDate sunday = TestShop::day(6);
    const QDate monday = TestShop::day(7);
    const WorkCalendar calendar =
        WorkCalendar::create(WorkCalendar::defaultShifts(), {Qt::Sunday}, {monday}, {sunday}, Utc).value();
    QVERIFY(calendar.isWorkingDay(sunday));
    QVERIFY(!calendar.isWorkingDay(monday));
    QCOMPARE(calendar.nextWorkingMoment(utc(TestShop::day(5), QTime(18, 0))),
             utc(sunday, QTime(8, 0)));
}

void TstWorkCalendar::impossibleCalendarsRefused_data()
{
    QTest::addColumn<QList<Shift>>("shifts");
    QTest::addColumn<QList<Qt::DayOfWeek>>("daysOff");
    QTest::addColumn<QString>("message");
    const QList<Qt::DayOfWeek> sunday{Qt::Sunday};
    QTest::newRow("no shifts") << QList<Shift>{} << sunday << "no working time";
    QTest::newRow("zero length") << QList<Shift>{{QTime(8, 0), QTime(8, 0)}} << sunday << "has no length";
    QTest::newRow("overlap") << QList<Shift>{{QTime(8, 0), QTime(12, 0)}, {QTime(11, 0), QTime(15, 0)}}
                             << sunday << "overlap";
    QTest::newRow("night shift eats the morning")
        << QList<Shift>{{QTime(8, 0), QTime(16, 0)}, {QTime(22, 0), QTime(9, 0)}} << sunday << "overlap";
    QTest::newRow("invalid time") << QList<Shift>{{QTime(), QTime(12, 0)}} << sunday << "valid start";
    QTest::newRow("every day off")
        << WorkCalendar::defaultShifts()
        << QList<Qt::DayOfWeek>{Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday,
                                Qt::Saturday, Qt::Sunday}
        << "no working time";
}

void TstWorkCalendar::impossibleCalendarsRefused()
{
    QFETCH(QList<Shift>, shifts);
    QFETCH(QList<Qt::DayOfWeek>, daysOff);
    QFETCH(QString, message);
    const Result<WorkCalendar> calendar = WorkCalendar::create(shifts, daysOff, {}, {}, Utc);
    QVERIFY(!calendar.ok());
    QVERIFY2(calendar.error().contains(message), qPrintable(calendar.error()));
}

void TstWorkCalendar::jsonRoundTrip()
{
    // The 2027 Spring Festival break and its make-up Saturday: real holidays, on purpose.
    const WorkCalendar calendar =
        WorkCalendar::create({{QTime(7, 30), QTime(11, 30)}, {QTime(19, 0), QTime(3, 0)}},
                             {Qt::Saturday, Qt::Sunday}, {QDate(2027, 2, 6), QDate(2027, 2, 7)},
                             {QDate(2027, 2, 13)}, QTimeZone("Asia/Shanghai"))
            .value();
    const Result<WorkCalendar> back = WorkCalendar::fromJson(calendar.toJson());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back.value().toJson(), calendar.toJson());
    QVERIFY(back.value() == calendar);
}

void TstWorkCalendar::jsonRoundTripInEveryZone_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    // "Etc/UTC" is what a machine set to UTC reports; Qt 6.4 does not list it as available.
    QTest::newRow("Etc/UTC") << QByteArray("Etc/UTC");
    QTest::newRow("UTC") << QByteArray("UTC");
    QTest::newRow("Asia/Shanghai") << QByteArray("Asia/Shanghai");
    // Other aliases and offset zones QTimeZone loads but does not list as available.
    QTest::newRow("Etc/GMT") << QByteArray("Etc/GMT");
    QTest::newRow("Etc/GMT-8") << QByteArray("Etc/GMT-8");
    QTest::newRow("PRC") << QByteArray("PRC");
    QTest::newRow("UTC+08:00") << QByteArray("UTC+08:00");
    QTest::newRow("this machine's zone") << QTimeZone::systemTimeZoneId();
}

void TstWorkCalendar::jsonRoundTripInEveryZone()
{
    QFETCH(QByteArray, zoneId);
    const QTimeZone zone(zoneId);
    QVERIFY2(zone.isValid(), zoneId.constData());
    // The eight days off of the 2026 National Day holiday, 1 to 8 October.
    QSet<QDate> holidays;
    for (int day = 1; day <= 8; ++day)
        holidays.insert(QDate(2026, 10, day));
    const WorkCalendar calendar =
        WorkCalendar::create(WorkCalendar::defaultShifts(), {Qt::Sunday}, holidays,
                             {QDate(2026, 10, 11)}, zone)
            .value();
    const Result<WorkCalendar> back = WorkCalendar::fromJson(calendar.toJson());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back.value().datesOff().size(), 8);
    QCOMPARE(back.value().datesOff(), holidays);
    QCOMPARE(back.value().timeZone().id(), zoneId);
    QCOMPARE(back.value().toJson(), calendar.toJson());
    QVERIFY(back.value() == calendar);
}

void TstWorkCalendar::damagedJsonSaysSo()
{
    for (const QString &json : {QStringLiteral("{"), QStringLiteral("[]"),
                                QStringLiteral("{\"shifts\":[[\"25:00\",\"12:00\"]],\"weeklyDaysOff\":[]}"),
                                QStringLiteral("{\"shifts\":[[\"08:00\",\"12:00\"]],\"weeklyDaysOff\":[9]}"),
                                QStringLiteral("{\"shifts\":[[\"08:00\",\"12:00\"]],\"weeklyDaysOff\":[],"
                                               "\"timeZone\":7}")}) {
        const Result<WorkCalendar> calendar = WorkCalendar::fromJson(json);
        QVERIFY2(!calendar.ok(), qPrintable(json));
        QVERIFY2(calendar.error().contains(QStringLiteral("not valid")), qPrintable(calendar.error()));
    }
    // A zone this computer does not know is named, never replaced by the system zone (an empty
    // id would construct it).
    for (const QString &zone : {QStringLiteral("Mars/Olympus"), QString(),
                                QStringLiteral("../../etc/localtime"), QStringLiteral("上海")}) {
        const Result<WorkCalendar> calendar = WorkCalendar::fromJson(
            QStringLiteral("{\"shifts\":[[\"08:00\",\"12:00\"]],\"weeklyDaysOff\":[],"
                           "\"timeZone\":\"%1\"}")
                .arg(zone));
        QVERIFY2(!calendar.ok(), qPrintable(zone));
        QVERIFY2(calendar.error().contains(QStringLiteral("time zone \"%1\"").arg(zone)),
                 qPrintable(calendar.error()));
    }
}

void TstWorkCalendar::daylightSavingKeepsWallClockShifts()
{
    // Berlin leaves summer time on Sunday 25 Oct 2026: shifts still start at 08:00 local.
    const QTimeZone berlin("Europe/Berlin");
    const WorkCalendar calendar = WorkCalendar::create({{QTime(8, 0), QTime(16, 0)}}, {}, {}, {}, berlin).value();
    const qint64 saturday = QDateTime(QDate(2026, 10, 24), QTime(15, 0), berlin).toMSecsSinceEpoch();
    const qint64 end = calendar.addWorkingSeconds(saturday, 2 * 3600);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(end, berlin), QDateTime(QDate(2026, 10, 25), QTime(9, 0), berlin));
}

QTEST_GUILESS_MAIN(TstWorkCalendar)
#include "tst_workcalendar.moc"
