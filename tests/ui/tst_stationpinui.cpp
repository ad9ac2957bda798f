// The PIN after the badge at the station, as an operator with gloves or a keyboard meets it:
// the pad comes up after the badge scan, takes digits from its big buttons and from keys (typed
// or at scanner speed), says when a PIN is wrong, locks the badge after five, and only the right
// PIN lets the operator report. Set from Master data ▸ Employees ▸ Station PIN….
#include "common/fields/scaninputguard.h"
#include "common/messagebanner.h"
#include "masterdata/stationpindialog.h"
#include "scan/scannerinputfilter.h"
#include "services/access/accesscontrol.h"
#include "services/station/reportingservice.h"
#include "services/station/stationpinservice.h"
#include "station/pinpad.h"
#include "station/quantitykeypad.h"
#include "station/stationpage.h"
#include "station/stationsettingsbox.h"
#include "testshop.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Taktline;

namespace {

const QString Pin = QStringLiteral("4071");

} // namespace

class TstStationPinUi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void padAppearsAfterTheBadgeScan();
    void digitsFromTheButtonsAndAWrongPin();
    void digitsTypedOnAKeyboard();
    void digitsAtScannerSpeedAreThePinNotAScan();
    void rightPinContinuesToTheReport();
    void fiveWrongPinsLockTheBadge();
    void badgeWithoutAPinIsRefused();
    void notMeDropsTheBadge();
    void pinIsSetFromTheEmployeesDialog();
    void settingSaysWhoHasNoPinYet();

private:
    void scan(const QString &code);
    void pressPad(const QString &keys);
    bool padShown() const { return m_page->pinPad()->isVisible(); }

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<StationPage> m_page;
};

void TstStationPinUi::init()
{
    // Wang has a PIN and the factory asks for it; the tablet starts as a station.
    m_shop = std::make_unique<TestShop>();
    QVERIFY(m_shop->ws->stationPins()->setPin(m_shop->wang, Pin, Pin).ok());
    StationRules rules = m_shop->ws->reporting()->rules();
    rules.pinRequired = true;
    QVERIFY(m_shop->ws->reporting()->setRules(rules).ok());
    m_shop->ws->access()->signOut();
    m_page = std::make_unique<StationPage>(m_shop->ws.get());
    m_page->resize(1280, 800);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->quantityEdit(QStringLiteral("good"))->setFocus();
}

void TstStationPinUi::cleanup()
{
    m_page.reset();
    m_shop.reset();
}

void TstStationPinUi::scan(const QString &code)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_page.get();
    QTest::keyClicks(target, code);
    QTest::keyClick(target, Qt::Key_Return);
}

void TstStationPinUi::pressPad(const QString &keys)
{
    for (const QChar key : keys)
        QTest::mouseClick(m_page->pinPad()->button(QString(key)), Qt::LeftButton);
}

void TstStationPinUi::padAppearsAfterTheBadgeScan()
{
    QVERIFY(!padShown());
    scan(QStringLiteral("EMP:E001"));
    QVERIFY(padShown());
    QVERIFY2(m_page->stepHintText().contains(QStringLiteral("PIN")),
             qPrintable(m_page->stepHintText()));
    QCOMPARE(QApplication::focusWidget(), m_page->pinPad()->field());
    QCOMPARE(m_page->pinPad()->field()->echoMode(), QLineEdit::Password);
    QVERIFY(ScanInputGuard::isProtected(m_page->pinPad()->field())); // no pinyin for digits
    QVERIFY(m_page->pinPad()->field()->testAttribute(Qt::WA_InputMethodEnabled) == false);
    // The operator tile names who is asked, still marked as not signed in.
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("stationTile"))
                ->text()
                .contains(QStringLiteral("王建国")));
    QVERIFY(m_page->session()->employeeId().isEmpty()); // not Wang's yet
    // The pad is big enough for gloves at a 1280×800 tablet.
    QVERIFY(m_page->pinPad()->button(QStringLiteral("5"))->height() >= 76);
    QVERIFY(m_page->pinPad()->button(QStringLiteral("5"))->width() >= 110);
}

void TstStationPinUi::digitsFromTheButtonsAndAWrongPin()
{
    scan(QStringLiteral("EMP:E001"));
    pressPad(QStringLiteral("99"));
    QCOMPARE(m_page->pinPad()->field()->text(), QStringLiteral("99"));
    QTest::mouseClick(m_page->pinPad()->button(QStringLiteral("back")), Qt::LeftButton);
    QCOMPARE(m_page->pinPad()->field()->text(), QStringLiteral("9"));
    QTest::mouseClick(m_page->pinPad()->button(QStringLiteral("clear")), Qt::LeftButton);
    QVERIFY(m_page->pinPad()->field()->text().isEmpty());
    pressPad(QStringLiteral("9999"));
    QTest::mouseClick(m_page->pinPad()->button(QStringLiteral("ok")), Qt::LeftButton);
    QVERIFY2(m_page->messageText().contains(QStringLiteral("Wrong PIN")),
             qPrintable(m_page->messageText()));
    QVERIFY(!m_page->messageText().contains(QStringLiteral("9999")));
    QVERIFY(padShown());
    QVERIFY(m_page->pinPad()->field()->text().isEmpty());
    QVERIFY(m_page->session()->employeeId().isEmpty());
}

void TstStationPinUi::digitsTypedOnAKeyboard()
{
    scan(QStringLiteral("EMP:E001"));
    // A person typing: slower than any scanner, so the keys land in the masked field.
    auto *filter = qApp->findChild<ScannerInputFilter *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(filter);
    const int gap = filter->maxGapMs();
    filter->setMaxGapMs(5);
    QTest::keyClicks(m_page->pinPad()->field(), QStringLiteral("4a07x1"), Qt::NoModifier, 20);
    QCOMPARE(m_page->pinPad()->field()->text(), Pin); // letters are not taken
    QTest::keyClick(m_page->pinPad()->field(), Qt::Key_Return);
    filter->setMaxGapMs(gap);
    QVERIFY(!padShown());
    QCOMPARE(m_page->session()->employeeId(), m_shop->wang);
}

void TstStationPinUi::digitsAtScannerSpeedAreThePinNotAScan()
{
    scan(QStringLiteral("EMP:E001"));
    scan(QStringLiteral("5555")); // fast keys then Enter: the filter takes them for a burst
    QVERIFY2(m_page->messageText().contains(QStringLiteral("Wrong PIN")),
             qPrintable(m_page->messageText()));
    QVERIFY(!m_page->messageText().contains(QStringLiteral("5555")));
    scan(Pin);
    QVERIFY(!padShown());
    QCOMPARE(m_page->session()->employeeId(), m_shop->wang);
}

void TstStationPinUi::rightPinContinuesToTheReport()
{
    scan(QStringLiteral("EMP:E001"));
    pressPad(Pin);
    QTest::mouseClick(m_page->pinPad()->button(QStringLiteral("ok")), Qt::LeftButton);
    QVERIFY(!padShown());
    QVERIFY2(m_page->messageText().contains(QStringLiteral("王建国")),
             qPrintable(m_page->messageText()));
    QVERIFY(m_page->stepHintText().contains(QStringLiteral("machine")));
    scan(QStringLiteral("MC:LATHE-1"));
    scan(QStringLiteral("OP:%1/10").arg(m_shop->number(m_shop->order)));
    QTest::mouseClick(m_page->keypad()->button(QStringLiteral("3")), Qt::LeftButton);
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    QVERIFY2(m_page->messageText().contains(QStringLiteral("Reported")),
             qPrintable(m_page->messageText()));
    QCOMPARE(m_shop->good(0), 3.0);
}

void TstStationPinUi::fiveWrongPinsLockTheBadge()
{
    scan(QStringLiteral("EMP:E001"));
    for (int attempt = 0; attempt < 5; ++attempt) {
        pressPad(QStringLiteral("2580"));
        QTest::mouseClick(m_page->pinPad()->button(QStringLiteral("ok")), Qt::LeftButton);
    }
    QVERIFY2(m_page->messageText().contains(QStringLiteral("locked")),
             qPrintable(m_page->messageText()));
    QVERIFY(!padShown());
    scan(QStringLiteral("EMP:E001")); // still locked: no pad
    QVERIFY(!padShown());
    QVERIFY(m_page->messageText().contains(QStringLiteral("locked")));
    QCOMPARE(m_shop->rows("production_reports"), 0);
}

void TstStationPinUi::badgeWithoutAPinIsRefused()
{
    scan(QStringLiteral("EMP:E002")); // Li has no PIN
    QVERIFY(!padShown());
    QVERIFY2(m_page->messageText().contains(QStringLiteral("no station PIN")),
             qPrintable(m_page->messageText()));
    QVERIFY(m_page->session()->employeeId().isEmpty());
}

void TstStationPinUi::notMeDropsTheBadge()
{
    scan(QStringLiteral("EMP:E001"));
    QTest::mouseClick(m_page->pinPad()->button(QStringLiteral("cancel")), Qt::LeftButton);
    QVERIFY(!padShown());
    QCOMPARE(m_page->session()->step(), StationSession::Step::Operator);
}

void TstStationPinUi::pinIsSetFromTheEmployeesDialog()
{
    m_shop->signIn(Role::Planner); // whoever may edit employees
    StationPinDialog dialog(m_shop->ws->stationPins(), m_shop->li, QStringLiteral("李志强"),
                            QStringLiteral("E002"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.clearButton()->isEnabled());
    QTest::keyClicks(dialog.pinEdit(), QStringLiteral("1234"));
    QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("1234"));
    QTest::mouseClick(dialog.setButton(), Qt::LeftButton);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("easy")), qPrintable(dialog.errorText()));
    QVERIFY(!m_shop->ws->stationPins()->hasPin(m_shop->li).value());
    QTest::keyClicks(dialog.pinEdit(), QStringLiteral("5829"));
    QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("5829"));
    QTest::mouseClick(dialog.setButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(m_shop->ws->stationPins()->hasPin(m_shop->li).value());
}

void TstStationPinUi::settingSaysWhoHasNoPinYet()
{
    StationRules rules = m_shop->ws->reporting()->rules();
    rules.pinRequired = false;
    m_shop->signIn(Role::Owner);
    QVERIFY(m_shop->ws->reporting()->setRules(rules).ok());
    MessageBanner banner;
    StationSettingsBox settings(m_shop->ws.get(), &banner);
    auto *check = settings.findChild<QCheckBox *>(QStringLiteral("pinRequiredCheck"));
    QVERIFY(check && !check->isChecked());
    settings.show();
    QTest::mouseClick(check, Qt::LeftButton);
    QTest::mouseClick(settings.findChild<QPushButton *>(QStringLiteral("saveStationButton")),
                      Qt::LeftButton);
    QVERIFY(m_shop->ws->reporting()->rules().pinRequired);
    // Li is the one active employee without a PIN (the one who left does not count).
    QVERIFY2(banner.text().contains(QStringLiteral("1 active employee")),
             qPrintable(banner.text()));
}

QTEST_MAIN(TstStationPinUi)
#include "tst_stationpinui.moc"
