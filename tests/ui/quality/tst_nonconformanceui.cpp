// The nonconformance list and its dialogs, offscreen: an inspector opens an NC on a step by
// hand, finds it in the list of open ones, and disposes of it with a concession — refused with
// the reason in the dialog until an approver who may approve is chosen.
#include "common/languagemanager.h"
#include "fixturehelpers.h"
#include "item/quality/nonconformancelistmodel.h"
#include "quality/dispositiondialog.h"
#include "quality/nonconformancedialog.h"
#include "quality/nonconformancelist.h"
#include "services/quality/nonconformanceservice.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "testshop.h"
#include "trace/quantityspinbox.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Taktline;

class TstNonconformanceUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openByHandAndDisposeWithAConcession();

private:
    std::unique_ptr<LanguageManager> m_language;
};

void TstNonconformanceUi::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TaktlineTests"));
    m_language = std::make_unique<LanguageManager>();
    m_language->apply(QStringLiteral("en"));
}

void TstNonconformanceUi::openByHandAndDisposeWithAConcession()
{
    TestShop shop;
    shop.reportAt(TestShop::at(0, 9), shop.request(0, 50));
    UserAccount approver;
    approver.id = QStringLiteral("user-zhang");
    approver.username = QStringLiteral("zhang");
    approver.displayName = QStringLiteral("张经理");
    approver.role = Role::Planner;
    approver.passwordHash = QStringLiteral("not-used");
    Fixture::require(UserRepository(shop.ws->database().connection()).insert(approver), "user");
    shop.signIn(Role::Supervisor);

    NonconformanceList list(shop.ws.get());
    list.resize(1280, 700);
    list.show();
    QCOMPARE(list.model()->rowCount(), 0);
    auto *disposeButton = list.findChild<QPushButton *>(QStringLiteral("disposeButton"));
    QVERIFY(!disposeButton->isEnabled());

    // New: the traveller of step 10 scanned into the order field, 4 pieces scratched.
    QPushButton *newButton = list.findChild<QPushButton *>(QStringLiteral("newButton"));
    QVERIFY(newButton->isEnabled());
    NonconformanceDialog *dialog = list.newNonconformance();
    QVERIFY(dialog);
    auto *order = dialog->findChild<QLineEdit *>(QStringLiteral("orderEdit"));
    order->setFocus();
    typeText(order, QStringLiteral("OP:") + shop.number() + QStringLiteral("/10"));
    QTest::keyClick(order, Qt::Key_Return); // the scanner's Enter loads the steps
    QVERIFY(dialog->isVisible());           // not saved by the Enter
    auto *step = dialog->findChild<QComboBox *>(QStringLiteral("stepCombo"));
    QCOMPARE(step->currentData().toString(), shop.step(0));
    dialog->findChild<QuantitySpinBox *>(QStringLiteral("quantitySpin"))->setValue(4);
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    reason->setCurrentIndex(reason->findData(shop.scratch));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openButton")),
                      Qt::LeftButton);
    QVERIFY2(dialog->result() == QDialog::Accepted, qPrintable(dialog->errorText()));
    QTRY_COMPARE(list.model()->rowCount(), 1);
    const NonconformanceRecord *nc = list.model()->recordAt(0);
    QCOMPARE(nc->quantity, 4.0);
    QCOMPARE(nc->seq, 10);
    QCOMPARE(list.model()->index(0, NonconformanceListModel::ReasonColumn).data().toString(),
             QStringLiteral("划伤"));

    // Dispose: a concession on 3, first without an approver.
    list.view()->selectRow(0);
    QVERIFY(disposeButton->isEnabled());
    DispositionDialog *dispose = list.disposeSelected();
    QVERIFY(dispose);
    auto *kind = dispose->findChild<QComboBox *>(QStringLiteral("dispositionCombo"));
    kind->setCurrentIndex(kind->findData(int(Disposition::Concession)));
    // A step's pieces came from no supplier's lot: no return to supplier offered.
    QCOMPARE(kind->findData(int(Disposition::ReturnToSupplier)), -1);
    auto *approverCombo = dispose->findChild<QComboBox *>(QStringLiteral("approverCombo"));
    QVERIFY(approverCombo->isEnabled());
    QCOMPARE(approverCombo->count(), 2); // "choose", 张经理
    dispose->findChild<QuantitySpinBox *>(QStringLiteral("quantitySpin"))->setValue(3);
    auto *apply = dispose->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(dispose->isVisible());
    QVERIFY2(dispose->errorText().contains(QStringLiteral("needs an approver")),
             qPrintable(dispose->errorText()));
    QCOMPARE(shop.rows("nc_dispositions"), 0);

    approverCombo->setCurrentIndex(approverCombo->findData(approver.id));
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY2(dispose->result() == QDialog::Accepted, qPrintable(dispose->errorText()));
    QCOMPARE(shop.rows("nc_dispositions"), 1);
    QTRY_COMPARE(list.model()->rowCount(), 1); // 1 piece still open
    QCOMPARE(list.model()->recordAt(0)->openQuantity, 1.0);
    QCOMPARE(list.model()->recordAt(0)->dispositions.constFirst().approver,
             QStringLiteral("张经理"));
    QVERIFY2(
        list.model()
            ->index(0, NonconformanceListModel::DispositionsColumn)
            .data()
            .toString()
            .contains(QStringLiteral("Concession 3")),
        qPrintable(
            list.model()->index(0, NonconformanceListModel::DispositionsColumn).data().toString()));

    // Showing only open ones: the last piece scrapped, the NC leaves the list; "All" keeps it.
    DispositionDialog *scrap = list.disposeSelected();
    QVERIFY(scrap);
    auto *scrapKind = scrap->findChild<QComboBox *>(QStringLiteral("dispositionCombo"));
    scrapKind->setCurrentIndex(scrapKind->findData(int(Disposition::Scrap)));
    QTest::mouseClick(scrap->findChild<QPushButton *>(QStringLiteral("applyButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(list.model()->rowCount(), 0);
    auto *show = list.findChild<QComboBox *>(QStringLiteral("showCombo"));
    show->setCurrentIndex(1);
    QCOMPARE(list.model()->rowCount(), 1);
}

QTEST_MAIN(TstNonconformanceUi)
#include "tst_nonconformanceui.moc"
