// The routing editor: a planner reorders and edits a product's operations with the buttons.
#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "fixturehelpers.h"
#include "item/masterdata/routingoperationsmodel.h"
#include "masterdata/masterdatapage.h"
#include "masterdata/routingeditor.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "shell/mainwindow.h"
#include "testworkspace.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Taktline;

class TstRoutingEditorUi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void movesOperationDownWithTheButton();
    void addsOperationAndNamesIt();
    void negativeStandardTimeIsRefusedAndNothingChanges();
    void machineEditorKeepsADeactivatedMachine();
    void idealCycleTimeIsTypedBesideTheStandardTime();
    void subcontractedStepNeedsItsSupplier();

private:
    QStringList storedNames() const
    {
        QStringList names;
        for (const RoutingOperation &op : m_workspace->get()->routing()->operations(m_productId).value())
            names << op.name;
        return names;
    }
    void click(const char *name)
    {
        QTest::mouseClick(m_editor->findChild<QPushButton *>(QString::fromLatin1(name)), Qt::LeftButton);
    }

    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    RoutingEditor *m_editor = nullptr;
    QString m_productId;
};

void TstRoutingEditorUi::init()
{
    m_workspace = std::make_unique<TestWorkspace>(TestWorkspace::SignIn::Owner, true);
    m_language = std::make_unique<LanguageManager>();
    m_window = std::make_unique<MainWindow>(m_workspace->get(), m_language.get());
    m_window->show();
    m_window->setCurrentPage(Page::MasterData);
    auto *page = qobject_cast<MasterDataPage *>(m_window->pageWidget(Page::MasterData));
    page->showRoutings();
    m_editor = page->routingEditor();
    m_productId = m_workspace->get()->masterData()->idForCode(MasterDataKind::Product, QStringLiteral("FL-DN25")).value();
    m_editor->selectProduct(m_productId);
    QCOMPARE(m_editor->operationsModel()->productId(), m_productId);
}

void TstRoutingEditorUi::cleanup()
{
    m_window.reset();
    m_language.reset();
    m_workspace.reset();
}

void TstRoutingEditorUi::movesOperationDownWithTheButton()
{
    QCOMPARE(storedNames(), (QStringList{QStringLiteral("车削"), QStringLiteral("钻孔"), QStringLiteral("检验")}));
    m_editor->operationsView()->selectRow(0);
    click("moveDownButton");
    QCOMPARE(storedNames(), (QStringList{QStringLiteral("钻孔"), QStringLiteral("车削"), QStringLiteral("检验")}));
    QCOMPARE(m_editor->operationsView()->currentIndex().row(), 1);
    m_workspace->get()->undoStack()->undo();
    QCOMPARE(storedNames(), (QStringList{QStringLiteral("车削"), QStringLiteral("钻孔"), QStringLiteral("检验")}));
}

void TstRoutingEditorUi::addsOperationAndNamesIt()
{
    click("addOperationButton");
    auto *editor = m_editor->operationsView()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    typeText(editor, QStringLiteral("去毛刺"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(storedNames().value(3), QStringLiteral("去毛刺"));
    QCOMPARE(storedNames().size(), 4);
}

void TstRoutingEditorUi::negativeStandardTimeIsRefusedAndNothingChanges()
{
    QTableView *view = m_editor->operationsView();
    const QModelIndex time = view->model()->index(0, RoutingOperationsModel::StandardTimeColumn);
    view->setCurrentIndex(time);
    view->edit(time);
    auto *editor = view->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("-5"));
    QTest::keyClick(editor, Qt::Key_Return);
    auto *banner = m_editor->findChild<MessageBanner *>();
    QTRY_VERIFY(!banner->text().isEmpty());
    QVERIFY2(banner->text().contains(QStringLiteral("greater than zero")), qPrintable(banner->text()));
    QCOMPARE(m_workspace->get()->routing()->operations(m_productId).value().at(0).standardSeconds, 95.0);
}

// The ideal cycle time is its own column, explained apart from the standard time; a typed time
// is saved, nonsense is refused in the banner, an emptied cell is "not set".
void TstRoutingEditorUi::idealCycleTimeIsTypedBesideTheStandardTime()
{
    auto *hint = m_editor->findChild<QLabel *>(QStringLiteral("timesHint"));
    QVERIFY(hint && hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("wages")) && hint->text().contains(QStringLiteral("OEE")),
             qPrintable(hint->text()));
    QTableView *view = m_editor->operationsView();
    const auto type = [&](const QString &text) {
        const QModelIndex ideal = view->model()->index(0, RoutingOperationsModel::IdealTimeColumn);
        view->setCurrentIndex(ideal);
        view->edit(ideal);
        auto *editor = view->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        if (text.isEmpty())
            QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    };
    const auto stored = [&] {
        return m_workspace->get()->routing()->operations(m_productId).value().at(0);
    };
    type(QStringLiteral("80"));
    QTRY_COMPARE(stored().idealSeconds, std::optional<double>(80));
    QCOMPARE(stored().standardSeconds, 95.0);

    type(QStringLiteral("0"));
    auto *banner = m_editor->findChild<MessageBanner *>();
    QTRY_VERIFY(!banner->text().isEmpty());
    QVERIFY2(banner->text().contains(QStringLiteral("ideal cycle time")), qPrintable(banner->text()));
    QCOMPARE(stored().idealSeconds, std::optional<double>(80));

    type(QString());
    QTRY_VERIFY(!stored().idealSeconds);
}

// The operation's machine was deactivated since: the drop-down still shows it (not "any
// machine"), offers "any machine" and the active ones, and closing it changes nothing.
void TstRoutingEditorUi::machineEditorKeepsADeactivatedMachine()
{
    Workspace *workspace = m_workspace->get();
    const QString machineId = workspace->routing()->operations(m_productId).value().at(0).machineId;
    QVERIFY(!machineId.isEmpty());
    QVERIFY(workspace->masterData()->setActive(MasterDataKind::Machine, machineId, false));
    QTableView *view = m_editor->operationsView();
    const QModelIndex cell = view->model()->index(0, RoutingOperationsModel::MachineColumn);
    QVERIFY(cell.data().toString().contains(QStringLiteral("(inactive)")));
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *combo = view->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), machineId);
    QCOMPARE(combo->currentText(), cell.data().toString());
    QVERIFY(combo->findData(QString()) >= 0); // (any machine)
    QCOMPARE(combo->count(), m_editor->operationsModel()->machineChoices().size() + 1);
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(!view->findChild<QComboBox *>() || !view->findChild<QComboBox *>()->isVisible());
    QCOMPARE(workspace->routing()->operations(m_productId).value().at(0).machineId, machineId);
}

// A step done outside (外协) is ticked in its own column: without a supplier the service's
// refusal shows in the banner and nothing is saved; with one picked in the drop-down and a price
// typed, the tick is saved.
void TstRoutingEditorUi::subcontractedStepNeedsItsSupplier()
{
    Workspace *workspace = m_workspace->get();
    const QString supplier = Fixture::createRecord(
        *workspace, MasterDataKind::Supplier, {{"code", "S01"}, {"name", "精工热处理"}});
    QTableView *view = m_editor->operationsView();
    const auto stored = [&] { return workspace->routing()->operations(m_productId).value().at(1); };
    const QModelIndex tick = view->model()->index(1, RoutingOperationsModel::OutsourcedColumn);
    QVERIFY(tick.flags() & Qt::ItemIsUserCheckable);
    QCOMPARE(tick.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    view->setCurrentIndex(tick);
    QTest::keyClick(view, Qt::Key_Space); // ticks the check box
    auto *banner = m_editor->findChild<MessageBanner *>();
    QTRY_VERIFY(!banner->text().isEmpty());
    QVERIFY2(banner->text().contains(QStringLiteral("upplier")), qPrintable(banner->text()));
    QVERIFY(!stored().outsourced);
    QCOMPARE(view->model()->index(1, RoutingOperationsModel::OutsourcedColumn)
                 .data(Qt::CheckStateRole)
                 .toInt(),
             int(Qt::Unchecked));

    // Choosing the supplier is the answer: the step is then done outside, and its price is typed.
    QVERIFY(!(view->model()->index(1, RoutingOperationsModel::PriceColumn).flags() &
              Qt::ItemIsEditable));
    const QModelIndex supplierCell = view->model()->index(1, RoutingOperationsModel::SupplierColumn);
    view->setCurrentIndex(supplierCell);
    view->edit(supplierCell);
    auto *combo = view->findChild<QComboBox *>();
    QVERIFY(combo);
    QVERIFY(combo->findData(supplier) >= 0);
    combo->setCurrentIndex(combo->findData(supplier));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY2(stored().supplierId == supplier, qPrintable(banner->text()));
    QVERIFY(stored().outsourced);
    QCOMPARE(view->model()->index(1, RoutingOperationsModel::OutsourcedColumn)
                 .data(Qt::CheckStateRole)
                 .toInt(),
             int(Qt::Checked));
    QVERIFY2(view->model()->index(1, RoutingOperationsModel::SupplierColumn)
                 .data()
                 .toString()
                 .contains(QStringLiteral("S01")),
             "the supplier is shown");
    const QModelIndex price = view->model()->index(1, RoutingOperationsModel::PriceColumn);
    view->setCurrentIndex(price);
    view->edit(price);
    auto *editor = view->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("2.5"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(stored().subcontractPrice, 2.5);
    // Unticked, the step is made in the shop again.
    view->setCurrentIndex(tick);
    QTest::keyClick(view, Qt::Key_Space);
    QTRY_VERIFY(!stored().outsourced);
}

QTEST_MAIN(TstRoutingEditorUi)
#include "tst_routingeditorui.moc"
