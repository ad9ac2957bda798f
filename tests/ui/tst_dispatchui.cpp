// The planner's scheduling screens on a small hand-built factory: dragging cards on the
// dispatch board (派工) and undoing it, a refused move onto a deactivated machine, the rush
// order (插单) preview, the Gantt chart (甘特图), the Machines page and the working calendar.
// "Now" is fixed at a Monday 08:00 so every planned time is known.
#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "dispatch/dispatchboard.h"
#include "dispatch/ganttchart.h"
#include "dispatch/ganttview.h"
#include "dispatch/machinecolumn.h"
#include "dispatch/rushorderdialog.h"
#include "fixturehelpers.h"
#include "item/planning/dispatchqueuemodel.h"
#include "machines/loadbar.h"
#include "machines/machinecard.h"
#include "machines/machinespage.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/scheduleservice.h"
#include "services/planning/workorderservice.h"
#include "settings/calendareditor.h"
#include "settings/settingspage.h"
#include "shell/mainwindow.h"
#include "testshop.h"
#include "workorders/workorderdetail.h"
#include "workorders/workorderspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QUndoStack>

using namespace Taktline;

namespace {

// The shop with a second lathe, on the default calendar (08:00–12:00 and 13:00–17:30, Monday
// to Saturday, local time) with the clock at Monday 08:00 local; products turned only (P-1)
// or milled only (P-3), and work orders of 120 pieces × 60 s = 2 working hours per step.
struct Factory : TestShop
{
    QDate monday = TestShop::monday();
    qint64 nowMs = QDateTime(monday, QTime(8, 0)).toMSecsSinceEpoch();
    QString lathe2, oneStep, millOnly;

    Factory()
        : TestShop(Options{.order = false})
    {
        setNow(nowMs);
        Fixture::require(ws->schedule()->setCalendar(WorkCalendar()), "default calendar");
        lathe2 = machine("LATHE-2", "数控车床");
        oneStep =
            product("P-1", "P-1 法兰", {{QString(), QStringLiteral("车削"), 60, lathe}}, "PCS");
        millOnly =
            product("P-3", "P-3 法兰", {{QString(), QStringLiteral("铣削"), 60, mill}}, "PCS");
    }
    // A released work order due DUE_IN_DAYS after Monday; returns its number.
    QString released(const QString &productId, double quantity, int dueInDays) const
    {
        return number(releasedOrder(productId, quantity, monday.addDays(dueInDays)));
    }
    MachineQueue queue(const QString &machineId) const
    {
        const Result<QList<MachineQueue>> queues = ws->schedule()->machineQueues();
        if (!queues)
            qFatal("machineQueues: %s", qPrintable(queues.error()));
        for (const MachineQueue &queue : queues.value()) {
            if (queue.machineId == machineId)
                return queue;
        }
        return {};
    }
    QStringList numbersOn(const QString &machineId) const
    {
        QStringList numbers;
        for (const QueuedOperation &op : queue(machineId).operations)
            numbers << op.workOrderNumber;
        return numbers;
    }
    void replan() const
    {
        if (const Outcome done = ws->schedule()->reschedule(); !done)
            qFatal("reschedule: %s", qPrintable(done.error()));
    }
};

QStringList numbersShown(const DispatchQueueModel *model)
{
    QStringList numbers;
    for (int row = 0; row < model->rowCount(); ++row)
        numbers << model->index(row).data(DispatchQueueModel::WorkOrderNumberRole).toString();
    return numbers;
}

// Drops the card at SOURCE_ROW of SOURCE onto TARGET just above TARGET_ROW (past the last
// card: below the cards), with the drag events a real drag sends to the view's viewport.
// QDrag::exec would block offscreen, so the drag itself is skipped.
void dropCard(QListView *source, int sourceRow, QListView *target, int targetRow)
{
    std::unique_ptr<QMimeData> data(
        source->model()->mimeData({source->model()->index(sourceRow, 0)}));
    QVERIFY(data);
    target->doItemsLayout();
    const int rows = target->model()->rowCount();
    QPoint pos;
    if (targetRow < rows) {
        pos = target->visualRect(target->model()->index(targetRow, 0)).topLeft() + QPoint(20, 4);
    } else {
        const QRect last = rows ? target->visualRect(target->model()->index(rows - 1, 0)) : QRect();
        pos = QPoint(20, rows ? last.bottom() + 12 : 12);
        QVERIFY(pos.y() < target->viewport()->height());
    }
    QWidget *viewport = target->viewport();
    QDragEnterEvent enter(pos, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(pos, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    drop.setDropAction(Qt::MoveAction);
    QCoreApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
}

} // namespace

class TstDispatchUi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void boardShowsEveryMachineQueueInOrder();
    void queueModelsPassTheModelTester();
    void dragReordersAQueueAndUndoPutsItBack();
    void dragMovesACardToAnotherMachine();
    void dropOnDeactivatedMachineIsRefusedAndChangesNothing();
    void doubleClickOnACardOpensItsWorkOrder();
    void rushDialogListsNewlyLateOrdersAndCancelChangesNothing();
    void rushInsertPutsTheOrderFirst();
    void ganttDrawsOneBarPerPlacedOperation();
    void machinesPageShowsACardPerActiveMachine();
    void calendarDayOffMovesThePlan();
    void calendarIsReadOnlyWithoutEditSettings();

private:
    void openWorkOrders(const QString &tab);
    DispatchBoard *board() const { return m_page->dispatchBoard(); }

    std::unique_ptr<Factory> m_factory;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    WorkOrdersPage *m_page = nullptr;
    QStringList m_numbers; // the three orders on M-A, in queue order
};

void TstDispatchUi::init()
{
    m_factory = std::make_unique<Factory>();
    Factory &f = *m_factory;
    // Two orders due on Monday itself (done 10:00 and 12:00), one due on Saturday.
    m_numbers = {f.released(f.oneStep, 120, 0), f.released(f.oneStep, 120, 0),
                 f.released(f.oneStep, 120, 5)};
    f.released(f.millOnly, 60, 5);
    f.replan();
    m_language = std::make_unique<LanguageManager>();
}

void TstDispatchUi::cleanup()
{
    m_window.reset();
    m_language.reset();
    m_factory.reset();
    m_page = nullptr;
}

void TstDispatchUi::openWorkOrders(const QString &tab)
{
    m_window = std::make_unique<MainWindow>(m_factory->ws.get(), m_language.get());
    m_window->resize(1280, 800);
    m_window->setCurrentPage(Page::WorkOrders);
    m_page = qobject_cast<WorkOrdersPage *>(m_window->pageWidget(Page::WorkOrders));
    QVERIFY(m_page);
    m_page->showTab(tab);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TstDispatchUi::boardShowsEveryMachineQueueInOrder()
{
    openWorkOrders(QStringLiteral("dispatch"));
    QVERIFY(board()->isVisible());
    QCOMPARE(board()->columns().size(), 4); // every active machine: the shop's three and lathe 2
    MachineColumn *lathe = board()->column(m_factory->lathe);
    QVERIFY(lathe);
    QCOMPARE(numbersShown(lathe->model()), m_numbers);
    QCOMPARE(board()->column(m_factory->lathe2)->model()->rowCount(), 0);
    const QueuedOperation &first = lathe->model()->operationAt(0);
    QCOMPARE(first.plannedStartMs, m_factory->nowMs);
    QVERIFY(!first.late);

    // The board follows the plan: a newly released order appears without any click.
    const QString fourth = m_factory->released(m_factory->oneStep, 30, 5);
    QTRY_COMPARE(numbersShown(lathe->model()), m_numbers + QStringList{fourth});
}

void TstDispatchUi::queueModelsPassTheModelTester()
{
    openWorkOrders(QStringLiteral("dispatch"));
    DispatchQueueModel *model = board()->column(m_factory->lathe)->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(model->flags(model->index(0)) & Qt::ItemIsDragEnabled);
    QVERIFY(!(model->flags(model->index(0)) & Qt::ItemIsDropEnabled));
    QVERIFY(model->flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    board()->reload(); // a reset under the tester
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(model->index(0).data().toString().contains(m_numbers.at(0)));
}

void TstDispatchUi::dragReordersAQueueAndUndoPutsItBack()
{
    openWorkOrders(QStringLiteral("dispatch"));
    MachineColumn *lathe = board()->column(m_factory->lathe);
    const QStringList reordered = {m_numbers.at(2), m_numbers.at(0), m_numbers.at(1)};

    dropCard(lathe->view(), 2, lathe->view(), 0);
    QTRY_COMPARE(m_factory->numbersOn(m_factory->lathe), reordered);
    QCOMPARE(numbersShown(board()->column(m_factory->lathe)->model()), reordered);
    // The moved order now runs first, from now on.
    QCOMPARE(m_factory->queue(m_factory->lathe).operations.at(0).plannedStartMs, m_factory->nowMs);

    QUndoStack *undo = m_factory->ws->undoStack();
    QCOMPARE(undo->count(), 1);
    undo->undo();
    QTRY_COMPARE(numbersShown(board()->column(m_factory->lathe)->model()), m_numbers);
    QCOMPARE(m_factory->numbersOn(m_factory->lathe), m_numbers);
    undo->redo();
    QTRY_COMPARE(numbersShown(board()->column(m_factory->lathe)->model()), reordered);
    QCOMPARE(m_factory->numbersOn(m_factory->lathe), reordered);
}

void TstDispatchUi::dragMovesACardToAnotherMachine()
{
    openWorkOrders(QStringLiteral("dispatch"));
    MachineColumn *lathe = board()->column(m_factory->lathe);
    MachineColumn *lathe2 = board()->column(m_factory->lathe2);
    dropCard(lathe->view(), 0, lathe2->view(), 0);
    QTRY_COMPARE(m_factory->numbersOn(m_factory->lathe2), QStringList{m_numbers.at(0)});
    QCOMPARE(m_factory->numbersOn(m_factory->lathe), m_numbers.mid(1));
    QCOMPARE(numbersShown(board()->column(m_factory->lathe2)->model()),
             QStringList{m_numbers.at(0)});
    QCOMPARE(numbersShown(board()->column(m_factory->lathe)->model()), m_numbers.mid(1));
    // Both machines now start at once.
    QCOMPARE(m_factory->queue(m_factory->lathe2).operations.at(0).plannedStartMs, m_factory->nowMs);
    QCOMPARE(m_factory->queue(m_factory->lathe).operations.at(0).plannedStartMs, m_factory->nowMs);
    QVERIFY(board()->banner()->text().contains(m_numbers.at(0)));
}

void TstDispatchUi::dropOnDeactivatedMachineIsRefusedAndChangesNothing()
{
    QVERIFY(
        m_factory->ws->masterData()->setActive(MasterDataKind::Machine, m_factory->mill, false));
    m_factory->replan();
    openWorkOrders(QStringLiteral("dispatch"));
    MachineColumn *mill = board()->column(m_factory->mill);
    QVERIFY2(mill, "a deactivated machine with queued work stays on the board");
    QVERIFY(!mill->model()->queue().active);
    QCOMPARE(mill->model()->operationAt(0).status, ScheduleStatus::MachineInactive);

    const QStringList millBefore = m_factory->numbersOn(m_factory->mill);
    dropCard(board()->column(m_factory->lathe)->view(), 0, mill->view(), 0);
    QTRY_VERIFY(!board()->banner()->text().isEmpty());
    QCOMPARE(board()->banner()->property("kind").toString(), QStringLiteral("error"));
    QCOMPARE(m_factory->numbersOn(m_factory->lathe), m_numbers);
    QCOMPARE(m_factory->numbersOn(m_factory->mill), millBefore);
    QCOMPARE(numbersShown(board()->column(m_factory->lathe)->model()), m_numbers);
    QCOMPARE(m_factory->ws->undoStack()->count(), 0);
}

void TstDispatchUi::doubleClickOnACardOpensItsWorkOrder()
{
    openWorkOrders(QStringLiteral("dispatch"));
    QListView *view = board()->column(m_factory->lathe)->view();
    const QueuedOperation second = board()->column(m_factory->lathe)->model()->operationAt(1);
    const QPoint centre = view->visualRect(view->model()->index(1, 0)).center();
    // A double click as the window system delivers it: press, release, then the double click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QVERIFY(!board()->isVisible());
    QCOMPARE(m_page->detail()->workOrderId(), second.workOrderId);
}

void TstDispatchUi::rushDialogListsNewlyLateOrdersAndCancelChangesNothing()
{
    // Eight hours of work: put first, it pushes both orders due on Monday past Monday.
    const QString rush = m_factory->released(m_factory->oneStep, 480, 10);
    m_factory->replan();
    openWorkOrders(QStringLiteral("dispatch"));
    const QStringList before = m_numbers + QStringList{rush};
    QCOMPARE(m_factory->numbersOn(m_factory->lathe), before);

    QStringList listed;
    QString verdict;
    QTimer::singleShot(0, qApp, [&] {
        auto *dialog = qobject_cast<RushOrderDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->searchEdit(), rush);
        QTest::keyClick(dialog->searchEdit(), Qt::Key_Return);
        QCOMPARE(dialog->candidates()->count(), 1);
        QCOMPARE(dialog->preview().number, rush);
        QVERIFY(dialog->preview().plannedEndAfterMs < dialog->preview().plannedEndBeforeMs);
        QVERIFY2(dialog->isVisible(), "Enter searches, it does not insert");
        QTableWidget *table = dialog->impactTable();
        QVERIFY(table->isVisible());
        for (int row = 0; row < table->rowCount(); ++row)
            listed << table->item(row, 0)->text();
        verdict = dialog->summaryText();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(board()->findChild<QPushButton *>(QStringLiteral("insertRushButton")),
                      Qt::LeftButton);
    listed.sort();
    QCOMPARE(listed, (QStringList{m_numbers.at(0), m_numbers.at(1)}));
    QVERIFY2(verdict.contains(QStringLiteral("become late")), qPrintable(verdict));
    QCOMPARE(m_factory->numbersOn(m_factory->lathe), before);
    QCOMPARE(m_factory->ws->workOrders()
                 ->find(m_factory->ws->workOrders()->idForNumber(rush).value())
                 .value()
                 .priority,
             WorkOrderPriority::Normal);
}

void TstDispatchUi::rushInsertPutsTheOrderFirst()
{
    const QString rush = m_factory->released(m_factory->oneStep, 30, 10);
    m_factory->replan();
    openWorkOrders(QStringLiteral("dispatch"));
    QString verdict;
    QTimer::singleShot(0, qApp, [&] {
        auto *dialog = qobject_cast<RushOrderDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->searchEdit(), rush);
        QTest::keyClick(dialog->searchEdit(), Qt::Key_Return);
        verdict = dialog->summaryText();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("insertRushConfirm")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(board()->findChild<QPushButton *>(QStringLiteral("insertRushButton")),
                      Qt::LeftButton);
    // Half an hour in front: everything still ends on Monday, and the dialog says so.
    QVERIFY2(verdict.contains(QStringLiteral("No other work order becomes late")),
             qPrintable(verdict));
    QCOMPARE(m_factory->numbersOn(m_factory->lathe).value(0), rush);
    QTRY_COMPARE(numbersShown(board()->column(m_factory->lathe)->model()).value(0), rush);
    QVERIFY(board()->banner()->text().contains(rush));
    // Ctrl+Z takes the rush insertion back; Ctrl+Y puts the order in front again.
    QUndoStack *undo = m_factory->ws->undoStack();
    QVERIFY(undo->canUndo());
    undo->undo();
    QVERIFY(m_factory->numbersOn(m_factory->lathe).value(0) != rush);
    QTRY_VERIFY(numbersShown(board()->column(m_factory->lathe)->model()).value(0) != rush);
    undo->redo();
    QCOMPARE(m_factory->numbersOn(m_factory->lathe).value(0), rush);
}

void TstDispatchUi::ganttDrawsOneBarPerPlacedOperation()
{
    openWorkOrders(QStringLiteral("gantt"));
    GanttChart *chart = m_page->ganttView()->chart();
    QVERIFY(chart->isVisible());
    int bars = 0;
    for (const GanttRow &row : chart->rows())
        bars += static_cast<int>(row.bars.size());
    QCOMPARE(bars, 4);
    QVERIFY2(chart->xForTime(m_factory->nowMs) >= 0, "the chart opens on now");

    const int latheRow = 0;
    QCOMPARE(chart->rows().at(latheRow).machineId, m_factory->lathe);
    const GanttBar &first = chart->rows().at(latheRow).bars.at(0);
    const QRect rect = chart->barRect(latheRow, first);
    QVERIFY(rect.width() >= 3);
    const GanttBar *hit = chart->barAt(rect.center());
    QVERIFY(hit);
    QCOMPARE(hit->operation.workOrderNumber, m_numbers.at(0));

    // Week → day: the same two hours take more room.
    auto *day = m_page->ganttView()->findChild<QPushButton *>(QStringLiteral("zoomDayButton"));
    QTest::mouseClick(day, Qt::LeftButton);
    QCOMPARE(chart->zoom(), GanttChart::Zoom::Day);
    QVERIFY(chart->barRect(latheRow, first).width() > rect.width());
}

void TstDispatchUi::machinesPageShowsACardPerActiveMachine()
{
    m_window = std::make_unique<MainWindow>(m_factory->ws.get(), m_language.get());
    m_window->setCurrentPage(Page::Machines);
    m_window->show();
    auto *page = qobject_cast<MachinesPage *>(m_window->pageWidget(Page::Machines));
    QVERIFY(page);
    QCOMPARE(page->cards().size(), 4); // the shop's lathe, mill and assembly station; lathe 2
    MachineCard *lathe = page->card(m_factory->lathe);
    QVERIFY(lathe);
    QCOMPARE(lathe->queueLength(), 3);
    QVERIFY2(lathe->text().contains(QStringLiteral("3")), qPrintable(lathe->text()));
    QVERIFY2(lathe->text().contains(m_numbers.at(0)), "runs the first order now");
    QCOMPARE(page->card(m_factory->lathe2)->queueLength(), 0);
    QVERIFY(lathe->loadBar()->ratio() > 0);

    QVERIFY(
        m_factory->ws->masterData()->setActive(MasterDataKind::Machine, m_factory->lathe2, false));
    m_factory->replan();
    QTRY_COMPARE(page->cards().size(), 3);
    QVERIFY(!page->card(m_factory->lathe2));
}

void TstDispatchUi::calendarDayOffMovesThePlan()
{
    QCOMPARE(m_factory->queue(m_factory->lathe).operations.at(0).plannedStartMs, m_factory->nowMs);
    m_window = std::make_unique<MainWindow>(m_factory->ws.get(), m_language.get());
    m_window->setCurrentPage(Page::Settings);
    m_window->show();
    auto *editor = m_window->pageWidget(Page::Settings)->findChild<CalendarEditor *>();
    QVERIFY(editor);
    editor->findChild<QDateEdit *>(QStringLiteral("datesOffEdit"))->setDate(m_factory->monday);
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("datesOffAddButton")),
                      Qt::LeftButton);
    QCOMPARE(editor->findChild<QListWidget *>(QStringLiteral("datesOffList"))->count(), 1);
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveCalendarButton")),
                      Qt::LeftButton);

    ScheduleService *schedule = m_factory->ws->schedule();
    QVERIFY(schedule->calendar().datesOff().contains(m_factory->monday));
    const auto firstStart = [&] {
        return m_factory->queue(m_factory->lathe).operations.at(0).plannedStartMs;
    };
    const qint64 tuesday = QDateTime(m_factory->monday.addDays(1), QTime(8, 0)).toMSecsSinceEpoch();
    QTRY_COMPARE(firstStart(), tuesday);
    auto *banner = m_window->pageWidget(Page::Settings)->findChild<MessageBanner *>();
    QCOMPARE(banner->property("kind").toString(), QStringLiteral("success"));

    // A shift that ends before it starts is a night shift, not an error; two that overlap are.
    auto *end = editor->findChild<QTimeEdit *>(QStringLiteral("shiftEnd_0"));
    end->setTime(QTime(14, 0)); // 08:00–14:00 runs into 13:00–17:30
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveCalendarButton")),
                      Qt::LeftButton);
    QCOMPARE(banner->property("kind").toString(), QStringLiteral("error"));
    QVERIFY(!banner->text().isEmpty());
    QCOMPARE(schedule->calendar().shifts().at(0).end, QTime(12, 0));
}

void TstDispatchUi::calendarIsReadOnlyWithoutEditSettings()
{
    m_factory->ws->access()->signIn({QStringLiteral("sup"), QStringLiteral("sup"),
                                     QStringLiteral("Supervisor"), Role::Supervisor});
    SettingsPage page(m_factory->ws.get(), m_language.get());
    auto *editor = page.findChild<CalendarEditor *>();
    QVERIFY(editor);
    QVERIFY(editor->findChild<QPushButton *>(QStringLiteral("saveCalendarButton"))->isHidden());
    QVERIFY(!editor->findChild<QCheckBox *>(QStringLiteral("weeklyOff_7"))->isEnabled());
    QVERIFY(editor->findChild<QTimeEdit *>(QStringLiteral("shiftStart_0"))->isReadOnly());
}

QTEST_MAIN(TstDispatchUi)
#include "tst_dispatchui.moc"
