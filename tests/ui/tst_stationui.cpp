// The shop-floor station as an operator uses it: scans typed the way a keyboard-mode scanner
// types them (also through a Chinese input method), quantities on the big keypad, Report; every
// bad scan or number is refused on screen with nothing written, a double press is counted once,
// and an idle station signs the operator out.
#include "item/planning/workorderlistmodel.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "services/serials/serialservice.h"
#include "services/station/machinestatusservice.h"
#include "services/station/reportingservice.h"
#include "station/quantitykeypad.h"
#include "station/reasonbuttons.h"
#include "station/stationpage.h"
#include "storage/database.h"
#include "testshop.h"
#include "workorders/workorderspage.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Taktline;

class TstStationUi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void scansThenKeypadThenReport();
    void scansThroughAnInputMethodAreRecognised();
    void unknownCodeIsRefused();
    void lotWhereAnOperationIsExpectedIsRefused();
    void cancelledWorkOrderIsRefused();
    void deactivatedBadgeIsRefused();
    void deactivatedMachineIsRefused();
    void nonNumericQuantityIsRefused();
    void absurdQuantityIsRefused();
    void moreGoodThanThePreviousStepIsRefused();
    void doubleReportIsCountedOnce();
    void defectiveNeedsAReasonButton();
    void machineStatusFromTheButtons();
    void idleStationSignsTheOperatorOut();
    void ownerWindowKeepsItsSession();
    void keypadEditsTheActiveBox();
    void serialPiecesPassOrFailFromTheButton();
    void workOrderListFollowsTheStationWithoutARefresh();

private:
    void scan(const QString &code);
    void scanByInputMethod(const QString &code);
    void signInAtLathe(int step = 10);
    void press(const QString &keys);
    void expectRefusal(const QString &fragment, int rowsBefore);
    QLineEdit *box(const char *name) const { return m_page->quantityEdit(QString::fromLatin1(name)); }

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<StationPage> m_page;
};

void TstStationUi::init()
{
    // A tablet started as a station in the shop: nobody is signed in.
    m_shop = std::make_unique<TestShop>(TestShop::Options{.signIn = TestWorkspace::SignIn::None});
    m_page = std::make_unique<StationPage>(m_shop->ws.get());
    m_page->resize(1280, 800);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    box("good")->setFocus();
}

void TstStationUi::cleanup()
{
    m_page.reset();
    m_shop.reset();
}

void TstStationUi::scan(const QString &code)
{
    // Characters then Enter, fast, into whatever has the focus: what a keyboard-mode scanner does.
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_page.get();
    QTest::keyClicks(target, code);
    QTest::keyClick(target, Qt::Key_Return);
}

void TstStationUi::scanByInputMethod(const QString &code)
{
    // With a Chinese IME active, the scanner's characters arrive as committed text.
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_page.get();
    for (const QChar ch : code) {
        QInputMethodEvent commit;
        commit.setCommitString(QString(ch));
        QCoreApplication::sendEvent(target, &commit);
    }
    QTest::keyClick(target, Qt::Key_Return);
}

void TstStationUi::signInAtLathe(int step)
{
    scan(QStringLiteral("EMP:E001"));
    scan(QStringLiteral("MC:LATHE-1"));
    scan(QStringLiteral("OP:%1/%2").arg(m_shop->number(m_shop->order)).arg(step));
    QVERIFY2(m_page->session()->operation().has_value(), qPrintable(m_page->messageText()));
}

void TstStationUi::press(const QString &keys)
{
    for (const QChar key : keys)
        QTest::mouseClick(m_page->keypad()->button(QString(key)), Qt::LeftButton);
}

void TstStationUi::expectRefusal(const QString &fragment, int rowsBefore)
{
    QVERIFY2(m_page->messageText().contains(fragment), qPrintable(m_page->messageText()));
    QCOMPARE(m_page->card()->currentFlash(), StationCard::Flash::Refused);
    QCOMPARE(m_shop->rows("production_reports"), rowsBefore);
}

void TstStationUi::scansThenKeypadThenReport()
{
    QVERIFY(m_page->stepHintText().contains(QStringLiteral("badge")));
    scan(QStringLiteral("EMP:E001"));
    QVERIFY(m_page->messageText().contains(QStringLiteral("王建国")));
    QVERIFY(m_shop->ws->access()->userId().startsWith(QStringLiteral("station:")));
    QVERIFY(m_page->stepHintText().contains(QStringLiteral("machine")));
    scan(QStringLiteral("MC:LATHE-1"));
    scan(QStringLiteral("OP:%1/10").arg(m_shop->number(m_shop->order)));
    QVERIFY(box("good")->text().isEmpty()); // the scans never landed in the focused box
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("cardTitle"))->text() ==
            m_shop->number(m_shop->order));
    QCOMPARE(m_page->card()->figureText(QStringLiteral("planned")), QStringLiteral("100"));
    press(QStringLiteral("30"));
    QCOMPARE(box("good")->text(), QStringLiteral("30"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    QCOMPARE(m_shop->good(0), 30.0);
    QCOMPARE(m_shop->rows("production_reports"), 1);
    QVERIFY2(m_page->messageText().contains(QStringLiteral("Reported")), qPrintable(m_page->messageText()));
    QCOMPARE(m_page->card()->currentFlash(), StationCard::Flash::Ok);
    QCOMPARE(m_page->card()->figureText(QStringLiteral("done")), QStringLiteral("30"));
    QCOMPARE(m_page->card()->figureText(QStringLiteral("remaining")), QStringLiteral("70"));
    QVERIFY(box("good")->text().isEmpty()); // ready for the next report
}

void TstStationUi::scansThroughAnInputMethodAreRecognised()
{
    scanByInputMethod(QStringLiteral("EMP:E001"));
    scanByInputMethod(QStringLiteral("MC:LATHE-1"));
    scanByInputMethod(QStringLiteral("OP:%1/10").arg(m_shop->number(m_shop->order)));
    QVERIFY2(m_page->session()->operation().has_value(), qPrintable(m_page->messageText()));
    QCOMPARE(m_page->session()->employeeName(), QStringLiteral("王建国"));
    press(QStringLiteral("12"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    QCOMPARE(m_shop->good(0), 12.0);
    QVERIFY(box("good")->text().isEmpty());
}

void TstStationUi::unknownCodeIsRefused()
{
    scan(QStringLiteral("EMP:E001"));
    scan(QStringLiteral("MC:NOPE-9"));
    expectRefusal(QStringLiteral("NOPE-9"), 0);
    QVERIFY(m_page->session()->machineId().isEmpty());
    scan(QStringLiteral("HELLO-WORLD"));
    QVERIFY(!m_page->messageText().isEmpty());
    expectRefusal(QStringLiteral("HELLO-WORLD"), 0);
}

void TstStationUi::lotWhereAnOperationIsExpectedIsRefused()
{
    scan(QStringLiteral("EMP:E001"));
    scan(QStringLiteral("MC:LATHE-1"));
    scan(QStringLiteral("LOT:L2611-0042"));
    expectRefusal(QStringLiteral("LOT:L2611-0042"), 0);
    QVERIFY(m_page->session()->materialLot().isEmpty());
    QVERIFY(!m_page->session()->operation());
}

void TstStationUi::cancelledWorkOrderIsRefused()
{
    m_shop->ws->access()->signInAsSystem();
    const QString cancelled = m_shop->releasedOrder(m_shop->flange, 20);
    QVERIFY(
        m_shop->ws->workOrders()->apply(cancelled, WorkOrderAction::Cancel,
                                        m_shop->ws->workOrders()->find(cancelled).value().version));
    m_shop->ws->access()->signOut();
    scan(QStringLiteral("EMP:E001"));
    scan(QStringLiteral("MC:LATHE-1"));
    scan(QStringLiteral("OP:%1/10").arg(m_shop->number(cancelled)));
    expectRefusal(m_shop->number(cancelled), 0);
    QVERIFY(!m_page->session()->operation());
}

void TstStationUi::deactivatedBadgeIsRefused()
{
    scan(QStringLiteral("EMP:E099"));
    expectRefusal(QStringLiteral("deactivated"), 0);
    QVERIFY(m_page->session()->employeeId().isEmpty());
    QVERIFY(!m_shop->ws->access()->isSignedIn());
}

void TstStationUi::deactivatedMachineIsRefused()
{
    scan(QStringLiteral("EMP:E001"));
    scan(QStringLiteral("MC:OLD-1"));
    expectRefusal(QStringLiteral("OLD-1"), 0);
    QVERIFY(m_page->session()->machineId().isEmpty());
}

void TstStationUi::nonNumericQuantityIsRefused()
{
    signInAtLathe();
    QTest::mouseClick(box("good"), Qt::LeftButton);
    QTest::keyClicks(box("good"), QStringLiteral("1x"));
    QTest::qWait(150); // typed, not scanned: the keys reach the box once the burst window passes
    QCOMPARE(box("good")->text(), QStringLiteral("1x"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    expectRefusal(QStringLiteral("not a number"), 0);
}

void TstStationUi::absurdQuantityIsRefused()
{
    signInAtLathe();
    press(QStringLiteral("99999999"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    expectRefusal(QStringLiteral("not plausible"), 0);
    QCOMPARE(box("good")->text(), QStringLiteral("99999999")); // kept for correcting
}

void TstStationUi::moreGoodThanThePreviousStepIsRefused()
{
    signInAtLathe();
    press(QStringLiteral("30"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    QCOMPARE(m_shop->rows("production_reports"), 1);
    scan(QStringLiteral("MC:MILL-1"));
    scan(QStringLiteral("OP:%1/20").arg(m_shop->number(m_shop->order)));
    QCOMPARE(m_page->card()->figureText(QStringLiteral("reportable")), QStringLiteral("30"));
    press(QStringLiteral("31"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    expectRefusal(QStringLiteral("Only 30 more"), 1);
    QCOMPARE(m_shop->good(1), 0.0);
}

void TstStationUi::doubleReportIsCountedOnce()
{
    signInAtLathe();
    press(QStringLiteral("10"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    press(QStringLiteral("10"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    QCOMPARE(m_shop->rows("production_reports"), 1);
    QCOMPARE(m_shop->good(0), 10.0);
    QVERIFY2(m_page->messageText().contains(QStringLiteral("Already counted")), qPrintable(m_page->messageText()));
    QCOMPARE(m_page->card()->currentFlash(), StationCard::Flash::Warning);
}

void TstStationUi::defectiveNeedsAReasonButton()
{
    signInAtLathe();
    QVERIFY(!m_page->defectReasons()->isVisible());
    press(QStringLiteral("20"));
    QTest::mouseClick(box("defective"), Qt::LeftButton);
    press(QStringLiteral("2"));
    QVERIFY(m_page->defectReasons()->isVisible());
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    expectRefusal(QStringLiteral("defect reason"), 0);
    QTest::mouseClick(m_page->defectReasons()->buttonFor(QStringLiteral("D01")), Qt::LeftButton);
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    QCOMPARE(m_shop->rows("production_reports"), 1);
    QCOMPARE(m_shop->ws->reporting()->progress(m_shop->step(0)).value().defective, 2.0);
    QVERIFY(!m_page->defectReasons()->isVisible()); // the boxes are cleared for the next report
}

void TstStationUi::machineStatusFromTheButtons()
{
    signInAtLathe();
    MachineStatusService *status = m_shop->ws->machineStatus();
    QTest::mouseClick(m_page->statusButton(QStringLiteral("start")), Qt::LeftButton);
    QCOMPARE(status->current(m_shop->lathe).value().status, MachineStatus::Running);
    QCOMPARE(status->current(m_shop->lathe).value().operationId, m_shop->step(0));
    QTest::mouseClick(m_page->statusButton(QStringLiteral("down")), Qt::LeftButton);
    QVERIFY(m_page->downtimeReasons()->isVisible());
    QTest::mouseClick(m_page->downtimeReasons()->buttonFor(QStringLiteral("T01")), Qt::LeftButton);
    QCOMPARE(status->current(m_shop->lathe).value().status, MachineStatus::Down);
    QCOMPARE(status->current(m_shop->lathe).value().downtimeReasonId, m_shop->breakdown);
    QVERIFY(!m_page->downtimeReasons()->isVisible());
    QTest::mouseClick(m_page->statusButton(QStringLiteral("pause")), Qt::LeftButton);
    QCOMPARE(status->current(m_shop->lathe).value().status, MachineStatus::Idle);
    QVERIFY(m_page->session()->operation()); // a pause keeps the operation
    QTest::mouseClick(m_page->statusButton(QStringLiteral("finish")), Qt::LeftButton);
    QVERIFY(!m_page->session()->operation());
    QVERIFY(status->current(m_shop->lathe).value().operationId.isEmpty());
}

void TstStationUi::idleStationSignsTheOperatorOut()
{
    m_page->session()->setIdleTimeoutMs(200);
    signInAtLathe();
    QVERIFY(m_shop->ws->access()->isSignedIn());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->session()->employeeId().isEmpty(), 3000);
    QVERIFY(!m_shop->ws->access()->isSignedIn());
    QVERIFY(!m_page->session()->operation());
    QVERIFY(m_page->stepHintText().contains(QStringLiteral("badge")));
    QVERIFY(m_page->messageText().contains(QStringLiteral("signed out")));
    press(QStringLiteral("5"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    QCOMPARE(m_shop->rows("production_reports"), 0);
}

void TstStationUi::ownerWindowKeepsItsSession()
{
    m_shop->ws->access()->signIn(
        {QStringLiteral("owner-id"), QStringLiteral("owner"), QStringLiteral("王总"), Role::Owner});
    signInAtLathe();
    QCOMPARE(m_shop->ws->access()->userId(), QStringLiteral("owner-id"));
    press(QStringLiteral("5"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    QCOMPARE(m_shop->rows("production_reports"), 1);
    m_page->session()->signOut();
    QCOMPARE(m_shop->ws->access()->userId(), QStringLiteral("owner-id"));
}

void TstStationUi::keypadEditsTheActiveBox()
{
    QCOMPARE(QuantityKeypad::applyKey(QStringLiteral("0"), QStringLiteral("7")), QStringLiteral("7"));
    QCOMPARE(QuantityKeypad::applyKey(QString(), QStringLiteral(".")), QStringLiteral("0."));
    QCOMPARE(QuantityKeypad::applyKey(QStringLiteral("1.5"), QStringLiteral(".")), QStringLiteral("1.5"));
    press(QStringLiteral("12"));
    QTest::mouseClick(m_page->keypad()->button(QStringLiteral("back")), Qt::LeftButton);
    QCOMPARE(box("good")->text(), QStringLiteral("1"));
    QTest::mouseClick(box("rework"), Qt::LeftButton);
    press(QStringLiteral("3"));
    QCOMPARE(box("rework")->text(), QStringLiteral("3"));
    QCOMPARE(box("good")->text(), QStringLiteral("1"));
    QTest::mouseClick(m_page->keypad()->button(QStringLiteral("clear")), Qt::LeftButton);
    QVERIFY(box("rework")->text().isEmpty());
}

void TstStationUi::serialPiecesPassOrFailFromTheButton()
{
    m_shop->ws->access()->signInAsSystem();
    const QStringList serials =
        m_shop->ws->serials()->generate(m_shop->order, QStringLiteral("FL{seq:3}"), 3).value();
    m_shop->ws->access()->signOut();
    scan(QStringLiteral("EMP:E001"));
    scan(QStringLiteral("MC:LATHE-1"));
    QVERIFY(m_page->failPieceButton()->isHidden()); // no operation yet
    scan(QStringLiteral("SN:") + serials[0]);       // the piece picks its operation
    QCOMPARE(m_shop->good(0), 1.0);
    QVERIFY(!m_page->failPieceButton()->isHidden());
    QVERIFY(m_page->card()->findChild<QLabel *>(QStringLiteral("cardLot"))->text().contains(serials[0]));
    QTest::mouseClick(m_page->failPieceButton(), Qt::LeftButton);
    QVERIFY(m_page->failPieceButton()->isChecked());
    QTest::mouseClick(m_page->defectReasons()->buttonFor(QStringLiteral("D01")), Qt::LeftButton);
    scan(QStringLiteral("SN:") + serials[1]);
    QCOMPARE(m_shop->ws->reporting()->progress(m_shop->step(0)).value().defective, 1.0);
    QVERIFY(!m_page->failPieceButton()->isChecked()); // one failed piece at a time
    QCOMPARE(m_page->card()->currentFlash(), StationCard::Flash::Warning);
    scan(QStringLiteral("SN:") + serials[2]);
    QCOMPARE(m_shop->good(0), 2.0);
    QCOMPARE(m_shop->rows("production_reports"), 3);
}

void TstStationUi::workOrderListFollowsTheStationWithoutARefresh()
{
    // The office PC's Work orders page is open on the same factory while the operator reports.
    WorkOrdersPage list(m_shop->ws.get());
    list.resize(1280, 800);
    list.show();
    const int row = list.model()->rowOfId(m_shop->order);
    QVERIFY(row >= 0);
    const auto cell = [&](int column) {
        return list.view()->model()->index(row, column).data().toString();
    };
    QCOMPARE(cell(WorkOrderListModel::StateColumn), workOrderStateDisplayName(WorkOrderState::Released));
    QVERIFY(cell(WorkOrderListModel::DoneColumn).isEmpty());

    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    box("good")->setFocus();
    signInAtLathe(10);
    press(QStringLiteral("40"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    QVERIFY2(m_page->messageText().contains(QStringLiteral("Reported")), qPrintable(m_page->messageText()));
    // The first report started the order: the row says so at once.
    QCOMPARE(cell(WorkOrderListModel::StateColumn), workOrderStateDisplayName(WorkOrderState::InProgress));

    // The last step's good pieces are the order's progress.
    scan(QStringLiteral("MC:MILL-1"));
    scan(QStringLiteral("OP:%1/20").arg(m_shop->number(m_shop->order)));
    press(QStringLiteral("25"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    QVERIFY2(m_page->messageText().contains(QStringLiteral("Reported")), qPrintable(m_page->messageText()));
    QCOMPARE(cell(WorkOrderListModel::DoneColumn), QStringLiteral("25 (25%)"));
}

QTEST_MAIN(TstStationUi)
#include "tst_stationui.moc"
