// The machine timeline (设备时间线) as a supervisor uses it: opened from the machine's card, it
// paints the day's bands from the status events and the reports as ticks over them; a click on
// a stop without a reason asks for one, and the reason chosen is saved as a correcting fact and
// shows on the band. An operator's click asks nothing; a refusal stays in the dialog.
#include "fixturehelpers.h"
#include "machines/machinecard.h"
#include "machines/machinespage.h"
#include "machines/machinetimeline.h"
#include "machines/machinetimelinedialog.h"
#include "machines/stopreasondialog.h"
#include "services/station/machinestatusservice.h"
#include "services/station/reportingservice.h"
#include "testshop.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Taktline;

class TstMachineTimelineUi : public QObject
{
    Q_OBJECT
private slots:
    void cardOpensTheDayWithBandsAndReports();
    void supervisorGivesAStopItsReasonFromTheDialog();
    void operatorClickAsksNothing();
    void dayPickerShowsAnotherDay();
};

namespace {

qint64 at(int day, int hour, int minute = 0)
{
    return TestShop::at(day, hour, minute);
}

// The lathe on Monday: running from 08:00, stopped 10:00–10:30 with no reason (idle), a
// breakdown 12:00–12:20, running again; two reports; the clock at 15:00.
struct Day : TestShop
{
    QString material = create(MasterDataKind::DowntimeReason, {{"code", "T02"}, {"name", "待料"}});

    Day()
    {
        status(at(0, 8), MachineStatus::Running);
        setNow(at(0, 9, 30));
        report(request(0, 20));
        status(at(0, 10), MachineStatus::Idle);
        status(at(0, 10, 30), MachineStatus::Running);
        status(at(0, 12), MachineStatus::Down, breakdown);
        status(at(0, 12, 20), MachineStatus::Running);
        setNow(at(0, 14));
        report(request(0, 15, 1));
        setNow(at(0, 15));
    }
    void status(qint64 when, MachineStatus status, const QString &reason = {})
    {
        setNow(when);
        Fixture::require(ws->machineStatus()->setStatus(lathe, status, reason, wang, step(0)),
                         "status");
    }
    static int indexStartingAt(const MachineTimeline *timeline, qint64 startMs)
    {
        for (int i = 0; i < timeline->spans().size(); ++i) {
            if (timeline->spans().at(i).startMs == startMs)
                return i;
        }
        return -1;
    }
};

StopReasonDialog *shownReasonDialog(const QWidget &parent)
{
    for (StopReasonDialog *dialog : parent.findChildren<StopReasonDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

void TstMachineTimelineUi::cardOpensTheDayWithBandsAndReports()
{
    Day d;
    d.signIn(Role::Supervisor);
    MachinesPage page(d.ws.get());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::mouseClick(page.card(d.lathe)->timelineButton(), Qt::LeftButton);
    auto *dialog = page.findChild<MachineTimelineDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY2(dialog->bannerText().isEmpty(), qPrintable(dialog->bannerText()));
    QCOMPARE(dialog->day(), TestShop::day(0));
    MachineTimeline *timeline = dialog->timeline();
    const int idle = Day::indexStartingAt(timeline, at(0, 10));
    QVERIFY(idle >= 0);
    QCOMPARE(timeline->spans().at(idle).use, TimeUse::Unclassified);
    QCOMPARE(timeline->spans().at(idle).endMs, at(0, 10, 30));
    const int down = Day::indexStartingAt(timeline, at(0, 12));
    QVERIFY(down >= 0);
    QCOMPARE(timeline->spans().at(down).downtimeReasonId, d.breakdown);
    QCOMPARE(timeline->reports().size(), 2);
    // Painted: the day's bands and one tick per report.
    QTRY_VERIFY(timeline->paintedBands() >= 5);
    QCOMPARE(timeline->paintedTicks(), 2);
    const QImage image = timeline->grab().toImage();
    const QRect band = timeline->bandRect(down);
    QCOMPARE(image.pixelColor(band.center()),
             MachineTimeline::colour(timeline->spans().at(down).use));
}

void TstMachineTimelineUi::supervisorGivesAStopItsReasonFromTheDialog()
{
    Day d;
    d.signIn(Role::Supervisor);
    MachineTimelineDialog dialog(d.ws.get(), d.lathe);
    dialog.resize(1000, 380);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    MachineTimeline *timeline = dialog.timeline();
    const int idle = Day::indexStartingAt(timeline, at(0, 10));
    QVERIFY(idle >= 0);
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->bandRect(idle).center());
    QCOMPARE(timeline->selectedIndex(), idle);
    StopReasonDialog *ask = shownReasonDialog(dialog);
    QVERIFY(ask);
    // Saving with no reason chosen is refused in the dialog, and nothing is written.
    QTest::mouseClick(ask->okButton(), Qt::LeftButton);
    QVERIFY(ask->isVisible());
    QVERIFY(!ask->bannerText().isEmpty());
    QCOMPARE(d.rows("status_event_reasons"), 0);

    ask->reasonCombo()->setCurrentIndex(ask->reasonCombo()->findData(d.material));
    ask->noteEdit()->setText(QStringLiteral("钢板没到"));
    QTest::mouseClick(ask->okButton(), Qt::LeftButton);
    QCOMPARE(d.rows("status_event_reasons"), 1);
    QTRY_VERIFY(!shownReasonDialog(dialog));
    const int again = Day::indexStartingAt(timeline, at(0, 10));
    QCOMPARE(timeline->spans().at(again).downtimeReasonId, d.material);
    QVERIFY(timeline->spans().at(again).reasonGivenLater);
    timeline->setSelectedIndex(again);
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->bandRect(again).center());
    QVERIFY2(dialog.detailText().contains(QStringLiteral("待料")), qPrintable(dialog.detailText()));
    if (StopReasonDialog *open = shownReasonDialog(dialog))
        open->reject();
}

void TstMachineTimelineUi::operatorClickAsksNothing()
{
    Day d;
    d.signIn(Role::Operator);
    MachineTimelineDialog dialog(d.ws.get(), d.lathe);
    dialog.resize(1000, 380);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int idle = Day::indexStartingAt(dialog.timeline(), at(0, 10));
    QVERIFY(idle >= 0);
    QTest::mouseClick(dialog.timeline(), Qt::LeftButton, {},
                      dialog.timeline()->bandRect(idle).center());
    QCOMPARE(dialog.timeline()->selectedIndex(), idle);
    QVERIFY(!shownReasonDialog(dialog));
    QVERIFY(!dialog.reasonButton()->isEnabled());
    QVERIFY(!dialog.giveReason(idle));
    QCOMPARE(d.rows("status_event_reasons"), 0);
}

void TstMachineTimelineUi::dayPickerShowsAnotherDay()
{
    Day d;
    d.setNow(at(1, 9));
    MachineTimelineDialog dialog(d.ws.get(), d.lathe);
    QCOMPARE(dialog.day(), TestShop::day(1));
    QCOMPARE(dialog.timeline()->reports().size(), 0);
    dialog.setDay(TestShop::day(0));
    QCOMPARE(dialog.timeline()->reports().size(), 2);
    QVERIFY(Day::indexStartingAt(dialog.timeline(), at(0, 12)) >= 0);
}

QTEST_MAIN(TstMachineTimelineUi)
#include "tst_machinetimelineui.moc"
