// The first-article gate (首件检验) at the station, driven the way the shop floor drives it: the
// operator scans badge, machine and traveller; good quantity typed on the keypad is refused with
// the reason while the first article has not passed; 送检首件 asks for an inspector, who scans
// their badge (and types their PIN when the factory asks for PINs) and fills the inspection form
// at the station; after a pass the banner turns green and good quantity is reported, after a
// fail the gate stays shut and says so.
#include "machines/machinecard.h"
#include "quality/inspectionform.h"
#include "quality/inspectionrow.h"
#include "services/access/accesscontrol.h"
#include "services/quality/inspectionplanservice.h"
#include "services/station/machineoverview.h"
#include "services/station/reportingservice.h"
#include "services/station/stationfirstarticle.h"
#include "services/station/stationpinservice.h"
#include "station/firstarticlebanner.h"
#include "station/pinpad.h"
#include "station/quantitykeypad.h"
#include "station/reasonbuttons.h"
#include "station/stationpage.h"
#include "storage/database.h"
#include "testshop.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Taktline;
using namespace std::chrono_literals;

namespace {

const QString InspectorPin = QStringLiteral("5290");

} // namespace

class TstStationFirstArticleUi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void gateByScansAndKeypad();
    void inspectorTypesThePinWhenPinsAreOn();
    void failedFirstArticleKeepsTheGateShut();
    void stepWithoutAPlanShowsNoBanner();

private:
    void openStation(int width = 1280); // a tablet, 1280×800 unless WIDTH says
    void scan(const QString &code);
    void signInAtLathe(int step = 10);
    void press(const QString &keys);
    void reportGood(const QString &keys);
    QString banner() const { return m_page->firstArticleBanner()->text(); }
    InspectionForm *form() const
    {
        return qobject_cast<InspectionForm *>(m_page->firstArticleBanner()->form());
    }
    // The inspector measures and looks: diameter DIAMETER, surface pass or fail; then saves.
    void fillForm(const QString &diameter, bool surfaceOk);

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<StationPage> m_page;
};

void TstStationFirstArticleUi::init()
{
    // The lathe's step of the flange needs a passed first article before good pieces count;
    // 李志强 (E002) is an inspector.
    m_shop = std::make_unique<TestShop>();
    InspectionPlan plan;
    plan.productId = m_shop->flange;
    plan.operationSeq = 10;
    plan.name = QStringLiteral("车削首检");
    plan.firstArticle = true;
    plan.firstArticleGate = true;
    Characteristic diameter;
    diameter.seq = 1;
    diameter.name = QStringLiteral("外径");
    diameter.kind = CharacteristicKind::Measured;
    diameter.nominal = 50.0;
    diameter.lower = 49.9;
    diameter.upper = 50.1;
    diameter.unit = QStringLiteral("mm");
    Characteristic surface;
    surface.seq = 2;
    surface.name = QStringLiteral("表面");
    surface.kind = CharacteristicKind::PassFail;
    plan.characteristics = {diameter, surface};
    const Result<QString> saved = m_shop->ws->inspectionPlans()->save(plan);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QSqlQuery inspector(m_shop->ws->database().connection());
    inspector.prepare(QStringLiteral("UPDATE employees SET inspector = 1 WHERE id = ?"));
    inspector.addBindValue(m_shop->li);
    QVERIFY(inspector.exec());
}

void TstStationFirstArticleUi::openStation(int width)
{
    m_shop->ws->access()->signOut(); // a tablet started as a station: nobody is signed in
    m_page = std::make_unique<StationPage>(m_shop->ws.get());
    m_page->resize(width, 800);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->quantityEdit(QStringLiteral("good"))->setFocus();
}

void TstStationFirstArticleUi::cleanup()
{
    m_page.reset();
    m_shop.reset();
}

void TstStationFirstArticleUi::scan(const QString &code)
{
    // Characters then Enter, fast, into whatever has the focus: what a keyboard-mode scanner does.
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_page.get();
    QTest::keyClicks(target, code);
    QTest::keyClick(target, Qt::Key_Return);
}

void TstStationFirstArticleUi::signInAtLathe(int step)
{
    scan(QStringLiteral("EMP:E001"));
    scan(QStringLiteral("MC:LATHE-1"));
    scan(QStringLiteral("OP:%1/%2").arg(m_shop->number(m_shop->order)).arg(step));
    QVERIFY2(m_page->session()->operation().has_value(), qPrintable(m_page->messageText()));
}

void TstStationFirstArticleUi::press(const QString &keys)
{
    for (const QChar key : keys)
        QTest::mouseClick(m_page->keypad()->button(QString(key)), Qt::LeftButton);
}

void TstStationFirstArticleUi::reportGood(const QString &keys)
{
    QTest::mouseClick(m_page->quantityEdit(QStringLiteral("good")), Qt::LeftButton);
    QTest::mouseClick(m_page->keypad()->button(QStringLiteral("clear")), Qt::LeftButton);
    press(keys);
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
}

void TstStationFirstArticleUi::fillForm(const QString &diameter, bool surfaceOk)
{
    QTRY_VERIFY(form() && form()->isVisible());
    QCOMPARE(form()->rowCount(), 2);
    QLineEdit *value = form()->row(0)->valueField();
    value->setFocus();
    QTest::keyClicks(value, diameter);
    QTest::mouseClick(
        form()->row(1)->button(surfaceOk ? QStringLiteral("pass") : QStringLiteral("fail")),
        Qt::LeftButton);
    QVERIFY2(form()->saveButton()->isEnabled(), qPrintable(form()->lastError()));
    QTest::mouseClick(form()->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!form());
    // The station's window is the active one again, as when a real dialog closes.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TstStationFirstArticleUi::gateByScansAndKeypad()
{
    openStation();
    signInAtLathe();
    QVERIFY(m_page->firstArticleBanner()->isVisible());
    QVERIFY2(banner().contains(QStringLiteral("First article to be inspected")),
             qPrintable(banner()));
    QVERIFY(m_page->firstArticleBanner()->requestButton()->isVisible());

    // Good pieces before the first article passed: refused on screen, nothing written.
    reportGood(QStringLiteral("30"));
    QVERIFY2(m_page->messageText().contains(QStringLiteral("first article")),
             qPrintable(m_page->messageText()));
    QCOMPARE(m_page->card()->currentFlash(), StationCard::Flash::Refused);
    QCOMPARE(m_shop->rows("production_reports"), 0);

    // 送检首件: the machine waits for an inspector.
    QTest::mouseClick(m_page->firstArticleBanner()->requestButton(), Qt::LeftButton);
    QCOMPARE(m_shop->rows("inspection_requests"), 1);
    QVERIFY(!m_page->firstArticleBanner()->requestButton()->isVisible());
    m_shop->advance(12min);
    m_page->session()->firstArticle()->refresh();
    QVERIFY2(banner().contains(QStringLiteral("Waiting for first-article inspection 12 min")),
             qPrintable(banner()));
    // The Machines page's card of the lathe says the machine waits for its first article.
    MachineCard card;
    const QTimeZone utc = QTimeZone::utc();
    card.setState(MachineOverview(m_shop->ws.get()).machine(m_shop->lathe, m_shop->nowMs()).value(),
                  m_shop->nowMs(), utc);
    QVERIFY2(card.text().contains(QStringLiteral("Waiting for first article")),
             qPrintable(card.text()));
    QVERIFY2(card.text().contains(QStringLiteral("12 min")), qPrintable(card.text()));

    // The inspector scans their badge at the station: the form opens, the operator stays.
    scan(QStringLiteral("EMP:E002"));
    QCOMPARE(m_page->session()->employeeName(), QStringLiteral("王建国"));
    fillForm(QStringLiteral("50.02"), true);
    QCOMPARE(m_shop->rows("inspections"), 1);
    QVERIFY2(banner().contains(QStringLiteral("First article passed")), qPrintable(banner()));
    QCOMPARE(m_page->firstArticleBanner()->property("state").toString(), QStringLiteral("passed"));

    // Now good pieces count.
    reportGood(QStringLiteral("30"));
    QVERIFY2(m_page->messageText().contains(QStringLiteral("Reported")),
             qPrintable(m_page->messageText()));
    QCOMPARE(m_shop->good(0), 30.0);
    QCOMPARE(m_shop->rows("production_reports"), 1);
}

void TstStationFirstArticleUi::inspectorTypesThePinWhenPinsAreOn()
{
    QVERIFY(m_shop->ws->stationPins()
                ->setPin(m_shop->wang, QStringLiteral("4071"), QStringLiteral("4071"))
                .ok());
    QVERIFY(m_shop->ws->stationPins()->setPin(m_shop->li, InspectorPin, InspectorPin).ok());
    StationRules rules = m_shop->ws->reporting()->rules();
    rules.pinRequired = true;
    QVERIFY(m_shop->ws->reporting()->setRules(rules).ok());
    openStation();
    scan(QStringLiteral("EMP:E001"));
    QTest::keyClicks(m_page->pinPad()->field(), QStringLiteral("4071"));
    QTest::mouseClick(m_page->pinPad()->button(QStringLiteral("ok")), Qt::LeftButton);
    scan(QStringLiteral("MC:LATHE-1"));
    scan(QStringLiteral("OP:%1/10").arg(m_shop->number(m_shop->order)));
    QVERIFY2(m_page->session()->operation().has_value(), qPrintable(m_page->messageText()));
    QTest::mouseClick(m_page->firstArticleBanner()->requestButton(), Qt::LeftButton);

    // The inspector's badge brings up the PIN pad with the inspector's name.
    scan(QStringLiteral("EMP:E002"));
    QVERIFY(m_page->pinPad()->isVisible());
    QVERIFY2(m_page->messageText().contains(QStringLiteral("李志强")),
             qPrintable(m_page->messageText()));
    QVERIFY(!form());
    for (const QChar key : InspectorPin)
        QTest::mouseClick(m_page->pinPad()->button(QString(key)), Qt::LeftButton);
    QTest::mouseClick(m_page->pinPad()->button(QStringLiteral("ok")), Qt::LeftButton);
    QVERIFY(!m_page->pinPad()->isVisible());
    QCOMPARE(m_page->session()->employeeName(), QStringLiteral("王建国"));
    fillForm(QStringLiteral("49.95"), true);
    QVERIFY2(banner().contains(QStringLiteral("First article passed")), qPrintable(banner()));
    reportGood(QStringLiteral("5"));
    QCOMPARE(m_shop->good(0), 5.0);
}

void TstStationFirstArticleUi::failedFirstArticleKeepsTheGateShut()
{
    openStation();
    signInAtLathe();
    QTest::mouseClick(m_page->firstArticleBanner()->requestButton(), Qt::LeftButton);
    scan(QStringLiteral("EMP:E002"));
    fillForm(QStringLiteral("50.30"), true); // over the upper limit
    QVERIFY2(banner().contains(QStringLiteral("First article failed")), qPrintable(banner()));
    QCOMPARE(m_page->firstArticleBanner()->property("state").toString(), QStringLiteral("failed"));
    QVERIFY(m_page->firstArticleBanner()->requestButton()->isVisible()); // 重新送检
    QVERIFY2(m_page->messageText().contains(QStringLiteral("failed")),
             qPrintable(m_page->messageText()));

    reportGood(QStringLiteral("8"));
    QVERIFY2(m_page->messageText().contains(QStringLiteral("failed inspection")),
             qPrintable(m_page->messageText()));
    QCOMPARE(m_shop->rows("production_reports"), 0);
    // Defective pieces are still reported.
    QTest::mouseClick(m_page->quantityEdit(QStringLiteral("good")), Qt::LeftButton);
    QTest::mouseClick(m_page->keypad()->button(QStringLiteral("clear")), Qt::LeftButton);
    QTest::mouseClick(m_page->quantityEdit(QStringLiteral("defective")), Qt::LeftButton);
    press(QStringLiteral("1"));
    QTest::mouseClick(m_page->defectReasons()->buttonFor(QStringLiteral("D01")), Qt::LeftButton);
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    QVERIFY2(m_shop->rows("production_reports") == 1, qPrintable(m_page->messageText()));
}

void TstStationFirstArticleUi::stepWithoutAPlanShowsNoBanner()
{
    openStation();
    scan(QStringLiteral("EMP:E001"));
    scan(QStringLiteral("MC:MILL-1"));
    scan(QStringLiteral("OP:%1/20").arg(m_shop->number(m_shop->order)));
    QVERIFY(m_page->session()->operation().has_value());
    QVERIFY(!m_page->firstArticleBanner()->isVisible());
    // An inspector's badge here is a badge like any other: it signs the inspector in.
    scan(QStringLiteral("EMP:E002"));
    QCOMPARE(m_page->session()->employeeName(), QStringLiteral("李志强"));
}

QTEST_MAIN(TstStationFirstArticleUi)
#include "tst_stationfirstarticleui.moc"
