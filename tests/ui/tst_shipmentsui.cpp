// The Shipments tab (发货) as the warehouse uses it: a shipment made in its dialog by scanning
// lines (the customer filled in from the work order), a refused line or shipment explained in
// the dialog with nothing created, finished goods received through their dialog up to what the
// last step made, and the buttons closed to those who may not move goods.
#include "common/messagebanner.h"
#include "fixturehelpers.h"
#include "services/access/accesscontrol.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/reportingservice.h"
#include "services/trace/shipmentservice.h"
#include "storage/database.h"
#include "testshop.h"
#include "trace/shipments/receivefinisheddialog.h"
#include "trace/shipments/shipmentdialog.h"
#include "trace/shipments/shipmentspanel.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Taktline;

class TstShipmentsUi : public QObject
{
    Q_OBJECT
private slots:
    void shipmentIsMadeThroughTheDialog();
    void refusedLineShowsTheReasonAndCreatesNothing();
    void finishedGoodsAreReceivedThroughTheDialog();
    void onlyThoseWhoMoveGoodsMayShip();
};

namespace {

const QString Customer = QStringLiteral("华东机电有限公司");

// The shop stamping brackets in one step on a press: an order of 20 for a customer, production
// lot P-0200, all 20 reported good by Wang; received into finished goods as the test asks.
struct Warehouse : TestShop
{
    Warehouse()
        : TestShop(Options{.order = false})
    {
        const QString press = machine("PRS-1", "冲床", "冲压车间");
        const QString bracket = product("BR-1", "支架", {{{}, QStringLiteral("冲压"), 6, press}});
        WorkOrder wo;
        wo.productId = bracket;
        wo.quantity = 20;
        wo.dueDate = day(3);
        wo.customer = Customer;
        wo.salesOrder = QStringLiteral("SO-2601");
        wo.lotNo = QStringLiteral("P-0200");
        const Result<QString> id = ws->workOrders()->create(wo);
        Fixture::require(id.outcome(), "order");
        order = id.value();
        Fixture::require(ws->workOrders()->apply(order, WorkOrderAction::Release, 1), "release");
        report(request(0, 20));
    }
    void receiveFinished(double quantity) const
    {
        Fixture::require(ws->shipments()->receiveFinished(order, quantity, {}, {}).outcome(),
                         "receive");
    }
    int shipments() const { return rows("shipments") + rows("shipment_lines"); }
};

// Runs ACT on the modal dialog of type T as soon as it is open (exec() blocks the test); a
// dialog a failed check leaves open is closed, so the test ends instead of hanging.
template<typename T> void whenDialogOpens(const std::function<void(T *)> &act)
{
    QTimer::singleShot(0, qApp, [act] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (QWidget *other = QApplication::activeModalWidget())
                other->close();
            QFAIL("the dialog did not open");
        }
        act(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

void typeQuantity(QDoubleSpinBox *spin, const QString &quantity)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, quantity);
}

// Types CODE into the scan field the way a keyboard-mode scanner does: characters, then Enter.
void scanLine(ShipmentDialog *dialog, const QString &code, const QString &quantity = {})
{
    if (!quantity.isEmpty())
        typeQuantity(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("lineQuantitySpin")),
                     quantity);
    QLineEdit *field = dialog->codeField();
    field->setFocus();
    QTest::keyClicks(field, code);
    QTest::keyClick(field, Qt::Key_Return);
}

QPushButton *button(QWidget *parent, const char *name)
{
    return parent->findChild<QPushButton *>(QString::fromLatin1(name));
}

} // namespace

void TstShipmentsUi::shipmentIsMadeThroughTheDialog()
{
    Warehouse w;
    w.receiveFinished(15);
    ShipmentsPanel panel(w.ws.get());
    panel.resize(1280, 800);
    panel.show();
    QCOMPARE(panel.model()->rowCount(), 0);
    bool acted = false;
    whenDialogOpens<ShipmentDialog>([&](ShipmentDialog *dialog) {
        acted = true;
        scanLine(dialog, QStringLiteral("P-0200"), QStringLiteral("10"));
        QVERIFY2(dialog->lineCount() == 1, qPrintable(dialog->errorText()));
        // The work order names the customer and their order.
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("customerCombo"))->currentText(),
                 Customer);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("customerOrderEdit"))->text(),
                 QStringLiteral("SO-2601"));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("linesTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), w.number());
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("10"));
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit")),
                 QStringLiteral("德邦物流"));
        QTest::mouseClick(button(dialog, "saveButton"), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorText()));
    });
    QTest::mouseClick(button(&panel, "newShipmentButton"), Qt::LeftButton);
    QVERIFY(acted);

    QCOMPARE(panel.model()->rowCount(), 1);
    const QString number = panel.model()->index(0, ShipmentsPanel::NumberColumn).data().toString();
    QVERIFY2(number.startsWith(QStringLiteral("SH")), qPrintable(number));
    QCOMPARE(panel.model()->index(0, ShipmentsPanel::CustomerColumn).data().toString(), Customer);
    QCOMPARE(panel.model()->index(0, ShipmentsPanel::QuantityColumn).data().toString(),
             QStringLiteral("10"));
    QVERIFY(panel.banner()->text().contains(number));
    QCOMPARE(panel.linesModel()->rowCount(), 1);
    QCOMPARE(panel.linesModel()->index(0, 0).data().toString(), w.number());
    const Result<Shipment> saved = w.ws->shipments()->find(number);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().note, QStringLiteral("德邦物流"));
    QCOMPARE(w.ws->shipments()->finishedStock(w.order).value().inStock(), 5.0);
    // "Trace" hands the shipment's code to the genealogy.
    QString traced;
    connect(&panel, &ShipmentsPanel::traceRequested, this,
            [&traced](const QString &code) { traced = code; });
    QTest::mouseClick(button(&panel, "traceShipmentButton"), Qt::LeftButton);
    QCOMPARE(traced, QStringLiteral("SHP:") + number);
}

void TstShipmentsUi::refusedLineShowsTheReasonAndCreatesNothing()
{
    Warehouse w;
    w.receiveFinished(15);
    ShipmentsPanel panel(w.ws.get());
    panel.show();
    bool acted = false;
    whenDialogOpens<ShipmentDialog>([&](ShipmentDialog *dialog) {
        acted = true;
        scanLine(dialog, QStringLiteral("WO:WO-NOPE"));
        QCOMPARE(dialog->lineCount(), 0);
        QVERIFY2(dialog->errorText().contains(QStringLiteral("WO-NOPE")),
                 qPrintable(dialog->errorText()));
        QVERIFY(dialog->findChild<MessageBanner *>()->isVisible());
        // More than is in finished goods: both figures, and the line stays out.
        scanLine(dialog, w.number(), QStringLiteral("16"));
        QCOMPARE(dialog->lineCount(), 0);
        QVERIFY2(dialog->errorText().contains(QStringLiteral("15")) &&
                     dialog->errorText().contains(QStringLiteral("16")),
                 qPrintable(dialog->errorText()));
        // Shipping without a line is refused too, and the dialog stays open.
        typeText(dialog->findChild<QComboBox *>(QStringLiteral("customerCombo"))->lineEdit(),
                 Customer);
        QTest::mouseClick(button(dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("at least one line")),
                 qPrintable(dialog->errorText()));
        // A good line, then the customer removed: refused, nothing made.
        scanLine(dialog, QStringLiteral("p-0200"), QStringLiteral("5"));
        QCOMPARE(dialog->lineCount(), 1);
        dialog->findChild<QComboBox *>(QStringLiteral("customerCombo"))->lineEdit()->clear();
        QTest::mouseClick(button(dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("customer")),
                 qPrintable(dialog->errorText()));
        dialog->reject();
    });
    QTest::mouseClick(button(&panel, "newShipmentButton"), Qt::LeftButton);
    QVERIFY(acted);
    QCOMPARE(w.shipments(), 0);
    QCOMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(w.ws->shipments()->finishedStock(w.order).value().inStock(), 15.0);
}

void TstShipmentsUi::finishedGoodsAreReceivedThroughTheDialog()
{
    Warehouse w;
    w.receiveFinished(5);
    ShipmentsPanel panel(w.ws.get());
    panel.show();
    bool acted = false;
    whenDialogOpens<ReceiveFinishedDialog>([&](ReceiveFinishedDialog *dialog) {
        acted = true;
        QVERIFY(dialog->selectOrder(w.number()));
        auto *quantity = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("quantitySpin"));
        QCOMPARE(quantity->value(), 15.0); // what is left to receive
        typeQuantity(quantity, QStringLiteral("16"));
        QTest::mouseClick(button(dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("20")) &&
                     dialog->errorText().contains(QStringLiteral("15")),
                 qPrintable(dialog->errorText()));
        QCOMPARE(w.ws->shipments()->finishedStock(w.order).value().received, 5.0);
        typeQuantity(quantity, QStringLiteral("15"));
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("locationEdit")),
                 QStringLiteral("成品库 A-01"));
        QTest::mouseClick(button(dialog, "saveButton"), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorText()));
    });
    QTest::mouseClick(button(&panel, "receiveFinishedButton"), Qt::LeftButton);
    QVERIFY(acted);
    QCOMPARE(w.ws->shipments()->finishedStock(w.order).value().received, 20.0);
    QCOMPARE(w.ws->shipments()->receipts(w.order).value().constLast().receipt.location,
             QStringLiteral("成品库 A-01"));
    QVERIFY(panel.banner()->text().contains(w.number()));
}

void TstShipmentsUi::onlyThoseWhoMoveGoodsMayShip()
{
    Warehouse w;
    ShipmentsPanel panel(w.ws.get());
    QVERIFY(button(&panel, "newShipmentButton")->isEnabled());
    w.ws->access()->signIn(
        {QStringLiteral("u-op"), QStringLiteral("op"), QStringLiteral("陈师傅"), Role::Operator});
    for (const char *name : {"newShipmentButton", "receiveFinishedButton"}) {
        QVERIFY(!button(&panel, name)->isEnabled());
        QVERIFY(!button(&panel, name)->toolTip().isEmpty());
    }
}

QTEST_MAIN(TstShipmentsUi)
#include "tst_shipmentsui.moc"
