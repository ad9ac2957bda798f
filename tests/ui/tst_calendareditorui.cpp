// The working calendar (工作日历) in Settings never loses its holidays: a calendar saved in any
// time zone the computer reports ("Etc/UTC" on a machine set to UTC) shows its eight holidays
// and saving keeps them; a stored calendar that cannot be read says so, in the user's
// language, and is not written over until the user chooses to replace it.
#include "common/languagemanager.h"
#include "services/access/accesscontrol.h"
#include "services/planning/scheduleservice.h"
#include "settings/calendareditor.h"
#include "settings/settingspage.h"
#include "sqlinspection.h"
#include "storage/database.h"
#include "testshop.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

class TstCalendarEditorUi : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void eightHolidaysLoadAndSaveKeepsThem_data();
    void eightHolidaysLoadAndSaveKeepsThem();
    void unreadableCalendarIsReportedAndKept_data();
    void unreadableCalendarIsReportedAndKept();
    void tabLeavesAShiftTimeWhole();

private:
    LanguageManager m_language;
};

namespace {

// The 2026 National Day holiday, 1 to 8 October.
QSet<QDate> nationalDay()
{
    QSet<QDate> days;
    for (int day = 1; day <= 8; ++day)
        days.insert(QDate(2026, 10, day));
    return days;
}

// What the file holds as the calendar, read by a connection of its own.
QString storedCalendar(const TestShop &shop)
{
    return SqlInspection::inspect<QString>(shop.ws.path(), [](const QSqlDatabase &db) {
        return SqlInspection::value(
            db, QStringLiteral("SELECT value FROM settings WHERE key = 'work_calendar'"));
    });
}

QPushButton *button(QWidget *page, const char *name)
{
    auto *found = page->findChild<QPushButton *>(QLatin1String(name));
    if (!found)
        qFatal("no button %s", name);
    return found;
}

} // namespace

void TstCalendarEditorUi::cleanup()
{
    m_language.apply(QStringLiteral("en"));
}

void TstCalendarEditorUi::eightHolidaysLoadAndSaveKeepsThem_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::newRow("Etc/UTC") << QByteArray("Etc/UTC"); // what a machine set to UTC reports
    QTest::newRow("UTC") << QByteArray("UTC");
    QTest::newRow("Asia/Shanghai") << QByteArray("Asia/Shanghai");
}

void TstCalendarEditorUi::eightHolidaysLoadAndSaveKeepsThem()
{
    QFETCH(QByteArray, zoneId);
    TestShop shop;
    const WorkCalendar calendar = WorkCalendar::create(WorkCalendar::defaultShifts(), {Qt::Sunday},
                                                       nationalDay(), {}, QTimeZone(zoneId))
                                      .value();
    QVERIFY(shop.ws->schedule()->setCalendar(calendar).ok());
    shop.ws.reopen(); // the next start of the app
    shop.signIn(Role::Owner);

    SettingsPage page(shop.ws.get(), &m_language);
    page.resize(1280, 800);
    page.show();
    auto *holidays = page.findChild<QListWidget *>(QStringLiteral("datesOffList"));
    QVERIFY(holidays);
    QCOMPARE(holidays->count(), 8);
    const auto *problem = page.findChild<QLabel *>(QStringLiteral("calendarProblem"));
    QVERIFY(!problem || problem->isHidden());

    QPushButton *save = button(&page, "saveCalendarButton");
    QVERIFY(save->isVisible());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(holidays->count(), 8);
    shop.ws.reopen();
    QCOMPARE(shop.ws->schedule()->calendar().datesOff(), nationalDay());
    QCOMPARE(shop.ws->schedule()->calendar().timeZone().id(), zoneId);
}

void TstCalendarEditorUi::unreadableCalendarIsReportedAndKept_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TstCalendarEditorUi::unreadableCalendarIsReportedAndKept()
{
    QFETCH(QString, language);
    QVERIFY(m_language.apply(language));
    TestShop shop;
    QVERIFY(shop.ws->schedule()
                ->setCalendar(WorkCalendar::create(WorkCalendar::defaultShifts(), {Qt::Sunday},
                                                   nationalDay(), {}, QTimeZone("Asia/Shanghai"))
                                  .value())
                .ok());
    // Saved where a zone is known that this computer does not know.
    const QString stored = storedCalendar(shop).replace(QStringLiteral("Asia/Shanghai"),
                                                        QStringLiteral("Mars/Olympus"));
    {
        QSqlQuery query(shop.ws->database().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE settings SET value = '%1' WHERE key = "
                                          "'work_calendar'")
                               .arg(stored)));
    }
    shop.ws.reopen();
    shop.signIn(Role::Owner);

    SettingsPage page(shop.ws.get(), &m_language);
    page.resize(1280, 800);
    page.show();
    auto *problem = page.findChild<QLabel *>(QStringLiteral("calendarProblem"));
    QVERIFY(problem && problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("Mars/Olympus")), qPrintable(problem->text()));
    if (language == QStringLiteral("zh_CN")) {
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        QVERIFY2(problem->text().contains(han), qPrintable(problem->text()));
    }
    // Nothing to save over it: no default calendar posing as the factory's, no Save.
    QVERIFY(!page.findChild<QListWidget *>(QStringLiteral("datesOffList"))->isVisible());
    QVERIFY(button(&page, "saveCalendarButton")->isHidden());
    page.findChild<CalendarEditor *>()->save(); // even if asked
    QCOMPARE(storedCalendar(shop), stored);

    // Replacing is the user's explicit choice; then Save writes the new calendar.
    QPushButton *replace = button(&page, "replaceCalendarButton");
    QVERIFY(replace->isVisible());
    QTest::mouseClick(replace, Qt::LeftButton);
    QVERIFY(page.findChild<QListWidget *>(QStringLiteral("datesOffList"))->isVisible());
    QTest::mouseClick(button(&page, "saveCalendarButton"), Qt::LeftButton);
    QVERIFY(storedCalendar(shop) != stored);
    QVERIFY(WorkCalendar::fromJson(storedCalendar(shop)).ok());
    QVERIFY(problem->isHidden());
    QVERIFY(replace->isHidden());
}

void TstCalendarEditorUi::tabLeavesAShiftTimeWhole()
{
    // Tab in a shift's start goes on to its end, not into the start's minutes: what is typed
    // next lands in the end time.
    TestShop shop;
    SettingsPage page(shop.ws.get(), &m_language);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *start = page.findChild<QAbstractSpinBox *>(QStringLiteral("shiftStart_0"));
    auto *end = page.findChild<QAbstractSpinBox *>(QStringLiteral("shiftEnd_0"));
    QVERIFY(start && end);
    const QString startBefore = start->text();
    start->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(start->hasFocus());
    QTest::keyClick(start, Qt::Key_Tab);
    QTRY_VERIFY(end->hasFocus());
    QTest::keyClick(end, Qt::Key_Backtab);
    QTRY_VERIFY(start->hasFocus());
    QCOMPARE(start->text(), startBefore);
}

QTEST_MAIN(TstCalendarEditorUi)
#include "tst_calendareditorui.moc"
