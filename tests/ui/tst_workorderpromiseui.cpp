// The promise in the new-order dialog (交期承诺, issue 17): as product, quantity and due date
// are chosen, one line says the earliest date, the rush date with the orders it delays and the
// material short; Details shows the steps and "Take as rush order" makes the order urgent.
// Editing an existing order shows no promise. Nothing is saved by looking.
#include "common/fields/dateedit.h"
#include "services/planning/promiseservice.h"
#include "services/planning/workorderservice.h"
#include "testshop.h"
#include "workorders/promisedialog.h"
#include "workorders/workorderdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Taktline;

class TstWorkOrderPromiseUi : public QObject
{
    Q_OBJECT
private slots:
    void lineFollowsProductQuantityAndDueDate();
    void badQuantitySaysWhy();
    void detailsAndTakeAsRush();
    void editingShowsNoPromise();
};

namespace {

struct Form
{
    explicit Form(TestShop &shop)
        : dialog(shop.ws.get(), WorkOrder{})
    {
        dialog.show();
        product = dialog.findChild<QComboBox *>(QStringLiteral("productCombo"));
        quantity = dialog.findChild<QLineEdit *>(QStringLiteral("quantityEdit"));
        due = dialog.findChild<DateEdit *>(QStringLiteral("dueDateEdit"));
        line = dialog.findChild<QLabel *>(QStringLiteral("promiseLine"));
        details = dialog.findChild<QPushButton *>(QStringLiteral("promiseDetailsButton"));
    }
    void fill(const QString &productId, const QString &pieces, const QDate &date)
    {
        product->setCurrentIndex(product->findData(productId));
        quantity->clear();
        QTest::keyClicks(quantity, pieces);
        due->setDate(date);
    }

    WorkOrderDialog dialog;
    QComboBox *product = nullptr;
    QLineEdit *quantity = nullptr;
    DateEdit *due = nullptr;
    QLabel *line = nullptr;
    QPushButton *details = nullptr;
};

} // namespace

void TstWorkOrderPromiseUi::lineFollowsProductQuantityAndDueDate()
{
    TestShop shop;
    Form form(shop);
    QVERIFY(form.product && form.quantity && form.due && form.line && form.details);
    QVERIFY(!form.details->isEnabled()); // nothing to show until a quantity is typed
    form.fill(shop.flange, QStringLiteral("30"), TestShop::day(4));
    // 30 flanges need 24 kg of steel; the open order leaves 20 kg of the 100 received.
    const Result<Promise> expected = shop.ws->promises()->promise({shop.flange, 30, TestShop::day(4)});
    QVERIFY2(expected, qPrintable(expected.error()));
    QTRY_COMPARE(form.line->text(), PromiseService::summary(expected.value()));
    QVERIFY(form.line->text().contains(QStringLiteral("short: SP-1")));
    QVERIFY(form.details->isEnabled());
    // Another quantity, another answer: 25 flanges need exactly the free 20 kg.
    form.quantity->clear();
    QTest::keyClicks(form.quantity, QStringLiteral("25"));
    QTRY_VERIFY(!form.line->text().contains(QStringLiteral("short:")));
    const Result<Promise> enough = shop.ws->promises()->promise({shop.flange, 25, TestShop::day(4)});
    QVERIFY2(enough, qPrintable(enough.error()));
    QCOMPARE(form.line->text(), PromiseService::summary(enough.value()));
}

void TstWorkOrderPromiseUi::badQuantitySaysWhy()
{
    TestShop shop;
    Form form(shop);
    form.fill(shop.flange, QStringLiteral("abc"), TestShop::day(4));
    QTRY_COMPARE(form.line->text(), QStringLiteral("The quantity is not a number."));
    QVERIFY(!form.details->isEnabled());
    form.fill(shop.steel, QStringLiteral("5"), TestShop::day(4)); // steel is bought, not made
    QTRY_VERIFY2(form.line->text().contains(QStringLiteral("has no routing")), qPrintable(form.line->text()));
}

void TstWorkOrderPromiseUi::detailsAndTakeAsRush()
{
    TestShop shop;
    const int orders = shop.rows("work_orders");
    Form form(shop);
    auto *priority = form.dialog.findChild<QComboBox *>(QStringLiteral("priorityCombo"));
    QCOMPARE(priority->currentData().toString(), priorityKey(WorkOrderPriority::Normal));
    form.fill(shop.flange, QStringLiteral("30"), TestShop::day(4));
    form.dialog.refreshPromise(); // at once, without waiting for the pause in typing
    QVERIFY(form.details->isEnabled());
    bool seen = false;
    QTimer::singleShot(0, &form.dialog, [&] {
        auto *details = qobject_cast<PromiseDialog *>(QApplication::activeModalWidget());
        if (!details)
            return;
        auto *steps = details->findChild<QTableWidget *>(QStringLiteral("promiseSteps"));
        seen = steps && steps->rowCount() == 2 && steps->item(0, 1)->text().startsWith(QStringLiteral("LATHE-1"))
               && details->findChild<QTableWidget *>(QStringLiteral("promiseShortages"));
        details->findChild<QPushButton *>(QStringLiteral("takeAsRushButton"))->click();
    });
    form.details->click();
    QVERIFY(seen);
    QCOMPARE(priority->currentData().toString(), priorityKey(WorkOrderPriority::Urgent));
    QCOMPARE(shop.rows("work_orders"), orders); // looking saves nothing
}

void TstWorkOrderPromiseUi::editingShowsNoPromise()
{
    TestShop shop;
    WorkOrderDialog dialog(shop.ws.get(), shop.ws->workOrders()->find(shop.order).value());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("promiseLine")));
    QVERIFY(dialog.promiseText().isEmpty());
}

QTEST_MAIN(TstWorkOrderPromiseUi)
#include "tst_workorderpromiseui.moc"
