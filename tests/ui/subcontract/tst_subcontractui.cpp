// The Subcontracting tab (外协) as the receiving gate uses it: scanning a subcontracted step's
// OP: code opens the send dialog (quantity up to what the step before made, due date from the
// supplier's lead time, the step's price), scanning it again opens the receive dialog; a short
// receipt shows as short; more back than is open is refused in the dialog with the service's
// message (in Chinese under zh_CN) and nothing written; the scan field takes no input method.
#include "common/languagemanager.h"
#include "common/fields/dateedit.h"
#include "fixturehelpers.h"
#include "item/subcontract/subcontractordersmodel.h"
#include "scan/scannerinputfilter.h"
#include "services/subcontract/subcontractservice.h"
#include "subcontract/subcontractreceivedialog.h"
#include "subcontract/subcontractsenddialog.h"
#include "subcontract/subcontractview.h"
#include "testshop.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Taktline;

class TstSubcontractUi : public QObject
{
    Q_OBJECT
private slots:
    void scanSendsThenReceivesShort();
    void moreBackThanOpenIsRefusedInChinese();
    void scanFieldTakesNoInputMethod();
};

namespace {

// Shafts turned on the lathe, then heat-treated at 精工热处理 (S01, five days away, 1.50 a
// piece); an order of 50 released, 30 turned.
struct Outsourcing : TestShop
{
    Outsourcing()
        : TestShop(Options{.bom = false, .lot = false, .order = false})
    {
        supplier = create(MasterDataKind::Supplier,
                          {{"code", "S01"}, {"name", "精工热处理"}, {"lead_days", "5"}});
        RoutingOperation turn;
        turn.name = QStringLiteral("车削");
        turn.standardSeconds = 60;
        turn.machineId = lathe;
        RoutingOperation heat;
        heat.name = QStringLiteral("热处理");
        heat.standardSeconds = 30;
        heat.outsourced = true;
        heat.supplierId = supplier;
        heat.subcontractPrice = 1.5;
        shaft = product("SH-1", "轴", {turn, heat});
        order = releasedOrder(shaft, 50);
        report(request(0, 30, 0, order));
    }
    QString opCode() const { return QStringLiteral("OP:%1/20").arg(number(order)); }
    QString supplier, shaft;
};

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

void typeQuantity(QWidget *parent, const char *name, const QString &quantity)
{
    auto *spin = parent->findChild<QDoubleSpinBox *>(QString::fromLatin1(name));
    QVERIFY2(spin, name);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, quantity);
}

// Types CODE into the scan field the way a keyboard-mode scanner does: characters, then Enter.
void scan(SubcontractView &view, const QString &code)
{
    auto *field = view.findChild<QLineEdit *>(QStringLiteral("subcontractScanField"));
    field->setFocus();
    QTest::keyClicks(field, code);
    QTest::keyClick(field, Qt::Key_Return);
}

QString cell(const SubcontractView &view, int row, int column)
{
    const auto *table = view.findChild<QTableView *>(QStringLiteral("subcontractTable"));
    return table->model()->index(row, column).data().toString();
}

int rows(const SubcontractView &view)
{
    return view.findChild<QTableView *>(QStringLiteral("subcontractTable"))->model()->rowCount();
}

QPushButton *button(QWidget *parent, const char *name)
{
    return parent->findChild<QPushButton *>(QString::fromLatin1(name));
}

// Sends 20 of the shop's heat treatment through the scan and the send dialog.
void sendTwenty(Outsourcing &shop, SubcontractView &view)
{
    bool acted = false;
    whenDialogOpens<SubcontractSendDialog>([&](SubcontractSendDialog *dialog) {
        acted = true;
        auto *quantity = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("sendQuantity"));
        QCOMPARE(quantity->value(), 30.0); // what the lathe made
        QCOMPARE(quantity->maximum(), 30.0);
        QCOMPARE(dialog->findChild<DateEdit *>(QStringLiteral("dueDateEdit"))->date(),
                 shop.today().addDays(5));
        QCOMPARE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("unitPriceSpin"))->value(),
                 1.5);
        typeQuantity(dialog, "sendQuantity", QStringLiteral("20"));
        QTest::mouseClick(button(dialog, "sendButton"), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorText()));
    });
    scan(view, shop.opCode());
    QVERIFY(acted);
}

} // namespace

void TstSubcontractUi::scanSendsThenReceivesShort()
{
    Outsourcing shop;
    SubcontractView view(shop.ws.get());
    view.resize(1280, 800);
    view.show();
    QCOMPARE(rows(view), 0);
    sendTwenty(shop, view);
    QCOMPARE(shop.rows("subcontract_orders"), 1);
    QCOMPARE(rows(view), 1);
    const QString number = cell(view, 0, SubcontractOrdersModel::NumberColumn);
    QVERIFY2(view.bannerText().contains(number), qPrintable(view.bannerText()));
    QCOMPARE(cell(view, 0, SubcontractOrdersModel::SupplierColumn), QStringLiteral("精工热处理"));
    QCOMPARE(cell(view, 0, SubcontractOrdersModel::SentColumn), QStringLiteral("20"));
    QCOMPARE(cell(view, 0, SubcontractOrdersModel::OpenColumn), QStringLiteral("20"));

    // The same code scanned again at the gate: the batch is back, 12 good and 2 defective.
    bool acted = false;
    whenDialogOpens<SubcontractReceiveDialog>([&](SubcontractReceiveDialog *dialog) {
        acted = true;
        QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("openSummary")));
        typeQuantity(dialog, "goodQuantity", QStringLiteral("12"));
        typeQuantity(dialog, "defectiveQuantity", QStringLiteral("2"));
        QTest::mouseClick(button(dialog, "receiveButton"), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorText()));
    });
    scan(view, shop.opCode());
    QVERIFY(acted);
    QCOMPARE(shop.rows("subcontract_receipts"), 1);
    QCOMPARE(cell(view, 0, SubcontractOrdersModel::GoodColumn), QStringLiteral("12"));
    QCOMPARE(cell(view, 0, SubcontractOrdersModel::DefectiveColumn), QStringLiteral("2"));
    QCOMPARE(cell(view, 0, SubcontractOrdersModel::OpenColumn), QStringLiteral("6"));
    QCOMPARE(cell(view, 0, SubcontractOrdersModel::ShortColumn), QStringLiteral("6"));
    QVERIFY2(button(&view, "filterShort")->text().contains(QStringLiteral("(1)")),
             qPrintable(button(&view, "filterShort")->text()));
    view.setFilter(SubcontractService::Filter::Short);
    QCOMPARE(rows(view), 1);
    QCOMPARE(cell(view, 0, SubcontractOrdersModel::NumberColumn), number);
    // The receipt moved the step on: its good pieces count.
    QCOMPARE(shop.good(1, shop.order), 12.0);
}

void TstSubcontractUi::moreBackThanOpenIsRefusedInChinese()
{
    LanguageManager language;
    QVERIFY(language.apply(QStringLiteral("zh_CN")));
    Outsourcing shop;
    SubcontractView view(shop.ws.get());
    view.show();
    sendTwenty(shop, view);
    QCOMPARE(shop.rows("subcontract_orders"), 1);
    QString refusal;
    bool acted = false;
    whenDialogOpens<SubcontractReceiveDialog>([&](SubcontractReceiveDialog *dialog) {
        acted = true;
        typeQuantity(dialog, "goodQuantity", QStringLiteral("25"));
        QTest::mouseClick(button(dialog, "receiveButton"), Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // refused: the dialog stays for a correction
        refusal = dialog->errorText();
    });
    scan(view, shop.opCode());
    language.apply(QStringLiteral("en"));
    QVERIFY(acted);
    QVERIFY2(!refusal.isEmpty(), "the service's refusal is shown in the dialog");
    QVERIFY2(refusal.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(refusal));
    QCOMPARE(shop.rows("subcontract_receipts"), 0);
    QCOMPARE(shop.good(1, shop.order), 0.0);
    QCOMPARE(cell(view, 0, SubcontractOrdersModel::OpenColumn), QStringLiteral("20"));
}

void TstSubcontractUi::scanFieldTakesNoInputMethod()
{
    Outsourcing shop;
    SubcontractView view(shop.ws.get());
    auto *field = view.findChild<QLineEdit *>(QStringLiteral("subcontractScanField"));
    QVERIFY(field);
    QVERIFY(ScannerInputFilter::isScanField(field));
    QVERIFY(!field->testAttribute(Qt::WA_InputMethodEnabled));
    // A code that names no subcontracted step is explained in the banner.
    view.show();
    scan(view, QStringLiteral("OP:%1/10").arg(shop.number(shop.order)));
    QVERIFY(!view.bannerText().isEmpty());
    QCOMPARE(shop.rows("subcontract_orders"), 0);
}

QTEST_MAIN(TstSubcontractUi)
#include "tst_subcontractui.moc"
