// The wall board (看板) as the TV shows it: it turns its pages by itself; a report, a status or
// an andon call saved by another connection on the same file reaches the tile it concerns when
// the feed next looks (no reload, no other tile touched); a supervisor's close takes the call
// off; an empty factory and a day with no working hours say so in a sentence; and the board's
// own connection cannot write. A station in another process reaches it through the file alone.
#include "board/boardmachinegrid.h"
#include "board/boardtable.h"
#include "board/boardtilewidget.h"
#include "board/boardwindow.h"
#include "item/palette.h"
#include "reportwriter.h"
#include "services/access/accesscontrol.h"
#include "services/andon/andonservice.h"
#include "services/board/boardservice.h"
#include "services/board/factfeed.h"
#include "services/planning/scheduleservice.h"
#include "services/station/machinestatusservice.h"
#include "services/station/reportingservice.h"
#include "qualityfacts.h"
#include "testshop.h"

#include <QApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Taktline;

namespace {

// The TV's own view of the shop's file: a second workspace, nobody signed in, read-only.
struct Wall
{
    explicit Wall(const TestShop &shop,
                  const QList<BoardWindow::PageKind> &pages = BoardWindow::allPages(),
                  int seconds = 15, const QString &workshop = {})
    {
        Result<std::unique_ptr<Workspace>> opened =
            Workspace::open(shop.ws.path(), Database::IfMissing::Refuse);
        if (!opened)
            qFatal("board workspace: %s", qPrintable(opened.error()));
        workspace = std::move(opened.value());
        workspace->setClock(shop.ws->clock());
        service = std::make_unique<BoardService>(workspace.get(), workshop);
        if (Outcome locked = service->lockReadOnly(); !locked)
            qFatal("read-only: %s", qPrintable(locked.error()));
        if (Outcome loaded = service->load(); !loaded)
            qFatal("board: %s", qPrintable(loaded.error()));
        window = std::make_unique<BoardWindow>(service.get(), pages, seconds);
        window->resize(1920, 1080);
        window->show();
    }
    // The feed's next look, as its timer would do it, at the shop's time.
    void tick(const TestShop &shop) const
    {
        workspace->setClock(shop.ws->clock());
        QVERIFY2(service->feed()->poll().ok(), qPrintable(service->lastError()));
        window->tick();
    }
    BoardTileWidget *tile(const QString &machineId) const
    {
        return window->machineGrid()->tile(machineId);
    }

    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<BoardService> service;
    std::unique_ptr<BoardWindow> window;
};

} // namespace

class TstBoard : public QObject
{
    Q_OBJECT
private slots:
    void turnsItsPagesByItself();
    void showsANewReportOnItsTileOnly();
    void showsAStopAndItsReason();
    void andonCallFlashesUntilASupervisorClosesIt();
    void firstArticleWaitShowsOnItsTileUntilItPasses();
    void emptyFactoryAndDayOffSaySo();
    void boardConnectionCannotWrite();
    void oneWorkshopAndANewDay();
    void manyMachinesTakeTurnsScreenByScreen();
    void followsAStationInAnotherProcess();
};

void TstBoard::turnsItsPagesByItself()
{
    TestShop f;
    Wall wall(f,
              {BoardWindow::PageKind::Machines, BoardWindow::PageKind::Orders,
               BoardWindow::PageKind::Andon},
              3);
    QCOMPARE(wall.window->pageCount(), 3);
    QCOMPARE(wall.window->currentPage(), BoardWindow::PageKind::Machines);
    QCOMPARE(wall.window->pageIndicatorText(), QStringLiteral("●○○"));
    QCOMPARE(wall.window->rotationTimer()->interval(), 3000);
    QVERIFY(wall.window->rotationTimer()->isActive());
    wall.window->next();
    QCOMPARE(wall.window->currentPage(), BoardWindow::PageKind::Orders);
    QCOMPARE(wall.window->pageIndicatorText(), QStringLiteral("○●○"));
    wall.window->next();
    wall.window->next(); // back to the first after the last
    QCOMPARE(wall.window->currentPage(), BoardWindow::PageKind::Machines);
    // The timer turns it without anyone's help.
    QSignalSpy turned(wall.window->rotationTimer(), &QTimer::timeout);
    QVERIFY(turned.wait(6000));
    QCOMPARE(wall.window->currentPage(), BoardWindow::PageKind::Orders);

    QString error;
    QVERIFY(!BoardWindow::pagesFromText(QStringLiteral("machines,weather"), &error));
    QVERIFY2(error.contains(QStringLiteral("weather")), qPrintable(error));
    QCOMPARE(BoardWindow::pagesFromText(QStringLiteral("andon, hourly"), &error)->size(), 2);
}

void TstBoard::showsANewReportOnItsTileOnly()
{
    TestShop f;
    f.setNow(TestShop::at(0, 10, 0));
    Wall wall(f);
    BoardTileWidget *lathe = wall.tile(f.lathe);
    BoardTileWidget *mill = wall.tile(f.mill);
    QVERIFY(lathe && mill);
    QCOMPARE(lathe->doneText(), QStringLiteral("0 / 100"));
    const QString millBefore = mill->doneText();
    QSignalSpy tiles(wall.service.get(), &BoardService::tilesChanged);
    QSignalSpy loaded(wall.service.get(), &BoardService::loaded);

    wall.tick(f);
    QCOMPARE(tiles.count(), 0); // nothing new: nothing read, nothing repainted

    f.report(f.request(0, 7)); // another connection: the station's
    wall.tick(f);
    QCOMPARE(lathe->doneText(), QStringLiteral("7 / 100"));
    QCOMPARE(tiles.count(), 1);
    QCOMPARE(tiles.constFirst().constFirst().value<QSet<QString>>(), QSet<QString>{f.lathe});
    QCOMPARE(wall.tile(f.lathe), lathe); // patched in place, not rebuilt
    QCOMPARE(mill->doneText(), millBefore);
    QCOMPARE(loaded.count(), 0);
    // The hour's output of the lathe's line.
    const BoardSnapshot &board = wall.service->snapshot();
    const int hour = board.hourOf(f.nowMs());
    QVERIFY(hour >= 0);
    QCOMPARE(board.lines.at(board.lineOf(QStringLiteral("一车间"))).actual.at(hour), 7.0);
    QVERIFY(board.lines.at(board.lineOf(QStringLiteral("一车间"))).target.at(hour) > 0);

    // A correction an hour later takes the pieces off the tile and off the hour they were made.
    const QString wrong = f.report(f.request(0, 5));
    wall.tick(f);
    QCOMPARE(lathe->doneText(), QStringLiteral("12 / 100"));
    f.advance(std::chrono::hours(1));
    const Result<QString> voided = f.ws->reporting()->voidReport(wrong, QStringLiteral("数错了"));
    QVERIFY2(voided.ok(), qPrintable(voided.error()));
    wall.tick(f);
    QCOMPARE(lathe->doneText(), QStringLiteral("7 / 100"));
    QCOMPARE(board.lines.at(board.lineOf(QStringLiteral("一车间"))).actual.at(hour), 7.0);
}

void TstBoard::showsAStopAndItsReason()
{
    TestShop f;
    f.setNow(TestShop::at(0, 9, 0));
    Wall wall(f);
    BoardTileWidget *lathe = wall.tile(f.lathe);
    QCOMPARE(lathe->tile().status, MachineStatus::Idle);
    QVERIFY(f.ws->machineStatus()->setStatus(f.lathe, MachineStatus::Down, f.breakdown).ok());
    f.setNow(TestShop::at(0, 9, 25));
    wall.tick(f);
    QCOMPARE(lathe->tile().status, MachineStatus::Down);
    QCOMPARE(lathe->tile().reason, QStringLiteral("设备故障"));
    QCOMPARE(lathe->timeInStatusText(), QStringLiteral("25 min"));

    // An idle spell with no reason, given one later by a supervisor (a fact of its own, as the
    // machine timeline writes it): the tile shows the reason without a new status.
    QVERIFY(f.ws->machineStatus()->setStatus(f.lathe, MachineStatus::Idle).ok());
    wall.tick(f);
    QCOMPARE(lathe->tile().status, MachineStatus::Idle);
    QVERIFY(lathe->tile().reason.isEmpty());
    QSqlQuery given(f.ws->database().connection());
    given.prepare(
        QStringLiteral("INSERT INTO status_event_reasons (id, event_id, downtime_reason_id, at, "
                       "device_id) VALUES ('r-1', :event, :reason, :at, :device)"));
    given.bindValue(QStringLiteral(":event"), lathe->tile().eventId);
    given.bindValue(QStringLiteral(":reason"), f.breakdown);
    given.bindValue(QStringLiteral(":at"), f.nowMs());
    given.bindValue(QStringLiteral(":device"), f.ws->database().deviceId());
    QVERIFY2(given.exec(), qPrintable(given.lastError().text()));
    wall.tick(f);
    QCOMPARE(lathe->tile().status, MachineStatus::Idle);
    QCOMPARE(lathe->tile().reason, QStringLiteral("设备故障"));
}

void TstBoard::andonCallFlashesUntilASupervisorClosesIt()
{
    TestShop f;
    f.setNow(TestShop::at(0, 10, 0));
    Wall wall(f);
    BoardTileWidget *lathe = wall.tile(f.lathe);
    QVERIFY(!lathe->hasCall());
    QVERIFY(wall.window->callsTable()->showsEmptyText());

    const Result<QString> call =
        f.ws->andon()->call(f.lathe, AndonKind::Material, f.wang, QStringLiteral("钢板用完了"));
    QVERIFY2(call.ok(), qPrintable(call.error()));
    wall.tick(f);
    QVERIFY(lathe->hasCall());
    QVERIFY(!wall.tile(f.mill)->hasCall());
    QCOMPARE(wall.window->callsTable()->rowCount(), 1);
    QVERIFY(
        wall.window->callsTable()->row(0).cells.constFirst().contains(QStringLiteral("LATHE-1")));
    QVERIFY(!lathe->isEscalated());

    // Nobody answers: after the factory's time it is escalated, in red, with no new fact.
    f.advance(std::chrono::minutes(AndonService::DefaultEscalateMinutes + 1));
    wall.tick(f);
    QVERIFY(lathe->isEscalated());
    wall.window->showPage(BoardWindow::PageKind::Andon);
    wall.window->tick();
    QCOMPARE(wall.window->callsTable()->row(0).fill, QColor(Palette::Red));

    f.signIn(Role::Supervisor);
    QVERIFY(f.ws->andon()->acknowledge(call.value(), QStringLiteral("马上到")).ok());
    wall.tick(f);
    QVERIFY(lathe->hasCall());
    QVERIFY(!lathe->isEscalated());
    QVERIFY(f.ws->andon()->close(call.value(), QStringLiteral("料已送到")).ok());
    wall.tick(f);
    QVERIFY(!lathe->hasCall());
    QVERIFY(wall.window->callsTable()->showsEmptyText());
}

// The station asked for its first article (a request saved by another connection): the lathe's
// tile says how long it waits, minute by minute, through a failed first article, until one
// passes; the mill's tile is untouched.
void TstBoard::firstArticleWaitShowsOnItsTileUntilItPasses()
{
    TestShop f;
    f.setNow(TestShop::at(0, 10, 0));
    Wall wall(f);
    BoardTileWidget *lathe = wall.tile(f.lathe);
    QVERIFY(lathe->firstArticleText().isEmpty());
    Test::QualityFacts q(*f.ws);
    const QString plan = QStringLiteral("plan"), step = f.step(0);
    const QString fa = QStringLiteral("first_article");
    q.plan(plan, f.flange);
    q.request(QStringLiteral("r1"), step, f.lathe, TestShop::at(0, 9, 43));
    wall.tick(f);
    QCOMPARE(lathe->firstArticleText(), QStringLiteral("Waiting for first article 17 min"));
    QVERIFY(wall.tile(f.mill)->firstArticleText().isEmpty());

    f.setNow(TestShop::at(0, 10, 5));
    q.inspection(QStringLiteral("i1"), fa, plan, step, f.lathe, QStringLiteral("fail"),
                 TestShop::at(0, 10, 5));
    wall.tick(f);
    QCOMPARE(lathe->firstArticleText(), QStringLiteral("Waiting for first article 22 min"));

    f.setNow(TestShop::at(0, 10, 15));
    q.inspection(QStringLiteral("i2"), fa, plan, step, f.lathe, QStringLiteral("pass"),
                 TestShop::at(0, 10, 15));
    wall.tick(f);
    QVERIFY(lathe->firstArticleText().isEmpty());
}

void TstBoard::emptyFactoryAndDayOffSaySo()
{
    {
        TestWorkspace empty(TestWorkspace::SignIn::None);
        BoardService service(empty.get(), QString());
        QVERIFY(service.load().ok());
        BoardWindow window(&service, BoardWindow::allPages(), 15);
        QVERIFY(window.machineGrid()->showsEmptyText());
        QVERIFY2(window.machineGrid()->emptyText().contains(QStringLiteral("No machines yet")),
                 qPrintable(window.machineGrid()->emptyText()));
        QVERIFY(window.hourlyTable()->showsEmptyText());
        QVERIFY(window.hourlyTable()->emptyText().contains(QStringLiteral("No machines yet")));
    }
    TestShop f;
    QVERIFY(f.ws->schedule()->setCalendar(TestShop::calendar({f.today()})).ok());
    Wall wall(f);
    QCOMPARE(wall.window->machineGrid()->tileCount(), 3); // the retired drill is not on the wall
    QVERIFY(wall.window->hourlyTable()->showsEmptyText());
    QVERIFY2(wall.window->hourlyTable()->emptyText().contains(QStringLiteral("no working hours")),
             qPrintable(wall.window->hourlyTable()->emptyText()));
}

void TstBoard::boardConnectionCannotWrite()
{
    TestShop f;
    Wall wall(f);
    const int calls = f.rows("andon_calls");
    // Nobody is signed in on the board…
    QVERIFY(!wall.workspace->andon()->call(f.lathe, AndonKind::Quality, f.wang).ok());
    // …and even a session could not write through its connection.
    wall.workspace->access()->signInAsSystem();
    const Result<QString> refused =
        wall.workspace->andon()->call(f.lathe, AndonKind::Quality, f.wang);
    QVERIFY(!refused.ok());
    QCOMPARE(f.rows("andon_calls"), calls);
}

void TstBoard::oneWorkshopAndANewDay()
{
    TestShop f;
    f.setNow(TestShop::at(0, 15, 0));
    Wall wall(f, BoardWindow::allPages(), 15, QStringLiteral("装配车间"));
    QCOMPARE(wall.window->machineGrid()->tileCount(), 1);
    QVERIFY(wall.tile(f.assembly));
    QVERIFY(!wall.tile(f.lathe));
    // A report on a machine of another workshop touches nothing here.
    QSignalSpy tiles(wall.service.get(), &BoardService::tilesChanged);
    f.report(f.request(0, 3));
    wall.tick(f);
    QCOMPARE(tiles.count(), 0);

    // Past midnight the board is today's again: its hours, its orders.
    const QDate before = wall.service->snapshot().day;
    QSignalSpy loaded(wall.service.get(), &BoardService::loaded);
    f.setNow(TestShop::at(1, 8, 30));
    wall.workspace->setClock(f.ws->clock());
    wall.service->checkTime();
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(wall.service->snapshot().day, before.addDays(1));
    QCOMPARE(wall.window->machineGrid()->tileCount(), 1);
}

void TstBoard::manyMachinesTakeTurnsScreenByScreen()
{
    TestShop f;
    for (int i = 1; i <= 25; ++i) {
        const QByteArray code = QStringLiteral("PR-%1").arg(i, 2, 10, QLatin1Char('0')).toUtf8();
        f.machine(code.constData(), "冲床", "冲压车间");
    }
    Wall wall(f, {BoardWindow::PageKind::Machines, BoardWindow::PageKind::Andon});
    BoardMachineGrid *grid = wall.window->machineGrid();
    QCOMPARE(grid->tileCount(), 28); // 3 of the shop's and 25 presses: more than one screen holds
    QCOMPARE(grid->screenCount(), 2);
    QCOMPARE(grid->currentScreen(), 0);
    QVERIFY(wall.tile(f.lathe)->isVisible());
    wall.window->next();
    QCOMPARE(wall.window->currentPage(), BoardWindow::PageKind::Machines);
    QCOMPARE(grid->currentScreen(), 1);
    QVERIFY(!wall.tile(f.lathe)->isVisible());
    wall.window->next();
    QCOMPARE(wall.window->currentPage(), BoardWindow::PageKind::Andon);
    wall.window->next();
    QCOMPARE(wall.window->currentPage(), BoardWindow::PageKind::Machines);
    QCOMPARE(grid->currentScreen(), 0);
}

void TstBoard::followsAStationInAnotherProcess()
{
    TestShop::Options options;
    options.bom = false; // the writer reports without feeding material
    options.lot = false;
    TestShop f(options);
    f.setNow(TestShop::at(0, 12));
    Wall wall(f);
    BoardTileWidget *lathe = wall.tile(f.lathe);
    QCOMPARE(lathe->doneText(), QStringLiteral("0 / 100"));

    // A station in another process: its commits reach the board's connection through the file.
    QProcess writer;
    writer.start(
        QCoreApplication::applicationFilePath(),
        ReportWriter::arguments(f.ws.path(), f.step(0), f.wang, f.lathe, TestShop::at(0, 9)));
    QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
    int confirmed = 0;
    while (confirmed < 3 && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(1000);
        while (writer.canReadLine()) {
            writer.readLine();
            ++confirmed;
        }
    }
    writer.kill();
    writer.waitForFinished(10000);
    QVERIFY2(confirmed >= 3, writer.readAllStandardError().constData());

    wall.tick(f);
    QSqlQuery inFile(f.ws->database().connection());
    QVERIFY(inFile.exec(QStringLiteral("SELECT total(good) FROM production_reports")) &&
            inFile.next());
    QVERIFY(inFile.value(0).toDouble() >= 3);
    QCOMPARE(lathe->doneText(), QStringLiteral("%1 / 100").arg(inFile.value(0).toDouble()));
}

int main(int argc, char *argv[])
{
    if (const std::optional<int> writer = ReportWriter::runIfAsked(argc, argv))
        return *writer;
    QApplication app(argc, argv);
    TstBoard test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_board.moc"
