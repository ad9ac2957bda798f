// Fields that take scans, codes or quantities refuse a Chinese input method in the way the
// platform asks (Qt::ImEnabled of the focused widget, which fcitx, IBus and Windows IMM read),
// whatever is set on them later; fields meant for Chinese text keep it. The real input method
// is driven in tests/ime; this checks every field offscreen.
#include "common/messagebanner.h"
#include "common/fields/scaninputguard.h"
#include "domain/planning/workorder.h"
#include "masterdata/recorddialog.h"
#include "scan/scannerinputfilter.h"
#include "services/trace/traceservice.h"
#include "station/stationpage.h"
#include "station/stationpickdialog.h"
#include "testshop.h"
#include "trace/genealogy/genealogypanel.h"
#include "trace/lots/receivelotdialog.h"
#include "trace/quantityspinbox.h"
#include "trace/shipments/shipmentdialog.h"
#include "workorders/workorderdialog.h"

#include <QApplication>
#include <QInputMethodQueryEvent>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace Taktline;

class TstScanInputGuard : public QObject
{
    Q_OBJECT
private slots:
    void lineEditRefusesTheInputMethod();
    void spinBoxRefusesTheInputMethod();
    void staysRefusedAfterReadOnlyAndEchoMode();
    void stationFieldsRefuseTheInputMethod();
    void codeFieldsRefuseItNameFieldsKeepIt();

private:
    // What the platform's input method asks before it composes: does the focused widget,
    // once FIELD has the focus in its active window, accept an input method?
    static bool inputMethodAttaches(QWidget *field);
    static QVariant query(Qt::InputMethodQuery property);
    template<typename T> static T *child(const QWidget *parent, const char *name)
    {
        auto *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no %s in %s", name, qPrintable(parent->objectName()));
        return found;
    }
};

bool TstScanInputGuard::inputMethodAttaches(QWidget *field)
{
    QWidget *window = field->window();
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        qFatal("the window of %s is not active", qPrintable(field->objectName()));
    field->setFocus(Qt::OtherFocusReason);
    if (!field->hasFocus())
        qFatal("%s takes no focus", qPrintable(field->objectName()));
    return query(Qt::ImEnabled).toBool();
}

QVariant TstScanInputGuard::query(Qt::InputMethodQuery property)
{
    // As QInputMethodPrivate::objectAcceptsInputMethod() asks: an event to the focus object.
    QInputMethodQueryEvent event(property);
    QCoreApplication::sendEvent(QGuiApplication::focusObject(), &event);
    return event.value(property);
}

void TstScanInputGuard::lineEditRefusesTheInputMethod()
{
    QWidget window;
    auto *name = new QLineEdit(&window);
    auto *code = new QLineEdit(QStringLiteral("WO:1"), &window);
    auto *scan = new QLineEdit(&window);
    QVERIFY(inputMethodAttaches(name));
    QVERIFY(inputMethodAttaches(code));
    ScanInputGuard::protect(code);
    QVERIFY(ScanInputGuard::isProtected(code));
    QVERIFY(!ScanInputGuard::isProtected(name));
    QVERIFY(!inputMethodAttaches(code));
    QVERIFY(inputMethodAttaches(name)); // only the field asked for
    QVERIFY(code->inputMethodHints().testFlag(Qt::ImhLatinOnly));
    QVERIFY(code->inputMethodHints().testFlag(Qt::ImhNoPredictiveText));
    // Everything else is answered as before: the text around the cursor, for one.
    QVERIFY(!inputMethodAttaches(code));
    QCOMPARE(query(Qt::ImSurroundingText).toString(), QStringLiteral("WO:1"));

    // A scan field is guarded the same way.
    ScannerInputFilter::makeScanField(scan);
    QVERIFY(ScanInputGuard::isProtected(scan));
    QVERIFY(!inputMethodAttaches(scan));
}

void TstScanInputGuard::spinBoxRefusesTheInputMethod()
{
    QWidget window;
    auto *count = new QSpinBox(&window);
    auto *quantity = new QuantitySpinBox(&window);
    QVERIFY(inputMethodAttaches(count));
    ScanInputGuard::protect(count);
    QVERIFY(!inputMethodAttaches(count));
    QVERIFY(!inputMethodAttaches(quantity)); // the warehouse's quantity box is guarded itself
}

void TstScanInputGuard::staysRefusedAfterReadOnlyAndEchoMode()
{
    // setReadOnly(false) and setEchoMode() switch WA_InputMethodEnabled back on.
    QWidget window;
    auto *code = new QLineEdit(&window);
    ScanInputGuard::protect(code);
    code->setReadOnly(true);
    code->setReadOnly(false);
    code->setEchoMode(QLineEdit::Normal);
    QVERIFY(code->testAttribute(Qt::WA_InputMethodEnabled));
    QVERIFY(!inputMethodAttaches(code));
}

void TstScanInputGuard::stationFieldsRefuseTheInputMethod()
{
    TestShop shop(TestShop::Options{.signIn = TestWorkspace::SignIn::None});
    StationPage page(shop.ws.get());
    page.resize(1280, 800);
    QVERIFY(!inputMethodAttaches(child<QLineEdit>(&page, "scanField")));
    for (const char *box : {"good", "defective", "rework"})
        QVERIFY2(!inputMethodAttaches(page.quantityEdit(QString::fromLatin1(box))), box);

    // The list an operator or machine is picked from when the badge is typed.
    StationPickDialog pick(shop.ws->masterData(), MasterDataKind::Employee);
    QVERIFY(!inputMethodAttaches(child<QLineEdit>(&pick, "pickFilter")));
}

void TstScanInputGuard::codeFieldsRefuseItNameFieldsKeepIt()
{
    TestShop shop;
    MessageBanner banner;
    GenealogyPanel trace(shop.ws.get(), &banner);
    QVERIFY(!inputMethodAttaches(child<QLineEdit>(&trace, "traceSearchField")));

    ReceiveLotDialog receive({}, {}, shop.today(),
                             [](const LotReceipt &) { return Result<QString>(QString()); });
    QVERIFY(inputMethodAttaches(child<QLineEdit>(&receive, "supplierEdit")));
    QVERIFY(!inputMethodAttaches(child<QLineEdit>(&receive, "supplierLotEdit")));
    QVERIFY(!inputMethodAttaches(child<QWidget>(&receive, "quantitySpin")));
    QVERIFY(!inputMethodAttaches(child<QLineEdit>(&receive, "lotNoEdit")));

    ShipmentDialog shipment(shop.ws.get());
    QVERIFY(inputMethodAttaches(child<QLineEdit>(&shipment, "noteEdit")));
    QVERIFY(!inputMethodAttaches(child<QLineEdit>(&shipment, "lineCodeField")));
    QVERIFY(!inputMethodAttaches(child<QWidget>(&shipment, "lineQuantitySpin")));

    WorkOrderDialog order(shop.ws.get(), WorkOrder{});
    QVERIFY(inputMethodAttaches(child<QLineEdit>(&order, "customerEdit")));
    QVERIFY(!inputMethodAttaches(child<QLineEdit>(&order, "quantityEdit")));

    RecordDialog employee(MasterDataKind::Employee, MasterRecord{},
                          [](const QVariantMap &) { return Outcome::success(); });
    QVERIFY(inputMethodAttaches(child<QLineEdit>(&employee, "field_name")));
}

QTEST_MAIN(TstScanInputGuard)
#include "tst_scaninputguard.moc"
