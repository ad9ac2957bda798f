// The shop-floor station as an operator uses it: scans typed the way a keyboard-mode scanner
// types them (also through a Chinese input method), quantities on the big keypad, Report; every
// bad scan or number is refused on screen with nothing written, a double press is counted once,
// and an idle station signs the operator out.
#include "fixturehelpers.h"
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
#include "testworkspace.h"
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

namespace {

// A lathe and a mill (and a retired drill); flanges are turned then milled; an operator and one
// who left; a defect and a downtime reason; an order of 100 flanges released.
struct Factory
{
    TestWorkspace ws{TestWorkspace::SignIn::Owner};
    QString lathe, mill, flange, worker, scratch, breakdown, order;

    Factory()
    {
        lathe = create(MasterDataKind::Machine, {{"code", "LATHE-1"}, {"name", "数控车床"}, {"workshop", "一车间"}});
        mill = create(MasterDataKind::Machine, {{"code", "MILL-1"}, {"name", "加工中心"}, {"workshop", "一车间"}});
        const QString old = create(MasterDataKind::Machine, {{"code", "OLD-1"}, {"name", "旧钻床"}, {"workshop", "一车间"}});
        worker = create(MasterDataKind::Employee, {{"badge", "E001"}, {"name", "王建国"}});
        const QString leaver = create(MasterDataKind::Employee, {{"badge", "E099"}, {"name", "离职员工"}});
        scratch = create(MasterDataKind::DefectReason, {{"code", "D01"}, {"name", "划伤"}});
        breakdown = create(MasterDataKind::DowntimeReason, {{"code", "T01"}, {"name", "设备故障"}});
        require(ws->masterData()->setActive(MasterDataKind::Employee, leaver, false));
        require(ws->masterData()->setActive(MasterDataKind::Machine, old, false));
        flange = create(MasterDataKind::Product, {{"part_no", "FL-1"}, {"name", "法兰"}});
        require(ws->routing()->setOperations(flange, {{{}, QStringLiteral("车削"), 60, lathe},
                                                      {{}, QStringLiteral("铣削"), 60, mill}}));
        order = released(100);
        ws->access()->signOut(); // a tablet started as a station: nobody is signed in
    }
    static void require(const Outcome &outcome)
    {
        if (!outcome)
            qFatal("fixture: %s", qPrintable(outcome.error()));
    }
    QString create(MasterDataKind kind, std::initializer_list<std::pair<const char *, const char *>> values) const
    {
        return Fixture::createRecord(*ws, kind, values);
    }
    QString released(double quantity) const
    {
        WorkOrder wo;
        wo.productId = flange;
        wo.quantity = quantity;
        wo.dueDate = QDate::currentDate().addDays(7);
        const Result<QString> id = ws->workOrders()->create(wo);
        require(id.outcome());
        require(ws->workOrders()->apply(id.value(), WorkOrderAction::Release, 1));
        return id.value();
    }
    QString number(const QString &orderId) const { return ws->workOrders()->find(orderId).value().number; }
    QString step(int index) const { return ws->workOrders()->operations(order).value().at(index).id; }
    double good(int index) const { return ws->reporting()->progress(step(index)).value().good; }
    int reportRows() const
    {
        QSqlQuery query(ws->database().connection());
        query.exec(QStringLiteral("SELECT count(*) FROM production_reports"));
        query.next();
        return query.value(0).toInt();
    }
};

} // namespace

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

    std::unique_ptr<Factory> m_factory;
    std::unique_ptr<StationPage> m_page;
};

void TstStationUi::init()
{
    m_factory = std::make_unique<Factory>();
    m_page = std::make_unique<StationPage>(m_factory->ws.get());
    m_page->resize(1280, 800);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    box("good")->setFocus();
}

void TstStationUi::cleanup()
{
    m_page.reset();
    m_factory.reset();
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
    scan(QStringLiteral("OP:%1/%2").arg(m_factory->number(m_factory->order)).arg(step));
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
    QCOMPARE(m_factory->reportRows(), rowsBefore);
}

void TstStationUi::scansThenKeypadThenReport()
{
    QVERIFY(m_page->stepHintText().contains(QStringLiteral("badge")));
    scan(QStringLiteral("EMP:E001"));
    QVERIFY(m_page->messageText().contains(QStringLiteral("王建国")));
    QVERIFY(m_factory->ws->access()->userId().startsWith(QStringLiteral("station:")));
    QVERIFY(m_page->stepHintText().contains(QStringLiteral("machine")));
    scan(QStringLiteral("MC:LATHE-1"));
    scan(QStringLiteral("OP:%1/10").arg(m_factory->number(m_factory->order)));
    QVERIFY(box("good")->text().isEmpty()); // the scans never landed in the focused box
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("cardTitle"))->text()
                == m_factory->number(m_factory->order));
    QCOMPARE(m_page->card()->figureText(QStringLiteral("planned")), QStringLiteral("100"));
    press(QStringLiteral("30"));
    QCOMPARE(box("good")->text(), QStringLiteral("30"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    QCOMPARE(m_factory->good(0), 30.0);
    QCOMPARE(m_factory->reportRows(), 1);
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
    scanByInputMethod(QStringLiteral("OP:%1/10").arg(m_factory->number(m_factory->order)));
    QVERIFY2(m_page->session()->operation().has_value(), qPrintable(m_page->messageText()));
    QCOMPARE(m_page->session()->employeeName(), QStringLiteral("王建国"));
    press(QStringLiteral("12"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    QCOMPARE(m_factory->good(0), 12.0);
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
    m_factory->ws->access()->signInAsSystem();
    const QString cancelled = m_factory->released(20);
    QVERIFY(m_factory->ws->workOrders()->apply(cancelled, WorkOrderAction::Cancel,
                                               m_factory->ws->workOrders()->find(cancelled).value().version));
    m_factory->ws->access()->signOut();
    scan(QStringLiteral("EMP:E001"));
    scan(QStringLiteral("MC:LATHE-1"));
    scan(QStringLiteral("OP:%1/10").arg(m_factory->number(cancelled)));
    expectRefusal(m_factory->number(cancelled), 0);
    QVERIFY(!m_page->session()->operation());
}

void TstStationUi::deactivatedBadgeIsRefused()
{
    scan(QStringLiteral("EMP:E099"));
    expectRefusal(QStringLiteral("deactivated"), 0);
    QVERIFY(m_page->session()->employeeId().isEmpty());
    QVERIFY(!m_factory->ws->access()->isSignedIn());
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
    QCOMPARE(m_factory->reportRows(), 1);
    scan(QStringLiteral("MC:MILL-1"));
    scan(QStringLiteral("OP:%1/20").arg(m_factory->number(m_factory->order)));
    QCOMPARE(m_page->card()->figureText(QStringLiteral("reportable")), QStringLiteral("30"));
    press(QStringLiteral("31"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    expectRefusal(QStringLiteral("Only 30 more"), 1);
    QCOMPARE(m_factory->good(1), 0.0);
}

void TstStationUi::doubleReportIsCountedOnce()
{
    signInAtLathe();
    press(QStringLiteral("10"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    press(QStringLiteral("10"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    QCOMPARE(m_factory->reportRows(), 1);
    QCOMPARE(m_factory->good(0), 10.0);
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
    QCOMPARE(m_factory->reportRows(), 1);
    QCOMPARE(m_factory->ws->reporting()->progress(m_factory->step(0)).value().defective, 2.0);
    QVERIFY(!m_page->defectReasons()->isVisible()); // the boxes are cleared for the next report
}

void TstStationUi::machineStatusFromTheButtons()
{
    signInAtLathe();
    MachineStatusService *status = m_factory->ws->machineStatus();
    QTest::mouseClick(m_page->statusButton(QStringLiteral("start")), Qt::LeftButton);
    QCOMPARE(status->current(m_factory->lathe).value().status, MachineStatus::Running);
    QCOMPARE(status->current(m_factory->lathe).value().operationId, m_factory->step(0));
    QTest::mouseClick(m_page->statusButton(QStringLiteral("down")), Qt::LeftButton);
    QVERIFY(m_page->downtimeReasons()->isVisible());
    QTest::mouseClick(m_page->downtimeReasons()->buttonFor(QStringLiteral("T01")), Qt::LeftButton);
    QCOMPARE(status->current(m_factory->lathe).value().status, MachineStatus::Down);
    QCOMPARE(status->current(m_factory->lathe).value().downtimeReasonId, m_factory->breakdown);
    QVERIFY(!m_page->downtimeReasons()->isVisible());
    QTest::mouseClick(m_page->statusButton(QStringLiteral("pause")), Qt::LeftButton);
    QCOMPARE(status->current(m_factory->lathe).value().status, MachineStatus::Idle);
    QVERIFY(m_page->session()->operation()); // a pause keeps the operation
    QTest::mouseClick(m_page->statusButton(QStringLiteral("finish")), Qt::LeftButton);
    QVERIFY(!m_page->session()->operation());
    QVERIFY(status->current(m_factory->lathe).value().operationId.isEmpty());
}

void TstStationUi::idleStationSignsTheOperatorOut()
{
    m_page->session()->setIdleTimeoutMs(200);
    signInAtLathe();
    QVERIFY(m_factory->ws->access()->isSignedIn());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->session()->employeeId().isEmpty(), 3000);
    QVERIFY(!m_factory->ws->access()->isSignedIn());
    QVERIFY(!m_page->session()->operation());
    QVERIFY(m_page->stepHintText().contains(QStringLiteral("badge")));
    QVERIFY(m_page->messageText().contains(QStringLiteral("signed out")));
    press(QStringLiteral("5"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    QCOMPARE(m_factory->reportRows(), 0);
}

void TstStationUi::ownerWindowKeepsItsSession()
{
    m_factory->ws->access()->signIn({QStringLiteral("owner-id"), QStringLiteral("owner"),
                                     QStringLiteral("王总"), Role::Owner});
    signInAtLathe();
    QCOMPARE(m_factory->ws->access()->userId(), QStringLiteral("owner-id"));
    press(QStringLiteral("5"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    QCOMPARE(m_factory->reportRows(), 1);
    m_page->session()->signOut();
    QCOMPARE(m_factory->ws->access()->userId(), QStringLiteral("owner-id"));
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
    m_factory->ws->access()->signInAsSystem();
    const QStringList serials =
        m_factory->ws->serials()->generate(m_factory->order, QStringLiteral("FL{seq:3}"), 3).value();
    m_factory->ws->access()->signOut();
    scan(QStringLiteral("EMP:E001"));
    scan(QStringLiteral("MC:LATHE-1"));
    QVERIFY(m_page->failPieceButton()->isHidden()); // no operation yet
    scan(QStringLiteral("SN:") + serials[0]);       // the piece picks its operation
    QCOMPARE(m_factory->good(0), 1.0);
    QVERIFY(!m_page->failPieceButton()->isHidden());
    QVERIFY(m_page->card()->findChild<QLabel *>(QStringLiteral("cardLot"))->text().contains(serials[0]));
    QTest::mouseClick(m_page->failPieceButton(), Qt::LeftButton);
    QVERIFY(m_page->failPieceButton()->isChecked());
    QTest::mouseClick(m_page->defectReasons()->buttonFor(QStringLiteral("D01")), Qt::LeftButton);
    scan(QStringLiteral("SN:") + serials[1]);
    QCOMPARE(m_factory->ws->reporting()->progress(m_factory->step(0)).value().defective, 1.0);
    QVERIFY(!m_page->failPieceButton()->isChecked()); // one failed piece at a time
    QCOMPARE(m_page->card()->currentFlash(), StationCard::Flash::Warning);
    scan(QStringLiteral("SN:") + serials[2]);
    QCOMPARE(m_factory->good(0), 2.0);
    QCOMPARE(m_factory->reportRows(), 3);
}

void TstStationUi::workOrderListFollowsTheStationWithoutARefresh()
{
    // The office PC's Work orders page is open on the same factory while the operator reports.
    WorkOrdersPage list(m_factory->ws.get());
    list.resize(1280, 800);
    list.show();
    const int row = list.model()->rowOfId(m_factory->order);
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
    scan(QStringLiteral("OP:%1/20").arg(m_factory->number(m_factory->order)));
    press(QStringLiteral("25"));
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    QVERIFY2(m_page->messageText().contains(QStringLiteral("Reported")), qPrintable(m_page->messageText()));
    QCOMPARE(cell(WorkOrderListModel::DoneColumn), QStringLiteral("25 (25%)"));
}

QTEST_MAIN(TstStationUi)
#include "tst_stationui.moc"
