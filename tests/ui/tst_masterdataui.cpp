// Drives the real Master data widgets the way a planner does: typing into dialogs, pressing
// buttons and Ctrl+Z, and checks what ends up in the factory database.
#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "domain/masterdata/masterdataspecs.h"
#include "item/masterdata/masterdatatablemodel.h"
#include "masterdata/masterdatalistwidget.h"
#include "masterdata/masterdatapage.h"
#include "masterdata/recorddialog.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "shell/mainwindow.h"
#include "shell/navigationrail.h"
#include "storage/database.h"
#include "testworkspace.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <functional>

using namespace Taktline;

class TstMasterDataUi : public QObject
{
    Q_OBJECT
private slots:
    void addsMachineByTypingThenUndoesAndRedoes();
    void duplicateCodeKeepsDialogOpenAndSavesNothing();
    void negativeCapacityIsRefusedInTheUsersWords();
    void editsCellInPlace();
    void deactivatesAndHidesMachine();
    void supervisorSeesNoEditButtons();
    void operatorSeesOnlyStation();
    void demoWindowTitleSaysDemo();
    void chineseUiShowsUnitsInChinese();
    void downtimeReasonClassIsChosenFromAList();

private:
    struct Fixture
    {
        explicit Fixture(TestWorkspace::SignIn as = TestWorkspace::SignIn::Owner)
            : workspace(as, true)
            , window(workspace.get(), &language)
        {
            window.show();
            window.setCurrentPage(Page::MasterData);
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
        }
        MasterDataListWidget *machines() const
        {
            auto *page = qobject_cast<MasterDataPage *>(window.pageWidget(Page::MasterData));
            page->showList(MasterDataKind::Machine);
            return page->list(MasterDataKind::Machine);
        }
        int machineCount() const
        {
            return static_cast<int>(workspace->masterData()->list(MasterDataKind::Machine).value().size());
        }
        TestWorkspace workspace;
        LanguageManager language;
        MainWindow window;
    };

    // Runs ACT on the modal dialog as soon as it is open (exec() blocks the test otherwise).
    static void whenDialogOpens(const std::function<void(RecordDialog *)> &act)
    {
        QTimer::singleShot(0, qApp, [act] {
            auto *dialog = qobject_cast<RecordDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            act(dialog);
        });
    }
    static void type(RecordDialog *dialog, const QString &column, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("field_") + column);
        QVERIFY(edit);
        edit->clear();
        typeText(edit, text);
    }
    static void fillMachine(RecordDialog *dialog, const QString &code, const QString &capacity)
    {
        type(dialog, QStringLiteral("code"), code);
        type(dialog, QStringLiteral("name"), QStringLiteral("激光切割机"));
        type(dialog, QStringLiteral("name_en"), QStringLiteral("Laser cutter"));
        type(dialog, QStringLiteral("workshop"), QStringLiteral("冲压车间"));
        type(dialog, QStringLiteral("capacity"), capacity);
    }
    static QPushButton *button(QWidget *parent, const char *name)
    {
        return parent->findChild<QPushButton *>(QString::fromLatin1(name));
    }
};

void TstMasterDataUi::addsMachineByTypingThenUndoesAndRedoes()
{
    Fixture f;
    MasterDataListWidget *list = f.machines();
    QCOMPARE(f.machineCount(), 12);
    whenDialogOpens([](RecordDialog *dialog) {
        fillMachine(dialog, QStringLiteral("LC-01"), QStringLiteral("2"));
        QTest::mouseClick(button(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(button(list, "addButton"), Qt::LeftButton);

    QCOMPARE(f.machineCount(), 13);
    const QString id = f.workspace->masterData()->idForCode(MasterDataKind::Machine, QStringLiteral("LC-01")).value();
    QVERIFY(!id.isEmpty());
    const MasterRecord saved = f.workspace->masterData()->find(MasterDataKind::Machine, id).value();
    QCOMPARE(saved.text(QStringLiteral("name")), QStringLiteral("激光切割机"));
    QCOMPARE(saved.value(QStringLiteral("capacity")).toInt(), 2);
    QCOMPARE(list->view()->model()->rowCount(), 13);

    // Back in the window after the dialog; in a text field Ctrl+Z would undo typing instead.
    f.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    list->view()->setFocus();
    QTest::keyClick(list->view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(f.machineCount(), 12);
    QCOMPARE(list->view()->model()->rowCount(), 12);
    QTest::keyClick(list->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(f.machineCount(), 13);
    QCOMPARE(f.workspace->masterData()->idForCode(MasterDataKind::Machine, QStringLiteral("LC-01")).value(), id);
    QCOMPARE(list->view()->model()->rowCount(), 13);
}

void TstMasterDataUi::duplicateCodeKeepsDialogOpenAndSavesNothing()
{
    Fixture f;
    MasterDataListWidget *list = f.machines();
    QString shownError;
    bool stillOpen = false;
    whenDialogOpens([&](RecordDialog *dialog) {
        fillMachine(dialog, QStringLiteral("CNC-01"), QStringLiteral("1"));
        QTest::mouseClick(button(dialog, "saveButton"), Qt::LeftButton);
        shownError = dialog->errorText();
        stillOpen = dialog->isVisible();
        dialog->reject();
    });
    QTest::mouseClick(button(list, "addButton"), Qt::LeftButton);
    QVERIFY(stillOpen);
    QVERIFY2(shownError.contains(QStringLiteral("CNC-01")), qPrintable(shownError));
    QCOMPARE(f.machineCount(), 12);
    QCOMPARE(f.workspace->undoStack()->count(), 0);
    const QString original = f.workspace->masterData()->idForCode(MasterDataKind::Machine, QStringLiteral("CNC-01")).value();
    QCOMPARE(f.workspace->masterData()->find(MasterDataKind::Machine, original).value().text(QStringLiteral("name")),
             QStringLiteral("数控车床 1号"));
}

void TstMasterDataUi::negativeCapacityIsRefusedInTheUsersWords()
{
    Fixture f;
    QString shownError;
    whenDialogOpens([&](RecordDialog *dialog) {
        fillMachine(dialog, QStringLiteral("LC-02"), QStringLiteral("-3"));
        QTest::mouseClick(button(dialog, "saveButton"), Qt::LeftButton);
        shownError = dialog->errorText();
        dialog->reject();
    });
    QTest::mouseClick(button(f.machines(), "addButton"), Qt::LeftButton);
    QVERIFY2(shownError.contains(QStringLiteral("Parallel capacity")), qPrintable(shownError));
    QCOMPARE(f.machineCount(), 12);
}

void TstMasterDataUi::editsCellInPlace()
{
    Fixture f;
    MasterDataListWidget *list = f.machines();
    QTableView *view = list->view();
    const QModelIndex nameCell = view->model()->index(0, 1);
    const QString id = nameCell.data(MasterDataTableModel::IdRole).toString();
    view->setCurrentIndex(nameCell);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    typeText(editor, QStringLiteral("装配线 甲"));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event loop turn
    QTRY_COMPARE(f.workspace->masterData()->find(MasterDataKind::Machine, id).value().text(QStringLiteral("name")),
                 QStringLiteral("装配线 甲"));
    f.workspace->undoStack()->undo();
    QCOMPARE(f.workspace->masterData()->find(MasterDataKind::Machine, id).value().text(QStringLiteral("name")),
             QStringLiteral("装配线 A"));
}

void TstMasterDataUi::deactivatesAndHidesMachine()
{
    Fixture f;
    MasterDataListWidget *list = f.machines();
    QTableView *view = list->view();
    view->selectRow(0);
    const QString id = view->model()->index(0, 0).data(MasterDataTableModel::IdRole).toString();
    QTest::mouseClick(button(list, "toggleActiveButton"), Qt::LeftButton);

    QVERIFY(!f.workspace->masterData()->find(MasterDataKind::Machine, id).value().active);
    QCOMPARE(view->model()->rowCount(), 11);
    QTest::mouseClick(list->findChild<QCheckBox *>(QStringLiteral("showInactiveCheck")), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 12);
    f.workspace->undoStack()->undo();
    QVERIFY(f.workspace->masterData()->find(MasterDataKind::Machine, id).value().active);
}

void TstMasterDataUi::supervisorSeesNoEditButtons()
{
    Fixture f(TestWorkspace::SignIn::Supervisor);
    MasterDataListWidget *list = f.machines();
    QVERIFY(list);
    QVERIFY(!button(list, "addButton")->isVisible());
    QVERIFY(!button(list, "toggleActiveButton")->isVisible());
    QVERIFY(button(list, "exportButton")->isVisible());
    QCOMPARE(list->view()->editTriggers(), QAbstractItemView::NoEditTriggers);
}

void TstMasterDataUi::operatorSeesOnlyStation()
{
    Fixture f(TestWorkspace::SignIn::Operator);
    QCOMPARE(f.window.visiblePages(), QList<Page>{Page::Station});
    QCOMPARE(f.window.currentPage(), Page::Station);
    QVERIFY(!f.window.pageWidget(Page::MasterData));
    auto *rail = f.window.findChild<NavigationRail *>();
    QVERIFY(!rail->button(Page::MasterData)->isVisible());
    QVERIFY(!rail->button(Page::Settings)->isVisible());
    QVERIFY(rail->button(Page::Station)->isVisible());
}

void TstMasterDataUi::demoWindowTitleSaysDemo()
{
    Fixture f;
    QVERIFY2(f.window.windowTitle().contains(QStringLiteral("DEMO")), qPrintable(f.window.windowTitle()));
}

void TstMasterDataUi::chineseUiShowsUnitsInChinese()
{
    LanguageManager language;
    QVERIFY(language.apply(QStringLiteral("zh_CN")));
    TestWorkspace ws(TestWorkspace::SignIn::Owner);
    MasterRecord flange;
    flange.values = {{QStringLiteral("part_no"), QStringLiteral("FL-1")},
                     {QStringLiteral("name"), QStringLiteral("法兰")}}; // no unit typed: pieces
    QVERIFY(ws->masterData()->create(MasterDataKind::Product, flange));

    MasterDataListWidget list(ws.get(), MasterDataKind::Product);
    list.show();
    auto *view = list.findChild<QTableView *>();
    QVERIFY(view);
    const int unitColumn = entitySpec(MasterDataKind::Product).fieldIndex(QStringLiteral("unit_id"));
    QCOMPARE(view->model()->headerData(unitColumn, Qt::Horizontal).toString(), QStringLiteral("单位"));
    QCOMPARE(view->model()->index(0, unitColumn).data().toString(), QStringLiteral("件"));

    // A new product starts with 件 and offers the other units by their Chinese names.
    QString current;
    QStringList offered;
    whenDialogOpens([&](RecordDialog *dialog) {
        if (auto *unit = dialog->findChild<QComboBox *>(QStringLiteral("field_unit_id"))) {
            current = unit->currentText();
            for (int i = 0; i < unit->count(); ++i)
                offered << unit->itemText(i);
        }
        dialog->reject();
    });
    QTest::mouseClick(list.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    QCOMPARE(current, QStringLiteral("件（PCS）"));
    QVERIFY2(offered.contains(QStringLiteral("个（EA）")), qPrintable(offered.join(u',')));
    QVERIFY2(offered.contains(QStringLiteral("kg")), qPrintable(offered.join(u',')));
    QVERIFY(language.apply(QStringLiteral("en")));
}

// The OEE class of a downtime reason replaces the old "planned" check box: a drop-down in the
// list and in the dialog; the choice is saved, undone, and the old planned column follows.
void TstMasterDataUi::downtimeReasonClassIsChosenFromAList()
{
    Fixture f;
    auto *page = qobject_cast<MasterDataPage *>(f.window.pageWidget(Page::MasterData));
    page->showList(MasterDataKind::DowntimeReason);
    MasterDataListWidget *list = page->list(MasterDataKind::DowntimeReason);
    QTableView *view = list->view();
    const int column = entitySpec(MasterDataKind::DowntimeReason).fieldIndex(QStringLiteral("oee_class"));
    QVERIFY(column > 0);
    QStringList headers;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        headers << view->model()->headerData(c, Qt::Horizontal).toString();
    QVERIFY2(headers.contains(QStringLiteral("OEE class")), qPrintable(headers.join(u',')));
    QVERIFY2(!headers.contains(QStringLiteral("Planned stop")), qPrintable(headers.join(u',')));
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data().toString() == QLatin1String("D04"))
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex cell = view->model()->index(row, column);
    QCOMPARE(cell.data().toString(), QStringLiteral("Availability loss"));
    const QString id = cell.data(MasterDataTableModel::IdRole).toString();
    const auto stored = [&] {
        QSqlQuery query(f.workspace->database().connection());
        query.prepare(QStringLiteral("SELECT oee_class || '|' || planned FROM downtime_reasons WHERE id = ?"));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    };

    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_F2);
    auto *combo = view->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), 6);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("availability"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("planned")));
    QCOMPARE(combo->currentText(), QStringLiteral("Planned downtime"));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(stored(), QStringLiteral("planned|1"));
    f.workspace->undoStack()->undo();
    QCOMPARE(stored(), QStringLiteral("availability|0"));

    // A new reason: the class is a drop-down, "Not classed" until chosen.
    QString first;
    whenDialogOpens([&](RecordDialog *dialog) {
        auto *choice = dialog->findChild<QComboBox *>(QStringLiteral("field_oee_class"));
        QVERIFY(choice);
        first = choice->currentText();
        type(dialog, QStringLiteral("code"), QStringLiteral("D77"));
        type(dialog, QStringLiteral("name"), QStringLiteral("等检验"));
        choice->setCurrentIndex(choice->findData(QStringLiteral("quality")));
        QTest::mouseClick(button(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(button(list, "addButton"), Qt::LeftButton);
    QCOMPARE(first, QStringLiteral("Not classed"));
    const Result<QString> added =
        f.workspace->masterData()->idForCode(MasterDataKind::DowntimeReason, QStringLiteral("D77"));
    QVERIFY(added.ok() && !added.value().isEmpty());
    QCOMPARE(f.workspace->masterData()
                 ->find(MasterDataKind::DowntimeReason, added.value())
                 .value()
                 .text(QStringLiteral("oee_class")),
             QStringLiteral("quality"));
}

QTEST_MAIN(TstMasterDataUi)
#include "tst_masterdataui.moc"
