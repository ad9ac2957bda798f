// The planner's work-order page: filter the list, create an order by typing, release it,
// and meet a clear message when another window changed the same order first.
#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "item/planning/workorderlistmodel.h"
#include "services/planning/workorderservice.h"
#include "shell/mainwindow.h"
#include "testworkspace.h"
#include "uitesthelpers.h"
#include "workorders/workorderdetail.h"
#include "workorders/workorderdialog.h"
#include "workorders/workorderspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Taktline;

class TstWorkOrdersUi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listOpensWithOpenOrdersByDueDate();
    void overdueFilterShowsOnlyLateOpenOrders();
    void searchByNumberFindsTheOrder();
    void createsWorkOrderByTypingAndReleasesIt();
    void zeroQuantityIsRefusedInTheDialog();
    void pastDueDateNeedsASecondClick();
    void staleEditFromAnotherWindowIsRefused();

private:
    QPushButton *button(QWidget *parent, const QString &name) const
    {
        return parent->findChild<QPushButton *>(name);
    }

    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    WorkOrdersPage *m_page = nullptr;
};

void TstWorkOrdersUi::init()
{
    m_workspace = std::make_unique<TestWorkspace>(TestWorkspace::SignIn::Owner, true);
    m_language = std::make_unique<LanguageManager>();
    m_window = std::make_unique<MainWindow>(m_workspace->get(), m_language.get());
    m_window->show();
    m_window->setCurrentPage(Page::WorkOrders);
    m_page = qobject_cast<WorkOrdersPage *>(m_window->pageWidget(Page::WorkOrders));
    QVERIFY(m_page);
}

void TstWorkOrdersUi::cleanup()
{
    m_window.reset();
    m_language.reset();
    m_workspace.reset();
}

void TstWorkOrdersUi::listOpensWithOpenOrdersByDueDate()
{
    WorkOrderListModel *model = m_page->model();
    QVERIFY(model->totalCount() > 50);
    QVERIFY(model->rowCount() <= WorkOrderListModel::PageSize);
    QDate previous;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto state = static_cast<WorkOrderState>(model->index(row, 0).data(WorkOrderListModel::StateRole).toInt());
        QVERIFY(state == WorkOrderState::Draft || state == WorkOrderState::Released
                || state == WorkOrderState::InProgress || state == WorkOrderState::OnHold);
        const QDate due = QDate::fromString(model->index(row, WorkOrderListModel::DueColumn).data().toString(), Qt::ISODate);
        QVERIFY(!previous.isValid() || previous <= due);
        previous = due;
    }
    QCOMPARE(m_page->detail()->workOrderId(), model->idAt(0));
}

void TstWorkOrdersUi::overdueFilterShowsOnlyLateOpenOrders()
{
    QTest::mouseClick(m_page->findChild<QCheckBox *>(QStringLiteral("overdueCheck")), Qt::LeftButton);
    WorkOrderListModel *model = m_page->model();
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, 0).data(WorkOrderListModel::OverdueRole).toBool());
}

void TstWorkOrdersUi::searchByNumberFindsTheOrder()
{
    const QString number = m_page->model()->index(3, WorkOrderListModel::NumberColumn).data().toString();
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, number);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_page->model()->totalCount(), 1);
    QCOMPARE(m_page->model()->index(0, WorkOrderListModel::NumberColumn).data().toString(), number);
}

void TstWorkOrdersUi::createsWorkOrderByTypingAndReleasesIt()
{
    QTimer::singleShot(0, qApp, [] {
        auto *dialog = qobject_cast<WorkOrderDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *product = dialog->findChild<QComboBox *>(QStringLiteral("productCombo"));
        product->setCurrentIndex(product->findText(QStringLiteral("BS-20"), Qt::MatchStartsWith));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("quantityEdit")), QStringLiteral("500"));
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("customerEdit")), QStringLiteral("常州锐进"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    });
    QTest::mouseClick(button(m_page, QStringLiteral("newWorkOrderButton")), Qt::LeftButton);

    const QString id = m_page->detail()->workOrderId();
    QVERIFY(!id.isEmpty());
    const WorkOrder created = m_workspace->get()->workOrders()->find(id).value();
    QCOMPARE(created.state, WorkOrderState::Draft);
    QCOMPARE(created.quantity, 500.0);
    QCOMPARE(created.customer, QStringLiteral("常州锐进"));
    const QDate today = m_workspace->get()->clock().today(); // numbered by the factory's day
    QVERIFY(created.number.startsWith(QStringLiteral("WO-") +
                                      today.toString(QStringLiteral("yyyyMMdd"))));

    QPushButton *release = button(m_page->detail(), QStringLiteral("action_%1").arg(int(WorkOrderAction::Release)));
    QVERIFY(release);
    QTest::mouseClick(release, Qt::LeftButton);
    QCOMPARE(m_workspace->get()->workOrders()->find(id).value().state, WorkOrderState::Released);
    QCOMPARE(m_workspace->get()->workOrders()->operations(id).value().size(), 3);
}

void TstWorkOrdersUi::zeroQuantityIsRefusedInTheDialog()
{
    const int before = m_workspace->get()->workOrders()->count({}).value();
    QString error;
    QTimer::singleShot(0, qApp, [&error] {
        auto *dialog = qobject_cast<WorkOrderDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("quantityEdit")), QStringLiteral("0"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        error = dialog->errorText();
        dialog->reject();
    });
    QTest::mouseClick(button(m_page, QStringLiteral("newWorkOrderButton")), Qt::LeftButton);
    QVERIFY2(error.contains(QStringLiteral("greater than zero")), qPrintable(error));
    QCOMPARE(m_workspace->get()->workOrders()->count({}).value(), before);
}

void TstWorkOrdersUi::pastDueDateNeedsASecondClick()
{
    const int before = m_workspace->get()->workOrders()->count({}).value();
    QString warning;
    const QDate today = m_workspace->get()->clock().today();
    QTimer::singleShot(0, qApp, [&warning, today] {
        auto *dialog = qobject_cast<WorkOrderDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("quantityEdit")), QStringLiteral("20"));
        dialog->findChild<QDateEdit *>(QStringLiteral("dueDateEdit"))->setDate(today.addDays(-3));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QTest::mouseClick(save, Qt::LeftButton);
        warning = dialog->errorText();
        QVERIFY(dialog->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(button(m_page, QStringLiteral("newWorkOrderButton")), Qt::LeftButton);
    QVERIFY2(warning.contains(QStringLiteral("past")), qPrintable(warning));
    QCOMPARE(m_workspace->get()->workOrders()->count({}).value(), before + 1);
}

void TstWorkOrdersUi::staleEditFromAnotherWindowIsRefused()
{
    const QString id = m_page->detail()->workOrderId();
    WorkOrder mine = m_workspace->get()->workOrders()->find(id).value();
    WorkOrder theirs = mine;
    theirs.customer = QStringLiteral("另一个窗口");
    QVERIFY(m_workspace->get()->workOrders()->update(theirs));

    QString error;
    QTimer::singleShot(0, qApp, [&error] {
        auto *dialog = qobject_cast<WorkOrderDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *customer = dialog->findChild<QLineEdit *>(QStringLiteral("customerEdit"));
        customer->clear();
        typeText(customer, QStringLiteral("我的修改"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        error = dialog->errorText();
        dialog->reject();
    });
    // The dialog opened from the detail panel reads the latest version, so open one on the
    // stale copy the way a second window that loaded the order earlier would.
    QTimer::singleShot(0, qApp, [] {});
    WorkOrderDialog stale(m_workspace->get(), mine, m_page);
    stale.open();
    QTest::qWait(10);
    QVERIFY2(error.contains(mine.number), qPrintable(error));
    QCOMPARE(m_workspace->get()->workOrders()->find(id).value().customer, QStringLiteral("另一个窗口"));
}

QTEST_MAIN(TstWorkOrdersUi)
#include "tst_workordersui.moc"
