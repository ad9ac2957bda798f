// Andon (安灯) on screen: at the station an operator presses Call, then a big kind button, and the
// call is saved for the station's machine and operator and shown there with its waiting time —
// louder once escalated; a refused call says why and writes nothing. On the Machines page the
// machine's card flashes while a call is open (red once escalated), a list names the open calls,
// and a supervisor acknowledges and closes a call from the card with a note; an operator gets no
// such buttons. A call made on another device shows after the page reloads. The owner sets the
// escalation time in Settings ▸ Station.
#include "common/messagebanner.h"
#include "machines/andonanswerdialog.h"
#include "machines/machinecard.h"
#include "machines/machinespage.h"
#include "services/andon/andonservice.h"
#include "station/andonpanel.h"
#include "station/stationpage.h"
#include "station/stationsettingsbox.h"
#include "storage/database.h"
#include "storage/uuid.h"
#include "testshop.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

class TstAndonUi : public QObject
{
    Q_OBJECT
private slots:
    void stationCallsWithTwoPresses();
    void stationRefusalSaysWhyAndWritesNothing();
    void escalatedCallIsLouderAtTheStation();
    void cardFlashesAndSupervisorAnswersFromIt();
    void operatorGetsNoAnswerButtons();
    void callFromAnotherDeviceShowsAfterReload();
    void ownerSetsTheEscalationTime();
};

namespace {

qint64 at(int hour, int minute)
{
    return TestShop::at(0, hour, minute);
}

// A tablet at the lathe with Wang signed in, nobody signed in before.
struct Station
{
    TestShop shop{TestShop::Options{.signIn = TestWorkspace::SignIn::None}};
    StationPage page{shop.ws.get()};

    Station()
    {
        shop.setNow(at(10, 0));
        page.resize(1280, 800);
        page.show();
        if (!QTest::qWaitForWindowExposed(&page))
            qFatal("station not shown");
    }
    AndonPanel *andon() const { return page.andonPanel(); }
    void signIn()
    {
        if (!page.session()->selectOperator(shop.wang) ||
            !page.session()->selectMachine(shop.lathe))
            qFatal("cannot sign in at the lathe");
    }
    void call(AndonKind kind)
    {
        QTest::mouseClick(andon()->callButton(), Qt::LeftButton);
        QTest::mouseClick(andon()->kindButton(kind), Qt::LeftButton);
    }
};

QString openCall(TestShop &shop, const QString &machine, AndonKind kind)
{
    shop.signIn(Role::Operator);
    const Result<QString> id = shop.ws->andon()->call(machine, kind, shop.wang);
    if (!id)
        qFatal("call: %s", qPrintable(id.error()));
    return id.value();
}

// The answer dialog on screen (a closed one may wait for its deferred delete).
AndonAnswerDialog *shownDialog(const QWidget &page)
{
    for (AndonAnswerDialog *dialog : page.findChildren<AndonAnswerDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

void TstAndonUi::stationCallsWithTwoPresses()
{
    Station s;
    s.signIn();
    QVERIFY(s.andon()->kindRow()->isHidden());
    QTest::mouseClick(s.andon()->callButton(), Qt::LeftButton);
    QVERIFY(s.andon()->kindRow()->isVisible());
    // Big enough for a gloved finger.
    QVERIFY(s.andon()->kindButton(AndonKind::Material)->height() >= 60);
    QTest::mouseClick(s.andon()->kindButton(AndonKind::Material), Qt::LeftButton);
    QVERIFY(s.andon()->kindRow()->isHidden());

    QSqlQuery row(s.shop.ws->database().connection());
    QVERIFY(row.exec(
        QStringLiteral("SELECT machine_id, kind, employee_id, called_at FROM andon_calls")));
    QVERIFY(row.next());
    QCOMPARE(row.value(QStringLiteral("machine_id")).toString(), s.shop.lathe);
    QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("material"));
    QCOMPARE(row.value(QStringLiteral("employee_id")).toString(), s.shop.wang);
    QCOMPARE(row.value(QStringLiteral("called_at")).toLongLong(), at(10, 0));
    QVERIFY2(s.page.messageText().contains(QStringLiteral("Call sent")),
             qPrintable(s.page.messageText()));

    s.shop.setNow(at(10, 7));
    s.andon()->refresh();
    QCOMPARE(s.andon()->callTexts(), QStringList{QStringLiteral("Material · waiting 7 min")});
    QCOMPARE(s.andon()->escalatedCount(), 0);
}

void TstAndonUi::stationRefusalSaysWhyAndWritesNothing()
{
    Station s;
    s.call(AndonKind::Quality); // nobody signed in, no machine
    QCOMPARE(s.shop.rows("andon_calls"), 0);
    QVERIFY(!s.page.messageText().isEmpty());
    QVERIFY(!s.page.messageText().contains(QStringLiteral("Call sent")));

    s.signIn();
    s.call(AndonKind::Quality);
    QCOMPARE(s.shop.rows("andon_calls"), 1);
    s.call(AndonKind::Quality); // the first is still open
    QCOMPARE(s.shop.rows("andon_calls"), 1);
    QVERIFY2(s.page.messageText().contains(QStringLiteral("still open")),
             qPrintable(s.page.messageText()));
    QCOMPARE(s.andon()->callTexts().size(), 1);
}

void TstAndonUi::escalatedCallIsLouderAtTheStation()
{
    Station s;
    s.signIn();
    s.call(AndonKind::Maintenance);
    s.shop.setNow(at(10, 11));
    s.andon()->refresh();
    QCOMPARE(s.andon()->escalatedCount(), 1);
    QVERIFY2(s.andon()->callTexts().constFirst().contains(QStringLiteral("escalated")),
             qPrintable(s.andon()->callTexts().join(QLatin1Char('\n'))));
}

void TstAndonUi::cardFlashesAndSupervisorAnswersFromIt()
{
    TestShop shop;
    shop.setNow(at(10, 0));
    const QString id = openCall(shop, shop.lathe, AndonKind::Material);
    shop.signIn(Role::Supervisor);
    MachinesPage page(shop.ws.get());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    MachineCard *lathe = page.card(shop.lathe);
    QVERIFY(lathe);
    QCOMPARE(lathe->andonLevel(), MachineCard::AndonLevel::Open);
    QCOMPARE(page.card(shop.mill)->andonLevel(), MachineCard::AndonLevel::None);
    QCOMPARE(page.andonListTexts().size(), 1);
    QVERIFY2(page.andonListTexts().constFirst().contains(QStringLiteral("LATHE-1")),
             qPrintable(page.andonListTexts().constFirst()));

    shop.setNow(at(10, 12));
    page.reload();
    QCOMPARE(lathe->andonLevel(), MachineCard::AndonLevel::Escalated);
    QVERIFY(page.andonListTexts().constFirst().contains(QStringLiteral("escalated")));

    QPushButton *ack = lathe->andonButton(id, false);
    QVERIFY(ack);
    QTest::mouseClick(ack, Qt::LeftButton);
    AndonAnswerDialog *dialog = shownDialog(page);
    QVERIFY(dialog);
    dialog->noteEdit()->setText(QStringLiteral("叉车在路上"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE(shop.ws->andon()->find(id).value().state(), AndonState::Acknowledged);
    QTRY_COMPARE(lathe->andonLevel(), MachineCard::AndonLevel::Open); // answered: no longer red

    shop.setNow(at(10, 20));
    QPushButton *close = lathe->andonButton(id, true);
    QVERIFY(close);
    QVERIFY(!lathe->andonButton(id, false)); // acknowledged once
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(shownDialog(page));
    dialog = shownDialog(page);
    dialog->noteEdit()->setText(QStringLiteral("已送料"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    const AndonCall closed = shop.ws->andon()->find(id).value();
    QCOMPARE(closed.state(), AndonState::Closed);
    QCOMPARE(closed.closeNote, QStringLiteral("已送料"));
    QCOMPARE(closed.repairMs(), 8 * 60 * 1000);
    QTRY_COMPARE(lathe->andonLevel(), MachineCard::AndonLevel::None);
    QVERIFY(page.andonListTexts().isEmpty());
    QVERIFY2(page.banner()->text().contains(QStringLiteral("closed")),
             qPrintable(page.banner()->text()));
}

void TstAndonUi::operatorGetsNoAnswerButtons()
{
    TestShop shop;
    shop.setNow(at(10, 0));
    const QString id = openCall(shop, shop.mill, AndonKind::Quality);
    MachinesPage page(shop.ws.get()); // still the operator
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    MachineCard *mill = page.card(shop.mill);
    QCOMPARE(mill->andonLevel(), MachineCard::AndonLevel::Open);
    QVERIFY(!mill->andonButton(id, false));
    QVERIFY(!mill->andonButton(id, true));
    // Even a dialog reached another way is refused by the service, in the banner.
    AndonAnswerDialog *dialog = page.answerCall(id, true);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(shop.rows("andon_responses"), 0);
    QVERIFY(!page.banner()->text().isEmpty());
}

void TstAndonUi::callFromAnotherDeviceShowsAfterReload()
{
    TestShop shop;
    shop.setNow(at(10, 0));
    MachinesPage page(shop.ws.get());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.card(shop.assembly)->andonLevel(), MachineCard::AndonLevel::None);
    // Sync writes the other tablet's fact straight into the file: no service signal here.
    QSqlQuery pulled(shop.ws->database().connection());
    QVERIFY(pulled.exec(QStringLiteral("INSERT INTO andon_calls (id, machine_id, kind, note, "
                                       "employee_id, called_at, device_id, user_id) VALUES "
                                       "('%1', '%2', 'supervisor', '', NULL, %3, 'tablet-2', '')")
                            .arg(newUuidV7(), shop.assembly)
                            .arg(at(9, 58))));
    page.reload(); // what the main window calls when other devices' changes arrive
    QCOMPARE(page.card(shop.assembly)->andonLevel(), MachineCard::AndonLevel::Open);
    QVERIFY2(page.card(shop.assembly)->text().contains(QStringLiteral("waiting 2 min")),
             qPrintable(page.card(shop.assembly)->text()));
}

void TstAndonUi::ownerSetsTheEscalationTime()
{
    TestShop shop;
    MessageBanner banner;
    StationSettingsBox box(shop.ws.get(), &banner);
    auto *spin = box.findChild<QSpinBox *>(QStringLiteral("andonEscalateSpin"));
    QVERIFY(spin);
    QCOMPARE(spin->value(), AndonService::DefaultEscalateMinutes);
    spin->setValue(4);
    QTest::mouseClick(box.findChild<QPushButton *>(QStringLiteral("saveStationButton")),
                      Qt::LeftButton);
    QCOMPARE(shop.ws->andon()->escalateAfterMs(), 4 * 60 * 1000);

    shop.signIn(Role::Supervisor);
    StationSettingsBox readOnly(shop.ws.get(), &banner);
    QVERIFY(!readOnly.findChild<QSpinBox *>(QStringLiteral("andonEscalateSpin"))->isEnabled());
}

QTEST_MAIN(TstAndonUi)
#include "tst_andonui.moc"
